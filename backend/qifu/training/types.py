"""GraphQL types of training courses (培训课程), their lessons, enrollments and attendance."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts.loaders import load_users_by_id
from qifu.api.errors import UserError
from qifu.core import clock
from qifu.files import services as files
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs.loaders import load_platforms_by_id
from qifu.orgs.types import operator_paths
from qifu.training import attendance, checkin, policies, services
from qifu.training import file_access as file_access  # registers the cover rules
from qifu.training.loaders import (
    load_attendance_by_user_lesson,
    load_attendance_summaries,
    load_courses_by_id,
    load_enrollments_by_user_course,
    load_lessons_by_course_id,
)
from qifu.training.models import Attendance as AttendanceModel
from qifu.training.models import AttendanceSource as AttendanceSourceModel
from qifu.training.models import AttendanceStatus as AttendanceStatusModel
from qifu.training.models import Course as CourseModel
from qifu.training.models import CourseCategory as CourseCategoryModel
from qifu.training.models import CourseMode as CourseModeModel
from qifu.training.models import CourseStatus as CourseStatusModel
from qifu.training.models import Enrollment as EnrollmentModel
from qifu.training.models import EnrollmentStatus as EnrollmentStatusModel
from qifu.training.models import Lesson as LessonModel
from qifu.training.models import LessonKind as LessonKindModel
from qifu.training.models import ProviderType as ProviderTypeModel

CourseCategory = strawberry.enum(CourseCategoryModel, name="CourseCategory")
CourseMode = strawberry.enum(
    CourseModeModel,
    name="CourseMode",
    description="LIVE: live lessons only; RECORDED: videos only; OFFLINE: in-person lessons "
    "only; MIXED: any.",
)
CourseProviderType = strawberry.enum(ProviderTypeModel, name="CourseProviderType")
CourseStatus = strawberry.enum(
    CourseStatusModel,
    name="CourseStatus",
    description="DRAFT → PENDING → PUBLISHED | REJECTED; REJECTED → DRAFT; PUBLISHED → ONGOING "
    "→ ENDED (by the start and end times); PUBLISHED | ONGOING → CANCELLED.",
)
LessonKind = strawberry.enum(LessonKindModel, name="LessonKind")
CourseEnrollmentStatus = strawberry.enum(EnrollmentStatusModel, name="CourseEnrollmentStatus")
AttendanceStatus = strawberry.enum(AttendanceStatusModel, name="AttendanceStatus")
AttendanceSource = strawberry.enum(AttendanceSourceModel, name="AttendanceSource")
PROVIDER_KINDS = {
    ProviderTypeModel.INSTITUTION: "Institution",
    ProviderTypeModel.PLATFORM: "Platform",
}


def global_id(type_name: str, value: int) -> strawberry.ID:
    return strawberry.ID(str(relay.GlobalID(type_name, str(value))))


async def who(info: Info) -> policies.Who | None:
    """The signed-in person's standing for training, once per request."""
    ctx = info.context
    if ctx.user is None:
        return None
    paths = await operator_paths(info)
    return policies.who_of(ctx.user, ctx.scope, paths)


async def is_reviewer_of(info: Info, course: CourseModel) -> bool:
    me = await who(info)
    if me is None or not me.scope.is_staff:
        return False
    platform = await info.context.loader(load_platforms_by_id).load(course.platform_id)
    return policies.is_reviewer(me, platform)


async def may_manage(info: Info, course: CourseModel) -> bool:
    """The provider or an operator of the provider platform's subtree."""
    me = await who(info)
    return policies.is_provider(me, course) or await is_reviewer_of(info, course)


async def my_enrollment(info: Info, course_id: int) -> EnrollmentModel | None:
    user = info.context.user
    if user is None:
        return None
    found: EnrollmentModel | None = await info.context.loader(load_enrollments_by_user_course).load(
        (user.id, course_id)
    )
    return found


async def is_enrolled(info: Info, course_id: int) -> bool:
    found = await my_enrollment(info, course_id)
    return (
        found is not None and EnrollmentStatusModel(found.status) is EnrollmentStatusModel.ENROLLED
    )


