"""Mutations of demands: thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from strawberry.types import Info

from qifu.accounts.models import User
from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.audit import Actor
from qifu.core.errors import DomainError
from qifu.demands import jobs, score, services  # noqa: F401  (jobs and score register themselves)
from qifu.demands.models import Demand, DemandCategory, DemandChannel, HandlerType
from qifu.demands.policies import Me
from qifu.demands.types import (
    AnswerDemandQuestionInput,
    AskEnterpriseInput,
    AssignDemandInput,
    DemandCategorySetting,
    DemandCategorySettingPayload,
    DemandIdInput,
    DemandNode,
    DemandPayload,
    DemandReasonInput,
    EvaluateDemandInput,
    EvaluateDemandPayload,
    NotAcceptDemandInput,
    RecordDemandInput,
    ReplyToDemandInput,
    SetDemandCategorySettingInput,
    SubmitDemandInput,
    TransferDemandInput,
    me,
)
from qifu.feedback.types import Evaluation

_NODE_TYPES = {
    HandlerType.INSTITUTION: "Institution",
    HandlerType.DEPARTMENT: "Department",
    HandlerType.EXPERT: "Expert",
    HandlerType.PLATFORM: "Platform",  # complaints: the operators of a platform
}


def _demand_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Demand", "demandId")


def _files(values: list[strawberry.ID], field: str = "attachmentIds") -> list[int]:
    return [decode_node_id(v, "StoredFile", field) for v in values]


def _handler(handler_type: Any, value: strawberry.ID) -> tuple[HandlerType, int]:
    kind = HandlerType(handler_type)
    return kind, decode_node_id(value, _NODE_TYPES[kind], "handlerId")


def _data(input: SubmitDemandInput) -> services.DemandData:
    return services.DemandData(
        category=DemandCategory(input.category),
        title=input.title,
        description=input.description,
        contact_name=input.contact_name,
        contact_phone=input.contact_phone,
        period_start=input.period_start,
        period_end=input.period_end,
        attachment_ids=tuple(_files(input.attachment_ids)),
    )


# What a mutation asks of the services: (actor, user, me) → the demand it changed.
Action = Callable[[Actor, User, Me], Awaitable[Demand]]


async def _run(info: Info, action: Action) -> DemandPayload:
    """Every demand mutation: signed in, then the service call; refusals as UserErrors."""
    ctx: Context = info.context
    user = ctx.require_user()
    try:
        demand = await action(ctx.actor(), user, await me(info))
    except DomainError as e:
        return DemandPayload(errors=user_errors(e, ctx.lang))
    return DemandPayload(demand=DemandNode.from_model(demand))


@strawberry.type
class DemandMutations:
    @strawberry.mutation(description="Submit a demand for my VERIFIED enterprise (→ SUBMITTED).")
    async def submit_demand(self, info: Info, input: SubmitDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.submit(
                who,
                user,
                me,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                _data(input),
            ),
        )

    @strawberry.mutation(
        description="Record a demand that came by phone, at the window or by letter, for a "
        "VERIFIED enterprise of my platform subtree (the operator)."
    )
    async def record_demand(self, info: Info, input: RecordDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.record(
                who,
                user,
                me,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                _data(input),
                DemandChannel(input.channel),
            ),
        )

    @strawberry.mutation(description="Withdraw my demand before it is accepted.")
    async def withdraw_demand(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.withdraw(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )

    @strawberry.mutation(description="Accept a demand (受理; the operator).")
    async def accept_demand(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.accept(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )

    @strawberry.mutation(description="Do not accept a demand, explaining everything at once.")
    async def not_accept_demand(self, info: Info, input: NotAcceptDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.not_accept(
                who, user, me, _demand_id(input.demand_id), input.explanation
            ),
        )

    @strawberry.mutation(
        description="Assign an accepted (or reopened) demand to an institution, a department "
        "or an expert (→ ASSIGNED; the reply deadline starts)."
    )
    async def assign_demand(self, info: Info, input: AssignDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.assign(
                who,
                user,
                me,
                _demand_id(input.demand_id),
                *_handler(input.handler_type, input.handler_id),
                note=input.note,
            ),
        )

    @strawberry.mutation(description="Transfer an ASSIGNED demand onward with a reason (流转).")
    async def transfer_demand(self, info: Info, input: TransferDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.transfer(
                who,
                user,
                me,
                _demand_id(input.demand_id),
                *_handler(input.handler_type, input.handler_id),
                reason=input.reason,
            ),
        )

    @strawberry.mutation(
        description="Ask the enterprise for more (→ WAITING_FOR_ENTERPRISE; the clock pauses)."
    )
    async def ask_enterprise(self, info: Info, input: AskEnterpriseInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.ask_enterprise(
                who, user, me, _demand_id(input.demand_id), input.question
            ),
        )

    @strawberry.mutation(
        description="Answer the handler's question (→ ASSIGNED; the deadline moves by the pause)."
    )
    async def answer_demand_question(
        self, info: Info, input: AnswerDemandQuestionInput
    ) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.answer_question(
                who,
                user,
                me,
                _demand_id(input.demand_id),
                input.answer,
                _files(input.attachment_ids),
            ),
        )

    @strawberry.mutation(description="Reply to an assigned demand (→ REPLIED; the handler).")
    async def reply_to_demand(self, info: Info, input: ReplyToDemandInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.reply(
                who,
                user,
                me,
                _demand_id(input.demand_id),
                input.reply,
                _files(input.attachment_ids),
            ),
        )

    @strawberry.mutation(description="Hand a demand back to the operators (→ ACCEPTED).")
    async def hand_back_demand(self, info: Info, input: DemandReasonInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.hand_back(
                who, user, me, _demand_id(input.demand_id), input.reason
            ),
        )

    @strawberry.mutation(description="Confirm the reply resolved my demand (→ RESOLVED).")
    async def resolve_demand(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.resolve(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )

    @strawberry.mutation(description="Reopen a replied demand with a reason (→ REOPENED).")
    async def reopen_demand(self, info: Info, input: DemandReasonInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.reopen(
                who, user, me, _demand_id(input.demand_id), input.reason
            ),
        )

    @strawberry.mutation(
        description="Urge a pending demand (催办): the enterprise once per 24 hours, operators "
        "at any time."
    )
    async def urge_demand(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: services.urge(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )

    @strawberry.mutation(description="Rate a RESOLVED demand (→ CLOSED), once.")
    async def evaluate_demand(
        self, info: Info, input: EvaluateDemandInput
    ) -> EvaluateDemandPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            demand_id = _demand_id(input.demand_id)
            evaluation = await services.evaluate(
                ctx.actor(),
                user,
                await me(info),
                demand_id,
                overall=input.overall,
                dimensions={d.name: d.score for d in input.dimensions},
                comment=input.comment,
            )
        except DomainError as e:
            return EvaluateDemandPayload(errors=user_errors(e, ctx.lang))
        demand = await Demand.get(id=demand_id)
        return EvaluateDemandPayload(
            demand=DemandNode.from_model(demand), evaluation=Evaluation.from_model(evaluation)
        )

    @strawberry.mutation(
        description="Set a category's deadlines: accept within N working hours, reply within N "
        "working days (the hub administrator)."
    )
    async def set_demand_category_setting(
        self, info: Info, input: SetDemandCategorySettingInput
    ) -> DemandCategorySettingPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            row = await services.set_category_setting(
                ctx.actor(),
                user,
                await me(info),
                DemandCategory(input.category),
                input.accept_working_hours,
                input.reply_working_days,
            )
        except DomainError as e:
            return DemandCategorySettingPayload(errors=user_errors(e, ctx.lang))
        return DemandCategorySettingPayload(
            setting=DemandCategorySetting(
                category=DemandCategory(row.category),
                accept_working_hours=row.accept_working_hours,
                reply_working_days=row.reply_working_days,
            )
        )
