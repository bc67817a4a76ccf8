"""Permission matrix of engagements and their evaluations, written out by hand (not derived
from policies.py): every role × every query and mutation → allowed (Y) or denied (-). A
denied cell answers exactly as the same operation on an unknown id does, and changes
nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.core.models import OutboxMessage
from qifu.engagements.models import Engagement, EngagementStep
from qifu.feedback.models import Evaluation
from tests.conftest import empty_tables
from tests.engagements.support import DIMENSIONS, S, attachment, drive, gid, make_world
from tests.support import gql

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "e1_member",
    "e2_admin",
    "i1_member",
    "i2_member",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]
ERR = "errors { field code }"
CONN = "edges { node { id } }"


def m(name: str, input_type: str) -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {ERR} }} }}"


DIMS = [{"name": k, "score": v} for k, v in DIMENSIONS.items()]
# operation: (query, variables with placeholders). The engagements, all of E1 (温州 鹿城) for
# I1's product: ER requested, EI investigating, EA agreed, EP planned, ES in service,
# ED delivered, EC confirmed, EV evaluated (its evaluation: EVAL). FILE: the caller's upload.
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "node(ER)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "ER"}),
    "node(EV).evaluation": (
        "query($id: ID!) { node(id: $id) { id ... on Engagement { evaluation { overall } } } }",
        {"id": "EV"},
    ),
    "node(ER).contact": (
        "query($id: ID!) { node(id: $id) { ... on Engagement { contact { requesterEmail } } } }",
        {"id": "ER"},
    ),
    "productEvaluations(P)": (
        "query($p: ID!) { productEvaluations(productId: $p) { items { overall comment } } }",
        {"p": "P"},
    ),
    "myEngagements(E1) sees ER": (
        f"query($e: ID!) {{ myEngagements(enterpriseId: $e) {{ {CONN} }} }}",
        {"e": "E1", "see": "ER"},
    ),
    "myEngagements(I1) sees ER": (
        f"query($i: ID!) {{ myEngagements(institutionId: $i) {{ {CONN} }} }}",
        {"i": "I1", "see": "ER"},
    ),
    "engagementsForSupervision sees ER": (
        f"{{ engagementsForSupervision {{ {CONN} }} }}",
        {"see": "ER"},
    ),
    "requestService(P, E1)": (
        m("requestService", "RequestServiceInput"),
        {"input": {"productId": "P", "enterpriseId": "E1", "need": "需要服务"}},
    ),
    "investigateEngagement(ER)": (
        m("investigateEngagement", "EngagementNoteInput"),
        {"input": {"engagementId": "ER", "note": "受理"}},
    ),
    "declineEngagement(ER)": (
        m("declineEngagement", "EngagementReasonInput"),
        {"input": {"engagementId": "ER", "reason": "排期已满"}},
    ),
    "cancelEngagement(ER)": (
        m("cancelEngagement", "EngagementReasonInput"),
        {"input": {"engagementId": "ER", "reason": "不需要了"}},
    ),
    "agreeEngagement(EI)": (
        m("agreeEngagement", "AgreeEngagementInput"),
        {
            "input": {
                "engagementId": "EI",
                "agreementFileId": "FILE",
                "fee": "100.00",
                "periodStart": "2026-12-01",
                "periodEnd": "2026-12-31",
            }
        },
    ),
    "planEngagement(EA)": (
        m("planEngagement", "PlanEngagementInput"),
        {
            "input": {
                "engagementId": "EA",
                "plan": "方案",
                "personnel": ["陈律师"],
                "plannedStartOn": "2026-12-02",
                "plannedDeliveryOn": "2026-12-20",
            }
        },
    ),
    "startEngagementService(EP)": (
        m("startEngagementService", "EngagementNoteInput"),
        {"input": {"engagementId": "EP"}},
    ),
    "addEngagementProgress(ES)": (
        m("addEngagementProgress", "EngagementNoteInput"),
        {"input": {"engagementId": "ES", "note": "进展", "attachmentIds": ["FILE"]}},
    ),
    "deliverEngagement(ES)": (
        m("deliverEngagement", "DeliverEngagementInput"),
        {"input": {"engagementId": "ES", "report": "成果报告", "reportFileId": "FILE"}},
    ),
    "confirmEngagementDelivery(ED)": (
        m("confirmEngagementDelivery", "EngagementIdInput"),
        {"input": {"engagementId": "ED"}},
    ),
    "disputeEngagementDelivery(ED)": (
        m("disputeEngagementDelivery", "EngagementReasonInput"),
        {"input": {"engagementId": "ED", "reason": "成果不完整"}},
    ),
    "evaluateEngagement(EC)": (
        m("evaluateEngagement", "EvaluateEngagementInput"),
        {"input": {"engagementId": "EC", "overall": 5, "dimensions": DIMS, "comment": "好"}},
    ),
    "replyToEvaluation(EVAL)": (
        m("replyToEvaluation", "ReplyToEvaluationInput"),
        {"input": {"evaluationId": "EVAL", "reply": "感谢评价"}},
    ),
}

Y, N = True, False
# fmt: off
# The literal table.                      anon user e1a e1m e2a i1m i2m opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "node(ER)":                           (N,   N,   Y,  Y,  N,  Y,  N,  Y,   N,   Y),
    "node(EV).evaluation":                (N,   N,   Y,  Y,  N,  Y,  N,  Y,   N,   Y),
    "node(ER).contact":                   (N,   N,   Y,  Y,  N,  Y,  N,  Y,   N,   Y),
    "productEvaluations(P)":              (Y,   Y,   Y,  Y,  Y,  Y,  Y,  Y,   Y,   Y),
    "myEngagements(E1) sees ER":          (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "myEngagements(I1) sees ER":          (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "engagementsForSupervision sees ER":  (N,   N,   N,  N,  N,  N,  N,  Y,   N,   Y),
    "requestService(P, E1)":              (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "investigateEngagement(ER)":          (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "declineEngagement(ER)":              (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "cancelEngagement(ER)":               (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "agreeEngagement(EI)":                (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "planEngagement(EA)":                 (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "startEngagementService(EP)":         (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "addEngagementProgress(ES)":          (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "deliverEngagement(ES)":              (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
    "confirmEngagementDelivery(ED)":      (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "disputeEngagementDelivery(ED)":      (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "evaluateEngagement(EC)":             (N,   N,   Y,  Y,  N,  N,  N,  N,   N,   N),
    "replyToEvaluation(EVAL)":            (N,   N,   N,  N,  N,  Y,  N,  N,   N,   N),
}
# fmt: on


@dataclass
class World:
    ids: dict[str, str]
    files: dict[str, str]
    tokens: dict[str, str | None]


async def build_world(client: httpx.AsyncClient) -> World:
    world = await make_world(client)
    engagements = {
        "ER": S.REQUESTED,
        "EI": S.INVESTIGATING,
        "EA": S.AGREED,
        "EP": S.PLANNED,
        "ES": S.IN_SERVICE,
        "ED": S.DELIVERED,
        "EC": S.CONFIRMED,
        "EV": S.EVALUATED,
    }
    ids = {
        "P": gid("ServiceProduct", world.product.id),
        "E1": gid("Enterprise", world.e1.id),
        "I1": gid("Institution", world.i1.id),
    }
    for key, state in engagements.items():
        ids[key] = gid("Engagement", (await drive(world, state)).id)
    evaluation = await Evaluation.get()
    ids["EVAL"] = gid("Evaluation", evaluation.id)
    files = {"anonymous": gid("StoredFile", 999999)}
    for role, user in world.users.items():
        files[role] = gid("StoredFile", await attachment(user))
    return World(ids, files, world.tokens)


async def snapshot() -> tuple[Any, ...]:
    return (
        sorted((e.id, e.status, e.updated_at, e.status_reason) for e in await Engagement.all()),
        await EngagementStep.all().count(),
        sorted((e.id, e.reply) for e in await Evaluation.all()),
        await OutboxMessage.all().count(),
    )


def fill(value: Any, world: World, role: str, unknown: bool) -> Any:
    """Placeholders → the world's global IDs (or IDs of the same type that do not exist)."""
    if isinstance(value, dict):
        return {k: fill(v, world, role, unknown) for k, v in value.items() if k != "see"}
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


def carried_out(result: dict[str, Any], see: str | None) -> bool:
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if value is None:
        return False
    if "edges" in value:
        return any(edge["node"]["id"] == see for edge in value["edges"])
    if "items" in value:
        return len(value["items"]) > 0
    if "evaluation" in value and "errors" not in value:
        return value["evaluation"] is not None
    return not value.get("errors")


def cell(role: str, operation: str) -> bool:
    return MATRIX[operation][ROLES.index(role)]


async def try_cell(client: httpx.AsyncClient, world: World, role: str, operation: str) -> None:
    query, variables = OPS[operation]
    token = world.tokens[role]
    allowed = cell(role, operation)
    before = await snapshot()
    result = await gql(client, query, fill(variables, world, role, False), token=token)
    see = world.ids.get(variables.get("see", ""))
    assert carried_out(result, see) is allowed, (role, result)
    if not allowed:
        assert await snapshot() == before, role
        if "see" not in variables and "evaluation {" not in query:
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
