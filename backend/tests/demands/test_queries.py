"""The lists: each side sees only its own demands, handlers theirs, operators their subtree's;
the statement count does not grow with the rows."""

from __future__ import annotations

import httpx

from qifu.demands import services
from qifu.demands.models import HandlerType
from tests.demands.support import S, World, drive, gid, submit
from tests.support import ACTOR, count_sql, gql

FIELDS = """edges { node { id status category channel overdue acceptDueAt replyDueAt
  enterprise { name } handler { type id name } contact { name phone }
  attachments { name } evaluation { overall }
  timeline { kind toStatus actorName attachments { name } handlerBefore { name }
             handlerAfter { name } } } }
  totalCount"""
MINE = f"query($e: ID!) {{ myDemands(enterpriseId: $e, first: 100) {{ {FIELDS} }} }}"
ASSIGNED = f"{{ demandsAssignedToMe(first: 100) {{ {FIELDS} }} }}"
SUPERVISED = f"{{ demandsForSupervision(first: 100) {{ {FIELDS} }} }}"


async def hangzhou_demand(world: World) -> int:
    e2 = world.users["e2_admin"]
    d = await services.submit(
        ACTOR,
        e2,
        await world.me("e2_admin"),
        world.base.e2.id,
        services.DemandData(
            category=services.DemandCategory.TALENT, title="招聘", description="需要招聘技工"
        ),
    )
    return d.id


def ids(result: dict, name: str) -> set[str]:
    assert "errors" not in result, result
    return {edge["node"]["id"] for edge in result["data"][name]["edges"]}


async def test_each_side_sees_only_its_own(client: httpx.AsyncClient, world: World) -> None:
    wenzhou = gid("Demand", (await drive(world, S.ASSIGNED)).id)
    hangzhou = gid("Demand", await hangzhou_demand(world))
    e1, e2 = gid("Enterprise", world.base.e1.id), gid("Enterprise", world.base.e2.id)
    t = world.tokens
    assert ids(await gql(client, MINE, {"e": e1}, token=t["e1_member"]), "myDemands") == {wenzhou}
    assert ids(await gql(client, MINE, {"e": e2}, token=t["e2_admin"]), "myDemands") == {hangzhou}
    assert ids(await gql(client, MINE, {"e": e1}, token=t["e2_admin"]), "myDemands") == set()
    for role, expected in (
        ("i1_member", {wenzhou}),
        ("i2_member", set()),
        ("d1_handler", set()),
        ("x1_expert", set()),
        ("e1_admin", set()),
        ("op_wenzhou", set()),
    ):
        got = await gql(client, ASSIGNED, token=t[role])
        assert ids(got, "demandsAssignedToMe") == expected, role
    for role, expected in (
        ("op_wenzhou", {wenzhou}),
        ("op_hangzhou", {hangzhou}),
        ("hub_admin", {wenzhou, hangzhou}),
        ("i1_member", set()),
        ("e1_admin", set()),
    ):
        got = await gql(client, SUPERVISED, token=t[role])
        assert ids(got, "demandsForSupervision") == expected, role


async def test_status_filter_and_paging(client: httpx.AsyncClient, world: World) -> None:
    for state in (S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.WITHDRAWN):
        await drive(world, state)
    query = """query($s: DemandStatus, $a: String) { demandsForSupervision(status: $s,
      first: 2, after: $a) { edges { node { id status } } pageInfo { hasNextPage endCursor }
      totalCount } }"""
    token = world.tokens["op_wenzhou"]
    first = await gql(client, query, {"s": "SUBMITTED"}, token=token)
    page = first["data"]["demandsForSupervision"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]
    second = await gql(
        client, query, {"s": "SUBMITTED", "a": page["pageInfo"]["endCursor"]}, token=token
    )
    rest = second["data"]["demandsForSupervision"]
    assert len(rest["edges"]) == 1 and not rest["pageInfo"]["hasNextPage"]
    seen = {e["node"]["id"] for e in page["edges"] + rest["edges"]}
    assert len(seen) == 3


async def test_lists_issue_the_same_statements_for_5_and_100_rows(
    client: httpx.AsyncClient, world: World
) -> None:
    async def some(count: int) -> None:
        h, h_me = world.users["i1_member"], await world.me("i1_member")
        for n in range(count):
            state = (S.ASSIGNED, S.CLOSED, S.SUBMITTED, S.REPLIED, S.WAITING_FOR_ENTERPRISE)[n % 5]
            d = await drive(world, state)
            if n % 5 == 0:
                await services.transfer(
                    ACTOR, h, h_me, d.id, HandlerType.EXPERT, world.x1.id, "转专家"
                )
        await submit(world)

    await some(4)
    e1 = gid("Enterprise", world.base.e1.id)
    calls = [
        (MINE, {"e": e1}, "e1_admin"),
        (ASSIGNED, {}, "i1_member"),
        (SUPERVISED, {}, "hub_admin"),
    ]

    async def counts() -> list[int]:
        found = []
        for query, variables, role in calls:
            with count_sql() as counter:
                result = await gql(client, query, variables, token=world.tokens[role])
            assert "errors" not in result, result
            found.append(counter.count)
        return found

    await counts()  # the first request of a session records its use
    few = await counts()
    await some(95)
    many = await counts()
    assert few == many
    result = await gql(client, MINE, {"e": e1}, token=world.tokens["e1_admin"])
    assert len(result["data"]["myDemands"]["edges"]) == 100


async def test_viewer_sides_say_what_each_viewer_acts_as(
    client: httpx.AsyncClient, world: World
) -> None:
    """The SPA offers the actions of ``viewerSides``: the server's one rule, per viewer."""
    demand = gid("Demand", (await drive(world, S.ASSIGNED)).id)
    query = "query($id: ID!) { node(id: $id) { ... on Demand { viewerSides } } }"
    for role, expected in (
        ("e1_member", ["ENTERPRISE"]),
        ("i1_member", ["HANDLER"]),
        ("op_wenzhou", ["OPERATOR"]),
        ("hub_admin", ["OPERATOR"]),
    ):
        got = await gql(client, query, {"id": demand}, token=world.tokens[role])
        assert got["data"]["node"]["viewerSides"] == expected, role
    for role in ("i2_member", "op_hangzhou", "e2_admin", "d1_handler"):
        got = await gql(client, query, {"id": demand}, token=world.tokens[role])
        assert got["data"]["node"] is None, role
