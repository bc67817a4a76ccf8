"""The engagement mutations as the SPA sends them, with valid inputs, for the tests."""

from __future__ import annotations

from typing import Any

from tests.engagements.support import DIMENSIONS, S, World, attachment, gid

FIELDS = "engagement { id status } errors { field code message }"


def mutation(name: str, input_type: str) -> str:
    return f"""mutation($input: {input_type}!) {{ {name}(input: $input) {{ {FIELDS} }} }}"""


# action: (mutation, input type, acting role, target state)
ACTIONS: dict[str, tuple[str, str, str, S | None]] = {
    "investigate": ("investigateEngagement", "EngagementNoteInput", "i1_member", S.INVESTIGATING),
    "decline": ("declineEngagement", "EngagementReasonInput", "i1_member", S.DECLINED),
    "cancel": ("cancelEngagement", "EngagementReasonInput", "e1_admin", S.CANCELLED),
    "agree": ("agreeEngagement", "AgreeEngagementInput", "i1_member", S.AGREED),
    "plan": ("planEngagement", "PlanEngagementInput", "i1_member", S.PLANNED),
    "start": ("startEngagementService", "EngagementNoteInput", "i1_member", S.IN_SERVICE),
    "progress": ("addEngagementProgress", "EngagementNoteInput", "i1_member", None),
    "deliver": ("deliverEngagement", "DeliverEngagementInput", "i1_member", S.DELIVERED),
    "confirm": ("confirmEngagementDelivery", "EngagementIdInput", "e1_admin", S.CONFIRMED),
    "dispute": ("disputeEngagementDelivery", "EngagementReasonInput", "e1_admin", S.IN_SERVICE),
    "evaluate": ("evaluateEngagement", "EvaluateEngagementInput", "e1_admin", S.EVALUATED),
}
# The allowed sources of each action: the state machine, written out.
ALLOWED: dict[str, set[S]] = {
    "investigate": {S.REQUESTED},
    "decline": {S.REQUESTED, S.INVESTIGATING},
    "cancel": {S.REQUESTED, S.INVESTIGATING},
    "agree": {S.INVESTIGATING},
    "plan": {S.AGREED},
    "start": {S.PLANNED},
    "progress": {S.IN_SERVICE},
    "deliver": {S.IN_SERVICE},
    "confirm": {S.DELIVERED},
    "dispute": {S.DELIVERED},
    "evaluate": {S.CONFIRMED},
}


async def action_input(world: World, action: str, engagement_gid: str, role: str) -> dict[str, Any]:
    base: dict[str, Any] = {"engagementId": engagement_gid}
    user = world.users.get(role)
    if action in ("investigate", "start"):
        return {**base, "note": "已沟通"}
    if action == "progress":
        files = [gid("StoredFile", await attachment(user))] if user else []
        return {**base, "note": "完成第一份合同审查", "attachmentIds": files}
    if action in ("decline", "cancel", "dispute"):
        return {**base, "reason": "原因说明"}
    if action == "agree":
        file_id = await attachment(user) if user else 999999
        return {
            **base,
            "agreementFileId": gid("StoredFile", file_id),
            "fee": "1200.00",
            "periodStart": "2026-12-01",
            "periodEnd": "2026-12-31",
            "note": "协议已签",
        }
    if action == "plan":
        return {
            **base,
            "plan": "分三次审查",
            "personnel": ["陈律师"],
            "plannedStartOn": "2026-12-02",
            "plannedDeliveryOn": "2026-12-20",
        }
    if action == "deliver":
        return {**base, "report": "审查意见书已出具"}
    if action == "evaluate":
        return {
            **base,
            "overall": 4,
            "dimensions": [{"name": k, "score": v} for k, v in DIMENSIONS.items()],
            "comment": "满意",
        }
    return base
