"""Training courses: the provider's life cycle as an explicit state table, the operators'
review, the worker's moves at the start and end times, lessons and enrollment.

Actions (anything else is INVALID_TRANSITION and changes nothing):

    submit   provider  DRAFT (≥ 1 lesson)            → PENDING
    approve  reviewer  PENDING                       → PUBLISHED
    reject   reviewer  PENDING                       → REJECTED(reason)
    revise   provider  REJECTED                      → DRAFT
    start    system    PUBLISHED (starts_at passed)  → ONGOING
    end      system    ONGOING (ends_at passed)      → ENDED
    cancel   provider  PUBLISHED, ONGOING            → CANCELLED(reason), enrolled users told

Someone who may not act is answered as for an unknown course. Every action and every
enrollment locks the course row first (select_for_update), so places are never oversold.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.core import audit, batches, clock, outbox
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.files.models import FilePurpose, StoredFile
from qifu.notify import services as inbox
from qifu.notify import worker
from qifu.notify.mail import render
from qifu.orgs.models import (
    CertificationStatus,
    Enterprise,
    Expert,
    ExpertStatus,
    Institution,
    Platform,
)
from qifu.settings import settings
from qifu.training.models import (
    Course,
    CourseCategory,
    CourseMode,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
    ProviderType,
)
from qifu.training.policies import ACTIVE, Who, is_provider, is_provider_of, is_reviewer

S = CourseStatus
E = EnrollmentStatus
TITLE_MAX = 200
TEXT_MAX = 20000
REASON_MAX = 1000
LINK_MAX = 500
MAX_CAPACITY = 100000
MAX_TEACHERS = 20
MAX_LESSONS = 200
MAX_VIDEO_SECONDS = 86400
SYSTEM = Actor(label="system", ip="", user_agent="worker")
# Which lesson kinds a course mode allows.
KINDS_OF_MODE: dict[CourseMode, frozenset[LessonKind]] = {
    CourseMode.LIVE: frozenset({LessonKind.LIVE}),
    CourseMode.RECORDED: frozenset({LessonKind.VIDEO}),
    CourseMode.OFFLINE: frozenset({LessonKind.IN_PERSON}),
    CourseMode.MIXED: frozenset(LessonKind),
}


class Side(StrEnum):
    PROVIDER = "PROVIDER"
    REVIEWER = "REVIEWER"
    SYSTEM = "SYSTEM"


@dataclass(frozen=True)
class Action:
    side: Side
    sources: frozenset[S]
    target: S


ACTIONS: dict[str, Action] = {
    "submit": Action(Side.PROVIDER, frozenset({S.DRAFT}), S.PENDING),
    "approve": Action(Side.REVIEWER, frozenset({S.PENDING}), S.PUBLISHED),
    "reject": Action(Side.REVIEWER, frozenset({S.PENDING}), S.REJECTED),
    "revise": Action(Side.PROVIDER, frozenset({S.REJECTED}), S.DRAFT),
    "start": Action(Side.SYSTEM, frozenset({S.PUBLISHED}), S.ONGOING),
    "end": Action(Side.SYSTEM, frozenset({S.ONGOING}), S.ENDED),
    "cancel": Action(Side.PROVIDER, ACTIVE, S.CANCELLED),
}
TRANSITIONS: dict[S, frozenset[S]] = {
    state: frozenset(a.target for a in ACTIONS.values() if state in a.sources) for state in S
}
EDITABLE = frozenset({S.DRAFT, S.REJECTED})


# ---- locking and acting


async def locked(course_id: int, field: str = "courseId") -> Course:
    found = await Course.filter(id=course_id).select_for_update().first()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, field)
    return found


async def managing(who: Who, course_id: int, field: str = "courseId") -> Course:
    """The course, locked, when ``who`` is its provider; else as unknown."""
    course = await locked(course_id, field)
    if not is_provider(who, course):
        raise DomainError(ErrorCode.NOT_FOUND, field)
    return course


async def _acting(who: Who, course_id: int, action: str) -> Course:
    rule = ACTIONS[action]
    course = await locked(course_id)
    if rule.side is Side.PROVIDER and not is_provider(who, course):
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    if rule.side is Side.REVIEWER and not is_reviewer(
        who, await Platform.get_or_none(id=course.platform_id)
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    if S(course.status) not in rule.sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
    return course


async def _provider(who: Who, kind: ProviderType, provider_id: int) -> tuple[int, str]:
    """The provider's platform and full name, when ``who`` may act for it."""
    missing = DomainError(ErrorCode.NOT_FOUND, "providerId")
    if not is_provider_of(who, kind, provider_id):
        raise missing
    if kind is ProviderType.INSTITUTION:
        inst = await Institution.get_or_none(id=provider_id)
        if inst is None:
            raise missing
        return inst.platform_id, inst.name
    platform = await Platform.get_or_none(id=provider_id)
    if platform is None:
        raise missing
    return platform.id, platform.name


