"""Offers (征集承接) through the API: the whole call, every refusal (nothing changes), what an
institution sees of a demand open for offers (never the enterprise's contact), a permission
table written out by hand, and two concurrent picks on PostgreSQL."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import httpx
import pytest

from qifu.accounts.models import Role, ScopeType
from qifu.accounts.services import grant_role, grants_of
from qifu.core.models import AuditEvent, OutboxMessage
from qifu.demands import offers, services
from qifu.demands.models import Demand, DemandEvent, DemandOffer, HandlerType, OfferStatus
from qifu.notify.models import Notification
from qifu.orgs import institutions
from qifu.orgs.models import Institution, InstitutionStatus
from qifu.orgs.scopes import scope_of
from tests.catalog.support import make_institution
from tests.conftest import DIALECT
from tests.demands.support import S, World, data, drive, gid, make_demand_world
from tests.spa_operations import spa_operation
from tests.support import ACTOR, gql, login_token, make_user

ERR = "errors { field code message }"


def m(name: str, input_type: str, fields: str) -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {fields} {ERR} }} }}"


OPEN = m("openDemandForOffers", "DemandIdInput", "demand { id status }")
CLOSE = m("closeDemandOffers", "DemandIdInput", "demand { id status }")
OFFER = m(
    "offerToTakeDemand",
    "DemandOfferInput",
    "offer { id status proposal institution { name } } demand { id status }",
)
WITHDRAW = m("withdrawDemandOffer", "WithdrawDemandOfferInput", "offer { id status }")
PICK = m(
    "pickDemandOffer",
    "PickDemandOfferInput",
    "demand { id status handler { type name } replyDueAt assignedAt }",
)
LISTING = """query($category: DemandCategory) { demandsOpenForOffers(category: $category) {
  totalCount edges { node { id title status contact { name phone }
  enterprise { name contactName contactPhone contactEmail }
  myOffer { id status proposal } } } } }"""
DETAIL = """query($id: ID!) { node(id: $id) { ... on Demand { id status
  contact { name phone } enterprise { name contactName contactPhone contactEmail }
  offers { id status proposal institution { name } } myOffer { id status }
  timeline { actorName } } } }"""


async def with_i3(world: World, client: httpx.AsyncClient) -> Institution:
    """I3: an ACTIVE institution of 温州 (the platform above 鹿城), with the member i3_member."""
    admin = await make_user("i3a@qifu.cn")
    i3 = await make_institution(
        admin, 43, "温州市服务机构", "330300", hub_admin=world.users["hub_admin"]
    )
    member = await make_user("i3m@qifu.cn")
    await grant_role(member, Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i3.id)
    world.users["i3_member"] = member
    world.tokens["i3_member"] = await login_token(client, member.email)
    return i3


@pytest.fixture
async def world(client: httpx.AsyncClient) -> World:
    world = await make_demand_world(client)
    await with_i3(world, client)
    return world


async def call(
    client: httpx.AsyncClient, world: World, role: str, query: str, input: dict[str, Any]
) -> dict[str, Any]:
    result = await gql(client, query, {"input": input}, token=world.tokens[role])
    assert "errors" not in result, result
    return next(iter(result["data"].values()))


def codes(payload: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


async def offer_by(world: World, role: str, demand_id: int, proposal: str = "方案") -> DemandOffer:
    me = await world.me(role)
    return await offers.make_offer(ACTOR, world.users[role], me, demand_id, proposal)


async def state(demand_id: int) -> tuple[Any, ...]:
    d = await Demand.get(id=demand_id)
    return (
        d.status,
        d.updated_at,
        d.handler_type,
        d.handler_id,
        d.reply_due_at,
        sorted(
            (o.id, o.status, o.proposal, o.decided_at)
            for o in await DemandOffer.filter(demand_id=demand_id)
        ),
        await DemandEvent.filter(demand_id=demand_id).count(),
        await OutboxMessage.all().count(),
        await Notification.all().count(),
        await AuditEvent.filter(object_type="Demand", object_id=str(demand_id)).count(),
    )


async def inbox_of(world: World, role: str) -> list[str]:
    rows = await Notification.filter(user_id=world.users[role].id).order_by("id")
    return [n.kind for n in rows]


async def test_the_whole_call(client: httpx.AsyncClient, world: World) -> None:
    d = await drive(world, S.ACCEPTED)
    demand_id = gid("Demand", d.id)
    opened = await call(client, world, "op_wenzhou", OPEN, {"demandId": demand_id, "note": "欢迎"})
    assert opened["errors"] == [] and opened["demand"]["status"] == "OPEN_FOR_OFFERS"
    # The serving institutions' members are told (I1 of 鹿城, I3 of 温州), not I2 of 杭州.
    assert "demand.open_for_offers" in await inbox_of(world, "i1_member")
    assert "demand.open_for_offers" in await inbox_of(world, "i3_member")
    assert await inbox_of(world, "i2_member") == []

    listing = await gql(client, LISTING, token=world.tokens["i1_member"])
    edges = listing["data"]["demandsOpenForOffers"]["edges"]
    assert [e["node"]["id"] for e in edges] == [demand_id]
    assert edges[0]["node"]["myOffer"] is None
    none = await gql(client, LISTING, {"category": "LEGAL"}, token=world.tokens["i1_member"])
    assert none["data"]["demandsOpenForOffers"]["totalCount"] == 0

    first = await call(
        client, world, "i1_member", OFFER, {"demandId": demand_id, "proposal": " 三天内上门 "}
    )
    assert first["errors"] == []
    assert first["offer"]["status"] == "PENDING" and first["offer"]["proposal"] == "三天内上门"
    assert first["offer"]["institution"]["name"] == "温州服务机构"
    second = await call(
        client, world, "i3_member", OFFER, {"demandId": demand_id, "proposal": "线上辅导"}
    )
    assert second["errors"] == []
    assert "demand.offer" in await inbox_of(world, "e1_admin")

    # Each institution sees its own offer only; the enterprise and the operators see both.
    mine = await gql(client, DETAIL, {"id": demand_id}, token=world.tokens["i3_member"])
    node = mine["data"]["node"]
    assert [o["proposal"] for o in node["offers"]] == ["线上辅导"]
    assert node["myOffer"]["status"] == "PENDING"
    for role in ("e1_member", "op_wenzhou", "hub_admin"):
        seen = await gql(client, DETAIL, {"id": demand_id}, token=world.tokens[role])
        assert [o["proposal"] for o in seen["data"]["node"]["offers"]] == ["三天内上门", "线上辅导"]

    picked = await call(
        client, world, "e1_admin", PICK, {"demandId": demand_id, "offerId": first["offer"]["id"]}
    )
    assert picked["errors"] == []
    demand = picked["demand"]
    assert demand["status"] == "ASSIGNED"
    assert demand["handler"] == {"type": "INSTITUTION", "name": "温州服务机构"}
    stored = await Demand.get(id=d.id)
    assert stored.assigned_at is not None
    assert stored.reply_due_at == await services.reply_deadline(stored.assigned_at, 5)
    assert stored.handler_id == world.base.i1.id
    rows = await DemandOffer.filter(demand_id=d.id).order_by("id")
    assert [o.status for o in rows] == [OfferStatus.PICKED, OfferStatus.NOT_PICKED]
    assert all(o.decided_at is not None for o in rows)
    assert "demand.pick_offer" in await inbox_of(world, "i1_member")
    assert "demand.offer_not_picked" in await inbox_of(world, "i3_member")
    timeline = await DemandEvent.filter(demand_id=d.id).order_by("id")
    assert [(e.from_status, e.to_status) for e in timeline][-2:] == [
        (S.ACCEPTED, S.OPEN_FOR_OFFERS),
        (S.OPEN_FOR_OFFERS, S.ASSIGNED),
    ]

    # I1 now handles it as any handler (the contact included); I3 no longer sees it.
    handler = await gql(client, DETAIL, {"id": demand_id}, token=world.tokens["i1_member"])
    assert handler["data"]["node"]["contact"] is not None
    assert handler["data"]["node"]["myOffer"]["status"] == "PICKED"
    gone = await gql(client, DETAIL, {"id": demand_id}, token=world.tokens["i3_member"])
    assert gone["data"]["node"] is None
    listing = await gql(client, LISTING, token=world.tokens["i1_member"])
    assert listing["data"]["demandsOpenForOffers"]["edges"] == []
    replied = await services.reply(
        ACTOR, world.users["i1_member"], await world.me("i1_member"), d.id, "已上门辅导"
    )
    assert replied.status == S.REPLIED


async def test_closing_the_call_and_withdrawing(client: httpx.AsyncClient, world: World) -> None:
    d = await drive(world, S.OPEN_FOR_OFFERS)
    demand_id = gid("Demand", d.id)
    await offer_by(world, "i1_member", d.id)
    await offer_by(world, "i3_member", d.id)
    withdrawn = await call(client, world, "i3_member", WITHDRAW, {"demandId": demand_id})
    assert withdrawn["errors"] == [] and withdrawn["offer"]["status"] == "WITHDRAWN"
    # A withdrawn offer may be made again, and withdrawn again.
    again = await call(
        client, world, "i3_member", OFFER, {"demandId": demand_id, "proposal": "新方案"}
    )
    assert again["errors"] == [] and again["offer"]["status"] == "PENDING"
    assert again["offer"]["id"] == withdrawn["offer"]["id"]
    await call(client, world, "i3_member", WITHDRAW, {"demandId": demand_id})

    closed = await call(client, world, "op_wenzhou", CLOSE, {"demandId": demand_id})
    assert closed["errors"] == [] and closed["demand"]["status"] == "ACCEPTED"
    statuses = sorted(o.status for o in await DemandOffer.filter(demand_id=d.id))
    assert statuses == [OfferStatus.NOT_PICKED, OfferStatus.WITHDRAWN]
    assert "demand.offer_not_picked" in await inbox_of(world, "i1_member")
    assert "demand.offer_not_picked" not in await inbox_of(world, "i3_member")
    # Back in ACCEPTED: the operators assign it, or open it again.
    reopened = await call(client, world, "op_wenzhou", OPEN, {"demandId": demand_id})
    assert reopened["errors"] == []


async def test_every_refusal_changes_nothing(client: httpx.AsyncClient, world: World) -> None:
    accepted = await drive(world, S.ACCEPTED)
    opened = await drive(world, S.OPEN_FOR_OFFERS)
    acc, opn = gid("Demand", accepted.id), gid("Demand", opened.id)
    i1_offer = await offer_by(world, "i1_member", opened.id)

    async def refused(
        role: str, query: str, input: dict[str, Any], expected: list[tuple[str, str]], on: int
    ) -> None:
        before = await state(on)
        payload = await call(client, world, role, query, input)
        assert codes(payload) == expected, (role, input, payload)
        assert all(e["message"] for e in payload["errors"])
        assert await state(on) == before, (role, input)

    invalid, not_found = [("demandId", "INVALID_TRANSITION")], [("demandId", "NOT_FOUND")]
    # Wrong state, for whoever sees the demand.
    submitted = await drive(world, S.SUBMITTED)
    sub = gid("Demand", submitted.id)
    await refused("op_wenzhou", OPEN, {"demandId": sub}, invalid, submitted.id)
    await refused("op_wenzhou", OPEN, {"demandId": opn}, invalid, opened.id)
    await refused("op_wenzhou", CLOSE, {"demandId": acc}, invalid, accepted.id)
    pick = {"demandId": acc, "offerId": gid("DemandOffer", i1_offer.id)}
    await refused("e1_admin", PICK, pick, invalid, accepted.id)
    # Offers on a demand not open for offers: the institution does not see it.
    await refused("i1_member", OFFER, {"demandId": acc, "proposal": "方案"}, not_found, accepted.id)
    # Not a member of a serving ACTIVE institution: as for an unknown id.
    offer = {"demandId": opn, "proposal": "方案"}
    for role in ("user", "e2_admin", "i2_member", "d1_handler", "x1_expert", "op_hangzhou"):
        await refused(role, OFFER, offer, not_found, opened.id)
    unknown = {"demandId": gid("Demand", 999999), "proposal": "方案"}
    await refused("i3_member", OFFER, unknown, not_found, opened.id)
    # Operators and the enterprise do not offer; institutions do not pick or close.
    await refused("op_wenzhou", OFFER, offer, not_found, opened.id)
    await refused("e1_admin", OFFER, offer, not_found, opened.id)
    pick_open = {"demandId": opn, "offerId": gid("DemandOffer", i1_offer.id)}
    await refused("i1_member", PICK, pick_open, not_found, opened.id)
    await refused("i3_member", CLOSE, {"demandId": opn}, not_found, opened.id)
    await refused("e1_admin", CLOSE, {"demandId": opn}, not_found, opened.id)
    # Bad input: a second offer, an empty or too long proposal, an unknown offer.
    dup = [("demandId", "ALREADY_OFFERED")]
    await refused("i1_member", OFFER, offer, dup, opened.id)
    empty = {"demandId": opn, "proposal": "  "}
    await refused("i3_member", OFFER, empty, [("proposal", "REQUIRED")], opened.id)
    long = {"demandId": opn, "proposal": "长" * 2001}
    await refused("i3_member", OFFER, long, [("proposal", "TOO_LONG")], opened.id)
    other = {"demandId": opn, "offerId": gid("DemandOffer", 999999)}
    await refused("e1_admin", PICK, other, [("offerId", "NOT_FOUND")], opened.id)
    # Nothing to withdraw for I3; I1 withdraws once only.
    await refused("i3_member", WITHDRAW, {"demandId": opn}, invalid, opened.id)
    await call(client, world, "i1_member", WITHDRAW, {"demandId": opn})
    await refused("i1_member", WITHDRAW, {"demandId": opn}, invalid, opened.id)
    withdrawn = {"demandId": opn, "offerId": gid("DemandOffer", i1_offer.id)}
    await refused("e1_admin", PICK, withdrawn, [("offerId", "INVALID_TRANSITION")], opened.id)
    # An institution no longer ACTIVE: its members no longer see the call.
    hub = scope_of(await grants_of(world.users["hub_admin"]))
    await institutions.change_status(
        ACTOR, hub, world.base.i1.id, InstitutionStatus.SUSPENDED, "资质到期"
    )
    await refused("i1_member", OFFER, offer, not_found, opened.id)
    detail = await gql(client, DETAIL, {"id": opn}, token=world.tokens["i1_member"])
    assert detail["data"]["node"] is None


async def test_a_suspended_institution_cannot_be_picked(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.OPEN_FOR_OFFERS)
    offer = await offer_by(world, "i1_member", d.id)
    hub = scope_of(await grants_of(world.users["hub_admin"]))
    await institutions.change_status(
        ACTOR, hub, world.base.i1.id, InstitutionStatus.SUSPENDED, "资质到期"
    )
    before = await state(d.id)
    payload = await call(
        client,
        world,
        "op_wenzhou",
        PICK,
        {"demandId": gid("Demand", d.id), "offerId": gid("DemandOffer", offer.id)},
    )
    assert codes(payload) == [("offerId", "INSTITUTION_NOT_ACTIVE")]
    assert await state(d.id) == before


async def test_institutions_never_see_the_enterprise_contact(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.OPEN_FOR_OFFERS)
    await offer_by(world, "i1_member", d.id)
    for role in ("i1_member", "i3_member"):
        listing = await gql(client, LISTING, token=world.tokens[role])
        assert "errors" not in listing, listing
        node = listing["data"]["demandsOpenForOffers"]["edges"][0]["node"]
        detail = await gql(client, DETAIL, {"id": node["id"]}, token=world.tokens[role])
        assert detail["data"]["node"]["timeline"] == []  # names the enterprise's people
        for seen in (node, detail["data"]["node"]):
            assert seen["contact"] is None
            assert seen["enterprise"] == {
                "name": "温州甲公司",
                "contactName": None,
                "contactPhone": None,
                "contactEmail": None,
            }
    # The enterprise itself, and the operators, do see the contact.
    own = await gql(client, DETAIL, {"id": gid("Demand", d.id)}, token=world.tokens["e1_admin"])
    assert own["data"]["node"]["contact"] is not None
    assert len(own["data"]["node"]["timeline"]) == 3


async def test_the_spa_operations_show_no_contact_to_institutions(
    client: httpx.AsyncClient, world: World
) -> None:
    """The SPA's own list and demand page, as an institution invited to offer sends them."""
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    contact = replace(data(), contact_name="王经理", contact_phone="13800001234")
    d = await services.submit(
        ACTOR, world.users["e1_admin"], await world.me("e1_admin"), world.base.e1.id, contact
    )
    await services.accept(ACTOR, op, op_me, d.id)
    await offers.open_for_offers(ACTOR, op, op_me, d.id)
    await offer_by(world, "i1_member", d.id, "三天内上门")
    token = world.tokens["i1_member"]
    listing = await gql(client, spa_operation("DemandsOpenForOffers"), {"first": 20}, token=token)
    assert "errors" not in listing, listing
    (edge,) = listing["data"]["demandsOpenForOffers"]["edges"]
    assert edge["node"]["myOffer"]["status"] == "PENDING"
    enterprise = {"id": gid("Enterprise", world.base.e1.id), "name": "温州甲公司"}
    assert edge["node"]["enterprise"] == enterprise
    page = await gql(client, spa_operation("DemandPage"), {"id": edge["node"]["id"]}, token=token)
    assert "errors" not in page, page
    node = page["data"]["node"]
    assert node["contact"] is None and node["timeline"] == []
    assert [o["proposal"] for o in node["offers"]] == ["三天内上门"]
    for text in (str(listing), str(page)):
        assert "王经理" not in text and "13800001234" not in text
    # The enterprise's own page has them.
    own = await gql(
        client,
        spa_operation("DemandPage"),
        {"id": edge["node"]["id"]},
        token=world.tokens["e1_admin"],
    )
    assert own["data"]["node"]["contact"] == {"name": "王经理", "phone": "13800001234"}


