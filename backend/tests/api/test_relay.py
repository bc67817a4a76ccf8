"""Relay conventions on real lists: global IDs, node(id:), keyset pages, constant SQL counts."""

from __future__ import annotations

import httpx
from strawberry import relay

from qifu.accounts.models import Role
from tests.support import count_sql, gql, login_token, make_user

USERS = """query($first: Int, $after: String) { users(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id email roles { role scopeType scopeId } lockedUntil phone } } } }"""


async def admin_token(client: httpx.AsyncClient) -> str:
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    return await login_token(client, "admin@qifu.cn")


async def test_users_pages_by_key_newest_first(client: httpx.AsyncClient) -> None:
    token = await admin_token(client)
    for i in range(6):
        await make_user(f"u{i}@qifu.cn")
    first = (await gql(client, USERS, {"first": 4}, token=token))["data"]["users"]
    assert first["totalCount"] == 7 and first["pageInfo"]["hasNextPage"]
    emails = [e["node"]["email"] for e in first["edges"]]
    assert emails == ["u5@qifu.cn", "u4@qifu.cn", "u3@qifu.cn", "u2@qifu.cn"]
    after = first["pageInfo"]["endCursor"]
    second = (await gql(client, USERS, {"first": 4, "after": after}, token=token))["data"]["users"]
    assert [e["node"]["email"] for e in second["edges"]] == [
        "u1@qifu.cn",
        "u0@qifu.cn",
        "admin@qifu.cn",
    ]
    assert not second["pageInfo"]["hasNextPage"]


async def test_page_size_is_capped_at_100(client: httpx.AsyncClient) -> None:
    token = await admin_token(client)
    result = await gql(client, USERS, {"first": 1000}, token=token)
    assert result["data"]["users"]["totalCount"] == 1
    bad = await gql(client, USERS, {"first": 5, "after": "not-a-cursor"}, token=token)
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_list_issues_the_same_statements_for_5_and_50_rows(
    client: httpx.AsyncClient,
) -> None:
    token = await admin_token(client)
    for i in range(4):
        await make_user(f"u{i}@qifu.cn", roles=(Role.ENTERPRISE_MEMBER,))
    with count_sql() as small:
        five = await gql(client, USERS, {"first": 100}, token=token)
    assert len(five["data"]["users"]["edges"]) == 5
    for i in range(4, 49):
        await make_user(f"u{i}@qifu.cn", roles=(Role.ENTERPRISE_MEMBER,))
    with count_sql() as large:
        fifty = await gql(client, USERS, {"first": 100}, token=token)
    assert len(fifty["data"]["users"]["edges"]) == 50
    assert large.count == small.count, (small.statements, large.statements)
    assert small.count <= 7  # auth (2) + page + count + grants + lock states


async def test_node_returns_own_user_and_hides_others(client: httpx.AsyncClient) -> None:
    me = await make_user("a@qifu.cn", phone="13800138000")
    other = await make_user("b@qifu.cn")
    token = await login_token(client, "a@qifu.cn")
    query = "query($id: ID!) { node(id: $id) { id ... on User { email phone } } }"
    mine = await gql(client, query, {"id": str(relay.GlobalID("User", str(me.id)))}, token=token)
    assert mine["data"]["node"]["email"] == "a@qifu.cn"
    assert mine["data"]["node"]["phone"] == "13800138000"
    theirs = await gql(
        client, query, {"id": str(relay.GlobalID("User", str(other.id)))}, token=token
    )
    assert theirs["data"]["node"] is None
    for bogus in ("nonsense", str(relay.GlobalID("Nope", "1")), str(relay.GlobalID("User", "x"))):
        assert (await gql(client, query, {"id": bogus}, token=token))["data"]["node"] is None


async def test_global_ids_round_trip_through_node(client: httpx.AsyncClient) -> None:
    token = await admin_token(client)
    await make_user("b@qifu.cn", phone="13900139000")
    edges = (await gql(client, USERS, {"first": 10}, token=token))["data"]["users"]["edges"]
    for edge in edges:
        node_id = edge["node"]["id"]
        assert "User" not in node_id  # opaque, not a readable "User:1"
        found = await gql(
            client, "query($id: ID!) { node(id: $id) { id } }", {"id": node_id}, token=token
        )
        assert found["data"]["node"]["id"] == node_id
    phones = {e["node"]["email"]: e["node"]["phone"] for e in edges}
    assert phones["b@qifu.cn"] == "13900139000"  # the hub admin sees contacts


async def test_audit_events_connection(client: httpx.AsyncClient) -> None:
    token = await admin_token(client)
    result = await gql(
        client,
        """{ auditEvents(first: 2, action: "account.") { totalCount
             edges { node { id action actorLabel success ip } } } }""",
        token=token,
    )
    page = result["data"]["auditEvents"]
    assert page["totalCount"] >= 3  # register, verify, login of the admin
    assert page["edges"][0]["node"]["action"] == "account.login"
    assert page["edges"][0]["node"]["actorLabel"] == "admin@qifu.cn"
