"""Complaints (投诉): demands of kind COMPLAINT against an institution, a service product or
the operators of a platform, handled by operators in the same loop — the flow through the
API, where each complaint goes, every refusal, and who sees what as a literal table."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.catalog.models import ProductStatus, ServiceProduct
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.models import OutboxMessage
from qifu.demands import complaints, services
from qifu.demands.models import (
    ComplaintTarget,
    Demand,
    DemandCategory,
    DemandChannel,
    DemandEvent,
    DemandKind,
    HandlerType,
)
from qifu.orgs import enterprises
from qifu.orgs.models import Institution
from tests.catalog.support import make_institution
from tests.conftest import empty_tables
from tests.demands.complaint_support import complain, complaint_data, drive_complaint
from tests.demands.support import DIMENSIONS, S, World, drive, gid, make_demand_world
from tests.orgs.support import credit_code, licence_file_id
from tests.support import ACTOR, gql

ERR = "errors { field code }"
NODE = """demand { id kind category status channel complaintTarget { type id name }
  handler { type id name } }"""
SUBMIT = f"""mutation($input: SubmitComplaintInput!) {{
  submitComplaint(input: $input) {{ {NODE} {ERR} }} }}"""
RECORD = f"""mutation($input: RecordComplaintInput!) {{
  recordComplaint(input: $input) {{ {NODE} {ERR} }} }}"""


def m(name: str, input_type: str, fields: str = ERR) -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {fields} }} }}"


def complaint_input(world: World, target_type: str, target_gid: str) -> dict[str, Any]:
    return {
        "input": {
            "enterpriseId": gid("Enterprise", world.base.e1.id),
            "targetType": target_type,
            "targetId": target_gid,
            "title": "服务态度差",
            "description": "约定的上门服务两次爽约。",
        }
    }


async def test_a_complaint_runs_the_loop_with_the_operators_as_handlers(
    client: httpx.AsyncClient, world: World
) -> None:
    i1 = gid("Institution", world.base.i1.id)
    done = await gql(
        client, SUBMIT, complaint_input(world, "INSTITUTION", i1), token=world.tokens["e1_member"]
    )
    payload = done["data"]["submitComplaint"]
    assert payload["errors"] == []
    demand = payload["demand"]
    assert demand["kind"] == "COMPLAINT" and demand["category"] == "OTHER"
    assert demand["status"] == "SUBMITTED" and demand["channel"] == "ONLINE"
    assert demand["complaintTarget"] == {"type": "INSTITUTION", "id": i1, "name": "温州服务机构"}
    stored = await Demand.get()
    assert stored.platform_id == world.base.e1.platform_id  # the enterprise's window
    # The operators above the window are told; the institution complained about is not.
    mails = {o.recipient for o in await OutboxMessage.filter(subject__contains="投诉")}
    assert "opwz@qifu.cn" in mails and "i1m@qifu.cn" not in mails

    cid = demand["id"]
    op = world.tokens["op_wenzhou"]
    accepted = await gql(
        client, m("acceptDemand", "DemandIdInput"), {"input": {"demandId": cid}}, token=op
    )
    assert accepted["data"]["acceptDemand"]["errors"] == []
    # Who may take it: the operators of its platform chain, shown to the operators only.
    choices = (
        "query($id: ID!) { node(id: $id) { ... on Demand { complaintHandlers { type name } } } }"
    )
    offered = await gql(client, choices, {"id": cid}, token=op)
    assert offered["data"]["node"]["complaintHandlers"] == [
        {"type": "PLATFORM", "name": "浙江省企业服务平台"},
        {"type": "PLATFORM", "name": "温州市企业服务综合平台"},
        {"type": "PLATFORM", "name": "鹿城区企业服务窗口"},
    ]
    hidden = await gql(client, choices, {"id": cid}, token=world.tokens["e1_admin"])
    assert hidden["data"]["node"]["complaintHandlers"] == []
    wenzhou = gid("Platform", world.base.network.wenzhou.id)
    assign = {"demandId": cid, "handlerType": "PLATFORM", "handlerId": wenzhou}
    fields = f"demand {{ status handler {{ type id name }} }} {ERR}"
    assigned = await gql(
        client, m("assignDemand", "AssignDemandInput", fields), {"input": assign}, token=op
    )
    assert assigned["data"]["assignDemand"] == {
        "demand": {
            "status": "ASSIGNED",
            "handler": {"type": "PLATFORM", "id": wenzhou, "name": "温州市企业服务综合平台"},
        },
        "errors": [],
    }
    # The operators ask, the enterprise answers, the operators reply.
    asked = await gql(
        client,
        m("askEnterprise", "AskEnterpriseInput"),
        {"input": {"demandId": cid, "question": "请提供预约记录"}},
        token=op,
    )
    assert asked["data"]["askEnterprise"]["errors"] == []
    ent = world.tokens["e1_admin"]
    answered = await gql(
        client,
        m("answerDemandQuestion", "AnswerDemandQuestionInput"),
        {"input": {"demandId": cid, "answer": "预约记录见短信截图"}},
        token=ent,
    )
    assert answered["data"]["answerDemandQuestion"]["errors"] == []
    replied = await gql(
        client,
        m("replyToDemand", "ReplyToDemandInput"),
        {"input": {"demandId": cid, "reply": "已约谈该机构并督促整改。"}},
        token=op,
    )
    assert replied["data"]["replyToDemand"]["errors"] == []
    reopened = await gql(
        client,
        m("reopenDemand", "DemandReasonInput"),
        {"input": {"demandId": cid, "reason": "仍未上门"}},
        token=ent,
    )
    assert reopened["data"]["reopenDemand"]["errors"] == []
    again = await gql(client, m("assignDemand", "AssignDemandInput"), {"input": assign}, token=op)
    assert again["data"]["assignDemand"]["errors"] == []
    await gql(
        client,
        m("replyToDemand", "ReplyToDemandInput"),
        {"input": {"demandId": cid, "reply": "机构已于今日上门。"}},
        token=op,
    )
    resolved = await gql(
        client, m("resolveDemand", "DemandIdInput"), {"input": {"demandId": cid}}, token=ent
    )
    assert resolved["data"]["resolveDemand"]["errors"] == []
    dims = [{"name": k, "score": v} for k, v in DIMENSIONS.items()]
    rated = await gql(
        client,
        m("evaluateDemand", "EvaluateDemandInput", f"demand {{ status }} {ERR}"),
        {"input": {"demandId": cid, "overall": 4, "dimensions": dims, "comment": "好"}},
        token=ent,
    )
    assert rated["data"]["evaluateDemand"] == {"demand": {"status": "CLOSED"}, "errors": []}
    # The complained-about institution never handled it and never sees it.
    seen = await gql(
        client,
        "query($id: ID!) { node(id: $id) { id } }",
        {"id": cid},
        token=world.tokens["i1_member"],
    )
    assert seen["data"]["node"] is None
    # myDemands filters by kind.
    await drive(world, S.SUBMITTED)
    mine = """query($e: ID!, $k: DemandKind) { myDemands(enterpriseId: $e, kind: $k) {
      edges { node { kind } } } }"""
    e1 = gid("Enterprise", world.base.e1.id)
    for kind, expected in (("COMPLAINT", ["COMPLAINT"]), ("DEMAND", ["DEMAND"]), (None, None)):
        got = await gql(client, mine, {"e": e1, "k": kind}, token=ent)
        kinds = [e["node"]["kind"] for e in got["data"]["myDemands"]["edges"]]
        assert kinds == (expected or ["DEMAND", "COMPLAINT"])


async def test_where_a_complaint_goes_and_its_target_name_is_kept(world: World) -> None:
    wenzhou, hub = world.base.network.wenzhou, world.base.network.hub
    e1, e1_me = world.users["e1_admin"], await world.me("e1_admin")

    async def against(target: ComplaintTarget, target_id: int) -> Demand:
        data = complaint_data(target, target_id)
        return await complaints.submit_complaint(ACTOR, e1, e1_me, world.base.e1.id, data)

    product = await against(ComplaintTarget.SERVICE, world.base.product.id)
    assert product.platform_id == world.base.e1.platform_id
    assert product.complaint_target_name == "合同审查服务"
    # Against the operators of 温州: the hub above handles it, not 温州 itself.
    op_wz = await against(ComplaintTarget.OPERATOR, wenzhou.id)
    assert op_wz.platform_id == hub.id and op_wz.complaint_target_name == wenzhou.name
    # Against the hub: the hub, having none above.
    op_hub = await against(ComplaintTarget.OPERATOR, hub.id)
    assert op_hub.platform_id == hub.id
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    with pytest.raises(DomainError) as denied:
        await services.accept(ACTOR, op, op_me, op_wz.id)
    assert denied.value.code == ErrorCode.NOT_FOUND
    # The hub accepts and hands it to the hub's operators; 温州 is not in the chain.
    hub_user, hub_me = world.users["hub_admin"], await world.me("hub_admin")
    await services.accept(ACTOR, hub_user, hub_me, op_wz.id)
    with pytest.raises(DomainError) as refused:
        await services.assign(ACTOR, hub_user, hub_me, op_wz.id, HandlerType.PLATFORM, wenzhou.id)
    assert (refused.value.code, refused.value.field) == (ErrorCode.NOT_FOUND, "handlerId")
    done = await services.assign(ACTOR, hub_user, hub_me, op_wz.id, HandlerType.PLATFORM, hub.id)
    assert (done.handler_type, done.handler_id) == (HandlerType.PLATFORM, hub.id)
    # The name is the one at the time of the complaint.
    c = await complain(world)
    await Institution.filter(id=world.base.i1.id).update(name="改名后的机构")
    assert (await Demand.get(id=c.id)).complaint_target_name == "温州服务机构"


async def test_refusals_change_nothing(client: httpx.AsyncClient, world: World) -> None:
    ent = world.tokens["e1_admin"]
    applied = await make_institution(world.users["user"], 43, "未入驻机构", "330302")
    await ServiceProduct.filter(id=world.base.product.id).update(status=ProductStatus.OFFLINE)
    cases = [
        ("INSTITUTION", gid("Institution", 999999), "targetId", "NOT_FOUND"),
        ("INSTITUTION", gid("Institution", applied.id), "targetId", "NOT_FOUND"),
        ("SERVICE", gid("ServiceProduct", world.base.product.id), "targetId", "NOT_FOUND"),
        ("OPERATOR", gid("Platform", 999999), "targetId", "NOT_FOUND"),
        ("OPERATOR", gid("Institution", world.base.i1.id), "targetId", "NOT_FOUND"),
    ]
    for target_type, target, field, code in cases:
        got = await gql(client, SUBMIT, complaint_input(world, target_type, target), token=ent)
        assert got["data"]["submitComplaint"] == {
            "demand": None,
            "errors": [{"field": field, "code": code}],
        }, target_type
    empty = complaint_input(world, "INSTITUTION", gid("Institution", world.base.i1.id))
    empty["input"]["title"] = " "
    got = await gql(client, SUBMIT, empty, token=ent)
    assert got["data"]["submitComplaint"]["errors"] == [{"field": "title", "code": "REQUIRED"}]
    # An enterprise not (yet) verified may not complain.
    user = world.users["user"]
    unverified = await enterprises.create(
        ACTOR,
        user,
        enterprises.EnterpriseData(
            credit_code=credit_code(9, "330302"),
            name="未认证公司",
            region_code="330302",
            industry_code="34",
            licence_file_id=await licence_file_id(user),
        ),
    )
    variables = complaint_input(world, "INSTITUTION", gid("Institution", world.base.i1.id))
    variables["input"]["enterpriseId"] = gid("Enterprise", unverified.id)
    got = await gql(client, SUBMIT, variables, token=world.tokens["user"])
    assert got["data"]["submitComplaint"]["errors"] == [
        {"field": "enterpriseId", "code": "ENTERPRISE_NOT_VERIFIED"}
    ]
    assert await Demand.all().count() == 0 and await DemandEvent.all().count() == 0


async def test_a_complaint_is_never_assigned_to_an_institution(
    client: httpx.AsyncClient, world: World
) -> None:
    c = await drive_complaint(world, S.ACCEPTED)
    before = (await Demand.get(id=c.id)).updated_at
    events = await DemandEvent.all().count()
    op = world.tokens["op_wenzhou"]
    cid = gid("Demand", c.id)
    tries = [
        ("INSTITUTION", gid("Institution", world.base.i1.id), "handlerType", "INVALID"),
        ("DEPARTMENT", gid("Department", world.d1.id), "handlerType", "INVALID"),
        ("EXPERT", gid("Expert", world.x1.id), "handlerType", "INVALID"),
        ("PLATFORM", gid("Platform", world.base.network.hangzhou.id), "handlerId", "NOT_FOUND"),
        ("PLATFORM", gid("Platform", 999999), "handlerId", "NOT_FOUND"),
    ]
    for handler_type, handler, field, code in tries:
        assign = {"demandId": cid, "handlerType": handler_type, "handlerId": handler}
        got = await gql(client, m("assignDemand", "AssignDemandInput"), {"input": assign}, token=op)
        assert got["data"]["assignDemand"]["errors"] == [{"field": field, "code": code}], (
            handler_type
        )
    stored = await Demand.get(id=c.id)
    assert stored.status == S.ACCEPTED and stored.handler_id is None
    assert stored.updated_at == before and await DemandEvent.all().count() == events
    # The window below (鹿城) and the platform above (温州) are both in the chain; a transfer
    # keeps to the operators too.
    lucheng = gid("Platform", world.base.network.lucheng.id)
    assign = {"demandId": cid, "handlerType": "PLATFORM", "handlerId": lucheng}
    got = await gql(client, m("assignDemand", "AssignDemandInput"), {"input": assign}, token=op)
    assert got["data"]["assignDemand"]["errors"] == []
    transfer = {
        "demandId": cid,
        "handlerType": "INSTITUTION",
        "handlerId": gid("Institution", world.base.i1.id),
        "reason": "请机构自查",
    }
    got = await gql(
        client, m("transferDemand", "TransferDemandInput"), {"input": transfer}, token=op
    )
    assert got["data"]["transferDemand"]["errors"] == [{"field": "handlerType", "code": "INVALID"}]
    transfer |= {
        "handlerType": "PLATFORM",
        "handlerId": gid("Platform", world.base.network.wenzhou.id),
    }
    got = await gql(
        client, m("transferDemand", "TransferDemandInput"), {"input": transfer}, token=op
    )
    assert got["data"]["transferDemand"]["errors"] == []


async def test_demands_are_never_assigned_to_operators(
    client: httpx.AsyncClient, world: World
) -> None:
    """Kind DEMAND behaves as before: the operators are no handler of it."""
    d = await drive(world, S.ACCEPTED)
    assign = {
        "demandId": gid("Demand", d.id),
        "handlerType": "PLATFORM",
        "handlerId": gid("Platform", world.base.network.wenzhou.id),
    }
    got = await gql(
        client,
        m("assignDemand", "AssignDemandInput"),
        {"input": assign},
        token=world.tokens["op_wenzhou"],
    )
    assert got["data"]["assignDemand"]["errors"] == [{"field": "handlerId", "code": "NOT_FOUND"}]
    assert (await Demand.get(id=d.id)).status == S.ACCEPTED


async def test_operators_record_complaints_that_came_by_phone(
    client: httpx.AsyncClient, world: World
) -> None:
    variables = complaint_input(world, "SERVICE", gid("ServiceProduct", world.base.product.id))
    variables["input"]["channel"] = "PHONE"
    refused = await gql(client, RECORD, variables, token=world.tokens["op_hangzhou"])
    assert refused["data"]["recordComplaint"]["errors"] == [
        {"field": "enterpriseId", "code": "NOT_FOUND"}
    ]
    variables["input"]["channel"] = "ONLINE"
    refused = await gql(client, RECORD, variables, token=world.tokens["op_wenzhou"])
    assert refused["data"]["recordComplaint"]["errors"] == [{"field": "channel", "code": "INVALID"}]
    assert await Demand.all().count() == 0
    variables["input"]["channel"] = "WINDOW"
    done = await gql(client, RECORD, variables, token=world.tokens["op_wenzhou"])
    demand = done["data"]["recordComplaint"]["demand"]
    assert demand["kind"] == "COMPLAINT" and demand["channel"] == "WINDOW"
    assert demand["complaintTarget"]["name"] == "合同审查服务"
    stored = await Demand.get()
    assert stored.kind == DemandKind.COMPLAINT and stored.category == DemandCategory.OTHER
    assert stored.channel == DemandChannel.WINDOW
    assert stored.submitted_by_id == world.users["op_wenzhou"].id


# ---- who sees and does what, written out by hand

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "e1_member",
    "e2_admin",
    "i1_member",
    "i2_member",
    "d1_handler",
    "x1_expert",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]
CONN = "edges { node { id } }"
# The complaints, all of E1 about I1: CS submitted, CC accepted, CA assigned to the 温州
# operators. Placeholders are replaced by global IDs (or unknown IDs of the same type).
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "node(CS)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "CS"}),
    "node(CA)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "CA"}),
    "myDemands(E1, COMPLAINT) sees CS": (
        f"query($e: ID!) {{ myDemands(enterpriseId: $e, kind: COMPLAINT) {{ {CONN} }} }}",
        {"e": "E1", "see": "CS"},
    ),
    "demandsAssignedToMe sees CA": (f"{{ demandsAssignedToMe {{ {CONN} }} }}", {"see": "CA"}),
    "demandsForSupervision(COMPLAINT) sees CS": (
        f"{{ demandsForSupervision(kind: COMPLAINT) {{ {CONN} }} }}",
        {"see": "CS"},
    ),
    "submitComplaint(E1→I1)": (
        m("submitComplaint", "SubmitComplaintInput"),
        {
            "input": {
                "enterpriseId": "E1",
                "targetType": "INSTITUTION",
                "targetId": "I1",
                "title": "投诉",
                "description": "说明",
            }
        },
    ),
    "recordComplaint(E1→I1)": (
        m("recordComplaint", "RecordComplaintInput"),
        {
            "input": {
                "enterpriseId": "E1",
                "targetType": "INSTITUTION",
                "targetId": "I1",
                "title": "投诉",
                "description": "说明",
                "channel": "LETTER",
            }
        },
    ),
    "acceptDemand(CS)": (m("acceptDemand", "DemandIdInput"), {"input": {"demandId": "CS"}}),
    "assignDemand(CC→温州)": (
        m("assignDemand", "AssignDemandInput"),
        {"input": {"demandId": "CC", "handlerType": "PLATFORM", "handlerId": "PWZ"}},
    ),
    "replyToDemand(CA)": (
        m("replyToDemand", "ReplyToDemandInput"),
        {"input": {"demandId": "CA", "reply": "已处理"}},
    ),
}

Y, N = True, False
# fmt: off
# The literal table.                          anon user e1a e1m e2a i1m i2m d1h x1  opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "node(CS)":                              (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "node(CA)":                              (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "myDemands(E1, COMPLAINT) sees CS":      (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "demandsAssignedToMe sees CA":           (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   N),
    "demandsForSupervision(COMPLAINT) sees CS": (N, N,  N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "submitComplaint(E1→I1)":                (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "recordComplaint(E1→I1)":                (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "acceptDemand(CS)":                      (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "assignDemand(CC→温州)":                 (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "replyToDemand(CA)":                     (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   N),
}
# fmt: on


async def build(client: httpx.AsyncClient) -> tuple[World, dict[str, str]]:
    world = await make_demand_world(client)
    ids = {
        "E1": gid("Enterprise", world.base.e1.id),
        "I1": gid("Institution", world.base.i1.id),
        "PWZ": gid("Platform", world.base.network.wenzhou.id),
    }
    for key, state in (("CS", S.SUBMITTED), ("CC", S.ACCEPTED), ("CA", S.ASSIGNED)):
        ids[key] = gid("Demand", (await drive_complaint(world, state)).id)
    return world, ids


def fill(value: Any, ids: dict[str, str], unknown: bool) -> Any:
    if isinstance(value, dict):
        return {k: fill(v, ids, unknown) for k, v in value.items() if k != "see"}
    if isinstance(value, str) and value in ids:
        if unknown:
            kind = relay.GlobalID.from_id(ids[value]).type_name
            return str(relay.GlobalID(kind, "999999"))
        return ids[value]
    return value


async def snapshot() -> tuple[Any, ...]:
    rows = sorted((d.id, d.status, d.updated_at, d.handler_id) for d in await Demand.all())
    return rows, await DemandEvent.all().count(), await OutboxMessage.all().count()


def carried_out(result: dict[str, Any], see: str | None) -> bool:
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if value is None:
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
    see = ids.get(variables.get("see", ""))
    assert carried_out(result, see) is allowed, (role, result)
    if not allowed:
        assert await snapshot() == before, role
        if "see" not in variables:  # denied answers exactly as an unknown id
            unknown = await gql(client, query, fill(variables, ids, True), token=token)
            assert plain(result) == plain(unknown), role


@pytest.mark.parametrize("operation", list(MATRIX))
async def test_permission(client: httpx.AsyncClient, operation: str) -> None:
    world, ids = await build(client)
    mutating = OPS[operation][0].startswith("mutation")
    allowed = [r for r in ROLES if MATRIX[operation][ROLES.index(r)]]
    for role in ROLES:
        if not (mutating and role in allowed):
            await try_cell(client, world, ids, role, operation)
    if mutating:
        for role in allowed:
            await empty_tables()
            world, ids = await build(client)
            await try_cell(client, world, ids, role, operation)


async def test_the_hub_admin_acts_as_the_handler_of_a_complaint_given_to_the_hub(
    client: httpx.AsyncClient, world: World
) -> None:
    """The hub's staff are the hub's PLATFORM handler, so the SPA offers them the replies."""
    wenzhou, hub = world.base.network.wenzhou, world.base.network.hub
    e1, e1_me = world.users["e1_admin"], await world.me("e1_admin")
    data = complaint_data(ComplaintTarget.OPERATOR, wenzhou.id)
    c = await complaints.submit_complaint(ACTOR, e1, e1_me, world.base.e1.id, data)
    hub_user, hub_me = world.users["hub_admin"], await world.me("hub_admin")
    await services.accept(ACTOR, hub_user, hub_me, c.id)
    await services.assign(ACTOR, hub_user, hub_me, c.id, HandlerType.PLATFORM, hub.id)
    query = "query($id: ID!) { node(id: $id) { ... on Demand { viewerSides } } }"
    for role, expected in (
        ("hub_admin", ["HANDLER", "OPERATOR"]),
        ("e1_admin", ["ENTERPRISE"]),
    ):
        got = await gql(client, query, {"id": gid("Demand", c.id)}, token=world.tokens[role])
        assert got["data"]["node"]["viewerSides"] == expected, role
    got = await gql(client, query, {"id": gid("Demand", c.id)}, token=world.tokens["op_wenzhou"])
    assert got["data"]["node"] is None
