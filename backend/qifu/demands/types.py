"""GraphQL types of demands (诉求)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.api.errors import UserError
from qifu.core import clock, crypto
from qifu.demands import policies
from qifu.demands.loaders import (
    load_demands_by_id,
    load_departments_by_id,
    load_evaluations_by_demand_id,
    load_events_by_demand_id,
    load_experts_by_id,
)
from qifu.demands.models import ComplaintTarget as ComplaintTargetModel
from qifu.demands.models import Demand as DemandModel
from qifu.demands.models import DemandCategory as DemandCategoryModel
from qifu.demands.models import DemandChannel as DemandChannelModel
from qifu.demands.models import DemandEventKind as DemandEventKindModel
from qifu.demands.models import DemandKind as DemandKindModel
from qifu.demands.models import DemandStatus as DemandStatusModel
from qifu.demands.models import HandlerType as HandlerTypeModel
from qifu.demands.offer_types import DemandOfferNode, my_offer_of, offers_of
from qifu.demands.policies import Me
from qifu.demands.services import Side, is_overdue, platform_chain, sides_for
from qifu.feedback.types import DimensionScoreInput, Evaluation
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs.loaders import load_enterprises_by_id, load_institutions_by_id, load_platforms_by_id
from qifu.orgs.types import EnterpriseNode

DemandStatus = strawberry.enum(
    DemandStatusModel,
    name="DemandStatus",
    description="SUBMITTED → ACCEPTED | NOT_ACCEPTED | WITHDRAWN; ACCEPTED → OPEN_FOR_OFFERS | "
    "ASSIGNED; OPEN_FOR_OFFERS → ASSIGNED (an offer picked) | ACCEPTED; ASSIGNED → "
    "WAITING_FOR_ENTERPRISE | REPLIED | ACCEPTED; WAITING_FOR_ENTERPRISE → ASSIGNED; "
    "REPLIED → RESOLVED | REOPENED; REOPENED → ASSIGNED; RESOLVED → CLOSED.",
)
DemandCategory = strawberry.enum(DemandCategoryModel, name="DemandCategory")
DemandChannel = strawberry.enum(DemandChannelModel, name="DemandChannel")
DemandKind = strawberry.enum(DemandKindModel, name="DemandKind")
DemandEventKind = strawberry.enum(DemandEventKindModel, name="DemandEventKind")
HandlerType = strawberry.enum(
    HandlerTypeModel,
    name="DemandHandlerType",
    description="PLATFORM: the operators of a platform, who handle complaints.",
)
ComplaintTargetType = strawberry.enum(ComplaintTargetModel, name="ComplaintTargetType")
DemandSide = strawberry.enum(
    Side,
    name="DemandSide",
    description="What a viewer acts as on a demand: its enterprise, its current handler, a "
    "supervising operator, or an institution invited to offer.",
)

_NODE_TYPES = {
    HandlerTypeModel.INSTITUTION: "Institution",
    HandlerTypeModel.DEPARTMENT: "Department",
    HandlerTypeModel.EXPERT: "Expert",
    HandlerTypeModel.PLATFORM: "Platform",
}
TARGET_NODE_TYPES = {
    ComplaintTargetModel.INSTITUTION: "Institution",
    ComplaintTargetModel.SERVICE: "ServiceProduct",
    ComplaintTargetModel.OPERATOR: "Platform",
}


async def me(info: Info) -> Me:
    """What the request's grants allow with demands, once per request."""
    ctx = info.context
    return await ctx.memo("demands_me", lambda: policies.me_of(list(ctx.grants)))


@strawberry.type(
    description="Who handles a demand: an institution, a department, an expert, or (for "
    "complaints) the operators of a platform."
)
class DemandHandler:
    type: HandlerType  # type: ignore[valid-type]
    id: strawberry.ID = strawberry.field(description="The global ID of the organisation.")
    name: str


