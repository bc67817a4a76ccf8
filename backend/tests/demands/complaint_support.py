"""Complaints and follow-ups made through the services, for the tests."""

from __future__ import annotations

from qifu.demands import complaints, services
from qifu.demands.models import ComplaintTarget, Demand, HandlerType
from tests.demands.support import DIMENSIONS, S, World
from tests.support import ACTOR


def complaint_data(
    target_type: ComplaintTarget, target_id: int, title: str = "服务态度差"
) -> complaints.ComplaintData:
    return complaints.ComplaintData(
        target_type=target_type,
        target_id=target_id,
        title=title,
        description="约定的上门服务两次爽约，电话也不接。",
    )


async def complain(world: World, role: str = "e1_admin") -> Demand:
    """E1 complains about I1 (handled by the 鹿城 window platform and those above it)."""
    return await complaints.submit_complaint(
        ACTOR,
        world.users[role],
        await world.me(role),
        world.base.e1.id,
        complaint_data(ComplaintTarget.INSTITUTION, world.base.i1.id),
    )


async def drive_complaint(world: World, to: S) -> Demand:
    """A new complaint of E1 about I1, moved into ``to``; the 温州 operators handle it."""
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    ent, ent_me = world.users["e1_admin"], await world.me("e1_admin")
    c = await complain(world)
    if to is S.SUBMITTED:
        return c
    c = await services.accept(ACTOR, op, op_me, c.id)
    if to is S.ACCEPTED:
        return c
    wenzhou = world.base.network.wenzhou.id
    c = await services.assign(ACTOR, op, op_me, c.id, HandlerType.PLATFORM, wenzhou)
    if to is S.ASSIGNED:
        return c
    c = await services.reply(ACTOR, op, op_me, c.id, "已约谈该机构，下周起恢复上门服务。")
    if to is S.REPLIED:
        return c
    c = await services.resolve(ACTOR, ent, ent_me, c.id)
    if to is S.RESOLVED:
        return c
    raise AssertionError(to)


async def rate(world: World, demand_id: int, overall: int) -> Demand:
    ent, ent_me = world.users["e1_admin"], await world.me("e1_admin")
    await services.evaluate(
        ACTOR, ent, ent_me, demand_id, overall=overall, dimensions=dict(DIMENSIONS), comment=""
    )
    return await Demand.get(id=demand_id)
