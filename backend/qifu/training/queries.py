"""Queries of training: the public course list, my enrollments, the provider's workspace,
the operators' review list, a course's enrollments and attendance sheet (provider and
reviewers; the sheet and the venue code: provider only)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from qifu.accounts.models import User
from qifu.activities.types import VenueCode
from qifu.api.relay import Connection, decode_node_id, paginate
from qifu.checkin import tokens
from qifu.core import clock
from qifu.core.errors import DomainError
from qifu.orgs.scopes import platform_subtree_q
from qifu.training import attendance, checkin, policies
from qifu.training.models import Attendance, Course, Enrollment, Lesson, LessonKind
from qifu.training.models import CourseCategory as CourseCategoryModel
from qifu.training.models import CourseMode as CourseModeModel
from qifu.training.models import CourseStatus as CourseStatusModel
from qifu.training.models import EnrollmentStatus as EnrollmentStatusModel
from qifu.training.models import ProviderType as ProviderTypeModel
from qifu.training.types import (
    PROVIDER_KINDS,
    AttendanceCell,
    AttendanceRow,
    CourseAttendanceSheet,
    CourseCategory,
    CourseEnrollmentNode,
    CourseEnrollmentStatus,
    CourseMode,
    CourseNode,
    CourseProviderType,
    CourseStatus,
    LessonNode,
    global_id,
    may_manage,
    who,
)

NOTHING = Q(id__in=[])
Q_MAX = 50


def node_id(value: strawberry.ID, kind: str) -> int:
    try:
        return decode_node_id(value, kind, "id")
    except DomainError:
        return 0


async def _managed(info: Info, course_id: strawberry.ID, *, provider_only: bool) -> Course | None:
    course = await Course.get_or_none(id=node_id(course_id, "Course"))
    if course is None:
        return None
    if provider_only:
        return course if policies.is_provider(await who(info), course) else None
    return course if await may_manage(info, course) else None


@strawberry.type
class TrainingQueries:
    @strawberry.field(
        description="Published, ongoing and ended courses for anyone, newest first; filters: "
        "category, mode, region (a prefix of the region code), words in the title, open for "
        "enrollment now."
    )
    async def courses(
        self,
        info: Info,
        category: CourseCategory | None = None,  # type: ignore[valid-type]
        mode: CourseMode | None = None,  # type: ignore[valid-type]
        region_code: str | None = None,
        q: str | None = None,
        open_for_enrollment: bool | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[CourseNode]:
        query = Course.filter(status__in=list(policies.PUBLIC))
        if category is not None:
            query = query.filter(category=CourseCategoryModel(category))
        if mode is not None:
            query = query.filter(mode=CourseModeModel(mode))
        if region_code:
            query = query.filter(region_code__startswith=region_code)
        if q and q.strip():
            words = q.strip()[:Q_MAX]
            query = query.filter(Q(title__icontains=words) | Q(provider_name__icontains=words))
        if open_for_enrollment is not None:
            now = clock.now()
            is_open = Q(
                status__in=list(policies.ACTIVE),
                enroll_opens_at__lte=now,
                enroll_closes_at__gte=now,
            )
            query = query.filter(is_open if open_for_enrollment else ~is_open)
        return await paginate(query, first=first, after=after, convert=CourseNode.from_model)

    @strawberry.field(description="My enrollments, newest first.")
    async def my_course_enrollments(
        self,
        info: Info,
        status: CourseEnrollmentStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[CourseEnrollmentNode]:
        user = info.context.require_user()
        query = Enrollment.filter(user_id=user.id)
        if status is not None:
            query = query.filter(status=EnrollmentStatusModel(status))
        return await paginate(
            query, first=first, after=after, convert=CourseEnrollmentNode.from_model
        )

    @strawberry.field(description="The courses of a provider I act for (all states), newest first.")
    async def provided_courses(
        self,
        info: Info,
        provider_type: CourseProviderType,  # type: ignore[valid-type]
        provider_id: strawberry.ID,
        status: CourseStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[CourseNode]:
        info.context.require_user()
        me = await who(info)
        kind = ProviderTypeModel(provider_type)
        pid = node_id(provider_id, PROVIDER_KINDS[kind])
        query = (
            Course.filter(provider_type=kind, provider_id=pid)
            if me is not None and policies.is_provider_of(me, kind, pid)
            else Course.filter(NOTHING)
        )
        if status is not None:
            query = query.filter(status=CourseStatusModel(status))
        return await paginate(query, first=first, after=after, convert=CourseNode.from_model)

    @strawberry.field(description="Courses of my platform subtree (operators), e.g. PENDING.")
    async def courses_for_review(
        self,
        info: Info,
        status: CourseStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[CourseNode]:
        info.context.require_user()
        me = await who(info)
        if me is None or not me.scope.is_staff:
            query = Course.filter(NOTHING)
        elif me.paths is None:
            query = Course.all()
        else:
            query = Course.filter(platform_subtree_q(me.paths))
        if status is not None:
            query = query.filter(status=CourseStatusModel(status))
        return await paginate(query, first=first, after=after, convert=CourseNode.from_model)

    @strawberry.field(
        description="A course's enrollments in enrollment order: the provider and the "
        "operators of its platform subtree only (anyone else gets an empty list)."
    )
    async def course_enrollments(
        self,
        info: Info,
        course_id: strawberry.ID,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[CourseEnrollmentNode]:
        info.context.require_user()
        course = await _managed(info, course_id, provider_only=False)
        query = Enrollment.filter(course_id=course.id) if course else Enrollment.filter(NOTHING)
        return await paginate(
            query,
            first=first,
            after=after,
            convert=CourseEnrollmentNode.from_model,
            newest_first=False,
        )

    @strawberry.field(
        description="Every ENROLLED learner's attendance per lesson: the provider only (null "
        "for anyone else)."
    )
    async def course_attendance_sheet(
        self, info: Info, course_id: strawberry.ID
    ) -> CourseAttendanceSheet | None:
        info.context.require_user()
        course = await _managed(info, course_id, provider_only=True)
        if course is None:
            return None
        lessons = await Lesson.filter(course_id=course.id).order_by("position", "id")
        enrollments = await Enrollment.filter(
            course_id=course.id, status=EnrollmentStatusModel.ENROLLED
        ).order_by("id")
        rows = await Attendance.filter(lesson_id__in=[lesson.id for lesson in lessons])
        by_key = {(r.enrollment_id, r.lesson_id): r for r in rows}
        figures = await attendance.summaries([e.id for e in enrollments])
        names = {u.id: u.name for u in await User.filter(id__in=[e.user_id for e in enrollments])}
        now = clock.now()
        out: list[AttendanceRow] = []
        for e in enrollments:
            cells = []
            for lesson in lessons:
                row = by_key.get((e.id, lesson.id))
                cells.append(
                    AttendanceCell(
                        lesson_id=global_id("Lesson", lesson.id),
                        status=attendance.shown_status(row, lesson, course.ends_at, now),
                        source=row.source if row and row.source else None,
                        note=row.note if row else "",
                        watched_seconds=row.watched_seconds if row else 0,
                    )
                )
            out.append(
                AttendanceRow(
                    enrollment=CourseEnrollmentNode.from_model(e),
                    user_name=names.get(e.user_id, ""),
                    attendance_rate=figures[e.id].rate,
                    cells=cells,
                )
            )
        return CourseAttendanceSheet(
            lessons=[LessonNode.from_model(lesson, course) for lesson in lessons], rows=out
        )

    @strawberry.field(
        description="The venue screen's current self check-in code of an IN_PERSON lesson: "
        "the provider only (null for anyone else)."
    )
    async def lesson_venue_code(self, info: Info, lesson_id: strawberry.ID) -> VenueCode | None:
        info.context.require_user()
        lesson = await Lesson.get_or_none(id=node_id(lesson_id, "Lesson"))
        if lesson is None or LessonKind(lesson.kind) is not LessonKind.IN_PERSON:
            return None
        course = await Course.get(id=lesson.course_id)
        if not policies.is_provider(await who(info), course):
            return None
        code, url = checkin.venue_code(lesson.id)
        return VenueCode(
            code=code,
            expires_at=tokens.venue_expires_at(clock.now()),
            period_seconds=tokens.VENUE_PERIOD_SECONDS,
            check_in_url=url,
            qr_svg=checkin.qr_data_uri(url),
        )
