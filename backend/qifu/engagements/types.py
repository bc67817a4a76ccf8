"""GraphQL types of engagements (the standard service flow)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts.loaders import load_users_by_id
from qifu.accounts.services import phone_of
from qifu.api.errors import UserError
from qifu.catalog.loaders import load_products_by_id
from qifu.catalog.types import ServiceProductNode
from qifu.engagements import policies
from qifu.engagements.loaders import (
    load_engagements_by_id,
    load_evaluations_by_engagement_id,
    load_steps_by_engagement_id,
)
from qifu.engagements.models import Engagement as EngagementModel
from qifu.engagements.models import EngagementStatus as EngagementStatusModel
from qifu.engagements.models import StepKind as StepKindModel
from qifu.feedback.types import DimensionScoreInput, Evaluation
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs.enterprises import contact_phone
from qifu.orgs.loaders import (
    load_enterprises_by_id,
    load_institutions_by_id,
    load_platforms_by_id,
)
from qifu.orgs.types import EnterpriseNode, InstitutionNode, operator_paths

EngagementStatus = strawberry.enum(
    EngagementStatusModel,
    name="EngagementStatus",
    description="REQUESTED → INVESTIGATING → AGREED → PLANNED → IN_SERVICE → DELIVERED → "
    "CONFIRMED → EVALUATED; REQUESTED | INVESTIGATING → DECLINED | CANCELLED; "
    "DELIVERED → IN_SERVICE (disputed).",
)
EngagementStepKind = strawberry.enum(StepKindModel, name="EngagementStepKind")


async def _files(info: Info, ids: list[int]) -> list[StoredFileNode]:
    found = await info.context.loader(load_stored_files_by_id).load_many(ids)
    return [StoredFileNode.from_model(f) for f in found if f is not None]


@strawberry.type(
    description="Whom the institution contacts about an engagement: the member who requested "
    "it and the enterprise's registered contact."
)
class EngagementContact:
    requester_name: str
    requester_email: str | None
    requester_phone: str | None
    enterprise_contact_name: str | None
    enterprise_contact_phone: str | None
    enterprise_contact_email: str | None


@strawberry.type(description="One archived step of an engagement: who, when, note, files.")
class EngagementStep:
    kind: EngagementStepKind  # type: ignore[valid-type]
    from_status: EngagementStatus | None  # type: ignore[valid-type]
    to_status: EngagementStatus  # type: ignore[valid-type]
    actor_name: str
    note: str
    at: datetime
    fee: Decimal | None
    period_start: date | None
    period_end: date | None
    personnel: list[str]
    planned_start_on: date | None
    planned_delivery_on: date | None
    attachment_ids: strawberry.Private[list[int]]

    @strawberry.field
    async def attachments(self, info: Info) -> list[StoredFileNode]:
        return await _files(info, self.attachment_ids)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


@strawberry.type(name="Engagement", description="A service an enterprise requested (服务档案).")
class EngagementNode(relay.Node):
    id: relay.NodeID[int]
    status: EngagementStatus  # type: ignore[valid-type]
    need: str
    status_reason: str | None = strawberry.field(
        description="Why it was declined or cancelled, or why the delivery was disputed."
    )
    created_at: datetime
    updated_at: datetime
    answer_due_at: datetime = strawberry.field(
        description="The institution answers (investigates or declines) by then: 2 working days."
    )
    answered_at: datetime | None
    answered_late: bool | None = strawberry.field(description="Null until answered.")
    fee: Decimal | None = strawberry.field(description="The agreed fee in 元.")
    period_start: date | None
    period_end: date | None
    plan: str | None
    personnel: list[str]
    planned_start_on: date | None
    planned_delivery_on: date | None
    report: str | None
    delivered_at: datetime | None
    delivered_late: bool | None = strawberry.field(
        description="Delivered after the planned delivery date."
    )
    confirm_due_at: datetime | None = strawberry.field(
        description="Confirmed automatically then, unless the enterprise answers first."
    )
    confirmed_at: datetime | None
    auto_confirmed: bool
    model: strawberry.Private[EngagementModel]

    @classmethod
    def from_model(cls, e: EngagementModel) -> EngagementNode:
        return cls(
            id=e.id,
            status=EngagementStatusModel(e.status),
            need=e.need,
            status_reason=e.status_reason or None,
            created_at=e.created_at,
            updated_at=e.updated_at,
            answer_due_at=e.answer_due_at,
            answered_at=e.answered_at,
            answered_late=e.answered_late,
            fee=e.fee,
            period_start=e.period_start,
            period_end=e.period_end,
            plan=e.plan or None,
            personnel=list(e.personnel or []),
            planned_start_on=e.planned_start_on,
            planned_delivery_on=e.planned_delivery_on,
            report=e.report or None,
            delivered_at=e.delivered_at,
            delivered_late=e.delivered_late,
            confirm_due_at=e.confirm_due_at,
            confirmed_at=e.confirmed_at,
            auto_confirmed=e.auto_confirmed,
            model=e,
        )

    @strawberry.field(description="The service product requested.")
    async def product(self, info: Info) -> ServiceProductNode:
        found = await info.context.loader(load_products_by_id).load(self.model.product_id)
        assert found is not None
        return ServiceProductNode.from_model(found, private=False)

    @strawberry.field(description="The requesting enterprise (its public fields).")
    async def enterprise(self, info: Info) -> EnterpriseNode:
        found = await info.context.loader(load_enterprises_by_id).load(self.model.enterprise_id)
        assert found is not None
        return EnterpriseNode.from_model(found, private=False)

    @strawberry.field
    async def institution(self, info: Info) -> InstitutionNode:
        found = await info.context.loader(load_institutions_by_id).load(self.model.institution_id)
        assert found is not None
        return InstitutionNode.from_model(found, private=False)

    @strawberry.field(description="Both sides and the supervising operators see it.")
    async def contact(self, info: Info) -> EngagementContact:
        requester = await info.context.loader(load_users_by_id).load(self.model.requested_by_id)
        enterprise = await info.context.loader(load_enterprises_by_id).load(
            self.model.enterprise_id
        )
        assert enterprise is not None
        # A deleted account keeps its anonymised name and no contact details.
        active = requester is not None and requester.deleted_at is None
        return EngagementContact(
            requester_name=requester.name if requester else "",
            requester_email=requester.email if requester and active else None,
            requester_phone=(phone_of(requester) or None) if requester and active else None,
            enterprise_contact_name=enterprise.contact_name or None,
            enterprise_contact_phone=contact_phone(enterprise) or None,
            enterprise_contact_email=enterprise.contact_email or None,
        )

    @strawberry.field(description="The archive: every step, oldest first.")
    async def timeline(self, info: Info) -> list[EngagementStep]:
        steps = await info.context.loader(load_steps_by_engagement_id).load(self.id)
        return [
            EngagementStep(
                kind=StepKindModel(s.kind),
                from_status=EngagementStatusModel(s.from_status) if s.from_status else None,
                to_status=EngagementStatusModel(s.to_status),
                actor_name=s.actor_name,
                note=s.note,
                at=s.at,
                fee=Decimal(s.detail["fee"]) if s.detail.get("fee") else None,
                period_start=_date(s.detail.get("periodStart")),
                period_end=_date(s.detail.get("periodEnd")),
                personnel=list(s.detail.get("personnel") or []),
                planned_start_on=_date(s.detail.get("plannedStartOn")),
                planned_delivery_on=_date(s.detail.get("plannedDeliveryOn")),
                attachment_ids=list(s.attachment_ids or []),
            )
            for s in steps
        ]

    @strawberry.field(description="The signed agreement (协议).")
    async def agreement_file(self, info: Info) -> StoredFileNode | None:
        if self.model.agreement_file_id is None:
            return None
        found = await _files(info, [self.model.agreement_file_id])
        return found[0] if found else None

    @strawberry.field(description="The result report's file.")
    async def report_file(self, info: Info) -> StoredFileNode | None:
        if self.model.report_file_id is None:
            return None
        found = await _files(info, [self.model.report_file_id])
        return found[0] if found else None

    @strawberry.field(description="The enterprise's rating, once EVALUATED.")
    async def evaluation(self, info: Info) -> Evaluation | None:
        found = await info.context.loader(load_evaluations_by_engagement_id).load(self.id)
        return Evaluation.from_model(found) if found else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_engagements_by_id).load_many(ids)
        return [await visible_engagement(info, e) if e else None for e in found]


async def visible_engagement(info: Info, e: EngagementModel) -> EngagementNode | None:
    ctx = info.context
    if policies.is_party(ctx.scope, e):
        return EngagementNode.from_model(e)
    platform = await ctx.loader(load_platforms_by_id).load(e.platform_id)
    if policies.is_supervisor(ctx.scope, await operator_paths(info), platform):
        return EngagementNode.from_model(e)
    return None


# ---- inputs and payloads


@strawberry.input
class RequestServiceInput:
    product_id: strawberry.ID
    enterprise_id: strawberry.ID = strawberry.field(description="A VERIFIED enterprise of mine.")
    need: str = strawberry.field(description="What the enterprise needs (up to 2000).")
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded ATTACHMENT files (up to 10)."
    )


@strawberry.input
class EngagementNoteInput:
    engagement_id: strawberry.ID
    note: str = ""
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class EngagementReasonInput:
    engagement_id: strawberry.ID
    reason: str


@strawberry.input
class EngagementIdInput:
    engagement_id: strawberry.ID


@strawberry.input
class AgreeEngagementInput:
    engagement_id: strawberry.ID
    agreement_file_id: strawberry.ID = strawberry.field(description="An ATTACHMENT upload.")
    fee: Decimal = strawberry.field(description="In 元; 0 for a free service.")
    period_start: date
    period_end: date
    note: str = ""


@strawberry.input
class PlanEngagementInput:
    engagement_id: strawberry.ID
    plan: str
    personnel: list[str] = strawberry.field(description="The named service personnel (1–20).")
    planned_start_on: date
    planned_delivery_on: date
    note: str = ""


@strawberry.input
class DeliverEngagementInput:
    engagement_id: strawberry.ID
    report: str = strawberry.field(description="The result report (up to 5000).")
    report_file_id: strawberry.ID | None = None


@strawberry.input
class EvaluateEngagementInput:
    engagement_id: strawberry.ID
    overall: int = strawberry.field(description="1–5.")
    dimensions: list[DimensionScoreInput] = strawberry.field(
        description="Each 1–5: professionalism, timeliness, communication, result."
    )
    comment: str = ""


@strawberry.type
class EngagementPayload:
    engagement: EngagementNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EvaluateEngagementPayload:
    engagement: EngagementNode | None = None
    evaluation: Evaluation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
