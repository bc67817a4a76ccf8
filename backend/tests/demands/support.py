"""Demand test data made through the services: the engagements' world (verified enterprises,
active institutions, operators) plus a department with a handler and an expert with an
account; demands driven into any state."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from qifu.accounts.services import grants_of
from qifu.demands import offers, policies, services
from qifu.demands.models import Demand, DemandCategory, DemandStatus, HandlerType
from qifu.demands.policies import Me
from qifu.orgs import library
from qifu.orgs.models import Department, Expert
from qifu.orgs.scopes import scope_of
from tests.engagements.support import World as BaseWorld
from tests.engagements.support import gid, make_world
from tests.support import ACTOR, login_token, make_user

S = DemandStatus
DIMENSIONS = {"timeliness": 5, "attitude": 4, "result": 5}
REACHABLE = list(S)


@dataclass
class World:
    base: BaseWorld
    d1: Department
    x1: Expert

    @property
    def users(self):  # type: ignore[no-untyped-def]
        return self.base.users

    @property
    def tokens(self) -> dict[str, str | None]:
        return self.base.tokens

    async def me(self, role: str) -> Me:
        return await policies.me_of(list(await grants_of(self.users[role])))


async def make_demand_world(client: httpx.AsyncClient | None = None) -> World:
    base = await make_world(client)
    hub = scope_of(await grants_of(base.network.admin))
    d1_user = await make_user("d1h@qifu.cn")
    x1_user = await make_user("x1@qifu.cn")
    base.users["d1_handler"], base.users["x1_expert"] = d1_user, x1_user
    d1 = await library.create_department(ACTOR, hub, name="温州市经信局", region_code="330300")
    await library.appoint_handler(ACTOR, hub, d1.id, d1_user.email, appoint=True)
    x1 = await library.add_expert(
        ACTOR,
        hub,
        library.ExpertData(
            name="张专家", expertise=("财税",), region_code="330300", user_email=x1_user.email
        ),
    )
    if client is not None:
        base.tokens["d1_handler"] = await login_token(client, d1_user.email)
        base.tokens["x1_expert"] = await login_token(client, x1_user.email)
    return World(base, d1, x1)


def data(title: str = "申请技改贷款贴息") -> services.DemandData:
    return services.DemandData(
        category=DemandCategory.FINANCING,
        title=title,
        description="企业计划购置新设备，想了解贴息政策和办理流程。",
    )


async def submit(world: World, role: str = "e1_admin") -> Demand:
    return await services.submit(
        ACTOR, world.users[role], await world.me(role), world.base.e1.id, data()
    )


async def drive(world: World, to: S) -> Demand:
    """A new demand of E1, moved through the services into ``to`` (handled by I1)."""
    ent, ent_me = world.users["e1_admin"], await world.me("e1_admin")
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    h, h_me = world.users["i1_member"], await world.me("i1_member")
    d = await submit(world)
    if to is S.SUBMITTED:
        return d
    if to is S.WITHDRAWN:
        return await services.withdraw(ACTOR, ent, ent_me, d.id, "已自行解决")
    if to is S.NOT_ACCEPTED:
        return await services.not_accept(ACTOR, op, op_me, d.id, "请补充营业执照和设备清单")
    d = await services.accept(ACTOR, op, op_me, d.id)
    if to is S.ACCEPTED:
        return d
    if to is S.OPEN_FOR_OFFERS:
        return await offers.open_for_offers(ACTOR, op, op_me, d.id)
    d = await services.assign(ACTOR, op, op_me, d.id, HandlerType.INSTITUTION, world.base.i1.id)
    if to is S.ASSIGNED:
        return d
    if to is S.WAITING_FOR_ENTERPRISE:
        return await services.ask_enterprise(ACTOR, h, h_me, d.id, "请提供设备采购合同")
    d = await services.reply(ACTOR, h, h_me, d.id, "已对接银行，贴息可按季度申请。")
    if to is S.REPLIED:
        return d
    if to is S.REOPENED:
        return await services.reopen(ACTOR, ent, ent_me, d.id, "没有说明申请材料")
    d = await services.resolve(ACTOR, ent, ent_me, d.id)
    if to is S.RESOLVED:
        return d
    assert to is S.CLOSED
    await services.evaluate(
        ACTOR, ent, ent_me, d.id, overall=5, dimensions=dict(DIMENSIONS), comment="很及时"
    )
    return await Demand.get(id=d.id)


__all__ = ["DIMENSIONS", "REACHABLE", "S", "World", "drive", "gid", "make_demand_world"]
