"""Permission matrix of the accounts domain: each role × each operation → allowed or denied."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.accounts.models import Role, User
from tests.support import gql, login_token, make_user

ROLES: dict[str, tuple[Role, ...] | None] = {
    "anonymous": None,
    "user": (),
    "enterprise_admin": (Role.ENTERPRISE_ADMIN,),
    "operator": (Role.OPERATOR,),
    "hub_admin": (Role.HUB_ADMIN,),
}

ANON_ERROR = "UNAUTHENTICATED"


def target_gid(user: User) -> str:
    return str(relay.GlobalID("User", str(user.id)))


OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "me": ("{ me { email } }", {}),
    "users": ("{ users { totalCount } }", {}),
    "auditEvents": ("{ auditEvents { totalCount } }", {}),
    "node(other user)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "TARGET"}),
    "unlockUser": (
        "mutation($id: ID!) { unlockUser(input: {userId: $id}) { errors { code } } }",
        {"id": "TARGET"},
    ),
    "myData": ("{ myData }", {}),
    "resetUserTotp": (
        "mutation($id: ID!) { resetUserTotp(input: {userId: $id}) { errors { code } } }",
        {"id": "TARGET"},
    ),
    "updateMyAccount": (
        'mutation { updateMyAccount(input: {name: "新名字"}) { errors { code } } }',
        {},
    ),
}

# allowed[operation] = roles that may do it; everyone else is denied (error, null or NOT_FOUND).
ALLOWED = {
    "me": {"user", "enterprise_admin", "operator", "hub_admin"},
    "users": {"hub_admin"},
    "auditEvents": {"hub_admin"},
    "node(other user)": {"hub_admin"},
    "unlockUser": {"operator", "hub_admin"},
    "myData": {"user", "enterprise_admin", "operator", "hub_admin"},
    "resetUserTotp": {"hub_admin"},
    "updateMyAccount": {"user", "enterprise_admin", "operator", "hub_admin"},
}


def outcome(result: dict[str, Any], operation: str) -> bool:
    """True when the operation was carried out for this caller."""
    if result.get("errors"):
        return False
    data = result["data"]
    value = next(iter(data.values()))
    if value is None:
        return False
    return not (isinstance(value, dict) and value.get("errors"))


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("operation", list(OPERATIONS))
async def test_matrix(client: httpx.AsyncClient, role: str, operation: str) -> None:
    target = await make_user("target@qifu.cn")
    token = None
    grants = ROLES[role]
    if grants is not None:
        await make_user("caller@qifu.cn", roles=grants)
        token = await login_token(client, "caller@qifu.cn")
    query, variables = OPERATIONS[operation]
    variables = {k: target_gid(target) if v == "TARGET" else v for k, v in variables.items()}
    result = await gql(client, query, variables, token=token)
    assert outcome(result, operation) == (role in ALLOWED[operation]), result
    if role == "anonymous" and operation in {"users", "auditEvents", "unlockUser"}:
        assert result["errors"][0]["extensions"]["code"] == ANON_ERROR
