"""Attendance per (lesson, enrollment): recorded by in-person check-in, by joining a live
lesson in its window, by honest video progress, or set by the provider with a note (which
later automatic events never override). No row means nothing recorded yet: ABSENT once the
lesson is over (VIDEO lessons: once the course is over).

Attendance rate of an enrollment = (PRESENT + LATE) / (lessons − EXCUSED) as a whole percent
(rounded down; 100 when the denominator is 0)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.training.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    Course,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
)
from qifu.training.policies import ACTIVE, Who, is_provider

A = AttendanceStatus
LATE_AFTER = timedelta(minutes=10)
LIVE_OPENS_BEFORE = timedelta(minutes=15)
# Watching may run at most this much faster than the server's clock (e.g. 1.25× playback).
VIDEO_SPEED = 1.25
VIDEO_SHARE = 0.9
NOTE_MAX = 500


@dataclass(frozen=True)
class AttendanceSummary:
    attended: int  # PRESENT
    late: int
    excused: int
    absent: int  # ABSENT, or nothing recorded for a lesson that is over
    total: int  # the course's lessons
    rate: int  # percent

    @property
    def attended_lessons(self) -> int:
        return self.attended + self.late


def rate_of(present: int, late: int, excused: int, total: int) -> int:
    denominator = total - excused
    if denominator <= 0:
        return 100
    return min(100, (present + late) * 100 // denominator)


def is_over(lesson: Lesson, course_ends_at: datetime, now: datetime) -> bool:
    """Whether a lesson without a record counts as ABSENT."""
    if LessonKind(lesson.kind) is LessonKind.VIDEO or lesson.ends_at is None:
        return now >= course_ends_at
    return now >= lesson.ends_at


def shown_status(
    row: Attendance | None, lesson: Lesson, course_ends_at: datetime, now: datetime
) -> AttendanceStatus | None:
    if row is not None and row.status is not None:
        return A(row.status)
    return A.ABSENT if is_over(lesson, course_ends_at, now) else None


async def summaries(enrollment_ids: Sequence[int]) -> dict[int, AttendanceSummary]:
    """Each enrollment's attendance figures, in three statements whatever the number."""
    ids = list(set(enrollment_ids))
    if not ids:
        return {}
    enrollments = await Enrollment.filter(id__in=ids).values_list(
        "id", "course_id", "course__ends_at"
    )
    course_ids = list({int(c) for _, c, _ in enrollments})
    courses = {int(c): ends for _, c, ends in enrollments}
    lessons = await Lesson.filter(course_id__in=course_ids)
    rows = await Attendance.filter(enrollment_id__in=ids)
    by_key = {(r.enrollment_id, r.lesson_id): r for r in rows}
    by_course: dict[int, list[Lesson]] = {}
    for lesson in lessons:
        by_course.setdefault(lesson.course_id, []).append(lesson)
    now = clock.now()
    out: dict[int, AttendanceSummary] = {}
    for eid, cid, _ends in enrollments:
        counts = dict.fromkeys(A, 0)
        course_lessons = by_course.get(int(cid), [])
        for lesson in course_lessons:
            status = shown_status(by_key.get((int(eid), lesson.id)), lesson, courses[int(cid)], now)
            if status is not None:
                counts[status] += 1
        out[int(eid)] = AttendanceSummary(
            attended=counts[A.PRESENT],
            late=counts[A.LATE],
            excused=counts[A.EXCUSED],
            absent=counts[A.ABSENT],
            total=len(course_lessons),
            rate=rate_of(counts[A.PRESENT], counts[A.LATE], counts[A.EXCUSED], len(course_lessons)),
        )
    return out


async def summary(enrollment_id: int) -> AttendanceSummary:
    return (await summaries([enrollment_id]))[enrollment_id]


async def after_change(enrollment_id: int) -> None:
    """Every change of attendance may complete a certificate: in the caller's transaction."""
    from qifu.training.certificates import issue_if_eligible

    await issue_if_eligible(enrollment_id)


def on_time(lesson: Lesson, at: datetime) -> AttendanceStatus:
    assert lesson.starts_at is not None
    return A.LATE if at > lesson.starts_at + LATE_AFTER else A.PRESENT


async def _row(lesson: Lesson, enrollment: Enrollment) -> Attendance:
    """The attendance row, locked (created when missing, under the enrollment's lock)."""
    await Enrollment.filter(id=enrollment.id).select_for_update().first()
    found = (
        await Attendance.filter(lesson_id=lesson.id, enrollment_id=enrollment.id)
        .select_for_update()
        .first()
    )
    if found is not None:
        return found
    return await Attendance.create(
        lesson_id=lesson.id,
        enrollment_id=enrollment.id,
        user_id=enrollment.user_id,
        updated_at=clock.now(),
    )


async def record_automatic(
    actor: Actor,
    lesson: Lesson,
    enrollment: Enrollment,
    status: AttendanceStatus,
    source: AttendanceSource,
) -> Attendance:
    """A check-in or live join: the first record stands; the provider's word is never
    overridden. Runs in the caller's transaction."""
    row = await _row(lesson, enrollment)
    if row.status is None:
        row.status = status
        row.source = source
        row.updated_at = clock.now()
        await row.save()
        await audit.record(
            actor,
            "course.attendance",
            "Lesson",
            lesson.id,
            detail={"enrollment": enrollment.id, "status": status.value, "source": source.value},
        )
        await after_change(enrollment.id)
    return row


