"""Activities test data made through the services: an institution of 温州, a department of
杭州, operators of both cities, and activities driven into any state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role, grants_of
from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus, ActivityType, OrganiserType
from qifu.core import clock
from qifu.orgs.models import Department, Institution
from qifu.orgs.platforms import operator_paths
from qifu.orgs.scopes import scope_of
from tests.catalog.support import make_institution
from tests.orgs.support import Network, make_network
from tests.support import ACTOR, make_user

S = ActivityStatus
ACCOUNTS = [
    ("user", "user@qifu.cn"),
    ("user2", "user2@qifu.cn"),
    ("i1_member", "i1m@qifu.cn"),
    ("dept_handler", "dept@qifu.cn"),
    ("op_wenzhou", "opwz@qifu.cn"),
    ("op_hangzhou", "ophz@qifu.cn"),
]


@dataclass
class World:
    network: Network
    users: dict[str, User]
    i1: Institution
    dept: Department

    async def who(self, role: str) -> services.Who:
        user = self.users[role]
        scope = scope_of(await grants_of(user))
        return await services.who_of(user, scope, await operator_paths(scope))


async def make_world() -> World:
    network = await make_network()
    users: dict[str, User] = {"hub_admin": network.admin}
    operator_of = {"op_wenzhou": network.wenzhou.id, "op_hangzhou": network.hangzhou.id}
    for role, email in ACCOUNTS:
        users[role] = await make_user(email, operator_of=operator_of.get(role))
    i1_admin = await make_user("i1a@qifu.cn")
    i1 = await make_institution(
        i1_admin, 41, "温州市鹿城区科技服务中心", "330302", hub_admin=network.admin
    )
    await grant_role(users["i1_member"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i1.id)
    dept = await Department.create(
        name="杭州市经济和信息化局",
        region_code="330100",
        platform_id=network.hangzhou.id,
        created_at=clock.now(),
    )
    await grant_role(users["dept_handler"], Role.DEPARTMENT_HANDLER, ScopeType.DEPARTMENT, dept.id)
    return World(network, users, i1, dept)


def data(capacity: int = 50, **changes: object) -> services.ActivityData:
    now = clock.now()
    base: dict[str, object] = {
        "name": "温州市鹿城区科技服务中心 2026 年惠企政策宣讲会",
        "type": ActivityType.POLICY_BRIEFING,
        "starts_at": now + timedelta(days=10),
        "ends_at": now + timedelta(days=10, hours=3),
        "signup_deadline": now + timedelta(days=9),
        "capacity": capacity,
        "content": "解读最新惠企政策",
        "agenda": (services.AgendaItem("09:30", "政策解读", "王处长"),),
        "venue": "鹿城区市民中心三楼报告厅",
        "region_code": "330302",
    }
    base.update(changes)
    return services.ActivityData(**base)  # type: ignore[arg-type]


async def drive(world: World, to: S, *, capacity: int = 50, **changes: object) -> Activity:
    """A new activity of I1, moved through the services into ``to``."""
    org = await world.who("i1_member")
    op = await world.who("op_wenzhou")
    a = await services.create(
        ACTOR, org, OrganiserType.INSTITUTION, world.i1.id, data(capacity, **changes)
    )
    if to is S.DRAFT:
        return a
    if to is S.CANCELLED:
        return await services.cancel(ACTOR, org, a.id, "场地临时不可用")
    a = await services.submit(ACTOR, org, a.id)
    if to is S.PENDING:
        return a
    if to is S.REJECTED:
        return await services.reject(ACTOR, op, a.id, "主办方名称请使用全称")
    a = await services.approve(ACTOR, op, a.id)
    if to is S.PUBLISHED:
        return a
    # The worker moves it at the start and end times.
    clock.advance(a.starts_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    a = await Activity.get(id=a.id)
    if to is S.ONGOING:
        return a
    clock.advance(a.ends_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    a = await Activity.get(id=a.id)
    if to is S.ENDED:
        return a
    assert to is S.SUMMARIZED
    return await services.summarize(ACTOR, org, a.id)
