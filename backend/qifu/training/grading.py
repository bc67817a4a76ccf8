"""Grading of quiz answers: pure functions, no database.

SINGLE and TRUE_FALSE: the full points when the chosen key is the correct one, else 0.
MULTIPLE: the full points for exactly the correct set; any wrong key chosen gives 0; a
non-empty subset of the correct keys gives points × chosen / correct, rounded to 2 decimals.
An unanswered question gives 0. Passed: score ≥ pass mark."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from qifu.training.models import QuestionType

CENT = Decimal("0.01")


@dataclass(frozen=True)
class GradedQuestion:
    question_id: int
    type: QuestionType
    points: int
    correct_keys: tuple[str, ...]


@dataclass(frozen=True)
class Awarded:
    question_id: int
    chosen: tuple[str, ...]
    points: Decimal


@dataclass(frozen=True)
class Result:
    score: Decimal
    max_score: int
    passed: bool
    awarded: tuple[Awarded, ...]


def points_for(question: GradedQuestion, chosen: Sequence[str]) -> Decimal:
    picked = set(chosen)
    correct = set(question.correct_keys)
    if not picked or not correct:
        return Decimal(0)
    if question.type is not QuestionType.MULTIPLE:
        return Decimal(question.points) if picked == correct and len(picked) == 1 else Decimal(0)
    if not picked <= correct:
        return Decimal(0)
    if picked == correct:
        return Decimal(question.points)
    share = Decimal(question.points) * len(picked) / len(correct)
    return share.quantize(CENT, rounding=ROUND_HALF_UP)


def grade(
    questions: Sequence[GradedQuestion], answers: Mapping[int, Sequence[str]], pass_mark: int
) -> Result:
    """The attempt's score over ``questions`` (in the attempt's order) from its answers."""
    awarded = tuple(
        Awarded(
            q.question_id,
            tuple(answers.get(q.question_id, ())),
            points_for(q, answers.get(q.question_id, ())),
        )
        for q in questions
    )
    score = sum((a.points for a in awarded), Decimal(0)).quantize(CENT)
    max_score = sum(q.points for q in questions)
    return Result(score, max_score, score >= pass_mark, awarded)