# ---- the permission table, written out by hand

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "e1_member",
    "e2_admin",
    "i1_member",
    "i2_member",
    "i3_member",
    "d1_handler",
    "x1_expert",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]
# Y: done; N: answered as for an unknown id, nothing changes; I: INVALID_TRANSITION.
# The demand of each cell: DC accepted, DO open for offers, DO1 open with I1's offer.
# fmt: off
TABLE: list[tuple[str, str, str]] = [
    # operation,                  demand, anon user e1a e1m e2a i1m i2m i3m d1h x1e opw oph hub
    ("openDemandForOffers",       "DC",  "N    N    N   N   N   N   N   N   N   N   Y   N   Y"),
    ("offerToTakeDemand",         "DO",  "N    N    N   N   N   Y   N   Y   N   N   N   N   N"),
    ("withdrawDemandOffer",       "DO1", "N    N    N   N   N   Y   N   I   N   N   N   N   N"),
    ("pickDemandOffer",           "DO1", "N    N    Y   Y   N   N   N   N   N   N   Y   N   Y"),
    ("closeDemandOffers",         "DO",  "N    N    N   N   N   N   N   N   N   N   Y   N   Y"),
    ("node",                      "DO",  "N    N    Y   Y   N   Y   N   Y   N   N   Y   N   Y"),
    ("node.contact",              "DO",  "N    N    Y   Y   N   N   N   N   N   N   Y   N   Y"),
    ("node.offers sees I1's",     "DO1", "N    N    Y   Y   N   Y   N   N   N   N   Y   N   Y"),
    ("demandsOpenForOffers",      "DO",  "N    N    N   N   N   Y   N   Y   N   N   N   N   N"),
]
# fmt: on
OPERATIONS: dict[str, str] = {
    "openDemandForOffers": OPEN,
    "offerToTakeDemand": OFFER,
    "withdrawDemandOffer": WITHDRAW,
    "pickDemandOffer": PICK,
    "closeDemandOffers": CLOSE,
    "node": DETAIL,
    "node.contact": DETAIL,
    "node.offers sees I1's": DETAIL,
    "demandsOpenForOffers": LISTING,
}