# ---- validation


@dataclass(frozen=True)
class Teacher:
    name: str
    title: str = ""
    expert_id: int | None = None


@dataclass(frozen=True)
class CourseData:
    title: str
    category: CourseCategory
    mode: CourseMode
    capacity: int
    enroll_opens_at: datetime
    enroll_closes_at: datetime
    starts_at: datetime
    ends_at: datetime
    teachers: tuple[Teacher, ...] = ()
    description: str = ""
    audience: str = ""
    cover_file_id: int | None = None
    region_code: str = ""
    verified_only: bool = False
    attendance_threshold: int = 80
    contact: str = ""


def _check(data: CourseData) -> None:
    teachers_bad = None
    if len(data.teachers) > MAX_TEACHERS:
        teachers_bad = DomainError(ErrorCode.TOO_MANY, "teachers")
    elif any(not t.name.strip() or len(t.name) > 50 or len(t.title) > 100 for t in data.teachers):
        teachers_bad = DomainError(ErrorCode.INVALID, "teachers")
    raise_all(
        check_text(data.title, "title", max_len=TITLE_MAX),
        check_text(data.description, "description", required=False, max_len=TEXT_MAX),
        check_text(data.audience, "audience", required=False, max_len=TEXT_MAX),
        teachers_bad,
        None if 1 <= data.capacity <= MAX_CAPACITY else DomainError(ErrorCode.INVALID, "capacity"),
        None if data.ends_at > data.starts_at else DomainError(ErrorCode.INVALID, "endsAt"),
        None
        if data.enroll_closes_at > data.enroll_opens_at
        else DomainError(ErrorCode.INVALID, "enrollOpensAt"),
        None
        if data.enroll_closes_at <= data.ends_at
        else DomainError(ErrorCode.INVALID, "enrollClosesAt"),
        None
        if 0 <= data.attendance_threshold <= 100
        else DomainError(ErrorCode.INVALID, "attendanceThreshold"),
        None
        if not data.region_code or (len(data.region_code) == 6 and data.region_code.isdigit())
        else DomainError(ErrorCode.INVALID_REGION, "regionCode"),
        check_text(data.contact, "contact", required=False, max_len=200),
    )


async def _check_teachers(data: CourseData) -> None:
    ids = {t.expert_id for t in data.teachers if t.expert_id is not None}
    if not ids:
        return
    found = await Expert.filter(id__in=list(ids), status=ExpertStatus.ACTIVE).count()
    if found != len(ids):
        raise DomainError(ErrorCode.NOT_FOUND, "teachers")


async def _check_cover(user: User, cover_id: int | None, current: int | None = None) -> None:
    """An image the person uploaded as a LOGO (or the cover the course already has)."""
    if cover_id is None or cover_id == current:
        return
    stored = await StoredFile.get_or_none(id=cover_id)
    if stored is None or stored.owner_id != user.id:
        raise DomainError(ErrorCode.NOT_FOUND, "coverFileId")
    if stored.purpose != FilePurpose.LOGO:
        raise DomainError(ErrorCode.INVALID, "coverFileId")


