"""The course quiz (线上考核): its settings and question bank, kept by the provider, and the
learners' attempts.

- At most one quiz per course. Questions (and the pass mark and shuffling) are fixed once the
  first attempt exists, so every attempt is graded against what it was shown.
- Attempts: ENROLLED learners only, while the course is PUBLISHED or ONGOING and not past its
  end. The attempt number is unique per (quiz, enrollment) and taken under the enrollment's
  row lock, so the limit holds under concurrent starts. startAttempt returns the open one.
- The order shown (questions and options, shuffled when asked) is stored in the attempt's
  layout, so a reload shows the same order.
- Time limit: deadline = start + limit. A submission later than the deadline plus a grace of
  30 s is graded on the answers saved before the deadline and marked EXPIRED; an open attempt
  past its deadline is closed the same way when next read or when another is started.
- Answer keys and explanations leave the server only in the review of a graded attempt."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import raise_all
from qifu.orgs.models import Platform
from qifu.training import certificates, grading, policies
from qifu.training.models import (
    AttemptStatus,
    Certificate,
    Course,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    QuestionType,
    Quiz,
    QuizAttempt,
)
from qifu.training.models import Question as QuestionModel

A = AttemptStatus
GRACE = timedelta(seconds=30)
TITLE_MAX = 200
TEXT_MAX = 2000
OPTION_MAX = 500
EXPLANATION_MAX = 2000
MIN_OPTIONS, MAX_OPTIONS = 2, 8
MIN_POINTS, MAX_POINTS = 1, 100
MAX_ATTEMPT_LIMIT = 20
MAX_TIME_LIMIT = 600  # minutes
MAX_QUESTIONS = 200
KEY_MAX = 4
TRUE_FALSE = ({"key": "T", "text": "正确"}, {"key": "F", "text": "错误"})
# A quiz belongs to a course that has not ended or been cancelled yet.
EDITABLE_COURSE = frozenset(
    {
        CourseStatus.DRAFT,
        CourseStatus.PENDING,
        CourseStatus.REJECTED,
        CourseStatus.PUBLISHED,
        CourseStatus.ONGOING,
    }
)


# ---- access


async def may_manage(who: policies.Who | None, course: Course) -> bool:
    """The provider (questions, answer keys, results)."""
    return policies.is_provider(who, course)


async def may_review(who: policies.Who | None, course: Course) -> bool:
    """The provider or an operator of the course platform's subtree (results, statistics)."""
    if who is None:
        return False
    if policies.is_provider(who, course):
        return True
    platform = await Platform.get_or_none(id=course.platform_id)
    return policies.is_reviewer(who, platform)


def may_see(who: policies.Who | None, course: Course) -> bool:
    """Sees the course at all (public states, or the provider)."""
    return policies.is_public(course) or policies.is_provider(who, course)


async def _managed_course(who: policies.Who, course_id: int, *, lock: bool = True) -> Course:
    query = Course.filter(id=course_id)
    course = await (query.select_for_update() if lock else query).first()
    if course is None or not await may_manage(who, course):
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    if CourseStatus(course.status) not in EDITABLE_COURSE:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
    return course


async def has_attempts(quiz_id: int) -> bool:
    return await QuizAttempt.filter(quiz_id=quiz_id).exists()


async def question_points(quiz_id: int) -> list[int]:
    """The points of each question of the quiz, in order."""
    rows = await QuestionModel.filter(quiz_id=quiz_id).order_by("position", "id").values("points")
    return [int(r["points"]) for r in rows]


async def max_score(quiz_id: int) -> int:
    return sum(await question_points(quiz_id))


# ---- settings


@dataclass(frozen=True)
class QuizSettings:
    title: str
    pass_mark: int
    attempt_limit: int = 1
    time_limit_minutes: int = 0
    shuffle_questions: bool = False
    shuffle_options: bool = False


