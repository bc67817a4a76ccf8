"""GraphQL types of a course's assessment: the quiz and its question bank, attempts with
their review, results, statistics, certificates and their public verification, and the
inputs and payloads of the assessment mutations.

Answer keys and explanations appear only in the provider's question bank and in the review
of a graded (SUBMITTED or EXPIRED) attempt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info
from tortoise.functions import Count, Max

from qifu.accounts.loaders import load_users_by_id
from qifu.api.errors import UserError
from qifu.core import clock
from qifu.feedback.types import Evaluation
from qifu.training import certificates, exports, grading, quiz, statistics
from qifu.training.loaders import load_attendance_summaries, load_courses_by_id
from qifu.training.models import AttemptStatus as AttemptStatusModel
from qifu.training.models import Certificate as CertificateModel
from qifu.training.models import Course as CourseModel
from qifu.training.models import Enrollment as EnrollmentModel
from qifu.training.models import Question as QuestionModel
from qifu.training.models import QuestionType as QuestionTypeModel
from qifu.training.models import Quiz as QuizModel
from qifu.training.models import QuizAttempt as QuizAttemptModel
from qifu.training.types import (
    CourseEnrollmentNode,
    CourseNode,
    LessonNode,
    global_id,
    may_manage,
)

QuizQuestionType = strawberry.enum(QuestionTypeModel, name="QuizQuestionType")
QuizAttemptStatus = strawberry.enum(
    AttemptStatusModel,
    name="QuizAttemptStatus",
    description="IN_PROGRESS → SUBMITTED (handed in on time) | EXPIRED (the time limit passed; "
    "graded on the answers saved before the deadline).",
)
GRADED = (AttemptStatusModel.SUBMITTED, AttemptStatusModel.EXPIRED)


def _score(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


# ---- loaders


async def load_questions_by_id(ids: Sequence[int]) -> list[QuestionModel | None]:
    found = {q.id: q for q in await QuestionModel.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_best_by_enrollment_id(ids: Sequence[int]) -> list[tuple[Decimal, int, bool] | None]:
    """(best score, graded attempts, passed) of each enrollment; None without a graded one."""
    rows = (
        await QuizAttemptModel.filter(enrollment_id__in=list(ids), status__in=GRADED)
        .annotate(best=Max("score"), n=Count("id"))
        .group_by("enrollment_id", "passed")
        .values_list("enrollment_id", "passed", "best", "n")
    )
    found: dict[int, tuple[Decimal, int, bool]] = {}
    for eid, passed, best, n in rows:
        score = Decimal(str(best)) if best is not None else Decimal(0)
        old = found.get(int(eid))
        if old is None:
            found[int(eid)] = (score, int(n), bool(passed))
        else:
            found[int(eid)] = (max(old[0], score), old[1] + int(n), old[2] or bool(passed))
    return [found.get(i) for i in ids]


async def load_attempt_counts_by_enrollment_id(ids: Sequence[int]) -> list[int]:
    rows = dict(
        await QuizAttemptModel.filter(enrollment_id__in=list(ids))
        .annotate(n=Count("id"))
        .group_by("enrollment_id")
        .values_list("enrollment_id", "n")
    )
    return [int(rows.get(i, 0)) for i in ids]


async def load_certificates_by_enrollment_id(ids: Sequence[int]) -> list[CertificateModel | None]:
    found = {c.enrollment_id: c for c in await CertificateModel.filter(enrollment_id__in=list(ids))}
    return [found.get(i) for i in ids]


# ---- the quiz and its questions


@strawberry.type(description="A choice of a question.")
class QuizOption:
    key: str
    text: str


@strawberry.type(
    description="A course's quiz as a learner sees it: the settings and what I may still do."
)
class CourseQuiz:
    id: strawberry.ID
    title: str
    pass_mark: int = strawberry.field(description="Points needed to pass.")
    max_score: int
    question_count: int
    attempt_limit: int
    time_limit_minutes: int = strawberry.field(description="0: no limit.")
    shuffle_questions: bool
    shuffle_options: bool
    attempts_used: int = strawberry.field(description="My attempts (0 when not enrolled).")
    can_start: bool = strawberry.field(
        description="Whether startQuizAttempt would open (or resume) an attempt for me now."
    )
    editable: bool = strawberry.field(
        description="Questions and the pass mark may still change (no attempt exists yet)."
    )


async def course_quiz(q: QuizModel, course: CourseModel, user_id: int | None) -> CourseQuiz:
    points = await quiz.question_points(q.id)
    started = await QuizAttemptModel.filter(quiz_id=q.id).exists()
    used = 0
    can_start = False
    if user_id is not None:
        enrollment = await EnrollmentModel.get_or_none(
            course_id=course.id, user_id=user_id, status="ENROLLED"
        )
        if enrollment is not None:
            mine = list(await QuizAttemptModel.filter(quiz_id=q.id, enrollment_id=enrollment.id))
            await quiz.close_overdue(mine)
            used = len(mine)
            open_ = any(
                AttemptStatusModel(a.status) is AttemptStatusModel.IN_PROGRESS for a in mine
            )
            total = sum(points)
            can_start = open_ or (
                quiz.quiz_open(course, clock.now())
                and used < q.attempt_limit
                and bool(points)
                and q.pass_mark <= total
            )
    return CourseQuiz(
        id=global_id("CourseQuiz", q.id),
        title=q.title,
        pass_mark=q.pass_mark,
        max_score=sum(points),
        question_count=len(points),
        attempt_limit=q.attempt_limit,
        time_limit_minutes=q.time_limit_minutes,
        shuffle_questions=q.shuffle_questions,
        shuffle_options=q.shuffle_options,
        attempts_used=used,
        can_start=can_start,
        editable=not started,
    )


@strawberry.type(description="A question of the bank with its answer key (the provider only).")
class QuizQuestion:
    id: strawberry.ID
    position: int
    type: QuizQuestionType  # type: ignore[valid-type]
    text: str
    options: list[QuizOption]
    correct_keys: list[str]
    points: int
    explanation: str

    @classmethod
    def from_model(cls, q: QuestionModel) -> QuizQuestion:
        return cls(
            id=global_id("QuizQuestion", q.id),
            position=q.position,
            type=QuestionTypeModel(q.type),
            text=q.text,
            options=[QuizOption(key=str(o["key"]), text=str(o["text"])) for o in q.options],
            correct_keys=list(q.correct_keys),
            points=q.points,
            explanation=q.explanation,
        )


# ---- attempts


@strawberry.type(description="A question as this attempt shows it, without its answer key.")
class AttemptQuestion:
    id: strawberry.ID
    type: QuizQuestionType  # type: ignore[valid-type]
    text: str
    points: int
    options: list[QuizOption] = strawberry.field(description="In this attempt's order.")


@strawberry.type(description="The keys chosen for one question.")
class QuizAnswer:
    question_id: strawberry.ID
    keys: list[str]


@strawberry.type(description="One question of a graded attempt: what was chosen and why.")
class QuizReviewItem:
    question_id: strawberry.ID
    chosen: list[str]
    correct_keys: list[str]
    points_awarded: float
    explanation: str


@strawberry.type(name="QuizAttempt", description="One try at a course's quiz (mine only).")
class QuizAttemptNode(relay.Node):
    id: relay.NodeID[int]
    number: int
    status: QuizAttemptStatus  # type: ignore[valid-type]
    started_at: datetime
    deadline_at: datetime | None = strawberry.field(description="Null without a time limit.")
    submitted_at: datetime | None
    score: float | None = strawberry.field(description="Null until graded.")
    max_score: int
    passed: bool | None = strawberry.field(description="Null until graded.")
    model: strawberry.Private[QuizAttemptModel]

    @classmethod
    def from_model(cls, a: QuizAttemptModel) -> QuizAttemptNode:
        return cls(
            id=a.id,
            number=a.number,
            status=AttemptStatusModel(a.status),
            started_at=a.started_at,
            deadline_at=a.deadline_at,
            submitted_at=a.submitted_at,
            score=_score(a.score),
            max_score=a.max_score,
            passed=a.passed,
            model=a,
        )

    @strawberry.field(description="Seconds until the deadline; null without one or once closed.")
    def seconds_left(self) -> int | None:
        return quiz.seconds_left(self.model, clock.now())

    async def _questions(self, info: Info) -> list[QuestionModel]:
        ids = [int(item["question"]) for item in self.model.layout or []]
        found = await info.context.loader(load_questions_by_id).load_many(ids)
        return [q for q in found if q is not None]

    @strawberry.field(description="The questions in this attempt's order, without answer keys.")
    async def questions(self, info: Info) -> list[AttemptQuestion]:
        orders = {int(item["question"]): list(item["options"]) for item in self.model.layout}
        out = []
        for q in await self._questions(info):
            texts = {str(o["key"]): str(o["text"]) for o in q.options}
            out.append(
                AttemptQuestion(
                    id=global_id("QuizQuestion", q.id),
                    type=QuestionTypeModel(q.type),
                    text=q.text,
                    points=q.points,
                    options=[
                        QuizOption(key=k, text=texts.get(k, "")) for k in orders.get(q.id, [])
                    ],
                )
            )
        return out

    @strawberry.field(description="My saved answers.")
    def answers(self) -> list[QuizAnswer]:
        return [
            QuizAnswer(question_id=global_id("QuizQuestion", qid), keys=keys)
            for qid, keys in quiz.answers_of(self.model).items()
        ]

    @strawberry.field(
        description="Per question: chosen, correct keys, points and explanation; null until "
        "the attempt is SUBMITTED or EXPIRED."
    )
    async def review(self, info: Info) -> list[QuizReviewItem] | None:
        if AttemptStatusModel(self.model.status) not in GRADED:
            return None
        questions = await self._questions(info)
        answers = quiz.answers_of(self.model)
        out = []
        for q in questions:
            graded = grading.GradedQuestion(
                q.id, QuestionTypeModel(q.type), q.points, tuple(q.correct_keys)
            )
            chosen = answers.get(q.id, [])
            out.append(
                QuizReviewItem(
                    question_id=global_id("QuizQuestion", q.id),
                    chosen=chosen,
                    correct_keys=list(q.correct_keys),
                    points_awarded=float(grading.points_for(graded, chosen)),
                    explanation=q.explanation,
                )
            )
        return out

    @strawberry.field
    async def course(self, info: Info) -> CourseNode | None:
        found = await QuizModel.get_or_none(id=self.model.quiz_id)
        if found is None:
            return None
        course = await info.context.loader(load_courses_by_id).load(found.course_id)
        return CourseNode.from_model(course) if course else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        user = info.context.user
        if user is None:
            return [None for _ in ids]
        rows = {a.id: a for a in await QuizAttemptModel.filter(id__in=ids, user_id=user.id)}
        await quiz.close_overdue(list(rows.values()))
        return [cls.from_model(rows[i]) if i in rows else None for i in ids]


# ---- certificates


@strawberry.type(name="CourseCertificate", description="My certificate of a course.")
class CourseCertificateNode(relay.Node):
    id: relay.NodeID[int]
    code: str = strawberry.field(description="XXXX-XXXX-XXXX; anyone may verify it.")
    holder_name: str
    course_title: str
    provider_name: str
    attendance_rate: int
    score: float
    issued_at: datetime
    course_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, c: CertificateModel) -> CourseCertificateNode:
        return cls(
            id=c.id,
            code=c.code,
            holder_name=c.holder_name,
            course_title=c.course_title,
            provider_name=c.provider_name,
            attendance_rate=c.attendance_rate,
            score=float(c.score),
            issued_at=c.issued_at,
            course_id=c.course_id,
        )

    @strawberry.field
    async def course(self, info: Info) -> CourseNode | None:
        course = await info.context.loader(load_courses_by_id).load(self.course_id)
        return CourseNode.from_model(course) if course else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        user = info.context.user
        if user is None:
            return [None for _ in ids]
        rows = {c.id: c for c in await CertificateModel.filter(id__in=ids, user_id=user.id)}
        return [cls.from_model(rows[i]) if i in rows else None for i in ids]


@strawberry.type(description="What anyone may see of a certificate by its code.")
class CertificateVerification:
    code: str
    course_title: str
    provider_name: str
    issued_at: datetime
    attendance_rate: int
    score: float
    holder_name: str = strawberry.field(description="Masked: first character, *, last character.")

    @classmethod
    def from_model(cls, c: CertificateModel) -> CertificateVerification:
        return cls(
            code=c.code,
            course_title=c.course_title,
            provider_name=c.provider_name,
            issued_at=c.issued_at,
            attendance_rate=c.attendance_rate,
            score=float(c.score),
            holder_name=certificates.mask_name(c.holder_name),
        )


# ---- results and statistics


@strawberry.type(
    name="CourseResult",
    description="One enrolled learner's standing (the provider and reviewers only).",
)
class CourseResultNode(relay.Node):
    id: relay.NodeID[int]
    enrollment_id: strawberry.Private[int]
    user_id: strawberry.Private[int]
    model: strawberry.Private[EnrollmentModel]

    @classmethod
    def from_model(cls, e: EnrollmentModel) -> CourseResultNode:
        return cls(id=e.id, enrollment_id=e.id, user_id=e.user_id, model=e)

    @strawberry.field(description="The enrollment (e.g. to set its attendance).")
    def enrollment(self) -> CourseEnrollmentNode:
        return CourseEnrollmentNode.from_model(self.model)

    @strawberry.field
    async def user_name(self, info: Info) -> str:
        found = await info.context.loader(load_users_by_id).load(self.user_id)
        return found.name if found else ""

    @strawberry.field(description="Percent.")
    async def attendance_rate(self, info: Info) -> int:
        found = await info.context.loader(load_attendance_summaries).load(self.enrollment_id)
        return found.rate if found else 0

    @strawberry.field(description="The best graded score; null before any.")
    async def best_score(self, info: Info) -> float | None:
        found = await info.context.loader(load_best_by_enrollment_id).load(self.enrollment_id)
        return float(found[0]) if found else None

    @strawberry.field(description="Passed in any graded attempt; null before any.")
    async def passed(self, info: Info) -> bool | None:
        found = await info.context.loader(load_best_by_enrollment_id).load(self.enrollment_id)
        return found[2] if found else None

    @strawberry.field
    async def attempts_used(self, info: Info) -> int:
        n: int = await info.context.loader(load_attempt_counts_by_enrollment_id).load(
            self.enrollment_id
        )
        return n

    @strawberry.field
    async def certificate_code(self, info: Info) -> str | None:
        found = await info.context.loader(load_certificates_by_enrollment_id).load(
            self.enrollment_id
        )
        return found.code if found else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        rows = {e.id: e for e in await EnrollmentModel.filter(id__in=ids)}
        out: list[Any] = []
        for i in ids:
            e = rows.get(i)
            course = await info.context.loader(load_courses_by_id).load(e.course_id) if e else None
            out.append(
                cls.from_model(e) if e and course and await may_manage(info, course) else None
            )
        return out


@strawberry.type(description="One lesson's attendance among the enrolled learners.")
class CourseLessonStatistics:
    lesson: LessonNode
    attended: int = strawberry.field(description="PRESENT.")
    late: int
    absent: int = strawberry.field(description="ABSENT, or nothing recorded once it is over.")
    excused: int
    attendance_rate: int = strawberry.field(
        description="(PRESENT + LATE) / (enrolled − EXCUSED), percent."
    )


@strawberry.type(description="The average of one rating dimension (1–5).")
class DimensionAverage:
    name: str
    average: float


@strawberry.type(description="A course's figures (the provider and reviewers only).")
class CourseStatistics:
    enrolled: int
    cancelled: int
    lessons: list[CourseLessonStatistics]
    participants: int = strawberry.field(description="Enrolled learners with a graded attempt.")
    pass_rate: float | None = strawberry.field(
        description="Passed among the participants (0–1); null without participants."
    )
    average_score: float | None = strawberry.field(
        description="The participants' average best score; null without participants."
    )
    certificates: int
    evaluation_count: int
    satisfaction_rate: float | None = strawberry.field(
        description="Share of ratings of 4 or 5 (0–1); null without ratings."
    )
    average_dimensions: list[DimensionAverage]
    export_url: str = strawberry.field(
        description="An xlsx download for the asking user, valid for 10 minutes."
    )

    @classmethod
    def build(cls, f: statistics.CourseFigures, user_id: int) -> CourseStatistics:
        return cls(
            enrolled=f.enrolled,
            cancelled=f.cancelled,
            lessons=[
                CourseLessonStatistics(
                    lesson=LessonNode.from_model(lf.lesson, f.course),
                    attended=lf.attended,
                    late=lf.late,
                    absent=lf.absent,
                    excused=lf.excused,
                    attendance_rate=lf.attendance_rate,
                )
                for lf in f.lessons
            ],
            participants=f.participants,
            pass_rate=f.pass_rate,
            average_score=f.average_score,
            certificates=f.certificates,
            evaluation_count=f.evaluation_count,
            satisfaction_rate=f.satisfaction_rate,
            average_dimensions=[
                DimensionAverage(name=n, average=v) for n, v in f.average_dimensions
            ],
            export_url=exports.course_url(f.course.id, user_id),
        )


# ---- inputs and payloads


@strawberry.input
class SaveCourseQuizInput:
    course_id: strawberry.ID
    title: str = ""
    pass_mark: int = strawberry.field(description="1 to the total points of the questions.")
    attempt_limit: int = strawberry.field(default=1, description="1–20.")
    time_limit_minutes: int = strawberry.field(default=0, description="0 (none) to 600.")
    shuffle_questions: bool = False
    shuffle_options: bool = False


@strawberry.type
class CourseQuizPayload:
    quiz: CourseQuiz | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class QuizOptionInput:
    key: str = strawberry.field(description="Up to 4 characters, unique in the question.")
    text: str


@strawberry.input
class QuizQuestionInput:
    type: QuizQuestionType  # type: ignore[valid-type]
    text: str
    options: list[QuizOptionInput] = strawberry.field(
        description="SINGLE/MULTIPLE: 2–8 with unique keys; TRUE_FALSE: keys T and F (texts "
        "optional; may be empty)."
    )
    correct_keys: list[str] = strawberry.field(
        description="Exactly one for SINGLE and TRUE_FALSE, at least one for MULTIPLE."
    )
    points: int = strawberry.field(default=1, description="1–100.")
    explanation: str = ""


@strawberry.input
class AddQuizQuestionInput(QuizQuestionInput):
    course_id: strawberry.ID


@strawberry.input
class UpdateQuizQuestionInput(QuizQuestionInput):
    question_id: strawberry.ID


@strawberry.input
class QuizQuestionIdInput:
    question_id: strawberry.ID


@strawberry.type
class QuizQuestionPayload:
    question: QuizQuestion | None = None
    quiz: CourseQuiz | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class StartQuizAttemptInput:
    course_id: strawberry.ID


@strawberry.input
class QuizAnswerInput:
    question_id: strawberry.ID
    keys: list[str] = strawberry.field(description="Empty: no answer.")


@strawberry.input
class SaveQuizAnswersInput:
    attempt_id: strawberry.ID
    answers: list[QuizAnswerInput]


@strawberry.input
class SubmitQuizAttemptInput:
    attempt_id: strawberry.ID
    answers: list[QuizAnswerInput] = strawberry.field(
        default_factory=list, description="Saved with the submission (on time only)."
    )


@strawberry.type
class QuizAttemptPayload:
    attempt: QuizAttemptNode | None = None
    certificate: CourseCertificateNode | None = strawberry.field(
        default=None, description="The certificate this submission completed, if any."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class EvaluateCourseInput:
    course_id: strawberry.ID
    overall: int = strawberry.field(description="1–5, as the dimensions.")
    content: int
    teacher: int
    organisation: int
    usefulness: int
    comment: str = ""


@strawberry.type
class EvaluateCoursePayload:
    evaluation: Evaluation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