def _apply(course: Course, data: CourseData) -> None:
    course.title = data.title.strip()
    course.category = data.category
    course.mode = data.mode
    course.teachers = [
        {"name": t.name.strip(), "title": t.title.strip(), "expertId": t.expert_id}
        for t in data.teachers
    ]
    course.description = data.description.strip()
    course.audience = data.audience.strip()
    course.cover_file_id = data.cover_file_id
    course.region_code = data.region_code
    course.capacity = data.capacity
    course.verified_only = data.verified_only
    course.enroll_opens_at = data.enroll_opens_at
    course.enroll_closes_at = data.enroll_closes_at
    course.starts_at = data.starts_at
    course.ends_at = data.ends_at
    course.attendance_threshold = data.attendance_threshold
    course.contact = data.contact.strip()


# ---- notifications


def course_path(course_id: int) -> str:
    gid = base64.b64encode(f"Course:{course_id}".encode()).decode()
    return f"/courses/{gid}"


async def tell(
    user_ids: Sequence[int], course: Course, event: str, title: str, lines: list[str]
) -> None:
    """A mail and an inbox notification to each user, in the caller's transaction."""
    if not user_ids:
        return
    path = course_path(course.id)
    body = [f"课程：{course.title}", f"主办方：{course.provider_name}", *lines]
    text, html = render(
        title, ["您好！", *body], ("查看课程", f"{settings().public_url.rstrip('/')}{path}")
    )
    users = await User.filter(id__in=list(user_ids), deleted_at=None, is_active=True)
    for email in sorted({u.email for u in users}):
        await outbox.enqueue_email(email, f"【企服】{title}", text, html)
    await inbox.notify(
        [u.id for u in users],
        kind=f"course.{event}",
        title=title,
        body="\n".join(body),
        link=path,
        subject=("Course", course.id),
    )


async def _move(actor: Actor, course: Course, to: S, reason: str = "") -> Course:
    current = S(course.status)
    course.status = to
    course.status_reason = reason.strip()
    course.updated_at = clock.now()
    await course.save()
    await audit.record(
        actor, f"course.{to.value.lower()}", "Course", course.id, detail={"from": current}
    )
    return course


def _reason(reason: str) -> None:
    if not reason.strip():
        raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
    if len(reason) > REASON_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reason")


# ---- the provider's and reviewers' actions


async def create(
    actor: Actor, who: Who, kind: ProviderType, provider_id: int, data: CourseData
) -> Course:
    _check(data)
    platform_id, name = await _provider(who, kind, provider_id)
    await _check_teachers(data)
    await _check_cover(who.user, data.cover_file_id)
    now = clock.now()
    course = Course(
        provider_type=kind,
        provider_id=provider_id,
        provider_name=name,
        platform_id=platform_id,
        created_by_id=who.user.id,
        status=S.DRAFT,
        created_at=now,
        updated_at=now,
    )
    _apply(course, data)
    async with in_transaction():
        await course.save()
        await audit.record(actor, "course.create", "Course", course.id)
    return course


async def update(actor: Actor, who: Who, course_id: int, data: CourseData) -> Course:
    _check(data)
    async with in_transaction():
        course = await managing(who, course_id)
        if S(course.status) not in EDITABLE:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
        await _check_teachers(data)
        await _check_cover(who.user, data.cover_file_id, course.cover_file_id)
        _apply(course, data)
        course.updated_at = clock.now()
        await course.save()
        await audit.record(actor, "course.update", "Course", course.id)
    return course


