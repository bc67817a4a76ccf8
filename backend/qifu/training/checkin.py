"""In-person lessons as a check-in kind: the lesson is the subject, the enrollment the
holder; the window opens an hour before the lesson's start and closes at its end. A check-in
records the lesson's attendance (PRESENT, or LATE after start + 10 min) in its transaction."""

from __future__ import annotations

import base64
import io
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import segno
from tortoise.transactions import in_transaction

from qifu.checkin import registry, tokens
from qifu.checkin import services as checkins
from qifu.checkin.models import CheckIn
from qifu.checkin.registry import Holder, HolderState, Subject
from qifu.checkin.services import CheckInResult, Outcome
from qifu.core import clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.settings import settings
from qifu.training import attendance
from qifu.training.models import (
    AttendanceSource,
    Course,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
)
from qifu.training.policies import Who, is_provider

KIND = "lesson"
OPENS_BEFORE = timedelta(minutes=60)
# The lesson being checked in to: an enrollment holds every lesson of its course, so the
# holder's subject is this lesson when the enrollment belongs to the lesson's course.
_lesson: ContextVar[Lesson | None] = ContextVar("training_checkin_lesson", default=None)

_STATES = {
    EnrollmentStatus.ENROLLED: HolderState.ACTIVE,
    EnrollmentStatus.CANCELLED: HolderState.CANCELLED,
}


def _holder(e: Enrollment) -> Holder:
    lesson = _lesson.get()
    subject = lesson.id if lesson is not None and lesson.course_id == e.course_id else 0
    return Holder(e.id, subject, e.user_id, _STATES[EnrollmentStatus(e.status)])


async def _by_id(holder_id: int) -> Holder | None:
    found = await Enrollment.get_or_none(id=holder_id)
    return _holder(found) if found else None


async def _of_user(lesson_id: int, user_id: int) -> Holder | None:
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None:
        return None
    found = await Enrollment.get_or_none(course_id=lesson.course_id, user_id=user_id)
    return _holder(found) if found else None


def window(lesson: Lesson, course: Course) -> Subject:
    assert lesson.starts_at is not None and lesson.ends_at is not None
    return Subject(
        lesson.id,
        opens_at=lesson.starts_at - OPENS_BEFORE,
        closes_at=lesson.ends_at,
        cancelled=CourseStatus(course.status) is CourseStatus.CANCELLED,
    )


async def in_person(lesson_id: int) -> tuple[Lesson, Course] | None:
    """An IN_PERSON lesson of a course past its review, with its course."""
    lesson = await Lesson.get_or_none(id=lesson_id)
    if lesson is None or LessonKind(lesson.kind) is not LessonKind.IN_PERSON:
        return None
    course = await Course.get(id=lesson.course_id)
    if CourseStatus(course.status) in (
        CourseStatus.DRAFT,
        CourseStatus.PENDING,
        CourseStatus.REJECTED,
    ):
        return None
    return lesson, course


async def _subject(lesson_id: int) -> Subject | None:
    found = await in_person(lesson_id)
    return window(*found) if found else None


async def _may_check_in(me: Any, lesson_id: int) -> bool:
    found = await in_person(lesson_id)
    return found is not None and isinstance(me, Who) and is_provider(me, found[1])


registry.register(
    registry.CheckInKind(
        name=KIND,
        holder=_by_id,
        holder_of_user=_of_user,
        subject=_subject,
        may_check_in=_may_check_in,
    )
)


async def _record(actor: Actor, lesson: Lesson, outcome: Outcome) -> None:
    if outcome.result not in (CheckInResult.OK, CheckInResult.ALREADY_CHECKED_IN):
        return
    if outcome.holder_id is None:
        return
    row = await CheckIn.get_or_none(kind=KIND, subject_id=lesson.id, holder_id=outcome.holder_id)
    enrollment = await Enrollment.get_or_none(id=outcome.holder_id)
    if row is None or enrollment is None:
        return
    await attendance.record_automatic(
        actor,
        lesson,
        enrollment,
        attendance.on_time(lesson, row.checked_in_at),
        AttendanceSource.CHECKIN,
    )


async def _checking(
    actor: Actor, lesson_id: int, attempt: Callable[[], Awaitable[Outcome]]
) -> Outcome:
    """Runs a check-in attempt for the lesson and records its attendance in the same
    transaction; an unknown lesson is reported on ``lessonId``."""
    lesson = await Lesson.get_or_none(id=lesson_id)
    token = _lesson.set(lesson)
    try:
        async with in_transaction():
            outcome = await attempt()
            if lesson is not None:
                await _record(actor, lesson, outcome)
    except DomainError as e:
        if e.code is ErrorCode.NOT_FOUND:
            raise DomainError(ErrorCode.NOT_FOUND, "lessonId") from e
        raise
    finally:
        _lesson.reset(token)
    return outcome


async def check_in(actor: Actor, who: Who, lesson_id: int, code: str, nonce: str) -> Outcome:
    """The provider scans an enrollment's QR token or types its code."""
    return await _checking(
        actor, lesson_id, lambda: checkins.check_in(actor, who, KIND, lesson_id, code, nonce)
    )


async def self_check_in(
    actor: Actor, who: Who, lesson_id: int, venue_code: str, nonce: str
) -> Outcome:
    """The learner enters the code shown on the venue's screen."""
    return await _checking(
        actor,
        lesson_id,
        lambda: checkins.self_check_in(actor, who.user.id, KIND, lesson_id, venue_code, nonce),
    )


def qr_data_uri(text: str) -> str:
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=5, border=2, xmldecl=False)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def ticket_token(lesson: Lesson, enrollment_id: int) -> str:
    assert lesson.ends_at is not None
    return tokens.issue_token(KIND, lesson.id, enrollment_id, lesson.ends_at)


def ticket_code(enrollment_id: int) -> str:
    return tokens.issue_code(KIND, enrollment_id)


def venue_code(lesson_id: int) -> tuple[str, str]:
    """The venue screen's current code and the self check-in address it opens."""
    now = clock.now()
    code = tokens.venue_code(KIND, lesson_id, tokens.venue_period(now))
    url = f"{settings().public_url.rstrip('/')}/training/lessons/{lesson_id}/check-in?" + (
        urlencode({"code": code})
    )
    return code, url