def _check_settings(s: QuizSettings, total: int) -> None:
    raise_all(
        DomainError(ErrorCode.TOO_LONG, "title") if len(s.title) > TITLE_MAX else None,
        DomainError(ErrorCode.INVALID, "passMark")
        if s.pass_mark < 1 or (total > 0 and s.pass_mark > total)
        else None,
        DomainError(ErrorCode.INVALID, "attemptLimit")
        if not 1 <= s.attempt_limit <= MAX_ATTEMPT_LIMIT
        else None,
        DomainError(ErrorCode.INVALID, "timeLimitMinutes")
        if not 0 <= s.time_limit_minutes <= MAX_TIME_LIMIT
        else None,
    )


async def save_quiz(actor: Actor, who: policies.Who, course_id: int, s: QuizSettings) -> Quiz:
    """Create or change the course's quiz. Once attempts exist only the title, the attempt
    limit and the time limit may change."""
    async with in_transaction():
        course = await _managed_course(who, course_id)
        quiz = await Quiz.get_or_none(course_id=course.id)
        total = await max_score(quiz.id) if quiz else 0
        _check_settings(s, total)
        now = clock.now()
        if quiz is None:
            quiz = await Quiz.create(
                course_id=course.id,
                title=s.title.strip(),
                pass_mark=s.pass_mark,
                attempt_limit=s.attempt_limit,
                time_limit_minutes=s.time_limit_minutes,
                shuffle_questions=s.shuffle_questions,
                shuffle_options=s.shuffle_options,
                created_at=now,
                updated_at=now,
            )
        else:
            fixed = (quiz.pass_mark, quiz.shuffle_questions, quiz.shuffle_options)
            if fixed != (s.pass_mark, s.shuffle_questions, s.shuffle_options) and (
                await has_attempts(quiz.id)
            ):
                raise DomainError(ErrorCode.QUIZ_LOCKED, "passMark")
            quiz.title = s.title.strip()
            quiz.pass_mark = s.pass_mark
            quiz.attempt_limit = s.attempt_limit
            quiz.time_limit_minutes = s.time_limit_minutes
            quiz.shuffle_questions = s.shuffle_questions
            quiz.shuffle_options = s.shuffle_options
            quiz.updated_at = now
            await quiz.save()
        await audit.record(actor, "quiz.save", "Quiz", quiz.id)
    return quiz


# ---- question bank


@dataclass(frozen=True)
class Option:
    key: str
    text: str


@dataclass(frozen=True)
class QuestionData:
    type: QuestionType
    text: str
    options: tuple[Option, ...]
    correct_keys: tuple[str, ...]
    points: int = 1
    explanation: str = ""


def _options(data: QuestionData) -> list[dict[str, str]]:
    if data.type is QuestionType.TRUE_FALSE:
        texts = {o.key: o.text.strip() for o in data.options}
        return [{"key": o["key"], "text": texts.get(o["key"]) or o["text"]} for o in TRUE_FALSE]
    return [{"key": o.key.strip(), "text": o.text.strip()} for o in data.options]


def check_question(data: QuestionData) -> list[dict[str, str]]:
    """The options to store; ValidationErrors listing every problem otherwise."""
    errors: list[DomainError | None] = [
        DomainError(ErrorCode.REQUIRED, "text") if not data.text.strip() else None,
        DomainError(ErrorCode.TOO_LONG, "text") if len(data.text) > TEXT_MAX else None,
        DomainError(ErrorCode.TOO_LONG, "explanation")
        if len(data.explanation) > EXPLANATION_MAX
        else None,
        DomainError(ErrorCode.INVALID, "points")
        if not MIN_POINTS <= data.points <= MAX_POINTS
        else None,
    ]
    options = _options(data)
    keys = [o["key"] for o in options]
    if data.type is QuestionType.TRUE_FALSE:
        if any(o.key not in ("T", "F") for o in data.options):
            errors.append(DomainError(ErrorCode.INVALID, "options"))
    else:
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS or (
            len(set(keys)) != len(keys)
            or any(not k or len(k) > KEY_MAX for k in keys)
            or any(not o["text"] or len(o["text"]) > OPTION_MAX for o in options)
        ):
            errors.append(DomainError(ErrorCode.INVALID, "options"))
    correct = list(data.correct_keys)
    wanted_one = data.type is not QuestionType.MULTIPLE
    if (
        len(set(correct)) != len(correct)
        or not set(correct) <= set(keys)
        or (wanted_one and len(correct) != 1)
        or (not wanted_one and not correct)
    ):
        errors.append(DomainError(ErrorCode.INVALID, "correctKeys"))
    raise_all(*errors)
    return options