def lesson_problems(course: Course, lesson: Lesson) -> list[DomainError]:
    """What keeps a lesson from fitting its course (mode and period)."""
    kind = LessonKind(lesson.kind)
    out: list[DomainError] = []
    if kind not in KINDS_OF_MODE[CourseMode(course.mode)]:
        out.append(DomainError(ErrorCode.INVALID, "kind"))
    if lesson.starts_at is not None and lesson.starts_at < course.starts_at:
        out.append(DomainError(ErrorCode.INVALID, "startsAt"))
    if lesson.ends_at is not None and lesson.ends_at > course.ends_at:
        out.append(DomainError(ErrorCode.INVALID, "endsAt"))
    return out


async def submit(actor: Actor, who: Who, course_id: int) -> Course:
    async with in_transaction():
        course = await _acting(who, course_id, "submit")
        if course.starts_at <= clock.now():
            raise DomainError(ErrorCode.INVALID, "startsAt")
        lessons = await Lesson.filter(course_id=course.id)
        if not lessons:
            raise DomainError(ErrorCode.REQUIRED, "lessons")
        if any(lesson_problems(course, lesson) for lesson in lessons):
            raise DomainError(ErrorCode.INVALID, "lessons")
        return await _move(actor, course, S.PENDING)


async def approve(actor: Actor, who: Who, course_id: int) -> Course:
    async with in_transaction():
        course = await _acting(who, course_id, "approve")
        return await _move(actor, course, S.PUBLISHED)


async def reject(actor: Actor, who: Who, course_id: int, reason: str) -> Course:
    _reason(reason)
    async with in_transaction():
        course = await _acting(who, course_id, "reject")
        return await _move(actor, course, S.REJECTED, reason)


async def revise(actor: Actor, who: Who, course_id: int) -> Course:
    async with in_transaction():
        course = await _acting(who, course_id, "revise")
        return await _move(actor, course, S.DRAFT, course.status_reason)


async def cancel(actor: Actor, who: Who, course_id: int, reason: str) -> Course:
    """The enrollments stay (the learners keep their record); the learners are told."""
    _reason(reason)
    async with in_transaction():
        course = await _acting(who, course_id, "cancel")
        users = await Enrollment.filter(course_id=course.id, status=E.ENROLLED).values_list(
            "user_id", flat=True
        )
        await _move(actor, course, S.CANCELLED, reason)
        await tell(
            sorted({int(u) for u in users}),  # type: ignore[call-overload]
            course,
            "cancelled",
            "课程已取消",
            [f"原因：{reason.strip()}"],
        )
    return course


# ---- the worker: start and end times


async def _claim_each(status: S, due: Q, target: S, batch: int) -> int:
    """Move every course in ``status`` whose time has come (see qifu.core.batches)."""
    now = clock.now()

    def still_due(course: Course) -> bool:
        # Re-checked on the locked row: a concurrent cancel may have won.
        moment = course.starts_at if target is S.ONGOING else course.ends_at
        return S(course.status) is status and target in TRANSITIONS[status] and moment <= now

    async def move(course: Course) -> None:
        await _move(SYSTEM, course, target)

    return await batches.claim_each(Course, Q(due, status=status), still_due, move, batch)


async def move_by_time(batch: int = 50) -> int:
    """PUBLISHED → ONGOING at the start, ONGOING → ENDED at the end (the worker's job)."""
    now = clock.now()
    started = await _claim_each(S.PUBLISHED, Q(starts_at__lte=now), S.ONGOING, batch)
    ended = await _claim_each(S.ONGOING, Q(ends_at__lte=now), S.ENDED, batch)
    return started + ended


# ---- lessons


@dataclass(frozen=True)
class LessonData:
    title: str
    kind: LessonKind
    description: str = ""
    stream_link: str = ""
    video_link: str = ""
    duration_seconds: int = 0
    venue: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None


def _http(link: str) -> bool:
    return (link.startswith("https://") or link.startswith("http://")) and len(link) <= LINK_MAX


