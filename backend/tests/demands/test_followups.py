"""Follow-up visits (回访): a rating of 2 or less opens a task for the platform's operators,
who record the result once; it joins the demand's timeline. Who sees and records them is a
literal table."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.core.models import AuditEvent
from qifu.demands.models import DemandEvent, DemandFollowUp, FollowUpStatus
from qifu.notify.models import Notification
from tests.conftest import empty_tables
from tests.demands.complaint_support import drive_complaint, rate
from tests.demands.support import S, World, drive, gid, make_demand_world
from tests.support import gql

RECORD = """mutation($input: RecordDemandFollowUpInput!) { recordDemandFollowUp(input: $input) {
  followUp { id status rating result doneAt } errors { field code } } }"""
LIST = """query($s: DemandFollowUpStatus) { demandFollowUps(status: $s) {
  edges { node { id status rating demand { id kind title } } } } }"""
TIMELINE = """query($id: ID!) { node(id: $id) { ... on Demand { timeline { kind note } } } }"""


async def test_a_low_rating_opens_a_follow_up_and_a_fair_one_does_not(world: World) -> None:
    low = await rate(world, (await drive(world, S.RESOLVED)).id, 2)
    fair = await rate(world, (await drive(world, S.RESOLVED)).id, 3)
    assert low.status == S.CLOSED and fair.status == S.CLOSED
    follow_up = await DemandFollowUp.get(demand_id=low.id)
    assert (follow_up.status, follow_up.rating) == (FollowUpStatus.OPEN, 2)
    assert follow_up.platform_id == low.platform_id and follow_up.done_at is None
    assert not await DemandFollowUp.filter(demand_id=fair.id).exists()
    # The operators of the platform and those above are told, not the handler's institution.
    told = await Notification.filter(kind="demand.follow_up").values_list("user_id", flat=True)
    assert set(told) == {world.users["op_wenzhou"].id}
    # A complaint rated 1 asks for a visit too.
    complaint = await rate(world, (await drive_complaint(world, S.RESOLVED)).id, 1)
    assert (await DemandFollowUp.get(demand_id=complaint.id)).rating == 1


async def test_operators_list_and_record_the_result_once(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await rate(world, (await drive(world, S.RESOLVED)).id, 1)
    c = await rate(world, (await drive_complaint(world, S.RESOLVED)).id, 2)
    op = world.tokens["op_wenzhou"]
    listed = await gql(client, LIST, {"s": "OPEN"}, token=op)
    nodes = [e["node"] for e in listed["data"]["demandFollowUps"]["edges"]]
    assert [(n["rating"], n["demand"]["kind"]) for n in nodes] == [(2, "COMPLAINT"), (1, "DEMAND")]
    assert nodes[1]["demand"]["id"] == gid("Demand", d.id)
    # Another city's operators see none.
    other = await gql(client, LIST, {"s": None}, token=world.tokens["op_hangzhou"])
    assert other["data"]["demandFollowUps"]["edges"] == []

    fid = nodes[1]["id"]
    empty = await gql(client, RECORD, {"input": {"followUpId": fid, "result": "  "}}, token=op)
    assert empty["data"]["recordDemandFollowUp"] == {
        "followUp": None,
        "errors": [{"field": "result", "code": "REQUIRED"}],
    }
    assert (await DemandFollowUp.get(demand_id=d.id)).status == FollowUpStatus.OPEN
    events = await DemandEvent.filter(demand_id=d.id).count()
    done = await gql(
        client,
        RECORD,
        {
            "input": {
                "followUpId": fid,
                "result": "已电话回访，企业对答复时效不满意，已转告承办机构。",
            }
        },
        token=op,
    )
    payload = done["data"]["recordDemandFollowUp"]
    assert payload["errors"] == []
    assert payload["followUp"]["status"] == "DONE" and payload["followUp"]["doneAt"]
    stored = await DemandFollowUp.get(demand_id=d.id)
    assert stored.done_by_id == world.users["op_wenzhou"].id
    assert stored.result.startswith("已电话回访")
    # Once only: a second result is refused and changes nothing.
    again = await gql(
        client, RECORD, {"input": {"followUpId": fid, "result": "再次回访"}}, token=op
    )
    assert again["data"]["recordDemandFollowUp"]["errors"] == [
        {"field": "followUpId", "code": "INVALID_TRANSITION"}
    ]
    assert (await DemandFollowUp.get(demand_id=d.id)).result == stored.result
    assert await DemandEvent.filter(demand_id=d.id).count() == events + 1
    # The result is in the demand's timeline, for the enterprise too, as a note.
    timeline = await gql(
        client, TIMELINE, {"id": gid("Demand", d.id)}, token=world.tokens["e1_admin"]
    )
    last = timeline["data"]["node"]["timeline"][-1]
    assert last["kind"] == "NOTE" and last["note"].startswith("回访结果：已电话回访")
    assert await AuditEvent.filter(action="demand.follow_up").count() == 1
    # The list by status.
    open_now = await gql(client, LIST, {"s": "OPEN"}, token=op)
    assert [e["node"]["rating"] for e in open_now["data"]["demandFollowUps"]["edges"]] == [2]
    done_now = await gql(client, LIST, {"s": "DONE"}, token=op)
    assert [e["node"]["id"] for e in done_now["data"]["demandFollowUps"]["edges"]] == [fid]
    assert c.status == S.CLOSED


# ---- who sees and records follow-ups, written out by hand

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "i1_member",
    "d1_handler",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "demandFollowUps sees F": (
        "{ demandFollowUps { edges { node { id } } } }",
        {"see": "F"},
    ),
    "node(F)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "F"}),
    "recordDemandFollowUp(F)": (
        """mutation($input: RecordDemandFollowUpInput!) { recordDemandFollowUp(input: $input) {
          errors { field code } } }""",
        {"input": {"followUpId": "F", "result": "已回访"}},
    ),
}
Y, N = True, False
# fmt: off
# The literal table.           anon user e1a i1m d1h opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "demandFollowUps sees F":  (N,   N,   N,  N,  N,  Y,   N,   Y),
    "node(F)":                 (N,   N,   N,  N,  N,  Y,   N,   Y),
    "recordDemandFollowUp(F)": (N,   N,   N,  N,  N,  Y,   N,   Y),
}
# fmt: on


async def build(client: httpx.AsyncClient) -> tuple[World, dict[str, str]]:
    world = await make_demand_world(client)
    d = await rate(world, (await drive(world, S.RESOLVED)).id, 1)
    follow_up = await DemandFollowUp.get(demand_id=d.id)
    return world, {"F": gid("DemandFollowUp", follow_up.id)}


def fill(value: Any, ids: dict[str, str], unknown: bool) -> Any:
    if isinstance(value, dict):
        return {k: fill(v, ids, unknown) for k, v in value.items() if k != "see"}
    if isinstance(value, str) and value in ids:
        return str(relay.GlobalID("DemandFollowUp", "999999")) if unknown else ids[value]
    return value


async def snapshot() -> list[tuple[Any, ...]]:
    rows = await DemandFollowUp.all().order_by("id")
    return [(f.id, f.status, f.result, f.done_at) for f in rows]


def carried_out(result: dict[str, Any], see: str | None) -> bool:
    value = next(iter((result.get("data") or {None: None}).values()))
    if result.get("errors") or value is None:
        return False
    if "edges" in value:
        return any(edge["node"]["id"] == see for edge in value["edges"])
    return not value.get("errors")


def plain(result: dict[str, Any]) -> dict[str, Any]:
    for error in result.get("errors") or []:
        error.get("extensions", {}).pop("requestId", None)
    return result


async def try_cell(
    client: httpx.AsyncClient, world: World, ids: dict[str, str], role: str, operation: str
) -> None:
    query, variables = OPS[operation]
    token = world.tokens.get(role)
    allowed = MATRIX[operation][ROLES.index(role)]
    before = await snapshot()
    result = await gql(client, query, fill(variables, ids, False), token=token)
    assert carried_out(result, ids.get(variables.get("see", ""))) is allowed, (role, result)
    if not allowed:
        assert await snapshot() == before, role
        if "see" not in variables:  # denied answers exactly as an unknown id
            unknown = await gql(client, query, fill(variables, ids, True), token=token)
            assert plain(result) == plain(unknown), role


@pytest.mark.parametrize("operation", list(MATRIX))
async def test_permission(client: httpx.AsyncClient, operation: str) -> None:
    world, ids = await build(client)
    mutating = OPS[operation][0].lstrip().startswith("mutation")
    allowed = [r for r in ROLES if MATRIX[operation][ROLES.index(r)]]
    for role in ROLES:
        if not (mutating and role in allowed):
            await try_cell(client, world, ids, role, operation)
    if mutating:
        for role in allowed:
            await empty_tables()
            world, ids = await build(client)
            await try_cell(client, world, ids, role, operation)
