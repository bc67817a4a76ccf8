"""What demands add to an institution's score: late replies lower its timeliness, reopened
replies its completion; a demand's rating is counted once in its satisfaction."""

from __future__ import annotations

from datetime import timedelta

from qifu.core import clock
from qifu.demands import score, services  # noqa: F401  (score registers its sources)
from qifu.demands.models import Demand, HandlerType
from qifu.orgs import scoring
from tests.demands.support import DIMENSIONS, S, World, drive, submit
from tests.support import ACTOR


async def assigned_to_i2(world: World) -> Demand:
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    d = await submit(world)
    await services.accept(ACTOR, op, op_me, d.id)
    return await services.assign(ACTOR, op, op_me, d.id, HandlerType.INSTITUTION, world.base.i2.id)


async def test_late_replies_lower_the_timeliness_of_the_institution(world: World) -> None:
    i1, i2 = world.base.i1.id, world.base.i2.id
    h1, h1_me = world.users["i1_member"], await world.me("i1_member")
    h2, h2_me = world.users["i2_member"], await world.me("i2_member")
    assert await scoring.scores([i1, i2]) == [scoring.Score(None, None, None, None)] * 2

    late = await drive(world, S.ASSIGNED)  # I1
    on_time = await assigned_to_i2(world)
    await services.reply(ACTOR, h2, h2_me, on_time.id, "已答复")
    assert late.reply_due_at is not None
    clock.advance(late.reply_due_at - clock.now() + timedelta(hours=1))

    # Overdue and not replied counts as late already.
    first, second = await scoring.scores([i1, i2])
    assert first.timeliness_rate == 0.0 and second.timeliness_rate == 1.0
    await services.reply(ACTOR, h1, h1_me, late.id, "迟到的答复")
    first, second = await scoring.scores([i1, i2])
    assert first.timeliness_rate == 0.0 and second.timeliness_rate == 1.0
    assert first.value is not None and second.value is not None and first.value < second.value


async def test_completion_counts_resolved_demands_among_those_taken_on(world: World) -> None:
    i1 = world.base.i1.id
    await drive(world, S.CLOSED)
    await drive(world, S.RESOLVED)
    await drive(world, S.REOPENED)
    await drive(world, S.ACCEPTED)  # not taken on by anyone yet
    [found] = await scoring.scores([i1])
    assert found.completion_rate == 2 / 3
    assert found.timeliness_rate == 1.0


async def test_a_demand_s_rating_counts_once_in_the_satisfaction(world: World) -> None:
    ent, ent_me = world.users["e1_admin"], await world.me("e1_admin")
    d = await drive(world, S.RESOLVED)
    await services.evaluate(
        ACTOR, ent, ent_me, d.id, overall=2, dimensions=dict(DIMENSIONS), comment="太慢"
    )
    [found] = await scoring.scores([world.base.i1.id])
    assert found.satisfaction_rate == 0.0
    # Every source of satisfaction together holds the one rating once.
    since = clock.now() - scoring.WINDOW
    counted = [
        (await source([world.base.i1.id], since)).get(world.base.i1.id, scoring.Tally(0, 0))
        for source in scoring._sources[scoring.Component.SATISFACTION]
    ]
    assert sum(t.total for t in counted) == 1