def _check_lesson(data: LessonData) -> None:
    kind = data.kind
    timed = kind in (LessonKind.LIVE, LessonKind.IN_PERSON)
    checks: list[DomainError | None] = [
        check_text(data.title, "title", max_len=TITLE_MAX),
        check_text(data.description, "description", required=False, max_len=TEXT_MAX),
    ]
    if kind is LessonKind.LIVE:
        link = data.stream_link.strip()
        checks.append(
            DomainError(ErrorCode.REQUIRED, "streamLink")
            if not link
            else None
            if _http(link)
            else DomainError(ErrorCode.INVALID, "streamLink")
        )
    if kind is LessonKind.VIDEO:
        link = data.video_link.strip()
        checks.append(
            DomainError(ErrorCode.REQUIRED, "videoLink")
            if not link
            else None
            if _http(link)
            else DomainError(ErrorCode.INVALID, "videoLink")
        )
        checks.append(
            None
            if 1 <= data.duration_seconds <= MAX_VIDEO_SECONDS
            else DomainError(ErrorCode.INVALID, "durationSeconds")
        )
    if kind is LessonKind.IN_PERSON:
        checks.append(check_text(data.venue, "venue", max_len=300))
    if timed:
        checks.append(
            DomainError(ErrorCode.REQUIRED, "startsAt") if data.starts_at is None else None
        )
        checks.append(DomainError(ErrorCode.REQUIRED, "endsAt") if data.ends_at is None else None)
        if data.starts_at is not None and data.ends_at is not None:
            checks.append(
                None if data.ends_at > data.starts_at else DomainError(ErrorCode.INVALID, "endsAt")
            )
    raise_all(*checks)


def _apply_lesson(lesson: Lesson, data: LessonData) -> None:
    kind = data.kind
    timed = kind in (LessonKind.LIVE, LessonKind.IN_PERSON)
    lesson.title = data.title.strip()
    lesson.kind = kind
    lesson.description = data.description.strip()
    lesson.stream_link = data.stream_link.strip() if kind is LessonKind.LIVE else ""
    lesson.video_link = data.video_link.strip() if kind is LessonKind.VIDEO else ""
    lesson.duration_seconds = data.duration_seconds if kind is LessonKind.VIDEO else 0
    lesson.venue = data.venue.strip() if kind is LessonKind.IN_PERSON else ""
    lesson.starts_at = data.starts_at if timed else None
    lesson.ends_at = data.ends_at if timed else None


def _fits(course: Course, lesson: Lesson) -> None:
    raise_all(*lesson_problems(course, lesson))


async def _editable_course(who: Who, course_id: int, field: str) -> Course:
    course = await managing(who, course_id, field)
    if S(course.status) not in EDITABLE:
        raise DomainError(ErrorCode.INVALID_TRANSITION, field)
    return course


async def add_lesson(actor: Actor, who: Who, course_id: int, data: LessonData) -> Lesson:
    _check_lesson(data)
    async with in_transaction():
        course = await _editable_course(who, course_id, "courseId")
        last = await Lesson.filter(course_id=course.id).order_by("-position").first()
        if await Lesson.filter(course_id=course.id).count() >= MAX_LESSONS:
            raise DomainError(ErrorCode.TOO_MANY, "lessons")
        now = clock.now()
        lesson = Lesson(
            course_id=course.id,
            position=(last.position + 1) if last else 1,
            created_at=now,
            updated_at=now,
        )
        _apply_lesson(lesson, data)
        _fits(course, lesson)
        await lesson.save()
        await audit.record(actor, "course.add_lesson", "Lesson", lesson.id)
    return lesson


