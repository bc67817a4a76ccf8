"""Enrollment: the window on the test clock, verified-only courses, one per person, cancel
frees the place and re-enrolling works, capacity under concurrency (PostgreSQL row locks)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from qifu.accounts.models import User
from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.models import AuditEvent
from qifu.orgs.scopes import scope_of
from qifu.training import policies, services
from qifu.training.models import Course, CourseStatus, Enrollment, EnrollmentStatus
from tests.support import ACTOR
from tests.training.support import World, drive, enroll, to_enrollment
from tests.training.test_state_machine import refused

S = CourseStatus
E = EnrollmentStatus


async def test_window_on_the_test_clock(world: World) -> None:
    c = await drive(world, S.PUBLISHED)
    who = await world.who("user")
    await refused(services.enroll(ACTOR, who, c.id), ErrorCode.ENROLLMENT_CLOSED, "courseId")
    clock.advance(c.enroll_opens_at - clock.now())  # exactly at the opening
    e = await services.enroll(ACTOR, who, c.id)
    assert e.status == E.ENROLLED
    clock.advance(c.enroll_closes_at - clock.now() + timedelta(seconds=1))
    await refused(
        services.enroll(ACTOR, await world.who("user2"), c.id),
        ErrorCode.ENROLLMENT_CLOSED,
        "courseId",
    )
    assert (await Course.get(id=c.id)).enrolled_count == 1
    assert await Enrollment.filter(course_id=c.id).count() == 1


async def test_not_public_is_unknown_and_ended_is_closed(world: World) -> None:
    for state in (S.DRAFT, S.PENDING, S.REJECTED):
        c = await drive(world, state)
        to_enrollment(c)
        await refused(
            services.enroll(ACTOR, await world.who("user"), c.id), ErrorCode.NOT_FOUND, "courseId"
        )
    # A cancelled course is shown only to those enrolled in it.
    c = await drive(world, S.PUBLISHED)
    await enroll(world, "user2", c)
    await services.cancel(ACTOR, await world.who("i1_member"), c.id, "讲师临时有事")
    await refused(
        services.enroll(ACTOR, await world.who("user"), c.id), ErrorCode.NOT_FOUND, "courseId"
    )
    await refused(
        services.enroll(ACTOR, await world.who("user2"), c.id),
        ErrorCode.ENROLLMENT_CLOSED,
        "courseId",
    )
    ended = await drive(world, S.ENDED)
    await refused(
        services.enroll(ACTOR, await world.who("user"), ended.id),
        ErrorCode.ENROLLMENT_CLOSED,
        "courseId",
    )
    assert await Enrollment.all().count() == 1


async def test_verified_only(world: World) -> None:
    c = await drive(world, S.PUBLISHED, verified_only=True)
    to_enrollment(c)
    await refused(
        services.enroll(ACTOR, await world.who("user"), c.id),
        ErrorCode.ENTERPRISE_NOT_VERIFIED,
        "courseId",
    )
    e = await services.enroll(ACTOR, await world.who("verified"), c.id)
    assert e.status == E.ENROLLED


async def test_once_cancel_frees_and_reenroll(world: World) -> None:
    c = await drive(world, S.PUBLISHED, capacity=1)
    e = await enroll(world, "user", c)
    await refused(services.enroll(ACTOR, await world.who("user"), c.id), ErrorCode.ALREADY_ENROLLED)
    await refused(services.enroll(ACTOR, await world.who("user2"), c.id), ErrorCode.COURSE_FULL)
    # Only the learner withdraws; to anybody else the enrollment does not exist.
    await refused(
        services.cancel_enrollment(ACTOR, await world.who("user2"), e.id),
        ErrorCode.NOT_FOUND,
        "enrollmentId",
    )
    e = await services.cancel_enrollment(ACTOR, await world.who("user"), e.id)
    assert e.status == E.CANCELLED
    assert (await Course.get(id=c.id)).enrolled_count == 0
    await refused(
        services.cancel_enrollment(ACTOR, await world.who("user"), e.id),
        ErrorCode.INVALID_TRANSITION,
    )
    other = await services.enroll(ACTOR, await world.who("user2"), c.id)
    await services.cancel_enrollment(ACTOR, await world.who("user2"), other.id)
    again = await services.enroll(ACTOR, await world.who("user"), c.id)
    assert again.id == e.id and again.status == E.ENROLLED
    assert (await Course.get(id=c.id)).enrolled_count == 1
    actions = await AuditEvent.filter(object_type="CourseEnrollment").values_list(
        "action", flat=True
    )
    assert sorted(actions) == sorted(
        [
            "course.enroll",
            "course.cancel_enrollment",
            "course.enroll",
            "course.cancel_enrollment",
            "course.enroll",
        ]
    )


async def _people(n: int) -> list[policies.Who]:
    now = clock.now()
    await User.bulk_create(
        [
            User(
                email=f"learner{i}@qifu.cn",
                name=f"学员{i}",
                password_hash="!",
                created_at=now,
                updated_at=now,
            )
            for i in range(n)
        ]
    )
    users = await User.filter(email__startswith="learner").order_by("id")
    return [policies.Who(u, scope_of([])) for u in users]


async def _attempt(who: policies.Who, course_id: int) -> Enrollment | ErrorCode:
    try:
        return await services.enroll(ACTOR, who, course_id)
    except DomainError as e:
        return e.code


async def test_20_concurrent_enrollments_for_5_places(world: World) -> None:
    c = await drive(world, S.PUBLISHED, capacity=5)
    to_enrollment(c)
    people = await _people(20)
    results = await asyncio.gather(*(_attempt(p, c.id) for p in people))
    assert sum(isinstance(r, Enrollment) for r in results) == 5
    assert sorted(r for r in results if isinstance(r, ErrorCode)) == [ErrorCode.COURSE_FULL] * 15
    assert await Enrollment.filter(course_id=c.id, status=E.ENROLLED).count() == 5
    assert (await Course.get(id=c.id)).enrolled_count == 5


async def test_concurrent_duplicates_make_one(world: World) -> None:
    c = await drive(world, S.PUBLISHED)
    to_enrollment(c)
    who = await world.who("user")
    results = await asyncio.gather(*(_attempt(who, c.id) for _ in range(10)))
    assert sum(isinstance(r, Enrollment) for r in results) == 1
    assert [r for r in results if isinstance(r, ErrorCode)] == [ErrorCode.ALREADY_ENROLLED] * 9
    assert (await Course.get(id=c.id)).enrolled_count == 1
