"""GraphQL types of evaluations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from qifu.api.errors import UserError
from qifu.feedback import registry
from qifu.feedback.models import Evaluation as EvaluationModel


@strawberry.type
class DimensionScore:
    name: str
    score: int


@strawberry.type(description="A rating (1–5) with dimensions, a comment and the owner's reply.")
class Evaluation:
    id: strawberry.ID
    overall: int
    dimensions: list[DimensionScore]
    comment: str
    reply: str | None
    replied_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, e: EvaluationModel) -> Evaluation:
        return cls(
            id=strawberry.ID(str(strawberry.relay.GlobalID("Evaluation", str(e.id)))),
            overall=e.overall,
            dimensions=[
                DimensionScore(name=k, score=v)
                for k, v in registry.dimension_order(e.subject_type, e.dimensions or {})
            ],
            comment=e.comment,
            reply=e.reply or None,
            replied_at=e.replied_at,
            created_at=e.created_at,
        )


@strawberry.type(description="A page of evaluations, newest first.")
class EvaluationPage:
    total_count: int
    items: list[Evaluation]


@strawberry.input
class DimensionScoreInput:
    name: str
    score: int


@strawberry.input
class ReplyToEvaluationInput:
    evaluation_id: strawberry.ID
    reply: str = strawberry.field(description="Up to 1000 characters; once per evaluation.")


@strawberry.type
class EvaluationPayload:
    evaluation: Evaluation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