async def visible(info: Info, course: CourseModel) -> bool:
    """Public states for anyone; any state for those who manage it; a cancelled course for
    those enrolled in it."""
    if policies.is_public(course) or await may_manage(info, course):
        return True
    return (
        CourseStatusModel(course.status) is CourseStatusModel.CANCELLED
        and await my_enrollment(info, course.id) is not None
    )


@strawberry.type(name="CourseProvider")
class CourseProvider:
    type: CourseProviderType  # type: ignore[valid-type]
    id: strawberry.ID = strawberry.field(description="The Institution's or Platform's ID.")
    name: str


@strawberry.type(name="CourseTeacher")
class CourseTeacher:
    name: str
    title: str
    expert_id: strawberry.ID | None = strawberry.field(
        description="The library's Expert, when the teacher is one."
    )


@strawberry.type(name="Course", description="A training course (培训课程) made of lessons.")
class CourseNode(relay.Node):
    id: relay.NodeID[int]
    title: str
    category: CourseCategory  # type: ignore[valid-type]
    mode: CourseMode  # type: ignore[valid-type]
    provider: CourseProvider
    teachers: list[CourseTeacher]
    description: str
    audience: str
    region_code: str
    capacity: int
    enrolled_count: int
    remaining: int
    verified_only: bool = strawberry.field(
        description="Only members of VERIFIED enterprises may enroll."
    )
    enroll_opens_at: datetime
    enroll_closes_at: datetime
    starts_at: datetime
    ends_at: datetime
    attendance_threshold: int = strawberry.field(
        description="The attendance rate (percent) a certificate needs."
    )
    contact: str
    status: CourseStatus  # type: ignore[valid-type]
    status_reason: str | None = strawberry.field(description="Why it was rejected or cancelled.")
    open_for_enrollment: bool
    created_at: datetime
    updated_at: datetime
    model: strawberry.Private[CourseModel]

    @classmethod
    def from_model(cls, c: CourseModel) -> CourseNode:
        kind = ProviderTypeModel(c.provider_type)
        return cls(
            id=c.id,
            title=c.title,
            category=CourseCategoryModel(c.category),
            mode=CourseModeModel(c.mode),
            provider=CourseProvider(
                type=kind, id=global_id(PROVIDER_KINDS[kind], c.provider_id), name=c.provider_name
            ),
            teachers=[
                CourseTeacher(
                    name=t.get("name", ""),
                    title=t.get("title", ""),
                    expert_id=global_id("Expert", int(t["expertId"]))
                    if t.get("expertId")
                    else None,
                )
                for t in c.teachers
            ],
            description=c.description,
            audience=c.audience,
            region_code=c.region_code,
            capacity=c.capacity,
            enrolled_count=c.enrolled_count,
            remaining=services.remaining(c),
            verified_only=c.verified_only,
            enroll_opens_at=c.enroll_opens_at,
            enroll_closes_at=c.enroll_closes_at,
            starts_at=c.starts_at,
            ends_at=c.ends_at,
            attendance_threshold=c.attendance_threshold,
            contact=c.contact,
            status=CourseStatusModel(c.status),
            status_reason=c.status_reason or None,
            open_for_enrollment=services.open_for_enrollment(c, clock.now()),
            created_at=c.created_at,
            updated_at=c.updated_at,
            model=c,
        )

    @strawberry.field(description="The cover image's link (null without one).")
    async def cover_url(self, info: Info) -> str | None:
        if self.model.cover_file_id is None:
            return None
        found = await info.context.loader(load_stored_files_by_id).load(self.model.cover_file_id)
        if found is None:
            return None
        if policies.is_public(self.model):
            return files.public_url(found)
        user = info.context.user
        return files.download_url(found, user) if user is not None else None

    @strawberry.field(
        description="The cover image as stored (the provider's form shows and keeps it); "
        "coverUrl is the link to display."
    )
    async def cover(self, info: Info) -> StoredFileNode | None:
        if self.model.cover_file_id is None:
            return None
        found = await info.context.loader(load_stored_files_by_id).load(self.model.cover_file_id)
        if found is None:
            return None
        return StoredFileNode.from_model(found, public=policies.is_public(self.model))

    @strawberry.field(description="The lessons in their order.")
    async def lessons(self, info: Info) -> list[LessonNode]:
        found = await info.context.loader(load_lessons_by_course_id).load(self.id)
        return [LessonNode.from_model(lesson, self.model) for lesson in found]

    @strawberry.field(description="My enrollment, if I enrolled (also when cancelled).")
    async def my_enrollment(self, info: Info) -> CourseEnrollmentNode | None:
        found = await my_enrollment(info, self.id)
        return CourseEnrollmentNode.from_model(found) if found else None

    @strawberry.field(description="Whether I am its provider (edit, lessons, attendance).")
    async def viewer_can_manage(self, info: Info) -> bool:
        return policies.is_provider(await who(info), self.model)

    @strawberry.field(description="Whether I am an operator who reviews it.")
    async def viewer_can_review(self, info: Info) -> bool:
        return await is_reviewer_of(info, self.model)

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_courses_by_id).load_many(ids)
        return [cls.from_model(c) if c and await visible(info, c) else None for c in found]


