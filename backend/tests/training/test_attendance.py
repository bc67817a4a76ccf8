"""Attendance rules on the test clock: live join window and LATE after 10 minutes, in-person
check-in (window, LATE, self check-in, wrong course, cancelled enrollment), video progress
that tries to jump, to exceed the duration or to go backwards, the provider's word with a
note that later automatic events keep, the attendance rate, and the certificate hook."""

from __future__ import annotations

from datetime import datetime, timedelta

from qifu.checkin import tokens
from qifu.checkin.models import CheckIn
from qifu.checkin.services import CheckInResult
from qifu.core import clock
from qifu.core.errors import ErrorCode
from qifu.core.models import AuditEvent
from qifu.training import attendance, checkin, services
from qifu.training.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    Certificate,
    Course,
    CourseStatus,
    Enrollment,
    Lesson,
)
from tests.support import ACTOR
from tests.training.support import World, drive, enroll, lessons_of
from tests.training.test_state_machine import refused

S = CourseStatus
A = AttendanceStatus


def at(moment: datetime) -> None:
    clock.advance(moment - clock.now())


async def ongoing(
    world: World, *learners: str, **changes: object
) -> tuple[Course, list[Enrollment]]:
    """A published course with the learners enrolled, moved to ONGOING by the worker."""
    c = await drive(world, S.PUBLISHED, **changes)
    enrollments = [await enroll(world, role, c) for role in learners]
    at(c.starts_at + timedelta(seconds=1))
    await services.move_by_time()
    return await Course.get(id=c.id), enrollments


async def row(lesson: Lesson, enrollment: Enrollment) -> Attendance | None:
    return await Attendance.get_or_none(lesson_id=lesson.id, enrollment_id=enrollment.id)


# ---- live


async def test_live_join_window_and_late(world: World) -> None:
    c, (e1, _e2, _e3) = await ongoing(world, "user", "user2", "verified")
    live = (await lessons_of(c))["LIVE"]
    assert live.starts_at is not None and live.ends_at is not None
    u1, u2, u3 = [await world.who(r) for r in ("user", "user2", "verified")]

    at(live.starts_at - timedelta(minutes=15, seconds=1))
    await refused(attendance.join_live(ACTOR, u1, live.id), ErrorCode.LESSON_NOT_OPEN, "lessonId")
    assert await row(live, e1) is None

    at(live.starts_at - timedelta(minutes=15))
    first, link = await attendance.join_live(ACTOR, u1, live.id)
    assert (first.status, first.source, link) == (
        A.PRESENT,
        AttendanceSource.LIVE_JOIN,
        "https://live.example.cn/room/1",
    )
    at(live.starts_at + timedelta(minutes=10) - timedelta(seconds=1))
    assert (await attendance.join_live(ACTOR, u2, live.id))[0].status == A.PRESENT
    at(live.starts_at + timedelta(minutes=10, seconds=1))
    assert (await attendance.join_live(ACTOR, u3, live.id))[0].status == A.LATE
    # Joining again later keeps the first record.
    again, _ = await attendance.join_live(ACTOR, u1, live.id)
    assert again.status == A.PRESENT

    at(live.ends_at + timedelta(seconds=1))
    await refused(attendance.join_live(ACTOR, u1, live.id), ErrorCode.LESSON_NOT_OPEN, "lessonId")
    outsider = await world.who("i2_member")
    at(live.ends_at + timedelta(seconds=2))
    await refused(attendance.join_live(ACTOR, outsider, live.id), ErrorCode.NOT_ENROLLED)
    assert await Attendance.filter(lesson_id=live.id).count() == 3


async def test_not_enrolled_and_cancelled_cannot_join(world: World) -> None:
    c, (e1,) = await ongoing(world, "user")
    live = (await lessons_of(c))["LIVE"]
    assert live.starts_at is not None
    at(live.starts_at)
    await refused(
        attendance.join_live(ACTOR, await world.who("user2"), live.id), ErrorCode.NOT_ENROLLED
    )
    await services.cancel_enrollment(ACTOR, await world.who("user"), e1.id)
    await refused(
        attendance.join_live(ACTOR, await world.who("user"), live.id), ErrorCode.NOT_ENROLLED
    )
    # A draft course's lessons do not exist for learners.
    draft = await drive(world, S.DRAFT)
    lesson = (await lessons_of(draft))["LIVE"]
    await refused(
        attendance.join_live(ACTOR, await world.who("user"), lesson.id),
        ErrorCode.NOT_FOUND,
        "lessonId",
    )
    assert await Attendance.all().count() == 0


