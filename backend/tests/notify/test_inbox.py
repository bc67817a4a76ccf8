"""The in-app inbox: notifications written in the caller's transaction, my list newest first
(all or unread), the unread count, marking read (mine only, never revealing others'), and the
engagement steps that notify the other side's members."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.core.models import AuditEvent, OutboxMessage
from qifu.engagements import services as engagements
from qifu.notify import services as inbox
from qifu.notify.models import Notification
from tests.engagements.support import ACTOR, S, drive, gid, make_world
from tests.support import PASSWORD, count_sql, gql, login_token, make_user

LIST = """query($unread: Boolean! = false, $first: Int, $after: String) {
  myNotifications(unreadOnly: $unread, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title body link subjectId createdAt readAt } } } }"""
COUNT = "{ unreadNotificationCount }"
MARK = """mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { unreadCount errors { field code } } }"""


async def send(user: User, n: int, *, start: int = 0) -> list[Notification]:
    for i in range(start, start + n):
        await inbox.notify(
            [user.id], kind="test.ping", title=f"通知 {i}", body=f"正文 {i}", link=f"/x/{i}"
        )
    return await Notification.filter(user_id=user.id).order_by("id")


def nodes(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in result["data"]["myNotifications"]["edges"]]


async def test_notify_writes_one_row_per_distinct_user_in_the_callers_transaction() -> None:
    a = await make_user("a@qifu.cn")
    b = await make_user("b@qifu.cn")
    made = await inbox.notify(
        [b.id, a.id, b.id], kind="test.ping", title="你好", subject=("Engagement", 7)
    )
    assert made == 2
    rows = await Notification.all().order_by("user_id")
    assert [(r.user_id, r.title, r.subject_type, r.subject_id) for r in rows] == [
        (a.id, "你好", "Engagement", 7),
        (b.id, "你好", "Engagement", 7),
    ]
    assert await inbox.notify([], kind="test.ping", title="nobody") == 0

    with pytest.raises(RuntimeError):
        async with in_transaction():
            await inbox.notify([a.id], kind="test.ping", title="回滚")
            raise RuntimeError("the change failed")
    assert await Notification.filter(title="回滚").count() == 0

    for link in ("https://evil.example/x", "//evil.example/x", "engagements/1"):
        with pytest.raises(ValueError):
            await inbox.notify([a.id], kind="test.ping", title="坏链接", link=link)


async def test_my_list_is_newest_first_pages_by_key_and_filters_unread(
    client: httpx.AsyncClient,
) -> None:
    me = await make_user("me@qifu.cn")
    other = await make_user("other@qifu.cn")
    rows = await send(me, 5)
    await send(other, 2)
    await Notification.filter(id=rows[1].id).update(read_at=rows[1].created_at)
    token = await login_token(client, "me@qifu.cn")

    first = await gql(client, LIST, {"first": 3}, token=token)
    page = first["data"]["myNotifications"]
    assert page["totalCount"] == 5 and page["pageInfo"]["hasNextPage"]
    assert [n["title"] for n in nodes(first)] == ["通知 4", "通知 3", "通知 2"]
    assert nodes(first)[0] == {
        "id": gid("Notification", rows[4].id),
        "kind": "test.ping",
        "title": "通知 4",
        "body": "正文 4",
        "link": "/x/4",
        "subjectId": None,
        "createdAt": nodes(first)[0]["createdAt"],
        "readAt": None,
    }
    second = await gql(
        client, LIST, {"first": 3, "after": page["pageInfo"]["endCursor"]}, token=token
    )
    assert [n["title"] for n in nodes(second)] == ["通知 1", "通知 0"]
    assert nodes(second)[0]["readAt"] is not None

    unread = await gql(client, LIST, {"unread": True}, token=token)
    assert unread["data"]["myNotifications"]["totalCount"] == 4
    assert [n["title"] for n in nodes(unread)] == ["通知 4", "通知 3", "通知 2", "通知 0"]
    assert (await gql(client, COUNT, token=token))["data"]["unreadNotificationCount"] == 4


async def test_marking_read_touches_only_my_own(client: httpx.AsyncClient) -> None:
    me = await make_user("me@qifu.cn")
    other = await make_user("other@qifu.cn")
    mine = await send(me, 3)
    theirs = await send(other, 2)
    token = await login_token(client, "me@qifu.cn")

    ids = [gid("Notification", mine[0].id), gid("Notification", theirs[0].id)]
    result = await gql(client, MARK, {"input": {"ids": ids}}, token=token)
    assert result["data"]["markNotificationsRead"] == {"unreadCount": 2, "errors": []}
    assert (await Notification.get(id=mine[0].id)).read_at is not None
    assert await Notification.filter(user_id=other.id, read_at=None).count() == 2

    # Marking again, or an id that does not exist, answers the same and changes nothing.
    again = await gql(client, MARK, {"input": {"ids": [ids[0]]}}, token=token)
    unknown = await gql(
        client, MARK, {"input": {"ids": [gid("Notification", 999999)]}}, token=token
    )
    assert again == unknown == result

    everything = await gql(client, MARK, {"input": {"all": True}}, token=token)
    assert everything["data"]["markNotificationsRead"] == {"unreadCount": 0, "errors": []}
    assert await Notification.filter(user_id=me.id, read_at=None).count() == 0
    assert await Notification.filter(user_id=other.id, read_at=None).count() == 2
    assert (await gql(client, COUNT, token=token))["data"]["unreadNotificationCount"] == 0
    audited = await AuditEvent.filter(action="notification.read", actor_id=me.id).count()
    assert audited == 4


@pytest.mark.parametrize(
    ("given", "field", "code"),
    [
        ({}, "ids", "REQUIRED"),
        ({"ids": [], "all": False}, "ids", "REQUIRED"),
        ({"ids": ["not-an-id"]}, "ids", "NOT_FOUND"),
        ({"ids": [gid("Engagement", 1)]}, "ids", "NOT_FOUND"),
        ({"ids": [gid("Notification", i) for i in range(1, 102)]}, "ids", "TOO_MANY"),
    ],
)
async def test_bad_input_is_a_user_error_and_changes_nothing(
    client: httpx.AsyncClient, given: dict[str, Any], field: str, code: str
) -> None:
    me = await make_user("me@qifu.cn")
    await send(me, 2)
    token = await login_token(client, "me@qifu.cn")
    result = await gql(client, MARK, {"input": given}, token=token)
    payload = result["data"]["markNotificationsRead"]
    assert payload["errors"] == [{"field": field, "code": code}]
    assert payload["unreadCount"] == 2
    assert await Notification.filter(read_at=None).count() == 2


async def test_every_engagement_step_notifies_the_other_sides_members_only(
    client: httpx.AsyncClient,
) -> None:
    world = await make_world(client)
    i1_admin = await User.get(email="i1a@qifu.cn")
    engagement = await drive(world, S.REQUESTED)
    institution_side = {i1_admin.id, world.users["i1_member"].id}
    enterprise_side = {world.users["e1_admin"].id, world.users["e1_member"].id}

    async def recipients() -> dict[int, int]:
        found: dict[int, int] = {}
        for n in await Notification.all():
            found[n.user_id] = found.get(n.user_id, 0) + 1
        return found

    assert await recipients() == {u: 1 for u in institution_side}
    inst = await world.scope("i1_member")
    await engagements.investigate(
        ACTOR, world.users["i1_member"], inst, engagement.id, "已电话沟通", []
    )
    assert await recipients() == {u: 1 for u in institution_side | enterprise_side}

    # Each notification goes exactly where the step's mails go.
    mailed = {m.recipient for m in await OutboxMessage.filter(subject__contains="已受理")}
    notified = {n.user_id for n in await Notification.filter(kind="engagement.investigating")}
    assert mailed == {u.email for u in await User.filter(id__in=list(notified))}
    assert notified == enterprise_side

    engagement_id = gid("Engagement", engagement.id)
    seen = await gql(client, LIST, token=world.tokens["e1_member"])
    (node,) = nodes(seen)
    assert node["kind"] == "engagement.investigating"
    assert node["title"] == "服务机构已受理您的申请"
    assert node["link"] == f"/engagements/{engagement_id}"
    assert node["subjectId"] == engagement_id
    assert "合同审查服务" in node["body"] and "需求调查" in node["body"]
    assert "已电话沟通" in node["body"]
    for role in ("user", "e2_admin", "i2_member", "op_wenzhou", "hub_admin"):
        result = await gql(client, COUNT, token=world.tokens[role])
        assert result["data"]["unreadNotificationCount"] == 0, role


async def test_my_list_issues_the_same_statements_for_5_and_50_rows(
    client: httpx.AsyncClient,
) -> None:
    me = await make_user("me@qifu.cn")
    await send(me, 5)
    token = await login_token(client, "me@qifu.cn")
    await gql(client, LIST, {"first": 100}, token=token)  # the session's first use
    with count_sql() as small:
        five = await gql(client, LIST, {"first": 100}, token=token)
    assert len(nodes(five)) == 5
    await send(me, 45, start=5)
    with count_sql() as large:
        fifty = await gql(client, LIST, {"first": 100}, token=token)
    assert len(nodes(fifty)) == 50
    assert large.count == small.count, (small.statements, large.statements)


async def test_my_inbox_is_in_my_data_and_goes_with_my_account(client: httpx.AsyncClient) -> None:
    me = await make_user("me@qifu.cn")
    other = await make_user("other@qifu.cn")
    await send(me, 2)
    await send(other, 1)
    token = await login_token(client, "me@qifu.cn")
    data = (await gql(client, "{ myData }", token=token))["data"]["myData"]
    assert [n["title"] for n in data["notifications"]] == ["通知 0", "通知 1"]
    assert all(n["readAt"] is None for n in data["notifications"])
    delete = "mutation($p: String!) { deleteMyAccount(input: {password: $p}) { deleted } }"
    deleted = await gql(client, delete, {"p": PASSWORD}, token=token)
    assert deleted["data"]["deleteMyAccount"]["deleted"] is True
    assert await Notification.filter(user_id=me.id).count() == 0
    assert await Notification.filter(user_id=other.id).count() == 1