@strawberry.type(name="LessonAttendance", description="One lesson's attendance of a learner.")
class LessonAttendance:
    lesson_id: strawberry.ID
    status: AttendanceStatus | None = strawberry.field(  # type: ignore[valid-type]
        description="Null while nothing is recorded and the lesson is not over."
    )
    source: AttendanceSource | None  # type: ignore[valid-type]
    note: str
    watched_seconds: int = strawberry.field(description="VIDEO: the accepted position.")
    updated_at: datetime | None

    @classmethod
    def build(
        cls, lesson: LessonModel, course: CourseModel, row: AttendanceModel | None
    ) -> LessonAttendance:
        status = attendance.shown_status(row, lesson, course.ends_at, clock.now())
        return cls(
            lesson_id=global_id("Lesson", lesson.id),
            status=status,
            source=AttendanceSourceModel(row.source) if row and row.source else None,
            note=row.note if row else "",
            watched_seconds=row.watched_seconds if row else 0,
            updated_at=row.updated_at if row else None,
        )


@strawberry.type(name="LessonTicket", description="What the learner shows at the door.")
class LessonTicket:
    qr_data_uri: str = strawberry.field(description="The signed token's QR code (SVG data URI).")
    code: str = strawberry.field(description="A short code to type instead.")
    token: str = strawberry.field(description="The signed token the QR code holds.")