# ---- in person


async def test_check_in_window_late_and_answers(world: World) -> None:
    stranger = await enroll_elsewhere(world)
    c, (e1, e2, e3) = await ongoing(world, "user", "user2", "verified")
    room = (await lessons_of(c))["IN_PERSON"]
    assert room.starts_at is not None and room.ends_at is not None
    provider = await world.who("i1_member")
    token1 = checkin.ticket_token(room, e1.id)

    at(room.starts_at - timedelta(minutes=60, seconds=1))
    early = await checkin.check_in(ACTOR, provider, room.id, token1, "n1")
    assert early.result is CheckInResult.TOO_EARLY
    at(room.starts_at - timedelta(minutes=60))
    ok = await checkin.check_in(ACTOR, provider, room.id, token1, "n2")
    assert ok.result is CheckInResult.OK
    r1 = await row(room, e1)
    assert r1 is not None and (r1.status, r1.source) == (A.PRESENT, AttendanceSource.CHECKIN)
    # The same scan retried answers as before; another scan says already.
    assert (await checkin.check_in(ACTOR, provider, room.id, token1, "n2")).result is (
        CheckInResult.OK
    )
    assert (await checkin.check_in(ACTOR, provider, room.id, token1, "n3")).result is (
        CheckInResult.ALREADY_CHECKED_IN
    )
    # The typed code after start + 10 min: LATE.
    at(room.starts_at + timedelta(minutes=10, seconds=1))
    late = await checkin.check_in(ACTOR, provider, room.id, checkin.ticket_code(e2.id), "n4")
    assert late.result is CheckInResult.OK
    r2 = await row(room, e2)
    assert r2 is not None and r2.status == A.LATE

    # Self check-in with the venue screen's code.
    code, url = checkin.venue_code(room.id)
    assert url.endswith(f"/training/lessons/{room.id}/check-in?code={code}")
    me = await world.who("verified")
    wrong = "000000" if code != "000000" else "111111"
    assert (await checkin.self_check_in(ACTOR, me, room.id, wrong, "v1")).result is (
        CheckInResult.INVALID
    )
    assert await row(room, e3) is None
    mine = await checkin.self_check_in(ACTOR, me, room.id, code, "v2")
    assert mine.result is CheckInResult.OK
    r3 = await row(room, e3)
    assert r3 is not None and r3.status == A.LATE
    assert await CheckIn.filter(kind="lesson", subject_id=room.id).count() == 3

    # Another course's enrollment holds no ticket for this lesson.
    wrong = await checkin.check_in(ACTOR, provider, room.id, checkin.ticket_code(stranger.id), "n5")
    assert wrong.result is CheckInResult.WRONG_ACTIVITY
    at(room.ends_at + timedelta(seconds=1))
    token2 = checkin.ticket_token(room, e2.id)
    assert (await checkin.check_in(ACTOR, provider, room.id, token2, "n6")).result is (
        CheckInResult.TOO_LATE
    )
    await services.cancel_enrollment(ACTOR, await world.who("user2"), e2.id)
    assert (await row(room, e2)) is not None


async def enroll_elsewhere(world: World) -> Enrollment:
    other = await drive(world, S.PUBLISHED)
    return await enroll(world, "i2_member", other)