async def _editable_quiz(who: policies.Who, course_id: int) -> Quiz:
    await _managed_course(who, course_id)
    quiz = await Quiz.filter(course_id=course_id).select_for_update().first()
    if quiz is None:
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    if await has_attempts(quiz.id):
        raise DomainError(ErrorCode.QUIZ_LOCKED, "courseId")
    return quiz


async def add_question(
    actor: Actor, who: policies.Who, course_id: int, data: QuestionData
) -> QuestionModel:
    async with in_transaction():
        quiz = await _editable_quiz(who, course_id)
        options = check_question(data)
        count = await QuestionModel.filter(quiz_id=quiz.id).count()
        if count >= MAX_QUESTIONS:
            raise DomainError(ErrorCode.TOO_MANY, "courseId")
        rows = await QuestionModel.filter(quiz_id=quiz.id).values("position")
        last = max((int(r["position"]) for r in rows), default=0)
        now = clock.now()
        question = await QuestionModel.create(
            quiz_id=quiz.id,
            position=last + 1,
            type=data.type,
            text=data.text.strip(),
            options=options,
            correct_keys=list(data.correct_keys),
            points=data.points,
            explanation=data.explanation.strip(),
            created_at=now,
            updated_at=now,
        )
        await audit.record(actor, "quiz.question.add", "Question", question.id)
    return question


async def _question(who: policies.Who, question_id: int) -> tuple[Quiz, QuestionModel]:
    question = await QuestionModel.get_or_none(id=question_id)
    if question is None:
        raise DomainError(ErrorCode.NOT_FOUND, "questionId")
    quiz = await Quiz.get(id=question.quiz_id)
    try:
        quiz = await _editable_quiz(who, quiz.course_id)
    except DomainError as e:
        raise DomainError(e.code, "questionId") from e
    return quiz, question


async def update_question(
    actor: Actor, who: policies.Who, question_id: int, data: QuestionData
) -> QuestionModel:
    async with in_transaction():
        _, question = await _question(who, question_id)
        options = check_question(data)
        question.type = data.type
        question.text = data.text.strip()
        question.options = options
        question.correct_keys = list(data.correct_keys)
        question.points = data.points
        question.explanation = data.explanation.strip()
        question.updated_at = clock.now()
        await question.save()
        await audit.record(actor, "quiz.question.update", "Question", question.id)
    return question


async def remove_question(actor: Actor, who: policies.Who, question_id: int) -> Quiz:
    async with in_transaction():
        quiz, question = await _question(who, question_id)
        await question.delete()
        await audit.record(actor, "quiz.question.remove", "Question", question_id)
    return quiz


# ---- attempts


def seconds_left(attempt: QuizAttempt, now: datetime) -> int | None:
    if A(attempt.status) is not A.IN_PROGRESS or attempt.deadline_at is None:
        return None
    return max(0, int((attempt.deadline_at - now).total_seconds()))


def _graded(questions: Sequence[QuestionModel]) -> list[grading.GradedQuestion]:
    return [
        grading.GradedQuestion(q.id, QuestionType(q.type), q.points, tuple(q.correct_keys))
        for q in questions
    ]


def answers_of(attempt: QuizAttempt) -> dict[int, list[str]]:
    return {int(k): list(v) for k, v in (attempt.answers or {}).items()}


async def attempt_questions(attempt: QuizAttempt) -> list[QuestionModel]:
    """The attempt's questions in its order."""
    ids = [int(item["question"]) for item in attempt.layout or []]
    found = {q.id: q for q in await QuestionModel.filter(id__in=ids)}
    return [found[i] for i in ids if i in found]


