"""Mutations of a course's assessment: thin wrappers over the services."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError
from qifu.feedback.types import Evaluation
from qifu.training import evaluations, policies, quiz
from qifu.training.assessment_types import (
    AddQuizQuestionInput,
    CourseCertificateNode,
    CourseQuizPayload,
    EvaluateCourseInput,
    EvaluateCoursePayload,
    QuizAnswerInput,
    QuizAttemptNode,
    QuizAttemptPayload,
    QuizQuestion,
    QuizQuestionIdInput,
    QuizQuestionInput,
    QuizQuestionPayload,
    SaveCourseQuizInput,
    SaveQuizAnswersInput,
    StartQuizAttemptInput,
    SubmitQuizAttemptInput,
    UpdateQuizQuestionInput,
    course_quiz,
)
from qifu.training.models import Course, QuestionType
from qifu.training.models import Quiz as QuizModel
from qifu.training.types import who


def _course_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Course", "courseId")


def _question_id(value: strawberry.ID, field: str = "questionId") -> int:
    return decode_node_id(value, "QuizQuestion", field)


def _attempt_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "QuizAttempt", "attemptId")


def _answers(items: list[QuizAnswerInput]) -> dict[int, list[str]]:
    return {_question_id(a.question_id, "answers"): list(a.keys) for a in items}


def _question(q: QuizQuestionInput) -> quiz.QuestionData:
    return quiz.QuestionData(
        type=QuestionType(q.type),
        text=q.text,
        options=tuple(quiz.Option(o.key, o.text) for o in q.options),
        correct_keys=tuple(q.correct_keys),
        points=q.points,
        explanation=q.explanation,
    )


async def _me(info: Info) -> policies.Who:
    info.context.require_user()
    me = await who(info)
    assert me is not None
    return me


async def _quiz_view(info: Info, quiz_id: int) -> QuizQuestionPayload:
    found = await QuizModel.get(id=quiz_id)
    course = await Course.get(id=found.course_id)
    user = info.context.user
    return QuizQuestionPayload(quiz=await course_quiz(found, course, user.id if user else None))


@strawberry.type
class AssessmentMutations:
    @strawberry.mutation(
        description="Create or change the course's quiz (the provider). Once an attempt exists "
        "only the title and the attempt and time limits may change."
    )
    async def save_course_quiz(self, info: Info, input: SaveCourseQuizInput) -> CourseQuizPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            course_id = _course_id(input.course_id)
            found = await quiz.save_quiz(
                ctx.actor(),
                me,
                course_id,
                quiz.QuizSettings(
                    title=input.title,
                    pass_mark=input.pass_mark,
                    attempt_limit=input.attempt_limit,
                    time_limit_minutes=input.time_limit_minutes,
                    shuffle_questions=input.shuffle_questions,
                    shuffle_options=input.shuffle_options,
                ),
            )
        except DomainError as e:
            return CourseQuizPayload(errors=user_errors(e, ctx.lang))
        course = await Course.get(id=found.course_id)
        return CourseQuizPayload(quiz=await course_quiz(found, course, me.user.id))

    @strawberry.mutation(description="Add a question to the quiz (until the first attempt).")
    async def add_quiz_question(
        self, info: Info, input: AddQuizQuestionInput
    ) -> QuizQuestionPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            question = await quiz.add_question(
                ctx.actor(), me, _course_id(input.course_id), _question(input)
            )
        except DomainError as e:
            return QuizQuestionPayload(errors=user_errors(e, ctx.lang))
        payload = await _quiz_view(info, question.quiz_id)
        payload.question = QuizQuestion.from_model(question)
        return payload

    @strawberry.mutation(description="Change a question (until the first attempt).")
    async def update_quiz_question(
        self, info: Info, input: UpdateQuizQuestionInput
    ) -> QuizQuestionPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            question = await quiz.update_question(
                ctx.actor(), me, _question_id(input.question_id), _question(input)
            )
        except DomainError as e:
            return QuizQuestionPayload(errors=user_errors(e, ctx.lang))
        payload = await _quiz_view(info, question.quiz_id)
        payload.question = QuizQuestion.from_model(question)
        return payload

    @strawberry.mutation(description="Remove a question (until the first attempt).")
    async def remove_quiz_question(
        self, info: Info, input: QuizQuestionIdInput
    ) -> QuizQuestionPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            found = await quiz.remove_question(ctx.actor(), me, _question_id(input.question_id))
        except DomainError as e:
            return QuizQuestionPayload(errors=user_errors(e, ctx.lang))
        return await _quiz_view(info, found.id)

    @strawberry.mutation(
        description="Start an attempt at the course's quiz (an ENROLLED learner, while the "
        "course runs); answers the open attempt if there is one."
    )
    async def start_quiz_attempt(
        self, info: Info, input: StartQuizAttemptInput
    ) -> QuizAttemptPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            attempt = await quiz.start_attempt(ctx.actor(), user, _course_id(input.course_id))
        except DomainError as e:
            return QuizAttemptPayload(errors=user_errors(e, ctx.lang))
        return QuizAttemptPayload(attempt=QuizAttemptNode.from_model(attempt))

    @strawberry.mutation(
        description="Save answers of an open attempt (replacing those of the same questions; "
        "empty keys clear one). After the deadline nothing is saved and the attempt closes."
    )
    async def save_quiz_answers(
        self, info: Info, input: SaveQuizAnswersInput
    ) -> QuizAttemptPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            attempt = await quiz.save_answers(
                ctx.actor(), user, _attempt_id(input.attempt_id), _answers(input.answers)
            )
        except DomainError as e:
            return QuizAttemptPayload(errors=user_errors(e, ctx.lang))
        return QuizAttemptPayload(attempt=QuizAttemptNode.from_model(attempt))

    @strawberry.mutation(
        description="Hand the attempt in: graded at once (SUBMITTED; EXPIRED on the answers "
        "saved before the deadline when late); a certificate may follow."
    )
    async def submit_quiz_attempt(
        self, info: Info, input: SubmitQuizAttemptInput
    ) -> QuizAttemptPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            closed = await quiz.submit_attempt(
                ctx.actor(), user, _attempt_id(input.attempt_id), _answers(input.answers)
            )
        except DomainError as e:
            return QuizAttemptPayload(errors=user_errors(e, ctx.lang))
        return QuizAttemptPayload(
            attempt=QuizAttemptNode.from_model(closed.attempt),
            certificate=CourseCertificateNode.from_model(closed.certificate)
            if closed.certificate
            else None,
        )

    @strawberry.mutation(
        description="Rate an ENDED course I am enrolled in, once: overall and content, teacher, "
        "organisation, usefulness (each 1–5), and a comment."
    )
    async def evaluate_course(
        self, info: Info, input: EvaluateCourseInput
    ) -> EvaluateCoursePayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            evaluation = await evaluations.evaluate(
                ctx.actor(),
                user,
                ctx.scope,
                _course_id(input.course_id),
                overall=input.overall,
                dimensions={
                    "content": input.content,
                    "teacher": input.teacher,
                    "organisation": input.organisation,
                    "usefulness": input.usefulness,
                },
                comment=input.comment,
            )
        except DomainError as e:
            return EvaluateCoursePayload(errors=user_errors(e, ctx.lang))
        return EvaluateCoursePayload(evaluation=Evaluation.from_model(evaluation))
