"""Queries of a course's assessment: the quiz, the provider's question bank, my attempts and
certificates, results and statistics for the provider and reviewers, ratings, and the public
verification of a certificate."""

from __future__ import annotations

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from qifu.api.relay import Connection, decode_node_id, paginate
from qifu.core.errors import DomainError
from qifu.feedback.types import Evaluation, EvaluationPage
from qifu.training import certificates, evaluations, quiz, statistics
from qifu.training.assessment_types import (
    CertificateVerification,
    CourseCertificateNode,
    CourseQuiz,
    CourseResultNode,
    CourseStatistics,
    QuizAttemptNode,
    QuizQuestion,
    course_quiz,
)
from qifu.training.models import Certificate, Course, Enrollment, EnrollmentStatus, QuizAttempt
from qifu.training.models import Question as QuestionModel
from qifu.training.models import Quiz as QuizModel
from qifu.training.types import may_manage, visible, who

NOTHING = Q(id__in=[])


def _course_id(value: strawberry.ID) -> int:
    try:
        return decode_node_id(value, "Course", "courseId")
    except DomainError:
        return 0


async def _visible_course(info: Info, course_id: strawberry.ID) -> Course | None:
    course = await Course.get_or_none(id=_course_id(course_id))
    if course is None or not await visible(info, course):
        return None
    return course


@strawberry.type
class AssessmentQueries:
    @strawberry.field(
        description="The course's quiz (settings, my attempts, whether I may start); null when "
        "the course has none or is not visible to me. Never the questions' answer keys."
    )
    async def course_quiz(self, info: Info, course_id: strawberry.ID) -> CourseQuiz | None:
        course = await _visible_course(info, course_id)
        if course is None:
            return None
        found = await QuizModel.get_or_none(course_id=course.id)
        if found is None:
            return None
        user = info.context.user
        return await course_quiz(found, course, user.id if user else None)

    @strawberry.field(
        description="The quiz's questions with answer keys and explanations, in order: the "
        "provider only (null for anyone else, and when the course has no quiz)."
    )
    async def course_question_bank(
        self, info: Info, course_id: strawberry.ID
    ) -> list[QuizQuestion] | None:
        course = await Course.get_or_none(id=_course_id(course_id))
        if course is None or not await quiz.may_manage(await who(info), course):
            return None
        found = await QuizModel.get_or_none(course_id=course.id)
        if found is None:
            return None
        rows = await QuestionModel.filter(quiz_id=found.id).order_by("position", "id")
        return [QuizQuestion.from_model(q) for q in rows]

    @strawberry.field(description="My attempts at the course's quiz, oldest first.")
    async def my_quiz_attempts(self, info: Info, course_id: strawberry.ID) -> list[QuizAttemptNode]:
        user = info.context.require_user()
        found = await QuizModel.get_or_none(course_id=_course_id(course_id))
        if found is None:
            return []
        rows = list(await QuizAttempt.filter(quiz_id=found.id, user_id=user.id).order_by("number"))
        await quiz.close_overdue(rows)
        return [QuizAttemptNode.from_model(a) for a in rows]

    @strawberry.field(
        description="Each enrolled learner's attendance, best score and certificate, in "
        "enrollment order: the provider and the reviewers only (null for anyone else)."
    )
    async def course_results(
        self,
        info: Info,
        course_id: strawberry.ID,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[CourseResultNode] | None:
        info.context.require_user()
        course = await Course.get_or_none(id=_course_id(course_id))
        if course is None or not await may_manage(info, course):
            return None
        query = Enrollment.filter(course_id=course.id, status=EnrollmentStatus.ENROLLED)
        return await paginate(
            query,
            first=first,
            after=after,
            convert=CourseResultNode.from_model,
            newest_first=False,
        )

    @strawberry.field(
        description="The course's figures and an xlsx export: the provider and the reviewers "
        "only (null for anyone else)."
    )
    async def course_statistics(
        self, info: Info, course_id: strawberry.ID
    ) -> CourseStatistics | None:
        user = info.context.require_user()
        course = await Course.get_or_none(id=_course_id(course_id))
        if course is None or not await may_manage(info, course):
            return None
        return CourseStatistics.build(await statistics.figures(course), user.id)

    @strawberry.field(description="The course's ratings, newest first (without the raters' names).")
    async def course_evaluations(
        self, info: Info, course_id: strawberry.ID, first: int = 20, offset: int = 0
    ) -> EvaluationPage:
        course = await _visible_course(info, course_id)
        if course is None:
            return EvaluationPage(total_count=0, items=[])
        total, rows = await evaluations.page(
            course.id, limit=max(0, min(first, 100)), offset=max(offset, 0)
        )
        return EvaluationPage(total_count=total, items=[Evaluation.from_model(e) for e in rows])

    @strawberry.field(description="My rating of the course; null before I rated it.")
    async def my_course_evaluation(self, info: Info, course_id: strawberry.ID) -> Evaluation | None:
        user = info.context.user
        if user is None:
            return None
        found = await evaluations.mine(user.id, _course_id(course_id))
        return Evaluation.from_model(found) if found else None

    @strawberry.field(description="My certificates, newest first.")
    async def my_certificates(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[CourseCertificateNode]:
        user = info.context.require_user()
        return await paginate(
            Certificate.filter(user_id=user.id),
            first=first,
            after=after,
            convert=CourseCertificateNode.from_model,
        )

    @strawberry.field(description="My certificate of the course; null when I have none.")
    async def course_certificate(
        self, info: Info, course_id: strawberry.ID
    ) -> CourseCertificateNode | None:
        user = info.context.user
        if user is None:
            return None
        found = await Certificate.get_or_none(course_id=_course_id(course_id), user_id=user.id)
        return CourseCertificateNode.from_model(found) if found else None

    @strawberry.field(
        description="Anyone: what a certificate says, by its code (dashes and case do not "
        "matter); null for an unknown code."
    )
    async def verify_certificate(self, code: str) -> CertificateVerification | None:
        found = await certificates.verify(code)
        return CertificateVerification.from_model(found) if found else None