async def _handler(
    info: Info, handler_type: HandlerTypeModel | str | None, handler_id: int | None
) -> DemandHandler | None:
    if handler_type is None or handler_id is None:
        return None
    kind = HandlerTypeModel(handler_type)
    found: Any
    if kind is HandlerTypeModel.INSTITUTION:
        found = await info.context.loader(load_institutions_by_id).load(handler_id)
    elif kind is HandlerTypeModel.DEPARTMENT:
        found = await info.context.loader(load_departments_by_id).load(handler_id)
    elif kind is HandlerTypeModel.PLATFORM:
        found = await info.context.loader(load_platforms_by_id).load(handler_id)
    else:
        found = await info.context.loader(load_experts_by_id).load(handler_id)
    return DemandHandler(
        type=kind,
        id=strawberry.ID(str(relay.GlobalID(_NODE_TYPES[kind], str(handler_id)))),
        name=found.name if found else "",
    )


async def _files(info: Info, ids: list[int]) -> list[StoredFileNode]:
    found = await info.context.loader(load_stored_files_by_id).load_many(ids)
    return [StoredFileNode.from_model(f) for f in found if f is not None]


@strawberry.type(description="One entry of a demand's timeline (the handlers' chain included).")
class DemandEvent:
    kind: DemandEventKind  # type: ignore[valid-type]
    from_status: DemandStatus | None  # type: ignore[valid-type]
    to_status: DemandStatus  # type: ignore[valid-type]
    actor_name: str
    note: str
    at: datetime
    attachment_ids: strawberry.Private[list[int]]
    before: strawberry.Private[tuple[str | None, int | None]]
    after: strawberry.Private[tuple[str | None, int | None]]

    @strawberry.field
    async def attachments(self, info: Info) -> list[StoredFileNode]:
        return await _files(info, self.attachment_ids)

    @strawberry.field(description="The handler before a transfer, assignment or hand-back.")
    async def handler_before(self, info: Info) -> DemandHandler | None:
        return await _handler(info, *self.before)

    @strawberry.field(description="The handler after the step.")
    async def handler_after(self, info: Info) -> DemandHandler | None:
        return await _handler(info, *self.after)


@strawberry.type(
    name="ComplaintTarget",
    description="What a complaint is against, named as it was when the complaint was made.",
)
class ComplaintTargetInfo:
    type: ComplaintTargetType  # type: ignore[valid-type]
    id: strawberry.ID = strawberry.field(
        description="The global ID of the Institution, ServiceProduct or Platform."
    )
    name: str


@strawberry.type(description="Whom to contact (the enterprise, the current handler, operators).")
class DemandContact:
    name: str | None
    phone: str | None


