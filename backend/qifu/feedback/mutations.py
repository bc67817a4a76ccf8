"""Mutations of evaluations that do not depend on the subject's domain."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError
from qifu.feedback import services
from qifu.feedback.types import Evaluation, EvaluationPayload, ReplyToEvaluationInput


@strawberry.type
class FeedbackMutations:
    @strawberry.mutation(
        description="Reply once to an evaluation of something my organisation answers for."
    )
    async def reply_to_evaluation(
        self, info: Info, input: ReplyToEvaluationInput
    ) -> EvaluationPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            evaluation = await services.reply(
                ctx.actor(),
                user,
                ctx.scope,
                decode_node_id(input.evaluation_id, "Evaluation", "evaluationId"),
                input.reply,
            )
        except DomainError as e:
            return EvaluationPayload(errors=user_errors(e, ctx.lang))
        return EvaluationPayload(evaluation=Evaluation.from_model(evaluation))
