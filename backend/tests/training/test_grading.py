"""Grading of every question type, partial multiple-choice answers and unanswered ones."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qifu.training.grading import GradedQuestion, grade, points_for
from qifu.training.models import QuestionType

SINGLE = GradedQuestion(1, QuestionType.SINGLE, 2, ("B",))
MULTIPLE = GradedQuestion(2, QuestionType.MULTIPLE, 4, ("A", "B", "D"))
TRUE_FALSE = GradedQuestion(3, QuestionType.TRUE_FALSE, 4, ("F",))
TWO_OF_THREE = GradedQuestion(4, QuestionType.MULTIPLE, 1, ("A", "B", "C"))


@pytest.mark.parametrize(
    ("question", "chosen", "points"),
    [
        (SINGLE, ["B"], "2"),
        (SINGLE, ["A"], "0"),
        (SINGLE, [], "0"),
        (SINGLE, ["A", "B"], "0"),
        (TRUE_FALSE, ["F"], "4"),
        (TRUE_FALSE, ["T"], "0"),
        (TRUE_FALSE, [], "0"),
        (MULTIPLE, ["A", "B", "D"], "4"),
        (MULTIPLE, ["D", "A", "B"], "4"),
        (MULTIPLE, ["A"], "1.33"),
        (MULTIPLE, ["A", "B"], "2.67"),
        (MULTIPLE, ["A", "C"], "0"),
        (MULTIPLE, ["A", "B", "C", "D"], "0"),
        (MULTIPLE, [], "0"),
        (TWO_OF_THREE, ["A", "B"], "0.67"),
    ],
)
def test_points_for_each_type(question: GradedQuestion, chosen: list[str], points: str) -> None:
    assert points_for(question, chosen) == Decimal(points)


def test_grade_adds_up_and_compares_with_the_pass_mark() -> None:
    questions = [SINGLE, MULTIPLE, TRUE_FALSE]
    result = grade(questions, {1: ["B"], 2: ["A", "B"]}, pass_mark=5)
    assert result.max_score == 10
    assert result.score == Decimal("4.67")
    assert result.passed is False
    assert [a.points for a in result.awarded] == [Decimal(2), Decimal("2.67"), Decimal(0)]
    assert result.awarded[2].chosen == ()  # unanswered

    exact = grade(questions, {1: ["B"], 2: ["A", "B"], 3: ["T"]}, pass_mark=4)
    assert exact.score == Decimal("4.67") and exact.passed is True
    full = grade(questions, {1: ["B"], 2: ["A", "B", "D"], 3: ["F"]}, pass_mark=10)
    assert full.score == Decimal(10) and full.passed is True


def test_nothing_answered_scores_zero() -> None:
    result = grade([SINGLE, MULTIPLE, TRUE_FALSE], {}, pass_mark=1)
    assert result.score == Decimal(0)
    assert result.passed is False
