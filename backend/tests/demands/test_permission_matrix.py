"""Permission matrix of demands, written out by hand (not derived from policies.py): every
role × every query and mutation → allowed (Y) or denied (-). A denied cell answers exactly as
the same operation on an unknown id does, and changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.core.models import OutboxMessage
from qifu.demands import services
from qifu.demands.models import Demand, DemandCategorySetting, DemandEvent, HandlerType
from qifu.feedback.models import Evaluation
from tests.conftest import empty_tables
from tests.demands.support import DIMENSIONS, S, drive, gid, make_demand_world
from tests.engagements.support import attachment
from tests.support import ACTOR, gql

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
ERR = "errors { field code }"
CONN = "edges { node { id } }"


def m(name: str, input_type: str) -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {ERR} }} }}"


DIMS = [{"name": k, "score": v} for k, v in DIMENSIONS.items()]
# The demands, all of E1 (温州 鹿城): DS submitted, DC accepted, DA assigned to I1, DT
# assigned to I1 then transferred to the department D1, DW waiting for the enterprise (I1),
# DR replied (I1), DV resolved (I1). FILE: the caller's upload.
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "node(DS)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "DS"}),
    "node(DT)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "DT"}),
    "node(DT).contact": (
        "query($id: ID!) { node(id: $id) { ... on Demand { contact { name } } } }",
        {"id": "DT", "contact": True},
    ),
    "myDemands(E1) sees DS": (
        f"query($e: ID!) {{ myDemands(enterpriseId: $e) {{ {CONN} }} }}",
        {"e": "E1", "see": "DS"},
    ),
    "demandsAssignedToMe sees DT": (
        f"{{ demandsAssignedToMe {{ {CONN} }} }}",
        {"see": "DT"},
    ),
    "demandsForSupervision sees DS": (
        f"{{ demandsForSupervision {{ {CONN} }} }}",
        {"see": "DS"},
    ),
    "submitDemand(E1)": (
        m("submitDemand", "SubmitDemandInput"),
        {
            "input": {
                "enterpriseId": "E1",
                "category": "LEGAL",
                "title": "合同咨询",
                "description": "咨询",
                "attachmentIds": ["FILE"],
            }
        },
    ),
    "recordDemand(E1)": (
        m("recordDemand", "RecordDemandInput"),
        {
            "input": {
                "enterpriseId": "E1",
                "category": "LEGAL",
                "title": "来电咨询",
                "description": "咨询",
                "channel": "PHONE",
            }
        },
    ),
    "withdrawDemand(DS)": (m("withdrawDemand", "DemandIdInput"), {"input": {"demandId": "DS"}}),
    "acceptDemand(DS)": (m("acceptDemand", "DemandIdInput"), {"input": {"demandId": "DS"}}),
    "notAcceptDemand(DS)": (
        m("notAcceptDemand", "NotAcceptDemandInput"),
        {"input": {"demandId": "DS", "explanation": "材料不全"}},
    ),
    "assignDemand(DC→X1)": (
        m("assignDemand", "AssignDemandInput"),
        {"input": {"demandId": "DC", "handlerType": "EXPERT", "handlerId": "X1"}},
    ),
    "transferDemand(DA→D1)": (
        m("transferDemand", "TransferDemandInput"),
        {
            "input": {
                "demandId": "DA",
                "handlerType": "DEPARTMENT",
                "handlerId": "D1",
                "reason": "转部门",
            }
        },
    ),
    "askEnterprise(DA)": (
        m("askEnterprise", "AskEnterpriseInput"),
        {"input": {"demandId": "DA", "question": "请补充"}},
    ),
    "replyToDemand(DA)": (
        m("replyToDemand", "ReplyToDemandInput"),
        {"input": {"demandId": "DA", "reply": "答复", "attachmentIds": ["FILE"]}},
    ),
    "handBackDemand(DA)": (
        m("handBackDemand", "DemandReasonInput"),
        {"input": {"demandId": "DA", "reason": "不属本机构"}},
    ),
    "answerDemandQuestion(DW)": (
        m("answerDemandQuestion", "AnswerDemandQuestionInput"),
        {"input": {"demandId": "DW", "answer": "已补充"}},
    ),
    "resolveDemand(DR)": (m("resolveDemand", "DemandIdInput"), {"input": {"demandId": "DR"}}),
    "reopenDemand(DR)": (
        m("reopenDemand", "DemandReasonInput"),
        {"input": {"demandId": "DR", "reason": "未解决"}},
    ),
    "urgeDemand(DA)": (m("urgeDemand", "DemandIdInput"), {"input": {"demandId": "DA"}}),
    "evaluateDemand(DV)": (
        m("evaluateDemand", "EvaluateDemandInput"),
        {"input": {"demandId": "DV", "overall": 5, "dimensions": DIMS, "comment": "好"}},
    ),
    "setDemandCategorySetting": (
        m("setDemandCategorySetting", "SetDemandCategorySettingInput"),
        {"input": {"category": "LEGAL", "acceptWorkingHours": 8, "replyWorkingDays": 10}},
    ),
}

Y, N = True, False
# fmt: off
# The literal table.                    anon user e1a e1m e2a i1m i2m d1h x1  opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "node(DS)":                        (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "node(DT)":                        (N,   N,   Y,  Y,  N,  Y,  N,  Y,  N,  Y,   N,   Y),
    "node(DT).contact":                (N,   N,   Y,  Y,  N,  N,  N,  Y,  N,  Y,   N,   Y),
    "myDemands(E1) sees DS":           (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "demandsAssignedToMe sees DT":     (N,   N,   N,  N,  N,  Y,  N,  Y,  N,  N,   N,   N),
    "demandsForSupervision sees DS":   (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "submitDemand(E1)":                (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "recordDemand(E1)":                (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "withdrawDemand(DS)":              (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "acceptDemand(DS)":                (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "notAcceptDemand(DS)":             (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "assignDemand(DC→X1)":             (N,   N,   N,  N,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "transferDemand(DA→D1)":           (N,   N,   N,  N,  N,  Y,  N,  N,  N,  Y,   N,   Y),
    "askEnterprise(DA)":               (N,   N,   N,  N,  N,  Y,  N,  N,  N,  N,   N,   N),
    "replyToDemand(DA)":               (N,   N,   N,  N,  N,  Y,  N,  N,  N,  N,   N,   N),
    "handBackDemand(DA)":              (N,   N,   N,  N,  N,  Y,  N,  N,  N,  N,   N,   N),
    "answerDemandQuestion(DW)":        (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "resolveDemand(DR)":               (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "reopenDemand(DR)":                (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "urgeDemand(DA)":                  (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  Y,   N,   Y),
    "evaluateDemand(DV)":              (N,   N,   Y,  Y,  N,  N,  N,  N,  N,  N,   N,   N),
    "setDemandCategorySetting":        (N,   N,   N,  N,  N,  N,  N,  N,  N,  N,   N,   Y),
}
# fmt: on


@dataclass
class World:
    ids: dict[str, str]
    files: dict[str, str]
    tokens: dict[str, str | None]


async def build_world(client: httpx.AsyncClient) -> World:
    world = await make_demand_world(client)
    ids = {
        "E1": gid("Enterprise", world.base.e1.id),
        "X1": gid("Expert", world.x1.id),
        "D1": gid("Department", world.d1.id),
    }
    for key, state in (
        ("DS", S.SUBMITTED),
        ("DC", S.ACCEPTED),
        ("DA", S.ASSIGNED),
        ("DW", S.WAITING_FOR_ENTERPRISE),
        ("DR", S.REPLIED),
        ("DV", S.RESOLVED),
    ):
        ids[key] = gid("Demand", (await drive(world, state)).id)
    transferred = await drive(world, S.ASSIGNED)
    h = world.users["i1_member"]
    await services.transfer(
        ACTOR,
        h,
        await world.me("i1_member"),
        transferred.id,
        HandlerType.DEPARTMENT,
        world.d1.id,
        "转部门",
    )
    ids["DT"] = gid("Demand", transferred.id)
    files = {"anonymous": gid("StoredFile", 999999)}
    for role, user in world.users.items():
        files[role] = gid("StoredFile", await attachment(user))
    return World(ids, files, world.tokens)


async def snapshot() -> tuple[Any, ...]:
    return (
        sorted(
            (d.id, d.status, d.updated_at, d.status_reason, d.handler_id, d.last_urged_at)
            for d in await Demand.all()
        ),
        await DemandEvent.all().count(),
        await Evaluation.all().count(),
        await DemandCategorySetting.all().count(),
        await OutboxMessage.all().count(),
    )


def fill(value: Any, world: World, role: str, unknown: bool) -> Any:
    """Placeholders → the world's global IDs (or IDs of the same type that do not exist)."""
    if isinstance(value, dict):
        return {
            k: fill(v, world, role, unknown)
            for k, v in value.items()
            if k not in ("see", "contact")
        }
    if isinstance(value, list):
        return [fill(v, world, role, unknown) for v in value]
    if value == "FILE":
        return world.files[role]
    if isinstance(value, str) and value in world.ids:
        if unknown:
            kind = relay.GlobalID.from_id(world.ids[value]).type_name
            return str(relay.GlobalID(kind, "999999"))
        return world.ids[value]
    return value