async def _close(attempt: QuizAttempt, status: AttemptStatus, quiz: Quiz) -> Certificate | None:
    """Grade the saved answers and close the attempt (inside the caller's transaction)."""
    questions = await attempt_questions(attempt)
    result = grading.grade(_graded(questions), answers_of(attempt), quiz.pass_mark)
    attempt.status = status
    attempt.submitted_at = clock.now()
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.passed = result.passed
    await attempt.save(update_fields=["status", "submitted_at", "score", "max_score", "passed"])
    return await certificates.issue_if_eligible(attempt.enrollment_id)


def _overdue(attempt: QuizAttempt, now: datetime, grace: timedelta = GRACE) -> bool:
    return (
        A(attempt.status) is A.IN_PROGRESS
        and attempt.deadline_at is not None
        and now > attempt.deadline_at + grace
    )


async def close_overdue(attempts: Sequence[QuizAttempt]) -> None:
    """Close the open attempts among ``attempts`` whose time is up (as EXPIRED), in place."""
    now = clock.now()
    for attempt in attempts:
        if not _overdue(attempt, now, GRACE):
            continue
        async with in_transaction():
            locked = await QuizAttempt.filter(id=attempt.id).select_for_update().first()
            if locked is None or not _overdue(locked, clock.now(), GRACE):
                continue
            quiz = await Quiz.get(id=locked.quiz_id)
            await _close(locked, A.EXPIRED, quiz)
            for name in ("status", "submitted_at", "score", "max_score", "passed"):
                setattr(attempt, name, getattr(locked, name))


def _layout(quiz: Quiz, questions: Sequence[QuestionModel]) -> list[dict[str, object]]:
    rng = secrets.SystemRandom()
    order = list(questions)
    if quiz.shuffle_questions:
        rng.shuffle(order)
    layout: list[dict[str, object]] = []
    for q in order:
        keys = [str(o["key"]) for o in q.options]
        if quiz.shuffle_options and QuestionType(q.type) is not QuestionType.TRUE_FALSE:
            rng.shuffle(keys)
        layout.append({"question": q.id, "options": keys})
    return layout


async def _my_enrollment(user: User, course_id: int) -> tuple[Course, Enrollment]:
    """The course and my ENROLLED enrollment, locked; NOT_FOUND for anything else."""
    course = await Course.get_or_none(id=course_id)
    if course is None or not policies.is_public(course):
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    enrollment = (
        await Enrollment.filter(course_id=course.id, user_id=user.id).select_for_update().first()
    )
    if enrollment is None or EnrollmentStatus(enrollment.status) is not EnrollmentStatus.ENROLLED:
        raise DomainError(ErrorCode.NOT_ENROLLED, "courseId")
    return course, enrollment


def quiz_open(course: Course, now: datetime) -> bool:
    return CourseStatus(course.status) in policies.ACTIVE and now <= course.ends_at


async def start_attempt(actor: Actor, user: User, course_id: int) -> QuizAttempt:
    async with in_transaction():
        course, enrollment = await _my_enrollment(user, course_id)
        quiz = await Quiz.get_or_none(course_id=course.id)
        if quiz is None:
            raise DomainError(ErrorCode.NOT_FOUND, "courseId")
        mine = list(
            await QuizAttempt.filter(quiz_id=quiz.id, enrollment_id=enrollment.id).order_by(
                "number"
            )
        )
        now = clock.now()
        for attempt in mine:
            if _overdue(attempt, now, GRACE):
                await _close(attempt, A.EXPIRED, quiz)
        open_ = [a for a in mine if A(a.status) is A.IN_PROGRESS]
        if open_:
            return open_[0]
        if not quiz_open(course, now):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
        questions = list(await QuestionModel.filter(quiz_id=quiz.id).order_by("position", "id"))
        total = sum(q.points for q in questions)
        if not questions or quiz.pass_mark > total:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
        if len(mine) >= quiz.attempt_limit:
            raise DomainError(ErrorCode.ATTEMPT_LIMIT_REACHED, "courseId")
        number = (max(a.number for a in mine) if mine else 0) + 1
        try:
            async with in_transaction():
                attempt = await QuizAttempt.create(
                    quiz_id=quiz.id,
                    enrollment_id=enrollment.id,
                    user_id=user.id,
                    number=number,
                    status=A.IN_PROGRESS,
                    started_at=now,
                    deadline_at=now + timedelta(minutes=quiz.time_limit_minutes)
                    if quiz.time_limit_minutes
                    else None,
                    layout=_layout(quiz, questions),
                    answers={},
                    max_score=total,
                )
        except IntegrityError as exc:
            raise DomainError(ErrorCode.ATTEMPT_LIMIT_REACHED, "courseId") from exc
        await audit.record(actor, "quiz.attempt.start", "QuizAttempt", attempt.id)
    return attempt


