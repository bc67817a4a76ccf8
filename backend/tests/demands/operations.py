"""The demand mutations as the SPA sends them, with valid inputs, for the tests."""

from __future__ import annotations

from typing import Any

from tests.demands.support import DIMENSIONS, S, World, gid

FIELDS = "demand { id status } errors { field code message }"


def mutation(name: str, input_type: str) -> str:
    return f"""mutation($input: {input_type}!) {{ {name}(input: $input) {{ {FIELDS} }} }}"""


# action: (mutation, input type, acting role, target state; None keeps the state)
ACTIONS: dict[str, tuple[str, str, str, S | None]] = {
    "withdraw": ("withdrawDemand", "DemandIdInput", "e1_admin", S.WITHDRAWN),
    "accept": ("acceptDemand", "DemandIdInput", "op_wenzhou", S.ACCEPTED),
    "not_accept": ("notAcceptDemand", "NotAcceptDemandInput", "op_wenzhou", S.NOT_ACCEPTED),
    "assign": ("assignDemand", "AssignDemandInput", "op_wenzhou", S.ASSIGNED),
    "transfer": ("transferDemand", "TransferDemandInput", "i1_member", None),
    "ask": ("askEnterprise", "AskEnterpriseInput", "i1_member", S.WAITING_FOR_ENTERPRISE),
    "answer": ("answerDemandQuestion", "AnswerDemandQuestionInput", "e1_admin", S.ASSIGNED),
    "reply": ("replyToDemand", "ReplyToDemandInput", "i1_member", S.REPLIED),
    "hand_back": ("handBackDemand", "DemandReasonInput", "i1_member", S.ACCEPTED),
    "resolve": ("resolveDemand", "DemandIdInput", "e1_admin", S.RESOLVED),
    "reopen": ("reopenDemand", "DemandReasonInput", "e1_admin", S.REOPENED),
    "evaluate": ("evaluateDemand", "EvaluateDemandInput", "e1_admin", S.CLOSED),
    "urge": ("urgeDemand", "DemandIdInput", "e1_admin", None),
    "open_for_offers": ("openDemandForOffers", "DemandIdInput", "op_wenzhou", S.OPEN_FOR_OFFERS),
    "close_offers": ("closeDemandOffers", "DemandIdInput", "op_wenzhou", S.ACCEPTED),
}
# The allowed sources of each action: the state machine, written out.
ALLOWED: dict[str, set[S]] = {
    "withdraw": {S.SUBMITTED},
    "accept": {S.SUBMITTED},
    "not_accept": {S.SUBMITTED},
    "assign": {S.ACCEPTED, S.REOPENED},
    "transfer": {S.ASSIGNED},
    "ask": {S.ASSIGNED},
    "answer": {S.WAITING_FOR_ENTERPRISE},
    "reply": {S.ASSIGNED},
    "hand_back": {S.ASSIGNED},
    "resolve": {S.REPLIED},
    "reopen": {S.REPLIED},
    "evaluate": {S.RESOLVED},
    "urge": {S.SUBMITTED, S.ACCEPTED, S.OPEN_FOR_OFFERS, S.ASSIGNED, S.REOPENED},
    "open_for_offers": {S.ACCEPTED},
    "close_offers": {S.OPEN_FOR_OFFERS},
}


def action_input(world: World, action: str, demand_id: str) -> dict[str, Any]:
    base: dict[str, Any] = {"demandId": demand_id}
    if action == "not_accept":
        base["explanation"] = "请一次性补充：营业执照、设备清单"
    elif action == "assign":
        base |= {"handlerType": "INSTITUTION", "handlerId": gid("Institution", world.base.i1.id)}
    elif action == "transfer":
        base |= {
            "handlerType": "DEPARTMENT",
            "handlerId": gid("Department", world.d1.id),
            "reason": "涉及政策口径，转经信局",
        }
    elif action == "ask":
        base["question"] = "请提供设备采购合同"
    elif action == "answer":
        base["answer"] = "合同已上传"
    elif action == "reply":
        base["reply"] = "已答复"
    elif action in ("hand_back", "reopen"):
        base["reason"] = "原因说明"
    elif action == "evaluate":
        dims = [{"name": k, "score": v} for k, v in DIMENSIONS.items()]
        base |= {"overall": 5, "dimensions": dims, "comment": "好"}
    return base