async def test_check_in_refusals(world: World) -> None:
    c, (e1, e2) = await ongoing(world, "user", "user2")
    room = (await lessons_of(c))["IN_PERSON"]
    live = (await lessons_of(c))["LIVE"]
    assert room.starts_at is not None
    at(room.starts_at)
    provider = await world.who("i1_member")
    # Only the provider scans; a live lesson is no check-in subject.
    for who, lesson_id in (
        (await world.who("i2_member"), room.id),
        (await world.who("op_wenzhou"), room.id),
        (provider, live.id),
    ):
        await refused(
            checkin.check_in(ACTOR, who, lesson_id, checkin.ticket_code(e1.id), "x"),
            ErrorCode.NOT_FOUND,
        )
    await services.cancel_enrollment(ACTOR, await world.who("user2"), e2.id)
    cancelled = await checkin.check_in(ACTOR, provider, room.id, checkin.ticket_code(e2.id), "y")
    assert cancelled.result is CheckInResult.REGISTRATION_CANCELLED
    forged = await checkin.check_in(ACTOR, provider, room.id, "AAAAAAAA", "z")
    assert forged.result is CheckInResult.INVALID
    other_kind = tokens.issue_token("activity", room.id, e1.id, clock.now() + timedelta(hours=1))
    assert (await checkin.check_in(ACTOR, provider, room.id, other_kind, "w")).result is (
        CheckInResult.INVALID
    )
    assert await Attendance.all().count() == 0


# ---- video


async def test_video_progress_cannot_jump_exceed_or_go_back(world: World) -> None:
    c, _ = await ongoing(world, "user")
    clip = (await lessons_of(c))["VIDEO"]  # 1000 s
    me = await world.who("user")
    report = attendance.report_video

    # The first report only starts the server's clock.
    first = await report(ACTOR, me, clip.id, 900)
    assert (first.watched_seconds, first.status) == (0, None)
    # A single "90 %" report a little later: at most 1.25 × the elapsed time.
    clock.advance(timedelta(seconds=100))
    jump = await report(ACTOR, me, clip.id, 900)
    assert (jump.watched_seconds, jump.status) == (125, None)
    # Backwards: the accepted position stays.
    clock.advance(timedelta(seconds=10))
    back = await report(ACTOR, me, clip.id, 50)
    assert back.watched_seconds == 125
    # Beyond the duration: capped at it (and by the time allowance).
    clock.advance(timedelta(seconds=2000))
    capped = await report(ACTOR, me, clip.id, 5000)
    assert capped.watched_seconds == 1000 and capped.status == A.PRESENT
    assert capped.source == AttendanceSource.VIDEO
    await refused(report(ACTOR, me, clip.id, -1), ErrorCode.INVALID, "positionSeconds")


async def test_honest_steps_reach_present_at_90_percent(world: World) -> None:
    c, _ = await ongoing(world, "user")
    clip = (await lessons_of(c))["VIDEO"]
    me = await world.who("user")
    await attendance.report_video(ACTOR, me, clip.id, 0)
    for position in range(60, 900, 60):  # up to 840 s: 84 %
        clock.advance(timedelta(seconds=60))
        r = await attendance.report_video(ACTOR, me, clip.id, position)
        assert r.watched_seconds == position and r.status is None
    clock.advance(timedelta(seconds=60))
    done = await attendance.report_video(ACTOR, me, clip.id, 900)
    assert done.watched_seconds == 900 and done.status == A.PRESENT
    events = await AuditEvent.filter(action="course.attendance").count()
    assert events == 1


async def test_video_only_inside_the_course_period(world: World) -> None:
    c = await drive(world, S.PUBLISHED)
    await enroll(world, "user", c)
    clip = (await lessons_of(c))["VIDEO"]
    me = await world.who("user")
    await refused(
        attendance.report_video(ACTOR, me, clip.id, 10), ErrorCode.LESSON_NOT_OPEN, "lessonId"
    )
    at(c.ends_at + timedelta(seconds=1))
    await services.move_by_time()
    await refused(
        attendance.report_video(ACTOR, me, clip.id, 10), ErrorCode.INVALID_TRANSITION, "lessonId"
    )
    assert await Attendance.all().count() == 0


# ---- the provider's word