async def _learner(who: Who, lesson_id: int) -> tuple[Course, Lesson, Enrollment]:
    """The lesson, its course and my ENROLLED enrollment; the lesson is unknown to those who
    cannot see the course."""
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None:
        raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
    course = await Course.get(id=lesson.course_id)
    enrollment = await Enrollment.get_or_none(course_id=course.id, user_id=who.user.id)
    status = CourseStatus(course.status)
    if status in (CourseStatus.DRAFT, CourseStatus.PENDING, CourseStatus.REJECTED) or (
        status is CourseStatus.CANCELLED and enrollment is None
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
    if enrollment is None or EnrollmentStatus(enrollment.status) is not EnrollmentStatus.ENROLLED:
        raise DomainError(ErrorCode.NOT_ENROLLED, "lessonId")
    if status not in ACTIVE:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "lessonId")
    return course, lesson, enrollment


async def join_live(actor: Actor, who: Who, lesson_id: int) -> tuple[Attendance, str]:
    """Joining a LIVE lesson in [start − 15 min, end]: PRESENT, or LATE after start + 10 min;
    answers the stream link."""
    async with in_transaction():
        _course, lesson, enrollment = await _learner(who, lesson_id)
        if LessonKind(lesson.kind) is not LessonKind.LIVE:
            raise DomainError(ErrorCode.INVALID, "lessonId")
        assert lesson.starts_at is not None and lesson.ends_at is not None
        now = clock.now()
        if not lesson.starts_at - LIVE_OPENS_BEFORE <= now <= lesson.ends_at:
            raise DomainError(ErrorCode.LESSON_NOT_OPEN, "lessonId")
        row = await record_automatic(
            actor, lesson, enrollment, on_time(lesson, now), AttendanceSource.LIVE_JOIN
        )
    return row, lesson.stream_link


async def report_video(actor: Actor, who: Who, lesson_id: int, position: int) -> Attendance:
    """A player's progress report. Accepted position = min(position, previous + 1.25 × the
    server's seconds since the previous accepted report, duration), never backwards; the
    first report only starts the clock. ≥ 90 % of the duration: PRESENT."""
    if position < 0:
        raise DomainError(ErrorCode.INVALID, "positionSeconds")
    async with in_transaction():
        course, lesson, enrollment = await _learner(who, lesson_id)
        if LessonKind(lesson.kind) is not LessonKind.VIDEO:
            raise DomainError(ErrorCode.INVALID, "lessonId")
        now = clock.now()
        if not course.starts_at <= now <= course.ends_at:
            raise DomainError(ErrorCode.LESSON_NOT_OPEN, "lessonId")
        row = await _row(lesson, enrollment)
        previous = row.watched_seconds
        if row.last_report_at is not None:
            elapsed = max((now - row.last_report_at).total_seconds(), 0.0)
            allowed = min(float(position), previous + VIDEO_SPEED * elapsed)
            row.watched_seconds = max(previous, min(int(allowed), lesson.duration_seconds))
        row.last_report_at = now
        row.updated_at = now
        reached = row.watched_seconds >= VIDEO_SHARE * lesson.duration_seconds
        changed = reached and row.status is None
        if changed:
            row.status = A.PRESENT
            row.source = AttendanceSource.VIDEO
        await row.save()
        if changed:
            await audit.record(
                actor,
                "course.attendance",
                "Lesson",
                lesson.id,
                detail={"enrollment": enrollment.id, "status": "PRESENT", "source": "VIDEO"},
            )
            await after_change(enrollment.id)
    return row


async def set_by_provider(
    actor: Actor,
    who: Who,
    enrollment_id: int,
    lesson_id: int,
    status: AttendanceStatus,
    note: str,
) -> Attendance:
    """The provider's word (e.g. a walk-in, an excused absence), with a note."""
    raise_all(check_text(note, "note", max_len=NOTE_MAX))
    async with in_transaction():
        lesson = await Lesson.get_or_none(id=lesson_id)
        enrollment = await Enrollment.get_or_none(id=enrollment_id)
        if lesson is None:
            raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
        course = await Course.filter(id=lesson.course_id).select_for_update().first()
        if course is None or not is_provider(who, course):
            raise DomainError(ErrorCode.NOT_FOUND, "lessonId")
        if enrollment is None or enrollment.course_id != course.id:
            raise DomainError(ErrorCode.NOT_FOUND, "enrollmentId")
        if EnrollmentStatus(enrollment.status) is not EnrollmentStatus.ENROLLED or CourseStatus(
            course.status
        ) not in (CourseStatus.PUBLISHED, CourseStatus.ONGOING, CourseStatus.ENDED):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "enrollmentId")
        row = await _row(lesson, enrollment)
        row.status = status
        row.source = AttendanceSource.PROVIDER
        row.note = note.strip()
        row.set_by_id = who.user.id
        row.updated_at = clock.now()
        await row.save()
        await audit.record(
            actor,
            "course.set_attendance",
            "Lesson",
            lesson.id,
            detail={"enrollment": enrollment.id, "status": status.value},
        )
        await after_change(enrollment.id)
    return row