@strawberry.type(name="Lesson", description="A lesson: live stream, recorded video or in person.")
class LessonNode(relay.Node):
    id: relay.NodeID[int]
    position: int
    title: str
    kind: LessonKind  # type: ignore[valid-type]
    description: str
    duration_seconds: int | None = strawberry.field(description="VIDEO only.")
    venue: str | None = strawberry.field(description="IN_PERSON only.")
    starts_at: datetime | None = strawberry.field(description="LIVE and IN_PERSON.")
    ends_at: datetime | None
    model: strawberry.Private[LessonModel]
    course_model: strawberry.Private[CourseModel]

    @classmethod
    def from_model(cls, lesson: LessonModel, course: CourseModel) -> LessonNode:
        kind = LessonKindModel(lesson.kind)
        return cls(
            id=lesson.id,
            position=lesson.position,
            title=lesson.title,
            kind=kind,
            description=lesson.description,
            duration_seconds=lesson.duration_seconds if kind is LessonKindModel.VIDEO else None,
            venue=lesson.venue if kind is LessonKindModel.IN_PERSON else None,
            starts_at=lesson.starts_at,
            ends_at=lesson.ends_at,
            model=lesson,
            course_model=course,
        )

    async def _may_see_links(self, info: Info) -> bool:
        return await is_enrolled(info, self.course_model.id) or await may_manage(
            info, self.course_model
        )

    @strawberry.field(description="LIVE: the stream; enrolled learners, provider, reviewers.")
    async def stream_link(self, info: Info) -> str | None:
        if not self.model.stream_link or not await self._may_see_links(info):
            return None
        return self.model.stream_link

    @strawberry.field(description="VIDEO: the video; enrolled learners, provider, reviewers.")
    async def video_link(self, info: Info) -> str | None:
        if not self.model.video_link or not await self._may_see_links(info):
            return None
        return self.model.video_link

    @strawberry.field(description="My attendance (enrolled learners; null for anyone else).")
    async def my_attendance(self, info: Info) -> LessonAttendance | None:
        user = info.context.user
        if user is None or not await is_enrolled(info, self.course_model.id):
            return None
        row = await info.context.loader(load_attendance_by_user_lesson).load((user.id, self.id))
        return LessonAttendance.build(self.model, self.course_model, row)

    @strawberry.field(
        description="My check-in ticket for an IN_PERSON lesson (enrolled learners, while the "
        "course is on offer; else null)."
    )
    async def my_ticket(self, info: Info) -> LessonTicket | None:
        if LessonKindModel(self.model.kind) is not LessonKindModel.IN_PERSON:
            return None
        if CourseStatusModel(self.course_model.status) not in policies.ACTIVE:
            return None
        mine = await my_enrollment(info, self.course_model.id)
        if mine is None or EnrollmentStatusModel(mine.status) is not EnrollmentStatusModel.ENROLLED:
            return None
        token = checkin.ticket_token(self.model, mine.id)
        return LessonTicket(
            qr_data_uri=checkin.qr_data_uri(token), code=checkin.ticket_code(mine.id), token=token
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        rows = {lesson.id: lesson for lesson in await LessonModel.filter(id__in=ids)}
        out: list[Any] = []
        for i in ids:
            lesson = rows.get(i)
            course = (
                await info.context.loader(load_courses_by_id).load(lesson.course_id)
                if lesson
                else None
            )
            ok = lesson is not None and course is not None and await visible(info, course)
            out.append(cls.from_model(lesson, course) if ok and lesson and course else None)
        return out


@strawberry.type(name="CourseEnrollment", description="One learner's enrollment in a course.")
class CourseEnrollmentNode(relay.Node):
    id: relay.NodeID[int]
    status: CourseEnrollmentStatus  # type: ignore[valid-type]
    created_at: datetime
    updated_at: datetime
    course_id: strawberry.Private[int]
    user_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, e: EnrollmentModel) -> CourseEnrollmentNode:
        return cls(
            id=e.id,
            status=EnrollmentStatusModel(e.status),
            created_at=e.created_at,
            updated_at=e.updated_at,
            course_id=e.course_id,
            user_id=e.user_id,
        )

    @strawberry.field
    async def course(self, info: Info) -> CourseNode:
        found = await info.context.loader(load_courses_by_id).load(self.course_id)
        assert found is not None
        return CourseNode.from_model(found)

    @strawberry.field(description="The learner's name: the provider and reviewers only.")
    async def user_name(self, info: Info) -> str | None:
        course = await info.context.loader(load_courses_by_id).load(self.course_id)
        if course is None or not await may_manage(info, course):
            return None
        found = await info.context.loader(load_users_by_id).load(self.user_id)
        return found.name if found else ""

    async def _summary(self, info: Info) -> attendance.AttendanceSummary:
        found = await info.context.loader(load_attendance_summaries).load(self.id)
        assert found is not None
        return found

    @strawberry.field(
        description="(PRESENT + LATE) / (lessons − EXCUSED), whole percent rounded down "
        "(100 when nothing counts)."
    )
    async def attendance_rate(self, info: Info) -> int:
        return (await self._summary(info)).rate

    @strawberry.field(description="Lessons attended (PRESENT or LATE).")
    async def attended_lessons(self, info: Info) -> int:
        return (await self._summary(info)).attended_lessons

    @strawberry.field(description="The course's lessons.")
    async def total_lessons(self, info: Info) -> int:
        return (await self._summary(info)).total

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        rows = {e.id: e for e in await EnrollmentModel.filter(id__in=ids)}
        out: list[Any] = []
        user = info.context.user
        for i in ids:
            e = rows.get(i)
            if e is None or user is None:
                out.append(None)
                continue
            course = await info.context.loader(load_courses_by_id).load(e.course_id)
            ok = course is not None and (e.user_id == user.id or await may_manage(info, course))
            out.append(cls.from_model(e) if ok else None)
        return out


@strawberry.type(name="CourseAttendanceCell")
class AttendanceCell:
    lesson_id: strawberry.ID
    status: AttendanceStatus | None  # type: ignore[valid-type]
    source: AttendanceSource | None  # type: ignore[valid-type]
    note: str
    watched_seconds: int