async def test_provider_note_is_not_overridden(world: World) -> None:
    other = await enroll_elsewhere(world)
    c, (e1, e2) = await ongoing(world, "user", "user2")
    lessons = await lessons_of(c)
    live, clip = lessons["LIVE"], lessons["VIDEO"]
    provider = await world.who("i1_member")
    await refused(
        attendance.set_by_provider(ACTOR, provider, e1.id, live.id, A.EXCUSED, " "),
        ErrorCode.REQUIRED,
        "note",
    )
    await refused(
        attendance.set_by_provider(
            ACTOR, await world.who("i2_member"), e1.id, live.id, A.EXCUSED, "病假"
        ),
        ErrorCode.NOT_FOUND,
        "lessonId",
    )
    await refused(
        attendance.set_by_provider(ACTOR, provider, other.id, live.id, A.EXCUSED, "病假"),
        ErrorCode.NOT_FOUND,
        "enrollmentId",
    )
    assert await Attendance.filter(lesson_id=live.id).count() == 0

    excused = await attendance.set_by_provider(ACTOR, provider, e1.id, live.id, A.EXCUSED, "病假")
    assert (excused.status, excused.source, excused.note) == (
        A.EXCUSED,
        AttendanceSource.PROVIDER,
        "病假",
    )
    assert live.starts_at is not None
    at(live.starts_at)
    joined, _ = await attendance.join_live(ACTOR, await world.who("user"), live.id)
    assert (joined.status, joined.source) == (A.EXCUSED, AttendanceSource.PROVIDER)

    absent = await attendance.set_by_provider(ACTOR, provider, e2.id, clip.id, A.ABSENT, "未观看")
    assert absent.status == A.ABSENT
    me2 = await world.who("user2")
    await attendance.report_video(ACTOR, me2, clip.id, 0)
    clock.advance(timedelta(seconds=2000))
    watched = await attendance.report_video(ACTOR, me2, clip.id, 1000)
    assert watched.watched_seconds == 1000
    assert (watched.status, watched.source) == (A.ABSENT, AttendanceSource.PROVIDER)
    # The provider may change its word.
    fixed = await attendance.set_by_provider(ACTOR, provider, e2.id, clip.id, A.PRESENT, "已补看")
    assert fixed.status == A.PRESENT


# ---- figures


def test_rate_rule() -> None:
    assert attendance.rate_of(present=1, late=1, excused=1, total=3) == 100
    assert attendance.rate_of(present=1, late=0, excused=0, total=3) == 33
    assert attendance.rate_of(present=2, late=0, excused=0, total=3) == 66
    assert attendance.rate_of(present=0, late=0, excused=2, total=2) == 100
    assert attendance.rate_of(present=0, late=0, excused=0, total=0) == 100


async def test_summaries_and_absent_once_over(world: World) -> None:
    c, (e1, e2) = await ongoing(world, "user", "user2")
    lessons = await lessons_of(c)
    live = lessons["LIVE"]
    provider = await world.who("i1_member")
    assert live.starts_at is not None and live.ends_at is not None
    at(live.starts_at + timedelta(minutes=20))
    await attendance.join_live(ACTOR, await world.who("user"), live.id)  # LATE
    await attendance.set_by_provider(
        ACTOR, provider, e2.id, lessons["IN_PERSON"].id, A.EXCUSED, "出差"
    )
    figures = await attendance.summaries([e1.id, e2.id])
    assert figures[e1.id] == attendance.AttendanceSummary(
        attended=0, late=1, excused=0, absent=0, total=3, rate=33
    )
    at(live.ends_at + timedelta(seconds=1))
    figures = await attendance.summaries([e1.id, e2.id])
    # user2 missed the live lesson: ABSENT now that it is over; the video counts once the
    # course is over.
    assert figures[e2.id] == attendance.AttendanceSummary(
        attended=0, late=0, excused=1, absent=1, total=3, rate=0
    )
    at(c.ends_at + timedelta(seconds=1))
    figures = await attendance.summaries([e1.id, e2.id])
    assert (figures[e1.id].absent, figures[e1.id].rate) == (2, 33)
    assert figures[e2.id].absent == 2


async def test_attendance_issues_the_certificate(world: World) -> None:
    c, (e1,) = await ongoing(world, "user", attendance_threshold=60)
    lessons = await lessons_of(c)
    provider = await world.who("i1_member")
    await attendance.set_by_provider(ACTOR, provider, e1.id, lessons["LIVE"].id, A.PRESENT, "到场")
    assert await Certificate.filter(enrollment_id=e1.id).count() == 0  # 33 %
    await attendance.set_by_provider(
        ACTOR, provider, e1.id, lessons["IN_PERSON"].id, A.LATE, "迟到"
    )
    cert = await Certificate.get(enrollment_id=e1.id)  # 66 % ≥ 60 %, no quiz
    assert cert.attendance_rate == 66
