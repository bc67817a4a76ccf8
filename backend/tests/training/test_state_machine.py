"""The course life cycle: the state table, review by the operators of the provider's
platform subtree, the worker's moves by the test clock, cancellation telling the learners,
validation of courses and lessons (mode, kind, period), and the audit trail."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import timedelta
from typing import Any

import pytest

from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode, ValidationErrors
from qifu.core.models import AuditEvent, OutboxMessage
from qifu.notify.models import Notification
from qifu.orgs.models import Expert
from qifu.training import services
from qifu.training.models import Course, CourseMode, CourseStatus, Lesson, LessonKind, ProviderType
from tests.support import ACTOR
from tests.training.support import World, data, drive, enroll, in_person, live, video

S = CourseStatus


async def refused(call: Awaitable[Any], code: ErrorCode, field: str | None = None) -> DomainError:
    with pytest.raises(DomainError) as caught:
        await call
    error = caught.value
    codes = (
        {(e.code, e.field) for e in error.errors}
        if isinstance(error, ValidationErrors)
        else {(error.code, error.field)}
    )
    assert (code, field) in codes if field else code in {c for c, _ in codes}, codes
    return error


def test_state_table_is_what_the_rules_say() -> None:
    assert {
        S.DRAFT: {S.PENDING},
        S.PENDING: {S.PUBLISHED, S.REJECTED},
        S.PUBLISHED: {S.ONGOING, S.CANCELLED},
        S.REJECTED: {S.DRAFT},
        S.ONGOING: {S.ENDED, S.CANCELLED},
        S.ENDED: set(),
        S.CANCELLED: set(),
    } == services.TRANSITIONS


async def test_full_life_cycle_by_the_worker(world: World) -> None:
    c = await drive(world, S.PUBLISHED)
    assert await services.move_by_time() == 0  # not yet
    clock.advance(c.starts_at - clock.now() + timedelta(seconds=1))
    assert await services.move_by_time() == 1
    assert (await Course.get(id=c.id)).status == S.ONGOING
    clock.advance(c.ends_at - clock.now() + timedelta(seconds=1))
    assert await services.move_by_time() == 1
    assert (await Course.get(id=c.id)).status == S.ENDED
    actions = await AuditEvent.filter(object_type="Course", object_id=str(c.id)).values_list(
        "action", flat=True
    )
    assert list(actions) == [
        "course.create",
        "course.pending",
        "course.published",
        "course.ongoing",
        "course.ended",
    ]


async def test_reject_revise_resubmit(world: World) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.REJECTED)
    assert c.status_reason == "课程简介请补充授课安排"
    await services.update(ACTOR, provider, c.id, data(title="改后的课程名称"))
    await refused(services.submit(ACTOR, provider, c.id), ErrorCode.INVALID_TRANSITION)
    c = await services.revise(ACTOR, provider, c.id)
    assert c.status == S.DRAFT
    c = await services.submit(ACTOR, provider, c.id)
    assert c.status == S.PENDING and c.title == "改后的课程名称"


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (S.DRAFT, "approve"),
        (S.DRAFT, "cancel"),
        (S.PENDING, "submit"),
        (S.PENDING, "revise"),
        (S.PUBLISHED, "approve"),
        (S.PUBLISHED, "submit"),
        (S.REJECTED, "approve"),
        (S.ENDED, "cancel"),
        (S.CANCELLED, "cancel"),
        (S.CANCELLED, "approve"),
    ],
)
async def test_invalid_transitions_change_nothing(world: World, state: S, action: str) -> None:
    c = await drive(world, state)
    provider = await world.who("i1_member")
    op = await world.who("op_wenzhou")
    calls = {
        "submit": lambda: services.submit(ACTOR, provider, c.id),
        "approve": lambda: services.approve(ACTOR, op, c.id),
        "revise": lambda: services.revise(ACTOR, provider, c.id),
        "cancel": lambda: services.cancel(ACTOR, provider, c.id, "原因"),
    }
    await refused(calls[action](), ErrorCode.INVALID_TRANSITION, "courseId")
    assert (await Course.get(id=c.id)).status == state


async def test_only_reviewers_of_the_subtree_review(world: World) -> None:
    c = await drive(world, S.PENDING)
    for outsider in ("i1_member", "op_hangzhou", "user", "i2_member"):
        await refused(
            services.approve(ACTOR, await world.who(outsider), c.id),
            ErrorCode.NOT_FOUND,
            "courseId",
        )
    assert (await Course.get(id=c.id)).status == S.PENDING
    await refused(
        services.reject(ACTOR, await world.who("op_wenzhou"), c.id, "  "),
        ErrorCode.REASON_REQUIRED,
        "reason",
    )
    c = await services.approve(ACTOR, await world.who("hub_admin"), c.id)
    assert c.status == S.PUBLISHED


async def test_only_the_provider_acts_for_its_courses(world: World) -> None:
    c = await drive(world, S.DRAFT)
    for outsider in ("i2_member", "op_wenzhou", "user"):
        who = await world.who(outsider)
        await refused(services.submit(ACTOR, who, c.id), ErrorCode.NOT_FOUND, "courseId")
        await refused(services.update(ACTOR, who, c.id, data()), ErrorCode.NOT_FOUND, "courseId")
        await refused(
            services.add_lesson(ACTOR, who, c.id, video()), ErrorCode.NOT_FOUND, "courseId"
        )
    await refused(
        services.create(
            ACTOR, await world.who("i2_member"), ProviderType.INSTITUTION, world.i1.id, data()
        ),
        ErrorCode.NOT_FOUND,
        "providerId",
    )
    # A platform's own course: its operators (and those above) provide it.
    op = await world.who("op_wenzhou")
    own = await services.create(ACTOR, op, ProviderType.PLATFORM, world.network.wenzhou.id, data())
    assert own.provider_name == "温州市企业服务综合平台"
    await refused(
        services.create(ACTOR, op, ProviderType.PLATFORM, world.network.hangzhou.id, data()),
        ErrorCode.NOT_FOUND,
        "providerId",
    )


async def test_cancel_tells_the_enrolled(world: World) -> None:
    c = await drive(world, S.PUBLISHED)
    await enroll(world, "user", c)
    await enroll(world, "user2", c)
    c = await services.cancel(ACTOR, await world.who("i1_member"), c.id, "讲师临时有事")
    assert c.status == S.CANCELLED and c.status_reason == "讲师临时有事"
    mails = await OutboxMessage.filter(subject__contains="课程已取消").values_list(
        "recipient", flat=True
    )
    assert sorted(mails) == ["user2@qifu.cn", "user@qifu.cn"]
    notes = await Notification.filter(kind="course.cancelled").values_list("user_id", flat=True)
    assert sorted(notes) == sorted([world.users["user"].id, world.users["user2"].id])


async def test_submit_needs_a_lesson_and_a_future_start(world: World) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.DRAFT, lessons=())
    await refused(services.submit(ACTOR, provider, c.id), ErrorCode.REQUIRED, "lessons")
    await services.add_lesson(ACTOR, provider, c.id, video())
    clock.advance(c.starts_at - clock.now() + timedelta(seconds=1))
    await refused(services.submit(ACTOR, provider, c.id), ErrorCode.INVALID, "startsAt")
    assert (await Course.get(id=c.id)).status == S.DRAFT


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"title": " "}, "title", ErrorCode.REQUIRED),
        ({"title": "长" * 201}, "title", ErrorCode.TOO_LONG),
        ({"capacity": 0}, "capacity", ErrorCode.INVALID),
        ({"attendance_threshold": 101}, "attendanceThreshold", ErrorCode.INVALID),
        ({"attendance_threshold": -1}, "attendanceThreshold", ErrorCode.INVALID),
        ({"region_code": "33"}, "regionCode", ErrorCode.INVALID_REGION),
        ({"teachers": (services.Teacher(""),)}, "teachers", ErrorCode.INVALID),
        ({"teachers": (services.Teacher("李四", "", 999999),)}, "teachers", ErrorCode.NOT_FOUND),
    ],
)
async def test_course_validation(
    world: World, changes: dict[str, object], field: str, code: ErrorCode
) -> None:
    provider = await world.who("i1_member")
    await refused(
        services.create(ACTOR, provider, ProviderType.INSTITUTION, world.i1.id, data(**changes)),
        code,
        field,
    )
    assert await Course.all().count() == 0


async def test_course_windows(world: World) -> None:
    provider = await world.who("i1_member")
    now = clock.now()
    bad = [
        ({"ends_at": now + timedelta(days=9)}, "endsAt"),  # before the start
        ({"enroll_closes_at": now + timedelta(hours=1)}, "enrollOpensAt"),  # closes before opening
        ({"enroll_closes_at": now + timedelta(days=21)}, "enrollClosesAt"),  # after the end
    ]
    for changes, field in bad:
        await refused(
            services.create(
                ACTOR, provider, ProviderType.INSTITUTION, world.i1.id, data(**changes)
            ),
            ErrorCode.INVALID,
            field,
        )
    assert await Course.all().count() == 0


async def test_teacher_from_the_library(world: World) -> None:
    now = clock.now()
    expert = await Expert.create(
        name="陈静",
        title="教授",
        platform_id=world.network.wenzhou.id,
        created_at=now,
        updated_at=now,
    )
    provider = await world.who("i1_member")
    c = await services.create(
        ACTOR,
        provider,
        ProviderType.INSTITUTION,
        world.i1.id,
        data(teachers=(services.Teacher("陈静", "教授", expert.id),)),
    )
    assert c.teachers == [{"name": "陈静", "title": "教授", "expertId": expert.id}]


async def test_lesson_rules(world: World) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.DRAFT, lessons=())
    day = c.starts_at + timedelta(days=1)
    cases: list[tuple[services.LessonData, str, ErrorCode]] = [
        (live(day, stream_link=""), "streamLink", ErrorCode.REQUIRED),
        (live(day, stream_link="ftp://x.cn/a"), "streamLink", ErrorCode.INVALID),
        (live(day, starts_at=None), "startsAt", ErrorCode.REQUIRED),
        (live(day, ends_at=day - timedelta(hours=1)), "endsAt", ErrorCode.INVALID),
        (live(c.starts_at - timedelta(hours=1)), "startsAt", ErrorCode.INVALID),  # before course
        (live(c.ends_at - timedelta(hours=1)), "endsAt", ErrorCode.INVALID),  # after course
        (video(0), "durationSeconds", ErrorCode.INVALID),
        (video(86401), "durationSeconds", ErrorCode.INVALID),
        (video(video_link="javascript:alert(1)"), "videoLink", ErrorCode.INVALID),
        (in_person(day, venue=" "), "venue", ErrorCode.REQUIRED),
        (in_person(day, ends_at=None), "endsAt", ErrorCode.REQUIRED),
    ]
    for lesson, field, code in cases:
        await refused(services.add_lesson(ACTOR, provider, c.id, lesson), code, field)
    assert await Lesson.filter(course_id=c.id).count() == 0
    ok = await services.add_lesson(ACTOR, provider, c.id, video(86400))
    assert ok.position == 1 and ok.starts_at is None


@pytest.mark.parametrize(
    ("mode", "allowed"),
    [
        (CourseMode.OFFLINE, {LessonKind.IN_PERSON}),
        (CourseMode.RECORDED, {LessonKind.VIDEO}),
        (CourseMode.LIVE, {LessonKind.LIVE}),
        (CourseMode.MIXED, set(LessonKind)),
    ],
)
async def test_mode_consistency(world: World, mode: CourseMode, allowed: set[LessonKind]) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.DRAFT, lessons=(), mode=mode)
    day = c.starts_at + timedelta(days=1)
    for kind, lesson in (
        (LessonKind.LIVE, live(day)),
        (LessonKind.VIDEO, video()),
        (LessonKind.IN_PERSON, in_person(day)),
    ):
        if kind in allowed:
            assert (await services.add_lesson(ACTOR, provider, c.id, lesson)).kind == kind
        else:
            await refused(
                services.add_lesson(ACTOR, provider, c.id, lesson), ErrorCode.INVALID, "kind"
            )
    assert await Lesson.filter(course_id=c.id).count() == len(allowed)


async def test_remove_lesson_moves_the_later_ones_up(world: World) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.DRAFT)
    first = await Lesson.get(course_id=c.id, position=1)
    await services.remove_lesson(ACTOR, provider, first.id)
    rows = await Lesson.filter(course_id=c.id).order_by("position").values_list("position", "kind")
    assert [tuple(r) for r in rows] == [(1, LessonKind.VIDEO), (2, LessonKind.IN_PERSON)]
    # Lessons of a published course are fixed.
    p = await drive(world, S.PUBLISHED)
    lesson = await Lesson.get(course_id=p.id, position=1)
    await refused(services.remove_lesson(ACTOR, provider, lesson.id), ErrorCode.INVALID_TRANSITION)
    await refused(
        services.update_lesson(ACTOR, await world.who("i2_member"), lesson.id, video()),
        ErrorCode.NOT_FOUND,
        "lessonId",
    )


async def test_submit_checks_lessons_against_the_edited_course(world: World) -> None:
    provider = await world.who("i1_member")
    c = await drive(world, S.DRAFT)  # LIVE, VIDEO and IN_PERSON lessons
    await services.update(ACTOR, provider, c.id, data(mode=CourseMode.RECORDED))
    await refused(services.submit(ACTOR, provider, c.id), ErrorCode.INVALID, "lessons")
    later = clock.now() + timedelta(days=12)
    await services.update(ACTOR, provider, c.id, data(starts_at=later))  # day 1 lesson now early
    await refused(services.submit(ACTOR, provider, c.id), ErrorCode.INVALID, "lessons")
    await services.update(ACTOR, provider, c.id, data())
    assert (await services.submit(ACTOR, provider, c.id)).status == S.PENDING
