"""The lists: each side sees only its own engagements, operators their subtree's; the
statement count does not grow with the rows."""

from __future__ import annotations

import httpx

from qifu.accounts.services import grants_of
from qifu.catalog.models import ProductStatus
from qifu.core import crypto
from qifu.engagements import services
from qifu.orgs.scopes import scope_of
from tests.catalog.support import make_product
from tests.engagements.support import ACTOR, S, World, drive, gid
from tests.support import count_sql, gql

FIELDS = """edges { node { id status answerDueAt answeredLate
  product { name institution { name } } enterprise { name } institution { name }
  timeline { toStatus actorName attachments { name } } evaluation { overall }
  agreementFile { name } contact { requesterName requesterEmail enterpriseContactPhone } } }
  totalCount"""
MINE_E = f"query($e: ID!) {{ myEngagements(enterpriseId: $e, first: 100) {{ {FIELDS} }} }}"
MINE_I = f"query($i: ID!) {{ myEngagements(institutionId: $i, first: 100) {{ {FIELDS} }} }}"
SUPERVISED = f"{{ engagementsForSupervision(first: 100) {{ {FIELDS} }} }}"


async def hangzhou_engagement(world: World) -> int:
    """E2 (杭州) requests a product of I2 (杭州)."""
    i2_user = world.users["i2_member"]
    product = await make_product(
        i2_user, world.i2, ProductStatus.PUBLISHED, reviewer=world.network.admin, name="杭州产品"
    )
    e2 = world.users["e2_admin"]
    engagement = await services.request_service(
        ACTOR, e2, scope_of(await grants_of(e2)), product.id, world.e2.id, "杭州的需求"
    )
    return engagement.id


def ids(result: dict, name: str) -> set[str]:
    return {edge["node"]["id"] for edge in result["data"][name]["edges"]}


async def test_each_side_sees_only_its_own(client: httpx.AsyncClient, world: World) -> None:
    wenzhou = gid("Engagement", (await drive(world, S.PLANNED)).id)
    hangzhou = gid("Engagement", await hangzhou_engagement(world))
    e1, e2 = gid("Enterprise", world.e1.id), gid("Enterprise", world.e2.id)
    i1, i2 = gid("Institution", world.i1.id), gid("Institution", world.i2.id)
    t = world.tokens
    assert ids(await gql(client, MINE_E, {"e": e1}, token=t["e1_member"]), "myEngagements") == {
        wenzhou
    }
    assert ids(await gql(client, MINE_E, {"e": e2}, token=t["e2_admin"]), "myEngagements") == {
        hangzhou
    }
    # Another enterprise's or institution's id shows nothing.
    assert ids(await gql(client, MINE_E, {"e": e1}, token=t["e2_admin"]), "myEngagements") == set()
    assert ids(await gql(client, MINE_I, {"i": i1}, token=t["i1_member"]), "myEngagements") == {
        wenzhou
    }
    assert ids(await gql(client, MINE_I, {"i": i2}, token=t["i2_member"]), "myEngagements") == {
        hangzhou
    }
    assert ids(await gql(client, MINE_I, {"i": i1}, token=t["i2_member"]), "myEngagements") == set()
    assert ids(await gql(client, MINE_I, {"i": i2}, token=t["i1_member"]), "myEngagements") == set()
    for role, expected in (
        ("op_wenzhou", {wenzhou}),
        ("op_hangzhou", {hangzhou}),
        ("hub_admin", {wenzhou, hangzhou}),
        ("i1_member", set()),
        ("e1_admin", set()),
    ):
        got = await gql(client, SUPERVISED, token=t[role])
        assert ids(got, "engagementsForSupervision") == expected, role
    node = "query($id: ID!) { node(id: $id) { id } }"
    for role in ("i2_member", "e2_admin", "op_hangzhou"):
        assert (await gql(client, node, {"id": wenzhou}, token=t[role]))["data"]["node"] is None
    for role in ("i1_member", "e1_admin", "op_wenzhou"):
        assert (await gql(client, node, {"id": hangzhou}, token=t[role]))["data"]["node"] is None


async def test_status_filter_and_paging(client: httpx.AsyncClient, world: World) -> None:
    for state in (S.REQUESTED, S.REQUESTED, S.DECLINED):
        await drive(world, state)
    query = """query($e: ID!, $s: EngagementStatus, $a: String) { myEngagements(enterpriseId: $e,
      status: $s, first: 1, after: $a) { edges { node { status } } pageInfo { hasNextPage
      endCursor } totalCount } }"""
    e1 = gid("Enterprise", world.e1.id)
    first = await gql(client, query, {"e": e1, "s": "REQUESTED"}, token=world.tokens["e1_admin"])
    page = first["data"]["myEngagements"]
    assert page["totalCount"] == 2 and page["pageInfo"]["hasNextPage"]
    second = await gql(
        client,
        query,
        {"e": e1, "s": "REQUESTED", "a": page["pageInfo"]["endCursor"]},
        token=world.tokens["e1_admin"],
    )
    assert not second["data"]["myEngagements"]["pageInfo"]["hasNextPage"]


async def test_lists_issue_the_same_statements_for_5_and_100_rows(
    client: httpx.AsyncClient, world: World
) -> None:
    await drive(world, S.EVALUATED)
    await drive(world, S.IN_SERVICE)
    await hangzhou_engagement(world)
    for _ in range(2):
        await drive(world, S.REQUESTED)
    e1 = gid("Enterprise", world.e1.id)
    i1 = gid("Institution", world.i1.id)
    calls = [
        (MINE_E, {"e": e1}, "e1_admin"),
        (MINE_I, {"i": i1}, "i1_member"),
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
    for _ in range(95):
        await drive(world, S.REQUESTED)
    await drive(world, S.AGREED)
    many = await counts()
    assert few == many
    result = await gql(client, MINE_E, {"e": e1}, token=world.tokens["e1_admin"])
    assert len(result["data"]["myEngagements"]["edges"]) == 100


async def test_the_institution_sees_whom_to_contact(
    client: httpx.AsyncClient, world: World
) -> None:
    world.e1.contact_phone_enc = crypto.encrypt("0577-88886666")
    await world.e1.save(update_fields=["contact_phone_enc"])
    await drive(world, S.REQUESTED)
    i1 = gid("Institution", world.i1.id)
    result = await gql(client, MINE_I, {"i": i1}, token=world.tokens["i1_member"])
    contact = result["data"]["myEngagements"]["edges"][0]["node"]["contact"]
    requester = world.users["e1_admin"]
    assert contact["requesterName"] == requester.name
    assert contact["requesterEmail"] == requester.email
    assert contact["enterpriseContactPhone"] == "0577-88886666"