@strawberry.type(name="Demand", description="An enterprise's demand (诉求) and its timeline.")
class DemandNode(relay.Node):
    id: relay.NodeID[int]
    kind: DemandKind  # type: ignore[valid-type]
    category: DemandCategory  # type: ignore[valid-type]
    channel: DemandChannel  # type: ignore[valid-type]
    status: DemandStatus  # type: ignore[valid-type]
    title: str
    description: str
    status_reason: str | None = strawberry.field(
        description="The explanation of NOT_ACCEPTED (一次性告知), or why it was handed back, "
        "reopened or withdrawn."
    )
    reply: str | None
    period_start: date | None
    period_end: date | None
    submitted_at: datetime
    accept_due_at: datetime = strawberry.field(
        description="Accepted (or not) by then: N working hours of its category."
    )
    accepted_at: datetime | None
    accepted_on_time: bool | None
    assigned_at: datetime | None
    reply_due_at: datetime | None = strawberry.field(
        description="Replied by then: N working days after assignment, moved by the pauses."
    )
    paused_at: datetime | None = strawberry.field(
        description="Set while waiting for the enterprise: the reply clock stands still."
    )
    paused_working_minutes: int
    replied_at: datetime | None
    replied_on_time: bool | None
    resolved_at: datetime | None
    closed_at: datetime | None
    last_urged_at: datetime | None = strawberry.field(description="The enterprise's last urge.")
    updated_at: datetime
    model: strawberry.Private[DemandModel]

    @classmethod
    def from_model(cls, d: DemandModel) -> DemandNode:
        return cls(
            id=d.id,
            kind=DemandKindModel(d.kind),
            category=DemandCategoryModel(d.category),
            channel=DemandChannelModel(d.channel),
            status=DemandStatusModel(d.status),
            title=d.title,
            description=d.description,
            status_reason=d.status_reason or None,
            reply=d.reply or None,
            period_start=d.period_start,
            period_end=d.period_end,
            submitted_at=d.submitted_at,
            accept_due_at=d.accept_due_at,
            accepted_at=d.accepted_at,
            accepted_on_time=d.accepted_on_time,
            assigned_at=d.assigned_at,
            reply_due_at=d.reply_due_at,
            paused_at=d.paused_at,
            paused_working_minutes=d.paused_seconds // 60,
            replied_at=d.replied_at,
            replied_on_time=d.replied_on_time,
            resolved_at=d.resolved_at,
            closed_at=d.closed_at,
            last_urged_at=d.last_urged_at,
            updated_at=d.updated_at,
            model=d,
        )

    @strawberry.field(description="Past its acceptance or reply deadline and still pending.")
    def overdue(self) -> bool:
        return is_overdue(self.model, clock.now())

    @strawberry.field(description="The enterprise (its public fields).")
    async def enterprise(self, info: Info) -> EnterpriseNode:
        found = await info.context.loader(load_enterprises_by_id).load(self.model.enterprise_id)
        assert found is not None
        return EnterpriseNode.from_model(found, private=False)

    @strawberry.field(description="What a complaint is against (kind COMPLAINT only).")
    def complaint_target(self) -> ComplaintTargetInfo | None:
        d = self.model
        if d.complaint_target_type is None or d.complaint_target_id is None:
            return None
        kind = ComplaintTargetModel(d.complaint_target_type)
        node_id = relay.GlobalID(TARGET_NODE_TYPES[kind], str(d.complaint_target_id))
        return ComplaintTargetInfo(
            type=kind, id=strawberry.ID(str(node_id)), name=d.complaint_target_name
        )

    @strawberry.field(
        description="Who may take this complaint: the operators of its platform or of one "
        "above (the supervising operators only; empty for a demand)."
    )
    async def complaint_handlers(self, info: Info) -> list[DemandHandler]:
        if self.model.kind != DemandKindModel.COMPLAINT:
            return []
        loader = info.context.loader(load_platforms_by_id)
        platform = await loader.load(self.model.platform_id)
        if platform is None or not policies.is_supervisor(await me(info), platform):
            return []
        found = await loader.load_many(platform_chain(platform))
        return [
            DemandHandler(
                type=HandlerTypeModel.PLATFORM,
                id=strawberry.ID(str(relay.GlobalID("Platform", str(p.id)))),
                name=p.name,
            )
            for p in found
            if p is not None
        ]

    @strawberry.field(
        description="What I act as on this demand; the actions of these sides are mine."
    )
    async def viewer_sides(self, info: Info) -> list[DemandSide]:  # type: ignore[valid-type]
        platform = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        return sorted(sides_for(await me(info), self.model, platform))

    @strawberry.field(description="The current handler.")
    async def handler(self, info: Info) -> DemandHandler | None:
        return await _handler(info, self.model.handler_type, self.model.handler_id)

    @strawberry.field(
        description="The contact: the enterprise, the current handler and the operators."
    )
    async def contact(self, info: Info) -> DemandContact | None:
        platform = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        if not policies.can_see_contact(await me(info), self.model, platform):
            return None
        phone = crypto.decrypt(self.model.contact_phone_enc) if self.model.contact_phone_enc else ""
        return DemandContact(name=self.model.contact_name or None, phone=phone or None)

    @strawberry.field
    async def attachments(self, info: Info) -> list[StoredFileNode]:
        return await _files(info, list(self.model.attachment_ids or []))

    @strawberry.field(
        description="Every step, oldest first (empty for institutions invited to offer: the "
        "enterprise's people are named in it)."
    )
    async def timeline(self, info: Info) -> list[DemandEvent]:
        platform = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        if policies.invited_only(await me(info), self.model, platform):
            return []
        events = await info.context.loader(load_events_by_demand_id).load(self.id)
        return [
            DemandEvent(
                kind=DemandEventKindModel(e.kind),
                from_status=DemandStatusModel(e.from_status) if e.from_status else None,
                to_status=DemandStatusModel(e.to_status),
                actor_name=e.actor_name,
                note=e.note,
                at=e.at,
                attachment_ids=list(e.attachment_ids or []),
                before=(e.handler_before_type, e.handler_before_id),
                after=(e.handler_after_type, e.handler_after_id),
            )
            for e in events
        ]

    @strawberry.field(description="The enterprise's satisfaction rating, once CLOSED.")
    async def evaluation(self, info: Info) -> Evaluation | None:
        found = await info.context.loader(load_evaluations_by_demand_id).load(self.id)
        return Evaluation.from_model(found) if found else None

    @strawberry.field(
        description="Institutions' offers to take it: all for the enterprise and the "
        "operators, an institution's own for its members."
    )
    async def offers(self, info: Info) -> list[DemandOfferNode]:
        return await offers_of(info, await me(info), self.model)

    @strawberry.field(description="My institution's offer, if it made one.")
    async def my_offer(self, info: Info) -> DemandOfferNode | None:
        return await my_offer_of(info, await me(info), self.model)

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_demands_by_id).load_many(ids)
        return [await visible_demand(info, d) if d else None for d in found]