async def prepare(world: World, kind: str) -> tuple[int, int | None]:
    d = await drive(world, S.ACCEPTED if kind == "DC" else S.OPEN_FOR_OFFERS)
    offer = await offer_by(world, "i1_member", d.id, "I1 的方案") if kind == "DO1" else None
    return d.id, offer.id if offer else None


def variables(operation: str, demand_id: int, offer_id: int | None) -> dict[str, Any]:
    if operation.startswith("node"):
        return {"id": gid("Demand", demand_id)}
    if operation == "demandsOpenForOffers":
        return {}
    input: dict[str, Any] = {"demandId": gid("Demand", demand_id)}
    if operation == "offerToTakeDemand":
        input["proposal"] = "我们可以承接"
    if operation == "pickDemandOffer":
        input["offerId"] = gid("DemandOffer", offer_id or 999999)
    return {"input": input}


def outcome(operation: str, result: dict[str, Any], demand_id: int) -> str:
    if result.get("errors") or result.get("data") is None:
        return "N"
    value = next(iter(result["data"].values()))
    if operation == "demandsOpenForOffers":
        ids = [e["node"]["id"] for e in value["edges"]]
        return "Y" if gid("Demand", demand_id) in ids else "N"
    if operation.startswith("node"):
        if value is None:
            return "N"
        if operation == "node.contact":
            return "Y" if value["contact"] is not None else "N"
        if operation == "node.offers sees I1's":
            return "Y" if any(o["proposal"] == "I1 的方案" for o in value["offers"]) else "N"
        return "Y"
    found = [e["code"] for e in value["errors"]]
    return {(): "Y", ("INVALID_TRANSITION",): "I"}.get(tuple(found), "N")