def without_request_ids(result: dict[str, Any]) -> dict[str, Any]:
    for error in result.get("errors") or []:
        error.get("extensions", {}).pop("requestId", None)
    return result


def carried_out(result: dict[str, Any], see: str | None, contact: bool) -> bool:
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if value is None:
        return False
    if contact:
        return value.get("contact") is not None
    if "edges" in value:
        return any(edge["node"]["id"] == see for edge in value["edges"])
    return not value.get("errors")


def cell(role: str, operation: str) -> bool:
    return MATRIX[operation][ROLES.index(role)]


async def try_cell(client: httpx.AsyncClient, world: World, role: str, operation: str) -> None:
    query, variables = OPS[operation]
    token = world.tokens.get(role)
    allowed = cell(role, operation)
    before = await snapshot()
    result = await gql(client, query, fill(variables, world, role, False), token=token)
    see = world.ids.get(variables.get("see", ""))
    assert carried_out(result, see, bool(variables.get("contact"))) is allowed, (role, result)
    if not allowed:
        assert await snapshot() == before, role
        comparable = "see" not in variables and "contact" not in variables
        if comparable and operation != "setDemandCategorySetting":
            unknown = await gql(client, query, fill(variables, world, role, True), token=token)
            assert without_request_ids(result) == without_request_ids(unknown), role


@pytest.mark.parametrize("operation", list(MATRIX))
async def test_operation(client: httpx.AsyncClient, operation: str) -> None:
    """Every role but the allowed mutating ones on one world; each allowed mutation on a fresh
    world of its own, since it changes what the next one would see."""
    world = await build_world(client)
    mutating = OPS[operation][0].startswith("mutation")
    for role in ROLES:
        if not (mutating and cell(role, operation)):
            await try_cell(client, world, role, operation)
    if not mutating:
        return
    for role in ROLES:
        if cell(role, operation):
            await empty_tables()
            world = await build_world(client)
            await try_cell(client, world, role, operation)
