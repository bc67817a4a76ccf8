"""Mutations of training's course core: thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from strawberry.types import Info

from qifu.accounts.models import User
from qifu.activities.types import CheckInPayload
from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.checkin.services import CheckInResult, Outcome
from qifu.core.audit import Actor
from qifu.core.errors import DomainError
from qifu.training import attendance, checkin, policies, services
from qifu.training.models import AttendanceStatus as AttendanceStatusModel
from qifu.training.models import Course, Enrollment, Lesson
from qifu.training.models import CourseCategory as CourseCategoryModel
from qifu.training.models import CourseMode as CourseModeModel
from qifu.training.models import LessonKind as LessonKindModel
from qifu.training.models import ProviderType as ProviderTypeModel
from qifu.training.types import (
    PROVIDER_KINDS,
    AddLessonInput,
    CheckInToLessonInput,
    CourseEnrollmentIdInput,
    CourseEnrollmentNode,
    CourseEnrollmentPayload,
    CourseIdInput,
    CourseInput,
    CourseNode,
    CoursePayload,
    CourseReasonInput,
    CreateCourseInput,
    JoinLiveLessonPayload,
    LessonAttendance,
    LessonAttendancePayload,
    LessonIdInput,
    LessonInput,
    LessonNode,
    LessonPayload,
    ReportVideoProgressInput,
    SelfCheckInToLessonInput,
    SetLessonAttendanceInput,
    UpdateCourseInput,
    UpdateLessonInput,
    who,
)


def _course_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Course", "courseId")


def _lesson_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Lesson", "lessonId")


def _enrollment_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "CourseEnrollment", "enrollmentId")


def _data(c: CourseInput) -> services.CourseData:
    return services.CourseData(
        title=c.title,
        category=CourseCategoryModel(c.category),
        mode=CourseModeModel(c.mode),
        capacity=c.capacity,
        enroll_opens_at=c.enroll_opens_at,
        enroll_closes_at=c.enroll_closes_at,
        starts_at=c.starts_at,
        ends_at=c.ends_at,
        teachers=tuple(
            services.Teacher(
                t.name,
                t.title,
                decode_node_id(t.expert_id, "Expert", "teachers") if t.expert_id else None,
            )
            for t in c.teachers
        ),
        description=c.description,
        audience=c.audience,
        cover_file_id=decode_node_id(c.cover_file_id, "StoredFile", "coverFileId")
        if c.cover_file_id
        else None,
        region_code=c.region_code,
        verified_only=c.verified_only,
        attendance_threshold=c.attendance_threshold,
        contact=c.contact,
    )


def _lesson_data(a: LessonInput) -> services.LessonData:
    return services.LessonData(
        title=a.title,
        kind=LessonKindModel(a.kind),
        description=a.description,
        stream_link=a.stream_link,
        video_link=a.video_link,
        duration_seconds=a.duration_seconds,
        venue=a.venue,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
    )


async def _me(info: Info) -> policies.Who:
    info.context.require_user()
    me = await who(info)
    assert me is not None
    return me


CourseAction = Callable[[Actor, policies.Who], Awaitable[Course]]
LessonAction = Callable[[Actor, policies.Who], Awaitable[Lesson]]
EnrollmentAction = Callable[[Actor, policies.Who], Awaitable[Enrollment]]


async def _run(info: Info, action: CourseAction) -> CoursePayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        course = await action(ctx.actor(), me)
    except DomainError as e:
        return CoursePayload(errors=user_errors(e, ctx.lang))
    return CoursePayload(course=CourseNode.from_model(course))


async def _run_lesson(info: Info, action: LessonAction) -> LessonPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        lesson = await action(ctx.actor(), me)
    except DomainError as e:
        return LessonPayload(errors=user_errors(e, ctx.lang))
    course = await Course.get(id=lesson.course_id)
    return LessonPayload(
        lesson=LessonNode.from_model(lesson, course), course=CourseNode.from_model(course)
    )


async def _run_enrollment(info: Info, action: EnrollmentAction) -> CourseEnrollmentPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        enrollment = await action(ctx.actor(), me)
    except DomainError as e:
        return CourseEnrollmentPayload(errors=user_errors(e, ctx.lang))
    return CourseEnrollmentPayload(enrollment=CourseEnrollmentNode.from_model(enrollment))


CheckInAction = Callable[[Actor, policies.Who, int], Awaitable[Outcome]]


async def _run_check_in(
    info: Info, lesson_id: strawberry.ID, action: CheckInAction
) -> CheckInPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        outcome = await action(ctx.actor(), me, _lesson_id(lesson_id))
    except DomainError as e:
        return CheckInPayload(result=CheckInResult.INVALID, errors=user_errors(e, ctx.lang))
    return CheckInPayload(
        result=outcome.result,
        first_checked_in_at=outcome.checked_in_at,
        holder_name=await _holder_name(outcome),
    )


async def _holder_name(outcome: Outcome) -> str | None:
    """The learner's name once the ticket proved an enrollment of this lesson's course."""
    if outcome.result not in (CheckInResult.OK, CheckInResult.ALREADY_CHECKED_IN):
        return None
    enrollment = await Enrollment.get_or_none(id=outcome.holder_id) if outcome.holder_id else None
    user = await User.get_or_none(id=enrollment.user_id) if enrollment else None
    return user.name if user else None


async def _attendance_of(lesson_id: int) -> tuple[Lesson, Course]:
    lesson = await Lesson.get(id=lesson_id)
    return lesson, await Course.get(id=lesson.course_id)


@strawberry.type
class TrainingMutations:
    @strawberry.mutation(description="Create a course as DRAFT for a provider I act for.")
    async def create_course(self, info: Info, input: CreateCourseInput) -> CoursePayload:
        kind = ProviderTypeModel(input.provider_type)

        async def act(actor: Actor, me: policies.Who) -> Course:
            pid = decode_node_id(input.provider_id, PROVIDER_KINDS[kind], "providerId")
            return await services.create(actor, me, kind, pid, _data(input.course))

        return await _run(info, act)

    @strawberry.mutation(description="Edit a DRAFT or REJECTED course.")
    async def update_course(self, info: Info, input: UpdateCourseInput) -> CoursePayload:
        return await _run(
            info,
            lambda actor, me: services.update(
                actor, me, _course_id(input.course_id), _data(input.course)
            ),
        )

    @strawberry.mutation(description="Submit a DRAFT with at least one lesson (→ PENDING).")
    async def submit_course(self, info: Info, input: CourseIdInput) -> CoursePayload:
        return await _run(
            info, lambda actor, me: services.submit(actor, me, _course_id(input.course_id))
        )

    @strawberry.mutation(description="Publish a PENDING course (operators of the subtree).")
    async def approve_course(self, info: Info, input: CourseIdInput) -> CoursePayload:
        return await _run(
            info, lambda actor, me: services.approve(actor, me, _course_id(input.course_id))
        )

    @strawberry.mutation(description="Reject a PENDING course with a reason (operators).")
    async def reject_course(self, info: Info, input: CourseReasonInput) -> CoursePayload:
        return await _run(
            info,
            lambda actor, me: services.reject(actor, me, _course_id(input.course_id), input.reason),
        )

    @strawberry.mutation(description="Take a REJECTED course back to DRAFT to edit it.")
    async def revise_course(self, info: Info, input: CourseIdInput) -> CoursePayload:
        return await _run(
            info, lambda actor, me: services.revise(actor, me, _course_id(input.course_id))
        )

    @strawberry.mutation(
        description="Cancel a PUBLISHED or ONGOING course with a reason; learners are told."
    )
    async def cancel_course(self, info: Info, input: CourseReasonInput) -> CoursePayload:
        return await _run(
            info,
            lambda actor, me: services.cancel(actor, me, _course_id(input.course_id), input.reason),
        )

    @strawberry.mutation(description="Add a lesson at the end (DRAFT or REJECTED course).")
    async def add_lesson(self, info: Info, input: AddLessonInput) -> LessonPayload:
        return await _run_lesson(
            info,
            lambda actor, me: services.add_lesson(
                actor, me, _course_id(input.course_id), _lesson_data(input.lesson)
            ),
        )

    @strawberry.mutation(description="Edit a lesson (DRAFT or REJECTED course).")
    async def update_lesson(self, info: Info, input: UpdateLessonInput) -> LessonPayload:
        return await _run_lesson(
            info,
            lambda actor, me: services.update_lesson(
                actor, me, _lesson_id(input.lesson_id), _lesson_data(input.lesson)
            ),
        )

    @strawberry.mutation(description="Remove a lesson; the later ones move up (lesson: null).")
    async def remove_lesson(self, info: Info, input: LessonIdInput) -> LessonPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            course = await services.remove_lesson(ctx.actor(), me, _lesson_id(input.lesson_id))
        except DomainError as e:
            return LessonPayload(errors=user_errors(e, ctx.lang))
        return LessonPayload(course=CourseNode.from_model(course))

    @strawberry.mutation(description="Enroll in a course open for enrollment.")
    async def enroll_in_course(self, info: Info, input: CourseIdInput) -> CourseEnrollmentPayload:
        return await _run_enrollment(
            info, lambda actor, me: services.enroll(actor, me, _course_id(input.course_id))
        )

    @strawberry.mutation(description="Withdraw my enrollment; the place is freed.")
    async def cancel_course_enrollment(
        self, info: Info, input: CourseEnrollmentIdInput
    ) -> CourseEnrollmentPayload:
        return await _run_enrollment(
            info,
            lambda actor, me: services.cancel_enrollment(
                actor, me, _enrollment_id(input.enrollment_id)
            ),
        )

    @strawberry.mutation(
        description="Check a learner in to an IN_PERSON lesson with their QR token or typed "
        "code (the provider)."
    )
    async def check_in_to_lesson(self, info: Info, input: CheckInToLessonInput) -> CheckInPayload:
        return await _run_check_in(
            info,
            input.lesson_id,
            lambda actor, me, lid: checkin.check_in(actor, me, lid, input.code, input.nonce),
        )

    @strawberry.mutation(
        description="Check myself in to an IN_PERSON lesson with the venue screen's code."
    )
    async def self_check_in_to_lesson(
        self, info: Info, input: SelfCheckInToLessonInput
    ) -> CheckInPayload:
        return await _run_check_in(
            info,
            input.lesson_id,
            lambda actor, me, lid: checkin.self_check_in(
                actor, me, lid, input.venue_code, input.nonce
            ),
        )

    @strawberry.mutation(
        description="Join a LIVE lesson from 15 minutes before its start to its end: records "
        "PRESENT (LATE after start + 10 min) and answers the stream link."
    )
    async def join_live_lesson(self, info: Info, input: LessonIdInput) -> JoinLiveLessonPayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            row, link = await attendance.join_live(ctx.actor(), me, _lesson_id(input.lesson_id))
        except DomainError as e:
            return JoinLiveLessonPayload(errors=user_errors(e, ctx.lang))
        lesson, course = await _attendance_of(row.lesson_id)
        return JoinLiveLessonPayload(
            attendance=LessonAttendance.build(lesson, course, row), stream_link=link
        )

    @strawberry.mutation(
        description="Report a VIDEO lesson's playback position; the server accepts at most "
        "1.25 × the time since the previous report, never backwards; ≥ 90 % → PRESENT."
    )
    async def report_video_progress(
        self, info: Info, input: ReportVideoProgressInput
    ) -> LessonAttendancePayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            row = await attendance.report_video(
                ctx.actor(), me, _lesson_id(input.lesson_id), input.position_seconds
            )
        except DomainError as e:
            return LessonAttendancePayload(errors=user_errors(e, ctx.lang))
        lesson, course = await _attendance_of(row.lesson_id)
        return LessonAttendancePayload(attendance=LessonAttendance.build(lesson, course, row))

    @strawberry.mutation(
        description="Set a learner's attendance of a lesson with a note (the provider); "
        "later automatic events do not override it."
    )
    async def set_lesson_attendance(
        self, info: Info, input: SetLessonAttendanceInput
    ) -> LessonAttendancePayload:
        ctx: Context = info.context
        me = await _me(info)
        try:
            row = await attendance.set_by_provider(
                ctx.actor(),
                me,
                _enrollment_id(input.enrollment_id),
                _lesson_id(input.lesson_id),
                AttendanceStatusModel(input.status),
                input.note,
            )
        except DomainError as e:
            return LessonAttendancePayload(errors=user_errors(e, ctx.lang))
        lesson, course = await _attendance_of(row.lesson_id)
        return LessonAttendancePayload(attendance=LessonAttendance.build(lesson, course, row))