def without_request_ids(result: dict[str, Any]) -> dict[str, Any]:
    for error in result.get("errors") or []:
        error.get("extensions", {}).pop("requestId", None)
    return result


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
async def test_permission_table(client: httpx.AsyncClient, row: tuple[str, str, str]) -> None:
    operation, kind, cells = row
    world = await make_demand_world(client)
    await with_i3(world, client)
    expected = dict(zip(ROLES, cells.split(), strict=True))
    query = OPERATIONS[operation]
    for role in ROLES:
        demand_id, offer_id = await prepare(world, kind)
        before = await state(demand_id)
        token = world.tokens.get(role)
        result = await gql(client, query, variables(operation, demand_id, offer_id), token=token)
        got = outcome(operation, result, demand_id)
        assert got == expected[role], (operation, role, result)
        if got != "Y" and query.startswith("mutation"):
            assert await state(demand_id) == before, (operation, role)
        if got == "N" and query.startswith("mutation"):
            unknown = await gql(client, query, variables(operation, 999999, 999999), token=token)
            assert without_request_ids(result) == without_request_ids(unknown), (operation, role)


# ---- concurrency


@pytest.mark.skipif(DIALECT != "postgres", reason="row locks under concurrency: PostgreSQL")
async def test_two_concurrent_picks_exactly_one_wins(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.OPEN_FOR_OFFERS)
    first = await offer_by(world, "i1_member", d.id)
    second = await offer_by(world, "i3_member", d.id)

    async def pick(role: str, offer_id: int) -> dict[str, Any]:
        input = {"demandId": gid("Demand", d.id), "offerId": gid("DemandOffer", offer_id)}
        return await call(client, world, role, PICK, input)

    events = await DemandEvent.filter(demand_id=d.id).count()
    results = await asyncio.gather(pick("e1_admin", first.id), pick("op_wenzhou", second.id))
    outcomes = sorted("ok" if not r["errors"] else r["errors"][0]["code"] for r in results)
    assert outcomes == ["INVALID_TRANSITION", "ok"]
    assert await DemandEvent.filter(demand_id=d.id).count() == events + 1
    stored = await Demand.get(id=d.id)
    assert stored.status == S.ASSIGNED and stored.handler_type == HandlerType.INSTITUTION
    picked = await DemandOffer.filter(demand_id=d.id, status=OfferStatus.PICKED)
    assert [o.institution_id for o in picked] == [stored.handler_id]
    assert await DemandOffer.filter(demand_id=d.id, status=OfferStatus.NOT_PICKED).count() == 1


@pytest.mark.skipif(DIALECT != "postgres", reason="row locks under concurrency: PostgreSQL")
async def test_a_pick_and_a_close_at_once_exactly_one_wins(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.OPEN_FOR_OFFERS)
    offer = await offer_by(world, "i1_member", d.id)
    pick = {"demandId": gid("Demand", d.id), "offerId": gid("DemandOffer", offer.id)}
    results = await asyncio.gather(
        call(client, world, "e1_admin", PICK, pick),
        call(client, world, "op_wenzhou", CLOSE, {"demandId": gid("Demand", d.id)}),
    )
    outcomes = sorted("ok" if not r["errors"] else r["errors"][0]["code"] for r in results)
    assert outcomes == ["INVALID_TRANSITION", "ok"]
    stored = await Demand.get(id=d.id)
    (status,) = await DemandOffer.filter(demand_id=d.id).values_list("status", flat=True)
    assert (stored.status, status) in {
        (S.ASSIGNED, OfferStatus.PICKED),
        (S.ACCEPTED, OfferStatus.NOT_PICKED),
    }