def check_answers(
    attempt: QuizAttempt, answers: Mapping[int, Sequence[str]], types: Mapping[int, QuestionType]
) -> dict[int, list[str]]:
    """The answers, validated against the attempt's questions and options."""
    allowed = {int(item["question"]): set(item["options"]) for item in attempt.layout}
    cleaned: dict[int, list[str]] = {}
    for question_id, keys in answers.items():
        if question_id not in allowed:
            raise DomainError(ErrorCode.NOT_FOUND, "answers")
        picked = list(dict.fromkeys(keys))
        if len(picked) != len(keys) or not set(picked) <= allowed[question_id]:
            raise DomainError(ErrorCode.INVALID, "answers")
        if types.get(question_id) is not QuestionType.MULTIPLE and len(picked) > 1:
            raise DomainError(ErrorCode.INVALID, "answers")
        cleaned[question_id] = picked
    return cleaned


async def _my_attempt(user: User, attempt_id: int) -> QuizAttempt:
    attempt = await QuizAttempt.filter(id=attempt_id).select_for_update().first()
    if attempt is None or attempt.user_id != user.id:
        raise DomainError(ErrorCode.NOT_FOUND, "attemptId")
    return attempt


async def _merge(attempt: QuizAttempt, answers: Mapping[int, Sequence[str]]) -> None:
    questions = await attempt_questions(attempt)
    types = {q.id: QuestionType(q.type) for q in questions}
    cleaned = check_answers(attempt, answers, types)
    merged = answers_of(attempt)
    merged.update(cleaned)
    attempt.answers = {str(k): v for k, v in merged.items() if v}
    await attempt.save(update_fields=["answers"])


@dataclass
class Closed:
    attempt: QuizAttempt
    certificate: Certificate | None


async def save_answers(
    actor: Actor, user: User, attempt_id: int, answers: Mapping[int, Sequence[str]]
) -> QuizAttempt:
    """Keep (replace) the given questions' answers; empty keys clear one. After the deadline
    nothing is saved any more and the attempt is closed as EXPIRED."""
    async with in_transaction():
        attempt = await _my_attempt(user, attempt_id)
        if A(attempt.status) is not A.IN_PROGRESS:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "attemptId")
        if _overdue(attempt, clock.now(), GRACE):
            quiz = await Quiz.get(id=attempt.quiz_id)
            await _close(attempt, A.EXPIRED, quiz)
            return attempt
        await _merge(attempt, answers)
    return attempt


async def submit_attempt(
    actor: Actor, user: User, attempt_id: int, answers: Mapping[int, Sequence[str]]
) -> Closed:
    """Grade the attempt: SUBMITTED with these answers on time (30 s grace), else EXPIRED with
    those saved before the deadline. A certificate may follow in the same transaction."""
    async with in_transaction():
        attempt = await _my_attempt(user, attempt_id)
        if A(attempt.status) is not A.IN_PROGRESS:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "attemptId")
        quiz = await Quiz.get(id=attempt.quiz_id)
        if _overdue(attempt, clock.now(), GRACE):
            certificate = await _close(attempt, A.EXPIRED, quiz)
        else:
            await _merge(attempt, answers)
            certificate = await _close(attempt, A.SUBMITTED, quiz)
        await audit.record(
            actor,
            "quiz.attempt.submit",
            "QuizAttempt",
            attempt.id,
            detail={"score": str(attempt.score), "status": str(attempt.status)},
        )
    return Closed(attempt, certificate)
