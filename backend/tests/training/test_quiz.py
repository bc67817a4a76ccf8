"""The quiz: the question bank's validation, attempts (limit, time limit, order kept, answers
checked), and that no answer key or explanation reaches a learner before grading."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest
from strawberry import relay

from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode
from qifu.training import quiz
from qifu.training.models import (
    AttemptStatus,
    Question,
    QuestionType,
    Quiz,
    QuizAttempt,
)
from tests.support import ACTOR, gql, login_token
from tests.training.assessment_support import (
    CORRECT,
    EXPLANATIONS,
    S,
    answers,
    quiz_course,
)
from tests.training.support import World, drive


def gid(kind: str, value: int) -> str:
    return str(relay.GlobalID(kind, str(value)))


ADD = """mutation($in: AddQuizQuestionInput!) { addQuizQuestion(input: $in) {
  question { id type options { key text } correctKeys points }
  quiz { questionCount maxScore } errors { field code message } } }"""


def _question_input(course_id: int, **changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "courseId": gid("Course", course_id),
        "type": "SINGLE",
        "text": "企业所得税汇算清缴的截止日期是？",
        "options": [{"key": "A", "text": "3月31日"}, {"key": "B", "text": "5月31日"}],
        "correctKeys": ["B"],
        "points": 5,
        "explanation": "",
    }
    base.update(changes)
    return base


BAD_QUESTIONS = [
    ({"options": [{"key": "A", "text": "唯一选项"}], "correctKeys": ["A"]}, "options"),
    ({"options": [{"key": str(n), "text": f"选项{n}"} for n in range(9)]}, "options"),
    ({"options": [{"key": "A", "text": "甲"}, {"key": "A", "text": "乙"}]}, "options"),
    ({"correctKeys": ["C"]}, "correctKeys"),
    ({"correctKeys": ["A", "B"]}, "correctKeys"),
    ({"correctKeys": []}, "correctKeys"),
    ({"type": "MULTIPLE", "correctKeys": []}, "correctKeys"),
    ({"type": "TRUE_FALSE", "options": [], "correctKeys": ["A"]}, "correctKeys"),
    ({"type": "TRUE_FALSE", "options": [], "correctKeys": ["T", "F"]}, "correctKeys"),
    ({"points": 0}, "points"),
    ({"points": 101}, "points"),
    ({"text": "  "}, "text"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_QUESTIONS)
async def test_bad_questions_are_refused_and_change_nothing(
    client: httpx.AsyncClient, world: World, changes: dict[str, object], field: str
) -> None:
    provider = await world.who("i1_member")
    course = await drive(world, S.DRAFT)
    await quiz.save_quiz(ACTOR, provider, course.id, quiz.QuizSettings("考核", 1))
    token = await login_token(client, "i1m@qifu.cn")
    result = await gql(
        client,
        ADD,
        {"in": _question_input(course.id, **changes)},
        token=token,
        headers={"accept-language": "en"},
    )
    payload = result["data"]["addQuizQuestion"]
    assert payload["question"] is None
    assert field in [e["field"] for e in payload["errors"]]
    assert all(e["message"].isascii() and e["code"] for e in payload["errors"])  # English
    assert await Question.all().count() == 0


async def test_good_questions_and_the_true_false_options(
    client: httpx.AsyncClient, world: World
) -> None:
    provider = await world.who("i1_member")
    course = await drive(world, S.DRAFT)
    await quiz.save_quiz(ACTOR, provider, course.id, quiz.QuizSettings("考核", 1))
    token = await login_token(client, "i1m@qifu.cn")
    multi = await gql(
        client,
        ADD,
        {
            "in": _question_input(
                course.id,
                type="MULTIPLE",
                options=[{"key": k, "text": f"选项{k}"} for k in "ABCD"],
                correctKeys=["A", "C"],
            )
        },
        token=token,
    )
    assert multi["data"]["addQuizQuestion"]["errors"] == []
    tf = await gql(
        client,
        ADD,
        {"in": _question_input(course.id, type="TRUE_FALSE", options=[], correctKeys=["T"])},
        token=token,
    )
    payload = tf["data"]["addQuizQuestion"]
    assert payload["errors"] == []
    assert [o["key"] for o in payload["question"]["options"]] == ["T", "F"]
    assert payload["quiz"] == {"questionCount": 2, "maxScore": 10}


async def test_another_institution_cannot_touch_the_quiz(world: World) -> None:
    course = await drive(world, S.DRAFT)
    other = await world.who("i2_member")
    with pytest.raises(DomainError) as caught:
        await quiz.save_quiz(ACTOR, other, course.id, quiz.QuizSettings("考核", 1))
    assert caught.value.code is ErrorCode.NOT_FOUND
    assert await Quiz.all().count() == 0


async def test_questions_are_fixed_once_an_attempt_exists(world: World) -> None:
    qc = await quiz_course(world)
    provider = await world.who("i1_member")
    await quiz.start_attempt(ACTOR, world.users["user"], qc.course.id)
    with pytest.raises(DomainError) as caught:
        await quiz.add_question(
            ACTOR,
            provider,
            qc.course.id,
            quiz.QuestionData(QuestionType.TRUE_FALSE, "新题", (), ("T",)),
        )
    assert caught.value.code is ErrorCode.QUIZ_LOCKED
    with pytest.raises(DomainError):
        await quiz.remove_question(ACTOR, provider, qc.questions[0].id)
    with pytest.raises(DomainError):
        await quiz.save_quiz(ACTOR, provider, qc.course.id, quiz.QuizSettings("结业考核", 3, 2))
    assert await Question.filter(quiz_id=qc.quiz.id).count() == 3
    # The attempt limit may still be raised.
    await quiz.save_quiz(ACTOR, provider, qc.course.id, quiz.QuizSettings("结业考核", 6, 3))
    assert (await Quiz.get(id=qc.quiz.id)).attempt_limit == 3


async def test_only_enrolled_learners_start_and_an_empty_quiz_cannot_start(
    world: World,
) -> None:
    qc = await quiz_course(world)
    with pytest.raises(DomainError) as caught:
        await quiz.start_attempt(ACTOR, world.users["user2"], qc.course.id)
    assert caught.value.code is ErrorCode.NOT_ENROLLED
    provider = await world.who("i1_member")
    empty = await drive(world, S.PUBLISHED, title="空的考核课程")
    await quiz.save_quiz(ACTOR, provider, empty.id, quiz.QuizSettings("考核", 1))
    from tests.training.support import enroll

    await enroll(world, "user", empty)
    with pytest.raises(DomainError) as caught:
        await quiz.start_attempt(ACTOR, world.users["user"], empty.id)
    assert caught.value.code is ErrorCode.INVALID_TRANSITION
    assert await QuizAttempt.all().count() == 0


async def test_attempt_limit_and_the_open_attempt_is_returned(world: World) -> None:
    qc = await quiz_course(world, attempt_limit=2)
    user = world.users["user"]
    first = await quiz.start_attempt(ACTOR, user, qc.course.id)
    again = await quiz.start_attempt(ACTOR, user, qc.course.id)
    assert again.id == first.id and first.number == 1
    await quiz.submit_attempt(ACTOR, user, first.id, answers(qc, {"SINGLE": ["A"]}))
    second = await quiz.start_attempt(ACTOR, user, qc.course.id)
    assert second.number == 2
    await quiz.submit_attempt(ACTOR, user, second.id, {})
    with pytest.raises(DomainError) as caught:
        await quiz.start_attempt(ACTOR, user, qc.course.id)
    assert caught.value.code is ErrorCode.ATTEMPT_LIMIT_REACHED
    assert await QuizAttempt.all().count() == 2


async def test_concurrent_starts_give_exactly_the_limit(world: World) -> None:
    qc = await quiz_course(world, attempt_limit=3)
    user = world.users["user"]

    async def keep_trying() -> list[str]:
        """Start and hand in until the limit refuses (another may hand in my attempt)."""
        seen: list[str] = []
        for _ in range(10):
            try:
                attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
            except DomainError as e:
                seen.append(e.code.value)
                break
            try:
                await quiz.submit_attempt(ACTOR, user, attempt.id, {})
                seen.append("ok")
            except DomainError as e:
                seen.append(e.code.value)
        return seen

    outcomes = [o for run in await asyncio.gather(*(keep_trying() for _ in range(6))) for o in run]
    numbers = sorted(await QuizAttempt.filter(quiz_id=qc.quiz.id).values_list("number", flat=True))
    assert numbers == [1, 2, 3]
    assert outcomes.count("ok") == 3
    assert outcomes.count("ATTEMPT_LIMIT_REACHED") == 6
    assert set(outcomes) <= {"ok", "ATTEMPT_LIMIT_REACHED", "INVALID_TRANSITION"}


async def test_time_limit_expired_submission_is_graded_on_saved_answers(world: World) -> None:
    qc = await quiz_course(world, time_limit_minutes=30, pass_mark=2)
    user = world.users["user"]
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    assert attempt.deadline_at == attempt.started_at + timedelta(minutes=30)
    single = next(q for q in qc.questions if q.type == QuestionType.SINGLE)
    await quiz.save_answers(ACTOR, user, attempt.id, {single.id: ["B"]})
    clock.advance(timedelta(minutes=31))
    closed = await quiz.submit_attempt(ACTOR, user, attempt.id, answers(qc))
    assert closed.attempt.status == AttemptStatus.EXPIRED
    assert closed.attempt.score == Decimal(2)  # only the saved SINGLE answer counts
    assert closed.attempt.passed is True


async def test_a_submission_inside_the_grace_counts_in_full(world: World) -> None:
    qc = await quiz_course(world, time_limit_minutes=30)
    user = world.users["user"]
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    clock.advance(timedelta(minutes=30, seconds=20))
    closed = await quiz.submit_attempt(ACTOR, user, attempt.id, answers(qc))
    assert closed.attempt.status == AttemptStatus.SUBMITTED
    assert closed.attempt.score == Decimal(10)


async def test_an_overdue_open_attempt_closes_when_a_new_one_starts(world: World) -> None:
    qc = await quiz_course(world, time_limit_minutes=10, attempt_limit=2)
    user = world.users["user"]
    first = await quiz.start_attempt(ACTOR, user, qc.course.id)
    clock.advance(timedelta(minutes=11))
    second = await quiz.start_attempt(ACTOR, user, qc.course.id)
    assert second.number == 2
    old = await QuizAttempt.get(id=first.id)
    assert old.status == AttemptStatus.EXPIRED and old.score == Decimal(0)
    # Saving into an attempt past its deadline saves nothing and closes it.
    clock.advance(timedelta(minutes=11))
    after = await quiz.save_answers(ACTOR, user, second.id, answers(qc))
    assert after.status == AttemptStatus.EXPIRED
    assert (await QuizAttempt.get(id=second.id)).answers == {}


async def test_answers_are_checked_against_the_attempt(world: World) -> None:
    qc = await quiz_course(world)
    other = await quiz_course(world, title="另一门课程")
    user = world.users["user"]
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    single = next(q for q in qc.questions if q.type == QuestionType.SINGLE)
    foreign = other.questions[0]
    for bad in ({foreign.id: ["B"]}, {single.id: ["Z"]}, {single.id: ["A", "B"]}):
        with pytest.raises(DomainError):
            await quiz.save_answers(ACTOR, user, attempt.id, bad)
    assert (await QuizAttempt.get(id=attempt.id)).answers == {}
    with pytest.raises(DomainError) as caught:
        await quiz.save_answers(ACTOR, world.users["user2"], attempt.id, {single.id: ["B"]})
    assert caught.value.code is ErrorCode.NOT_FOUND


# ---- over GraphQL: the order stays, and no key leaks before grading

QUIZ = """query($c: ID!) { courseQuiz(courseId: $c) { id title passMark maxScore
  questionCount attemptLimit timeLimitMinutes shuffleQuestions shuffleOptions attemptsUsed
  canStart editable } }"""
ATTEMPT_FIELDS = """id number status startedAt deadlineAt submittedAt secondsLeft score maxScore
  passed questions { id type text points options { key text } } answers { questionId keys }
  review { questionId chosen correctKeys pointsAwarded explanation }"""
START = (
    "mutation($c: ID!) { startQuizAttempt(input: {courseId: $c}) { attempt { "
    + ATTEMPT_FIELDS
    + " } certificate { code } errors { field code } } }"
)
SAVE = (
    "mutation($a: ID!, $x: [QuizAnswerInput!]!) { saveQuizAnswers(input: {attemptId: $a, "
    "answers: $x}) { attempt { " + ATTEMPT_FIELDS + " } errors { field code } } }"
)
SUBMIT = (
    "mutation($a: ID!, $x: [QuizAnswerInput!]!) { submitQuizAttempt(input: {attemptId: $a, "
    "answers: $x}) { attempt { "
    + ATTEMPT_FIELDS
    + " } certificate { code } errors { field code } } }"
)
MINE = "query($c: ID!) { myQuizAttempts(courseId: $c) { " + ATTEMPT_FIELDS + " } }"
NODE = "query($id: ID!) { node(id: $id) { ... on QuizAttempt { " + ATTEMPT_FIELDS + " } } }"
BANK = "query($c: ID!) { courseQuestionBank(courseId: $c) { id correctKeys explanation } }"


def _no_keys(result: dict[str, object]) -> None:
    text = json.dumps(result, ensure_ascii=False)
    for explanation in EXPLANATIONS:
        assert explanation not in text
    # The review (the only place with keys and explanations) is null: not one key of it.
    assert "correctKeys" not in text
    assert "explanation" not in text
    assert "pointsAwarded" not in text


async def test_no_answer_key_reaches_the_learner_before_grading(
    client: httpx.AsyncClient, world: World
) -> None:
    qc = await quiz_course(world, shuffle=True, pass_mark=10)
    token = await login_token(client, "user@qifu.cn")
    course_id = gid("Course", qc.course.id)

    seen = await gql(client, QUIZ, {"c": course_id}, token=token)
    _no_keys(seen)
    assert seen["data"]["courseQuiz"]["canStart"] is True
    assert seen["data"]["courseQuiz"]["maxScore"] == 10

    bank = await gql(client, BANK, {"c": course_id}, token=token)
    assert bank["data"]["courseQuestionBank"] is None

    started = await gql(client, START, {"c": course_id}, token=token)
    _no_keys(started)
    attempt = started["data"]["startQuizAttempt"]["attempt"]
    assert attempt["review"] is None and attempt["status"] == "IN_PROGRESS"
    order = [(q["id"], [o["key"] for o in q["options"]]) for q in attempt["questions"]]

    by_type = {q["type"]: q["id"] for q in attempt["questions"]}
    saved = await gql(
        client,
        SAVE,
        {"a": attempt["id"], "x": [{"questionId": by_type["SINGLE"], "keys": ["B"]}]},
        token=token,
    )
    _no_keys(saved)
    assert saved["data"]["saveQuizAnswers"]["attempt"]["answers"] == [
        {"questionId": by_type["SINGLE"], "keys": ["B"]}
    ]
    for query, variables in ((MINE, {"c": course_id}), (NODE, {"id": attempt["id"]})):
        reloaded = await gql(client, query, variables, token=token)
        _no_keys(reloaded)
        data = reloaded["data"]
        again = data["myQuizAttempts"][0] if "myQuizAttempts" in data else data["node"]
        assert [(q["id"], [o["key"] for o in q["options"]]) for q in again["questions"]] == order
    again = await gql(client, START, {"c": course_id}, token=token)
    _no_keys(again)
    assert again["data"]["startQuizAttempt"]["attempt"]["id"] == attempt["id"]

    # Another learner cannot read it by its id.
    other = await login_token(client, "user2@qifu.cn")
    assert (await gql(client, NODE, {"id": attempt["id"]}, token=other))["data"]["node"] is None

    submitted = await gql(
        client,
        SUBMIT,
        {
            "a": attempt["id"],
            "x": [
                {"questionId": by_type["MULTIPLE"], "keys": ["A", "B"]},
                {"questionId": by_type["TRUE_FALSE"], "keys": CORRECT["TRUE_FALSE"]},
            ],
        },
        token=token,
    )
    done = submitted["data"]["submitQuizAttempt"]["attempt"]
    assert done["status"] == "SUBMITTED"
    assert done["score"] == pytest.approx(8.67)
    assert done["passed"] is False
    review = {r["questionId"]: r for r in done["review"]}
    assert review[by_type["MULTIPLE"]]["pointsAwarded"] == pytest.approx(2.67)
    assert review[by_type["MULTIPLE"]]["correctKeys"] == ["A", "B", "D"]
    assert {r["explanation"] for r in done["review"]} == set(EXPLANATIONS)


async def test_the_provider_reads_the_bank(client: httpx.AsyncClient, world: World) -> None:
    qc = await quiz_course(world)
    token = await login_token(client, "i1m@qifu.cn")
    bank = await gql(client, BANK, {"c": gid("Course", qc.course.id)}, token=token)
    rows = bank["data"]["courseQuestionBank"]
    assert [r["explanation"] for r in rows] == list(EXPLANATIONS)
    assert rows[1]["correctKeys"] == ["A", "B", "D"]


async def test_an_overdue_attempt_is_closed_when_read(
    client: httpx.AsyncClient, world: World
) -> None:
    qc = await quiz_course(world, time_limit_minutes=15)
    user = world.users["user"]
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    single = next(q for q in qc.questions if q.type == QuestionType.SINGLE)
    await quiz.save_answers(ACTOR, user, attempt.id, {single.id: ["B"]})
    clock.advance(timedelta(minutes=16))
    token = await login_token(client, "user@qifu.cn")
    mine = await gql(client, MINE, {"c": gid("Course", qc.course.id)}, token=token)
    shown = mine["data"]["myQuizAttempts"][0]
    assert shown["status"] == "EXPIRED"
    assert shown["score"] == 2 and shown["passed"] is False and shown["secondsLeft"] is None
    assert [r["explanation"] for r in shown["review"]] == list(EXPLANATIONS)
    stored = await QuizAttempt.get(id=attempt.id)
    assert stored.status == AttemptStatus.EXPIRED and stored.submitted_at is not None


async def test_errors_over_graphql_are_data_and_change_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    qc = await quiz_course(world)
    other = await quiz_course(world, title="另一门课程")
    draft = await drive(world, S.DRAFT, title="草稿课程")
    token = await login_token(client, "user@qifu.cn")
    stranger = await login_token(client, "user2@qifu.cn")
    en = {"accept-language": "en"}

    refused = await gql(
        client, START, {"c": gid("Course", qc.course.id)}, token=stranger, headers=en
    )
    errors = refused["data"]["startQuizAttempt"]["errors"]
    assert errors == [{"field": "courseId", "code": "NOT_ENROLLED"}]
    zh = await gql(
        client,
        "mutation($c: ID!) { startQuizAttempt(input: {courseId: $c}) { errors { message } } }",
        {"c": gid("Course", qc.course.id)},
        token=stranger,
    )
    assert zh["data"]["startQuizAttempt"]["errors"][0]["message"] == "请先报名该课程"
    # A draft and an unknown course answer alike.
    for course_id in (gid("Course", draft.id), gid("Course", 999999), "not-an-id"):
        unknown = await gql(client, START, {"c": course_id}, token=token)
        assert unknown["data"]["startQuizAttempt"]["errors"] == [
            {"field": "courseId", "code": "NOT_FOUND"}
        ]
    assert (await gql(client, QUIZ, {"c": gid("Course", draft.id)}, token=token))["data"][
        "courseQuiz"
    ] is None

    started = await gql(client, START, {"c": gid("Course", qc.course.id)}, token=token)
    attempt_id = started["data"]["startQuizAttempt"]["attempt"]["id"]
    foreign = gid("QuizQuestion", other.questions[0].id)
    bad = await gql(
        client,
        SAVE,
        {"a": attempt_id, "x": [{"questionId": foreign, "keys": ["B"]}]},
        token=token,
    )
    assert bad["data"]["saveQuizAnswers"] == {
        "attempt": None,
        "errors": [{"field": "answers", "code": "NOT_FOUND"}],
    }
    theirs = await gql(client, SAVE, {"a": attempt_id, "x": []}, token=stranger)
    assert theirs["data"]["saveQuizAnswers"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await QuizAttempt.get(id=int(relay.GlobalID.from_id(attempt_id).node_id))).answers == {}
