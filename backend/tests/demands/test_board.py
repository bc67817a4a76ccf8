"""The supervision board: its filters (kind, platform subtree, handler, channel, category,
overdue, status), bulk assignment with partial refusals that change nothing, the departments
a handler may transfer to, and a statement count that does not grow with the rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from qifu.core import clock
from qifu.demands import services
from qifu.demands.models import (
    Demand,
    DemandChannel,
    DemandEvent,
    DemandKind,
    HandlerType,
)
from qifu.notify.models import Notification
from tests.demands.support import S, World, data, drive, gid, submit
from tests.spa_operations import spa_operation
from tests.support import ACTOR, count_sql, gql

BOARD = """query($status: DemandStatus, $category: DemandCategory, $overdue: Boolean,
  $kind: DemandKind, $channel: DemandChannel, $platformId: ID,
  $handlerType: DemandHandlerType, $handlerId: ID) {
  demandsForSupervision(status: $status, category: $category, overdue: $overdue, kind: $kind,
    channel: $channel, platformId: $platformId, handlerType: $handlerType,
    handlerId: $handlerId, first: 100) {
    totalCount edges { node { id status overdue } } } }"""
ASSIGN = """mutation($input: AssignDemandsInput!) { assignDemands(input: $input) {
  results { index demandId demand { id status handler { name } } errors { field code } }
  errors { field code } } }"""
DEPARTMENTS = """query($id: ID!) { demandTransferDepartments(demandId: $id) { id name } }"""


async def board(
    client: httpx.AsyncClient, world: World, role: str = "op_wenzhou", **filters: Any
) -> list[str]:
    result = await gql(client, BOARD, filters, token=world.tokens[role])
    assert "errors" not in result, result
    return [e["node"]["id"] for e in result["data"]["demandsForSupervision"]["edges"]]


def did(demand: Demand | int) -> str:
    return gid("Demand", demand if isinstance(demand, int) else demand.id)


async def hangzhou(world: World, to: S = S.SUBMITTED) -> Demand:
    """A demand of E2 (杭州), accepted by the hub administrator when asked."""
    d = await services.submit(
        ACTOR, world.users["e2_admin"], await world.me("e2_admin"), world.base.e2.id, data("招聘")
    )
    if to is S.ACCEPTED:
        d = await services.accept(
            ACTOR, world.users["hub_admin"], await world.me("hub_admin"), d.id
        )
    return d


async def test_filters_by_kind_channel_handler_category_and_overdue(
    client: httpx.AsyncClient, world: World
) -> None:
    assigned = await drive(world, S.ASSIGNED)  # to I1
    submitted = await drive(world, S.SUBMITTED)
    phoned = await services.record(
        ACTOR,
        world.users["op_wenzhou"],
        await world.me("op_wenzhou"),
        world.base.e1.id,
        data("电话登记的诉求"),
        DemandChannel.PHONE,
    )
    # A complaint: the kind is all the board looks at here.
    complaint = await submit(world)
    await Demand.filter(id=complaint.id).update(kind=DemandKind.COMPLAINT)
    everything = {did(d) for d in (assigned, submitted, phoned, complaint)}

    assert set(await board(client, world)) == everything
    assert await board(client, world, kind="COMPLAINT") == [did(complaint)]
    assert set(await board(client, world, kind="DEMAND")) == everything - {did(complaint)}
    assert await board(client, world, channel="PHONE") == [did(phoned)]
    assert await board(client, world, channel="LETTER") == []
    i1 = {"handlerType": "INSTITUTION", "handlerId": gid("Institution", world.base.i1.id)}
    assert await board(client, world, **i1) == [did(assigned)]
    i2 = {"handlerType": "INSTITUTION", "handlerId": gid("Institution", world.base.i2.id)}
    assert await board(client, world, **i2) == []
    # A handler ID of another kind than the type says matches nothing.
    wrong = {"handlerType": "EXPERT", "handlerId": gid("Institution", world.base.i1.id)}
    assert await board(client, world, **wrong) == []
    assert await board(client, world, category="TALENT") == []
    assert await board(client, world, status="ASSIGNED") == [did(assigned)]

    # The submitted one is past its acceptance deadline: first on the board, and the only
    # overdue one.
    await Demand.filter(id=submitted.id).update(accept_due_at=clock.now() - timedelta(hours=1))
    rows = await board(client, world)
    assert rows[0] == did(submitted) and set(rows) == everything
    assert await board(client, world, overdue=True) == [did(submitted)]
    assert did(submitted) not in await board(client, world, overdue=False)
    # Filters combine.
    assert await board(client, world, overdue=True, channel="PHONE") == []


async def test_platform_filter_stays_within_the_operators_subtree(
    client: httpx.AsyncClient, world: World
) -> None:
    network = world.base.network
    wenzhou_demand, hangzhou_demand = await drive(world, S.SUBMITTED), await hangzhou(world)
    assert world.base.e1.platform_id == network.lucheng.id
    lucheng, wenzhou = gid("Platform", network.lucheng.id), gid("Platform", network.wenzhou.id)
    hz, hub = gid("Platform", network.hangzhou.id), gid("Platform", network.hub.id)
    # 温州's operator: 鹿城 and 温州 (its subtree) hold the demand; 杭州 and the hub above
    # are outside the subtree and match nothing, as an unknown platform does.
    assert await board(client, world, platformId=lucheng) == [did(wenzhou_demand)]
    assert await board(client, world, platformId=wenzhou) == [did(wenzhou_demand)]
    assert await board(client, world, platformId=hz) == []
    assert await board(client, world, platformId=hub) == []
    assert await board(client, world, platformId=gid("Platform", 999999)) == []
    assert await board(client, world, platformId="not-an-id") == []
    # The hub administrator: any platform's subtree.
    both = {did(wenzhou_demand), did(hangzhou_demand)}
    assert set(await board(client, world, "hub_admin", platformId=hub)) == both
    assert await board(client, world, "hub_admin", platformId=hz) == [did(hangzhou_demand)]
    assert await board(client, world, "hub_admin", platformId=lucheng) == [did(wenzhou_demand)]
    # Nobody else sees the board.
    assert await board(client, world, "i1_member", platformId=lucheng) == []


async def snapshot(ids: list[int]) -> list[tuple[Any, ...]]:
    rows = await Demand.filter(id__in=ids).order_by("id")
    events = [await DemandEvent.filter(demand_id=i).count() for i in ids]
    return [
        (d.status, d.handler_type, d.handler_id, d.updated_at, n)
        for d, n in zip(rows, events, strict=True)
    ]


async def test_bulk_assignment_assigns_each_and_refuses_the_others_unchanged(
    client: httpx.AsyncClient, world: World
) -> None:
    a, b = await drive(world, S.ACCEPTED), await drive(world, S.ACCEPTED)
    submitted = await drive(world, S.SUBMITTED)  # not yet accepted
    foreign = await hangzhou(world, S.ACCEPTED)  # outside 温州's subtree
    refused = [submitted.id, foreign.id]
    before = await snapshot(refused)
    notes_before = await Notification.all().count()
    ids = [did(a), did(submitted), did(foreign), "bogus", did(b)]
    result = await gql(
        client,
        ASSIGN,
        {
            "input": {
                "demandIds": ids,
                "handlerType": "DEPARTMENT",
                "handlerId": gid("Department", world.d1.id),
                "note": "请经信局一并办理",
            }
        },
        token=world.tokens["op_wenzhou"],
    )
    assert "errors" not in result, result
    payload = result["data"]["assignDemands"]
    assert payload["errors"] == []
    got = {r["index"]: r for r in payload["results"]}
    assert [r["demandId"] for r in payload["results"]] == ids
    for i in (0, 4):
        assert got[i]["errors"] == []
        assert got[i]["demand"]["status"] == "ASSIGNED"
        assert got[i]["demand"]["handler"]["name"] == world.d1.name
    # Not accepted yet: the state refuses it; outside the subtree or no demand at all: as
    # for an unknown id.
    assert got[1]["demand"] is None
    assert got[1]["errors"] == [{"field": "demandIds.1", "code": "INVALID_TRANSITION"}]
    assert got[2]["errors"] == [{"field": "demandIds.2", "code": "NOT_FOUND"}]
    assert got[3]["errors"] == [{"field": "demandIds.3", "code": "NOT_FOUND"}]
    for d in (a, b):
        found = await Demand.get(id=d.id)
        assert found.status == S.ASSIGNED and found.handler_id == world.d1.id
        assert found.reply_due_at is not None
    assert await snapshot(refused) == before
    assert await Notification.all().count() > notes_before  # the assigned ones notified


async def test_bulk_assignment_refused_as_a_whole_changes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    a = await drive(world, S.ACCEPTED)
    before = await snapshot([a.id])
    i1 = gid("Institution", world.base.i1.id)

    async def assign(role: str, **input: Any) -> dict[str, Any]:
        body = {"demandIds": [did(a)], "handlerType": "INSTITUTION", "handlerId": i1} | input
        result = await gql(client, ASSIGN, {"input": body}, token=world.tokens[role])
        assert "errors" not in result, result
        return result["data"]["assignDemands"]

    cases = [
        ("op_wenzhou", {"handlerId": gid("Institution", 999999)}, "handlerId", "NOT_FOUND"),
        ("op_wenzhou", {"handlerId": gid("Expert", world.x1.id)}, "handlerId", "NOT_FOUND"),
        ("op_wenzhou", {"demandIds": []}, "demandIds", "REQUIRED"),
        ("op_wenzhou", {"demandIds": [did(a)] * 51}, "demandIds", "TOO_MANY"),
        ("op_wenzhou", {"note": "长" * 5001}, "note", "TOO_LONG"),
        ("i1_member", {}, "demandIds", "NOT_FOUND"),
        ("e1_admin", {}, "demandIds", "NOT_FOUND"),
    ]
    for role, input, field, code in cases:
        payload = await assign(role, **input)
        assert payload["results"] == [], (role, input)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)], input
        assert await snapshot([a.id]) == before


async def test_departments_a_demand_may_be_transferred_to(
    client: httpx.AsyncClient, world: World
) -> None:
    """The current handler (not staff, so the operators' department list is empty for it)
    sees the departments of the demand's platform chain; those who may not transfer it see
    none, as for an unknown demand."""
    d = await drive(world, S.ASSIGNED)  # to I1, on 鹿城 under 温州 where 经信局 is
    expected = [{"id": gid("Department", world.d1.id), "name": world.d1.name}]
    for role, want in (
        ("i1_member", expected),
        ("op_wenzhou", expected),
        ("i2_member", []),
        ("e1_admin", []),
        ("op_hangzhou", []),
    ):
        result = await gql(client, DEPARTMENTS, {"id": did(d)}, token=world.tokens[role])
        assert "errors" not in result, result
        assert result["data"]["demandTransferDepartments"] == want, role
    result = await gql(client, "{ departments { id } }", token=world.tokens["i1_member"])
    assert result["data"]["departments"] == []
    # A department of 杭州 is not on 温州's chain.
    other = await hangzhou(world, S.ACCEPTED)
    await services.assign(
        ACTOR,
        world.users["hub_admin"],
        await world.me("hub_admin"),
        other.id,
        HandlerType.INSTITUTION,
        world.base.i2.id,
    )
    result = await gql(client, DEPARTMENTS, {"id": did(other)}, token=world.tokens["i2_member"])
    assert result["data"]["demandTransferDepartments"] == []


async def test_the_spa_board_issues_the_same_statements_for_5_and_50_demands(
    client: httpx.AsyncClient, world: World
) -> None:
    query = spa_operation("DemandsForSupervision")
    h, h_me = world.users["i1_member"], await world.me("i1_member")

    async def some(count: int) -> None:
        for n in range(count):
            state = (S.ASSIGNED, S.SUBMITTED, S.REPLIED, S.ACCEPTED, S.CLOSED)[n % 5]
            d = await drive(world, state)
            if n % 5 == 0:
                await services.transfer(
                    ACTOR, h, h_me, d.id, HandlerType.EXPERT, world.x1.id, "转专家"
                )
            if n % 5 == 1:  # overdue
                await Demand.filter(id=d.id).update(accept_due_at=clock.now() - timedelta(hours=1))

    variables: list[dict[str, Any]] = [
        {"first": 100},
        {"first": 100, "kind": "DEMAND", "platformId": gid("Platform", world.base.e1.platform_id)},
    ]

    async def counts() -> list[tuple[int, int]]:
        found = []
        for v in variables:
            with count_sql() as counter:
                result = await gql(client, query, v, token=world.tokens["op_wenzhou"])
            assert "errors" not in result, result
            found.append((counter.count, len(result["data"]["demandsForSupervision"]["edges"])))
        return found

    await some(5)
    await counts()  # the first request of a session records its use
    few = await counts()
    await some(45)
    many = await counts()
    assert [n for n, _ in few] == [n for n, _ in many]
    assert [rows for _, rows in few] == [5, 5] and [rows for _, rows in many] == [50, 50]


async def test_operators_find_the_enterprises_to_record_for(
    client: httpx.AsyncClient, world: World
) -> None:
    """Recording a demand starts from a search among the verified enterprises of the subtree."""
    query = """query($s: String) { enterprisesForReview(status: VERIFIED, search: $s, first: 20) {
      edges { node { name } } } }"""

    async def names(role: str, search: str | None) -> list[str]:
        result = await gql(client, query, {"s": search}, token=world.tokens[role])
        assert "errors" not in result, result
        return [e["node"]["name"] for e in result["data"]["enterprisesForReview"]["edges"]]

    assert await names("op_wenzhou", "温州") == [world.base.e1.name]
    assert await names("op_wenzhou", world.base.e1.credit_code[-6:]) == [world.base.e1.name]
    assert await names("op_wenzhou", "杭州") == []  # outside the subtree
    assert await names("op_wenzhou", None) == [world.base.e1.name]
    both = sorted([world.base.e1.name, world.base.e2.name])
    assert sorted(await names("hub_admin", "公司")) == both
    assert await names("e1_admin", "温州") == []
