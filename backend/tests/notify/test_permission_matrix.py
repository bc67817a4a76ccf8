"""Permission matrix of the inbox, written out by hand: every role × every query and mutation
→ allowed (Y) or denied (-). Only the recipient sees or changes a notification — operators
and the hub admin included. A denied cell answers exactly as the same operation on an unknown
id does, and changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from qifu.accounts.models import Role
from qifu.notify import services as inbox
from qifu.notify.models import Notification
from tests.engagements.support import gid
from tests.support import gql, login_token, make_user

ROLES = ["anonymous", "recipient", "other", "operator", "hub_admin"]

# operation: the query or mutation; N is the recipient's notification.
OPS: dict[str, str] = {
    "myNotifications sees N": "{ myNotifications { edges { node { id } } } }",
    "unreadNotificationCount counts N": "{ unreadNotificationCount }",
    "markNotificationsRead(N)": """mutation($id: ID!) {
        markNotificationsRead(input: {ids: [$id]}) { unreadCount errors { field code } } }""",
    "node(N)": "query($id: ID!) { node(id: $id) { id ... on Notification { title } } }",
}

Y, N = True, False
# fmt: off
# The literal table.                     anon recipient other operator hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "myNotifications sees N":            (N,   Y,        N,    N,       N),
    "unreadNotificationCount counts N":  (N,   Y,        N,    N,       N),
    "markNotificationsRead(N)":          (N,   Y,        N,    N,       N),
    "node(N)":                           (N,   Y,        N,    N,       N),
}
# fmt: on


@dataclass
class World:
    notification_id: str
    tokens: dict[str, str | None]


async def build_world(client: httpx.AsyncClient) -> World:
    recipient = await make_user("recipient@qifu.cn")
    await make_user("other@qifu.cn")
    await make_user("operator@qifu.cn", roles=(Role.OPERATOR,))
    await make_user("hub@qifu.cn", roles=(Role.HUB_ADMIN,))
    await inbox.notify([recipient.id], kind="test.ping", title="给收件人", link="/inbox")
    n = await Notification.get()
    tokens: dict[str, str | None] = {"anonymous": None}
    for role, email in [
        ("recipient", "recipient@qifu.cn"),
        ("other", "other@qifu.cn"),
        ("operator", "operator@qifu.cn"),
        ("hub_admin", "hub@qifu.cn"),
    ]:
        tokens[role] = await login_token(client, email)
    return World(gid("Notification", n.id), tokens)


async def snapshot() -> list[tuple[Any, ...]]:
    return sorted((n.id, n.user_id, n.read_at) for n in await Notification.all())


async def carried_out(operation: str, result: dict[str, Any], target: str) -> bool:
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if operation.startswith("myNotifications"):
        return any(edge["node"]["id"] == target for edge in value["edges"])
    if operation.startswith("unreadNotificationCount"):
        return bool(value)
    if operation.startswith("markNotificationsRead"):
        return await Notification.filter(read_at__isnull=False).exists()
    return value is not None and value["id"] == target


def without_request_ids(result: dict[str, Any]) -> dict[str, Any]:
    for error in result.get("errors") or []:
        error.get("extensions", {}).pop("requestId", None)
    return result


@pytest.mark.parametrize("operation", list(MATRIX))
async def test_operation(client: httpx.AsyncClient, operation: str) -> None:
    world = await build_world(client)
    query = OPS[operation]
    for role in sorted(ROLES, key=lambda r: r == "recipient"):  # the recipient last
        allowed = MATRIX[operation][ROLES.index(role)]
        token = world.tokens[role]
        before = await snapshot()
        variables = {"id": world.notification_id} if "$id" in query else {}
        result = await gql(client, query, variables, token=token)
        assert await carried_out(operation, result, world.notification_id) is allowed, (
            role,
            result,
        )
        if role == "anonymous" and operation == "node(N)":
            assert result == {"data": {"node": None}}, result
        elif role == "anonymous":
            assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", result
        if not allowed:
            assert await snapshot() == before, role
            if variables:
                unknown = await gql(client, query, {"id": gid("Notification", 999999)}, token=token)
                assert without_request_ids(result) == without_request_ids(unknown), role
