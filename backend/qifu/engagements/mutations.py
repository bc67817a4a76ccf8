"""Mutations of engagements: thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from strawberry.types import Info

from qifu.accounts.models import User
from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.audit import Actor
from qifu.core.errors import DomainError
from qifu.engagements import services
from qifu.engagements.models import Engagement
from qifu.engagements.types import (
    AgreeEngagementInput,
    DeliverEngagementInput,
    EngagementIdInput,
    EngagementNode,
    EngagementNoteInput,
    EngagementPayload,
    EngagementReasonInput,
    EvaluateEngagementInput,
    EvaluateEngagementPayload,
    PlanEngagementInput,
    RequestServiceInput,
)
from qifu.feedback.types import Evaluation
from qifu.orgs.scopes import Scope


def _engagement_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Engagement", "engagementId")


def _files(values: list[strawberry.ID], field: str) -> list[int]:
    return [decode_node_id(v, "StoredFile", field) for v in values]


def _optional_file(value: strawberry.ID | None, field: str) -> int | None:
    return decode_node_id(value, "StoredFile", field) if value else None


# What a mutation asks of the services: (actor, user, scope) → the engagement it changed.
Action = Callable[[Actor, User, Scope], Awaitable[Engagement]]


async def _run(info: Info, action: Action) -> EngagementPayload:
    """Every engagement mutation: signed in, then the service call; refusals as UserErrors."""
    ctx: Context = info.context
    user = ctx.require_user()
    try:
        engagement = await action(ctx.actor(), user, ctx.scope)
    except DomainError as e:
        return EngagementPayload(errors=user_errors(e, ctx.lang))
    return EngagementPayload(engagement=EngagementNode.from_model(engagement))


@strawberry.type
class EngagementMutations:
    @strawberry.mutation(
        description="Request a published product for my VERIFIED enterprise (→ REQUESTED)."
    )
    async def request_service(self, info: Info, input: RequestServiceInput) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.request_service(
                who,
                user,
                scope,
                decode_node_id(input.product_id, "ServiceProduct", "productId"),
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                input.need,
                _files(input.attachment_ids, "attachmentIds"),
            ),
        )

    @strawberry.mutation(description="Answer a request: investigate the need (→ INVESTIGATING).")
    async def investigate_engagement(
        self, info: Info, input: EngagementNoteInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.investigate(
                who,
                user,
                scope,
                _engagement_id(input.engagement_id),
                input.note,
                _files(input.attachment_ids, "attachmentIds"),
            ),
        )

    @strawberry.mutation(description="Decline a request with a reason (the institution).")
    async def decline_engagement(
        self, info: Info, input: EngagementReasonInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.decline(
                who, user, scope, _engagement_id(input.engagement_id), input.reason
            ),
        )

    @strawberry.mutation(description="Cancel my request before it is agreed (the enterprise).")
    async def cancel_engagement(
        self, info: Info, input: EngagementReasonInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.cancel(
                who, user, scope, _engagement_id(input.engagement_id), input.reason
            ),
        )

    @strawberry.mutation(description="Record the signed agreement, fee and period (→ AGREED).")
    async def agree_engagement(self, info: Info, input: AgreeEngagementInput) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.agree(
                who,
                user,
                scope,
                _engagement_id(input.engagement_id),
                services.Agreement(
                    file_id=decode_node_id(
                        input.agreement_file_id, "StoredFile", "agreementFileId"
                    ),
                    fee=input.fee,
                    period_start=input.period_start,
                    period_end=input.period_end,
                    note=input.note,
                ),
            ),
        )

    @strawberry.mutation(description="Record the plan, personnel and dates (→ PLANNED).")
    async def plan_engagement(self, info: Info, input: PlanEngagementInput) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.plan(
                who,
                user,
                scope,
                _engagement_id(input.engagement_id),
                services.Plan(
                    plan=input.plan,
                    personnel=tuple(input.personnel),
                    planned_start_on=input.planned_start_on,
                    planned_delivery_on=input.planned_delivery_on,
                    note=input.note,
                ),
            ),
        )

    @strawberry.mutation(description="Start the service (PLANNED → IN_SERVICE).")
    async def start_engagement_service(
        self, info: Info, input: EngagementNoteInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.start(
                who, user, scope, _engagement_id(input.engagement_id), input.note
            ),
        )

    @strawberry.mutation(description="Add a progress note while IN_SERVICE (the institution).")
    async def add_engagement_progress(
        self, info: Info, input: EngagementNoteInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.add_progress(
                who,
                user,
                scope,
                _engagement_id(input.engagement_id),
                input.note,
                _files(input.attachment_ids, "attachmentIds"),
            ),
        )

    @strawberry.mutation(description="Deliver the result report (IN_SERVICE → DELIVERED).")
    async def deliver_engagement(
        self, info: Info, input: DeliverEngagementInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.deliver(
                who,
                user,
                scope,
                _engagement_id(input.engagement_id),
                input.report,
                _optional_file(input.report_file_id, "reportFileId"),
            ),
        )

    @strawberry.mutation(description="Confirm the delivery (DELIVERED → CONFIRMED).")
    async def confirm_engagement_delivery(
        self, info: Info, input: EngagementIdInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.confirm(
                who, user, scope, _engagement_id(input.engagement_id)
            ),
        )

    @strawberry.mutation(description="Dispute the delivery with a reason (DELIVERED → IN_SERVICE).")
    async def dispute_engagement_delivery(
        self, info: Info, input: EngagementReasonInput
    ) -> EngagementPayload:
        return await _run(
            info,
            lambda who, user, scope: services.dispute(
                who, user, scope, _engagement_id(input.engagement_id), input.reason
            ),
        )

    @strawberry.mutation(description="Rate a CONFIRMED engagement (→ EVALUATED), once.")
    async def evaluate_engagement(
        self, info: Info, input: EvaluateEngagementInput
    ) -> EvaluateEngagementPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            engagement_id = _engagement_id(input.engagement_id)
            evaluation = await services.evaluate(
                ctx.actor(),
                user,
                ctx.scope,
                engagement_id,
                overall=input.overall,
                dimensions={d.name: d.score for d in input.dimensions},
                comment=input.comment,
            )
        except DomainError as e:
            return EvaluateEngagementPayload(errors=user_errors(e, ctx.lang))
        engagement = await Engagement.get(id=engagement_id)
        return EvaluateEngagementPayload(
            engagement=EngagementNode.from_model(engagement),
            evaluation=Evaluation.from_model(evaluation),
        )