async def visible_demand(info: Info, d: DemandModel) -> DemandNode | None:
    platform = await info.context.loader(load_platforms_by_id).load(d.platform_id)
    if policies.can_see(await me(info), d, platform):
        return DemandNode.from_model(d)
    return None


@strawberry.type(description="The deadlines of a demand category.")
class DemandCategorySetting:
    category: DemandCategory  # type: ignore[valid-type]
    accept_working_hours: int
    reply_working_days: int


# ---- inputs and payloads


@strawberry.input
class SubmitDemandInput:
    enterprise_id: strawberry.ID = strawberry.field(description="A VERIFIED enterprise of mine.")
    category: DemandCategory  # type: ignore[valid-type]
    title: str = strawberry.field(description="Up to 100.")
    description: str = strawberry.field(description="Up to 5000.")
    contact_name: str = strawberry.field(default="", description="Default: the enterprise's.")
    contact_phone: str = strawberry.field(default="", description="Default: the enterprise's.")
    period_start: date | None = None
    period_end: date | None = None
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded ATTACHMENT files (up to 10)."
    )


@strawberry.input
class RecordDemandInput(SubmitDemandInput):
    channel: DemandChannel = strawberry.field(  # type: ignore[valid-type]
        description="How it arrived: PHONE, WINDOW or LETTER."
    )


@strawberry.input
class DemandIdInput:
    demand_id: strawberry.ID
    note: str = ""


@strawberry.input
class DemandReasonInput:
    demand_id: strawberry.ID
    reason: str


@strawberry.input
class NotAcceptDemandInput:
    demand_id: strawberry.ID
    explanation: str = strawberry.field(
        description="Everything missing or wrong, said at once (一次性告知)."
    )


@strawberry.input
class AssignDemandInput:
    demand_id: strawberry.ID
    handler_type: HandlerType  # type: ignore[valid-type]
    handler_id: strawberry.ID = strawberry.field(
        description="The global ID of the Institution, Department or Expert."
    )
    note: str = ""


@strawberry.input
class TransferDemandInput:
    demand_id: strawberry.ID
    handler_type: HandlerType  # type: ignore[valid-type]
    handler_id: strawberry.ID
    reason: str


@strawberry.input
class AskEnterpriseInput:
    demand_id: strawberry.ID
    question: str


@strawberry.input
class AnswerDemandQuestionInput:
    demand_id: strawberry.ID
    answer: str
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class ReplyToDemandInput:
    demand_id: strawberry.ID
    reply: str
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class EvaluateDemandInput:
    demand_id: strawberry.ID
    overall: int = strawberry.field(description="1–5.")
    dimensions: list[DimensionScoreInput] = strawberry.field(
        description="Each 1–5: timeliness, attitude, result."
    )
    comment: str = ""


@strawberry.input
class SetDemandCategorySettingInput:
    category: DemandCategory  # type: ignore[valid-type]
    accept_working_hours: int = strawberry.field(description="1–80 working hours.")
    reply_working_days: int = strawberry.field(description="1–60 working days.")


@strawberry.type
class DemandPayload:
    demand: DemandNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EvaluateDemandPayload:
    demand: DemandNode | None = None
    evaluation: Evaluation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DemandCategorySettingPayload:
    setting: DemandCategorySetting | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