@strawberry.type(name="CourseAttendanceRow")
class AttendanceRow:
    enrollment: CourseEnrollmentNode
    user_name: str
    attendance_rate: int
    cells: list[AttendanceCell]


@strawberry.type(name="CourseAttendanceSheet", description="Lessons × enrolled learners.")
class CourseAttendanceSheet:
    lessons: list[LessonNode]
    rows: list[AttendanceRow]


# ---- inputs and payloads


@strawberry.input(name="CourseTeacherInput")
class TeacherInput:
    name: str
    title: str = ""
    expert_id: strawberry.ID | None = strawberry.field(
        default=None, description="An Expert of the library."
    )


@strawberry.input
class CourseInput:
    title: str = strawberry.field(description="Up to 200.")
    category: CourseCategory  # type: ignore[valid-type]
    mode: CourseMode  # type: ignore[valid-type]
    capacity: int = strawberry.field(description="1–100000 places.")
    enroll_opens_at: datetime
    enroll_closes_at: datetime = strawberry.field(description="No later than endsAt.")
    starts_at: datetime
    ends_at: datetime
    teachers: list[TeacherInput] = strawberry.field(default_factory=list)
    description: str = ""
    audience: str = ""
    cover_file_id: strawberry.ID | None = strawberry.field(
        default=None, description="A LOGO-purpose image I uploaded."
    )
    region_code: str = ""
    verified_only: bool = False
    attendance_threshold: int = strawberry.field(default=80, description="0–100 percent.")
    contact: str = ""


@strawberry.input
class CreateCourseInput:
    provider_type: CourseProviderType  # type: ignore[valid-type]
    provider_id: strawberry.ID = strawberry.field(
        description="The Institution or Platform I act for."
    )
    course: CourseInput


@strawberry.input
class UpdateCourseInput:
    course_id: strawberry.ID
    course: CourseInput


@strawberry.input
class CourseIdInput:
    course_id: strawberry.ID


@strawberry.input
class CourseReasonInput:
    course_id: strawberry.ID
    reason: str


@strawberry.input
class LessonInput:
    title: str
    kind: LessonKind  # type: ignore[valid-type]
    description: str = ""
    stream_link: str = strawberry.field(default="", description="LIVE: an http(s) address.")
    video_link: str = strawberry.field(default="", description="VIDEO: an http(s) address.")
    duration_seconds: int = strawberry.field(default=0, description="VIDEO: 1–86400.")
    venue: str = strawberry.field(default="", description="IN_PERSON.")
    starts_at: datetime | None = strawberry.field(default=None, description="LIVE, IN_PERSON.")
    ends_at: datetime | None = None


@strawberry.input
class AddLessonInput:
    course_id: strawberry.ID
    lesson: LessonInput


@strawberry.input
class UpdateLessonInput:
    lesson_id: strawberry.ID
    lesson: LessonInput


@strawberry.input
class LessonIdInput:
    lesson_id: strawberry.ID


@strawberry.input
class CourseEnrollmentIdInput:
    enrollment_id: strawberry.ID


@strawberry.input
class CheckInToLessonInput:
    lesson_id: strawberry.ID
    code: str = strawberry.field(description="The scanned QR token or the typed ticket code.")
    nonce: str = strawberry.field(description="Chosen by the client per scan (≤ 64).")


@strawberry.input
class SelfCheckInToLessonInput:
    lesson_id: strawberry.ID
    venue_code: str
    nonce: str = strawberry.field(description="Chosen by the client per attempt (≤ 64).")


@strawberry.input
class ReportVideoProgressInput:
    lesson_id: strawberry.ID
    position_seconds: int


@strawberry.input
class SetLessonAttendanceInput:
    enrollment_id: strawberry.ID
    lesson_id: strawberry.ID
    status: AttendanceStatus  # type: ignore[valid-type]
    note: str = strawberry.field(description="Required, up to 500.")


@strawberry.type
class CoursePayload:
    course: CourseNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LessonPayload:
    lesson: LessonNode | None = None
    course: CourseNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CourseEnrollmentPayload:
    enrollment: CourseEnrollmentNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class JoinLiveLessonPayload:
    attendance: LessonAttendance | None = None
    stream_link: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LessonAttendancePayload:
    attendance: LessonAttendance | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
