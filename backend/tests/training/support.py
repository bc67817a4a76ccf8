"""Training test data made through the services: an institution of 温州 (鹿城) that provides
courses, a second institution, operators of 温州 and 杭州, learners (one of a VERIFIED
enterprise), and courses with lessons driven into any state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role, grants_of
from qifu.core import clock
from qifu.orgs.models import CertificationStatus, Enterprise, Institution
from qifu.orgs.platforms import operator_paths
from qifu.orgs.scopes import scope_of
from qifu.training import policies, services
from qifu.training.models import (
    Course,
    CourseCategory,
    CourseMode,
    CourseStatus,
    Enrollment,
    Lesson,
    LessonKind,
    ProviderType,
)
from tests.catalog.support import make_institution
from tests.orgs.support import Network, make_network
from tests.support import ACTOR, make_user

S = CourseStatus
ACCOUNTS = [
    ("user", "user@qifu.cn"),
    ("user2", "user2@qifu.cn"),
    ("verified", "verified@qifu.cn"),
    ("i1_member", "i1m@qifu.cn"),
    ("i2_member", "i2m@qifu.cn"),
    ("op_wenzhou", "opwz@qifu.cn"),
    ("op_hangzhou", "ophz@qifu.cn"),
]


@dataclass
class World:
    network: Network
    users: dict[str, User]
    i1: Institution
    i2: Institution

    async def who(self, role: str) -> policies.Who:
        user = self.users[role]
        scope = scope_of(await grants_of(user))
        return policies.who_of(user, scope, await operator_paths(scope))


async def make_world() -> World:
    network = await make_network()
    users: dict[str, User] = {"hub_admin": network.admin}
    operator_of = {"op_wenzhou": network.wenzhou.id, "op_hangzhou": network.hangzhou.id}
    for role, email in ACCOUNTS:
        users[role] = await make_user(email, operator_of=operator_of.get(role))
    i1 = await make_institution(
        await make_user("i1a@qifu.cn"),
        41,
        "温州市鹿城区科技服务中心",
        "330302",
        hub_admin=network.admin,
    )
    i2 = await make_institution(
        await make_user("i2a@qifu.cn"),
        42,
        "杭州市创新创业服务中心",
        "330100",
        hub_admin=network.admin,
    )
    await grant_role(users["i1_member"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i1.id)
    await grant_role(users["i2_member"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i2.id)
    now = clock.now()
    enterprise = await Enterprise.create(
        credit_code="91330302MA2870001X",
        name="温州瓯江智造有限公司",
        region_code="330302",
        industry_code="C34",
        status=CertificationStatus.VERIFIED,
        platform_id=network.lucheng.id,
        created_at=now,
        updated_at=now,
    )
    await grant_role(users["verified"], Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, enterprise.id)
    return World(network, users, i1, i2)


def data(
    capacity: int = 50, mode: CourseMode = CourseMode.MIXED, **changes: object
) -> services.CourseData:
    now = clock.now()
    base: dict[str, object] = {
        "title": "中小企业数字化转型实务（第一期）",
        "category": CourseCategory.DIGITAL_TRANSFORMATION,
        "mode": mode,
        "capacity": capacity,
        "enroll_opens_at": now + timedelta(days=1),
        "enroll_closes_at": now + timedelta(days=9),
        "starts_at": now + timedelta(days=10),
        "ends_at": now + timedelta(days=20),
        "teachers": (services.Teacher("王明", "高级工程师"),),
        "description": "从业务流程梳理到系统选型",
        "audience": "制造业企业管理人员",
        "region_code": "330302",
        "attendance_threshold": 80,
    }
    base.update(changes)
    return services.CourseData(**base)  # type: ignore[arg-type]


def live(at: datetime, **changes: object) -> services.LessonData:
    base: dict[str, object] = {
        "title": "直播：数字化转型路线图",
        "kind": LessonKind.LIVE,
        "stream_link": "https://live.example.cn/room/1",
        "starts_at": at,
        "ends_at": at + timedelta(hours=2),
    }
    base.update(changes)
    return services.LessonData(**base)  # type: ignore[arg-type]


def video(duration: int = 1000, **changes: object) -> services.LessonData:
    base: dict[str, object] = {
        "title": "录播：ERP 选型要点",
        "kind": LessonKind.VIDEO,
        "video_link": "https://video.example.cn/v/1.mp4",
        "duration_seconds": duration,
    }
    base.update(changes)
    return services.LessonData(**base)  # type: ignore[arg-type]


def in_person(at: datetime, **changes: object) -> services.LessonData:
    base: dict[str, object] = {
        "title": "面授：精益生产现场",
        "kind": LessonKind.IN_PERSON,
        "venue": "鹿城区市民中心三楼报告厅",
        "starts_at": at,
        "ends_at": at + timedelta(hours=3),
    }
    base.update(changes)
    return services.LessonData(**base)  # type: ignore[arg-type]


async def drive(
    world: World,
    to: S,
    *,
    capacity: int = 50,
    lessons: tuple[str, ...] = ("LIVE", "VIDEO", "IN_PERSON"),
    **changes: object,
) -> Course:
    """A new course of I1 with lessons (LIVE on day 1, IN_PERSON on day 2 of the course,
    VIDEO), moved through the services into ``to`` (ONGOING/ENDED by the worker's job)."""
    provider = await world.who("i1_member")
    op = await world.who("op_wenzhou")
    c = await services.create(
        ACTOR, provider, ProviderType.INSTITUTION, world.i1.id, data(capacity, **changes)
    )
    for kind in lessons:
        if kind == "LIVE":
            await services.add_lesson(ACTOR, provider, c.id, live(c.starts_at + timedelta(days=1)))
        elif kind == "VIDEO":
            await services.add_lesson(ACTOR, provider, c.id, video())
        else:
            await services.add_lesson(
                ACTOR, provider, c.id, in_person(c.starts_at + timedelta(days=2))
            )
    if to is S.DRAFT:
        return c
    c = await services.submit(ACTOR, provider, c.id)
    if to is S.PENDING:
        return c
    if to is S.REJECTED:
        return await services.reject(ACTOR, op, c.id, "课程简介请补充授课安排")
    c = await services.approve(ACTOR, op, c.id)
    if to is S.PUBLISHED:
        return c
    if to is S.CANCELLED:
        return await services.cancel(ACTOR, provider, c.id, "讲师临时有事")
    clock.advance(c.starts_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    c = await Course.get(id=c.id)
    if to is S.ONGOING:
        return c
    assert to is S.ENDED
    clock.advance(c.ends_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    return await Course.get(id=c.id)


def to_enrollment(course: Course) -> None:
    """Move the test clock into the course's enrollment window."""
    if clock.now() < course.enroll_opens_at:
        clock.advance(course.enroll_opens_at - clock.now() + timedelta(minutes=1))


async def enroll(world: World, role: str, course: Course) -> Enrollment:
    to_enrollment(course)
    return await services.enroll(ACTOR, await world.who(role), course.id)


async def lessons_of(course: Course) -> dict[str, Lesson]:
    return {
        LessonKind(lesson.kind).value: lesson
        for lesson in await Lesson.filter(course_id=course.id).order_by("position")
    }