async def _lesson_of(who: Who, lesson_id: int) -> tuple[Course, Lesson]:
    found = await Lesson.get_or_none(id=lesson_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
    course = await _editable_course(who, found.course_id, "lessonId")
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None:
        raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
    return course, lesson


async def update_lesson(actor: Actor, who: Who, lesson_id: int, data: LessonData) -> Lesson:
    _check_lesson(data)
    async with in_transaction():
        course, lesson = await _lesson_of(who, lesson_id)
        _apply_lesson(lesson, data)
        _fits(course, lesson)
        lesson.updated_at = clock.now()
        await lesson.save()
        await audit.record(actor, "course.update_lesson", "Lesson", lesson.id)
    return lesson


async def remove_lesson(actor: Actor, who: Who, lesson_id: int) -> Course:
    """The lessons after it move up one place."""
    async with in_transaction():
        course, lesson = await _lesson_of(who, lesson_id)
        position = lesson.position
        await lesson.delete()
        for later in await Lesson.filter(course_id=course.id, position__gt=position).order_by(
            "position"
        ):
            later.position -= 1
            await later.save(update_fields=["position"])
        await audit.record(actor, "course.remove_lesson", "Lesson", lesson_id)
    return course


# ---- enrollment


def open_for_enrollment(course: Course, now: datetime) -> bool:
    return S(course.status) in ACTIVE and course.enroll_opens_at <= now <= course.enroll_closes_at


def remaining(course: Course) -> int:
    return max(course.capacity - course.enrolled_count, 0)


async def _verified_member(who: Who) -> bool:
    ids = list(who.scope.enterprise_member_of)
    return (
        bool(ids)
        and await Enterprise.filter(id__in=ids, status=CertificationStatus.VERIFIED).exists()
    )


async def enroll(actor: Actor, who: Who, course_id: int) -> Enrollment:
    """One enrollment per person; a cancelled one comes back to life."""
    async with in_transaction():
        course = await locked(course_id)
        existing = await Enrollment.filter(course_id=course.id, user_id=who.user.id).first()
        status = S(course.status)
        if status in (S.DRAFT, S.PENDING, S.REJECTED) or (
            status is S.CANCELLED and existing is None
        ):
            raise DomainError(ErrorCode.NOT_FOUND, "courseId")  # not visible to this person
        if not open_for_enrollment(course, clock.now()):
            raise DomainError(ErrorCode.ENROLLMENT_CLOSED, "courseId")
        if course.verified_only and not await _verified_member(who):
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "courseId")
        if existing is not None and E(existing.status) is E.ENROLLED:
            raise DomainError(ErrorCode.ALREADY_ENROLLED, "courseId")
        if course.enrolled_count >= course.capacity:
            raise DomainError(ErrorCode.COURSE_FULL, "courseId")
        now = clock.now()
        enrollment = existing or Enrollment(
            course_id=course.id, user_id=who.user.id, created_at=now
        )
        enrollment.status = E.ENROLLED
        enrollment.updated_at = now
        try:
            await enrollment.save()
        except IntegrityError as e:  # only without the row lock (never on PostgreSQL)
            raise DomainError(ErrorCode.ALREADY_ENROLLED, "courseId") from e
        course.enrolled_count += 1
        await course.save(update_fields=["enrolled_count"])
        await audit.record(actor, "course.enroll", "CourseEnrollment", enrollment.id)
    return enrollment


async def cancel_enrollment(actor: Actor, who: Who, enrollment_id: int) -> Enrollment:
    """The learner withdraws while the course is on offer; the place is freed."""
    async with in_transaction():
        found = await Enrollment.get_or_none(id=enrollment_id)
        if found is None or found.user_id != who.user.id:
            raise DomainError(ErrorCode.NOT_FOUND, "enrollmentId")
        course = await locked(found.course_id, "enrollmentId")
        enrollment = await Enrollment.get(id=enrollment_id)  # re-read under the lock
        if E(enrollment.status) is not E.ENROLLED or S(course.status) not in ACTIVE:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "enrollmentId")
        enrollment.status = E.CANCELLED
        enrollment.updated_at = clock.now()
        await enrollment.save()
        course.enrolled_count = max(course.enrolled_count - 1, 0)
        await course.save(update_fields=["enrolled_count"])
        await audit.record(actor, "course.cancel_enrollment", "CourseEnrollment", enrollment.id)
    return enrollment


LATE_AFTER = timedelta(minutes=10)

worker.register_job("training.move_by_time", move_by_time, every_seconds=60)
