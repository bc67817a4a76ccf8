"""The activity's state table: every allowed move, and every other one refused with
INVALID_TRANSITION and nothing changed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus
from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode
from tests.activities.support import World, drive
from tests.support import ACTOR

S = ActivityStatus
ALL = list(S)

EXPECTED = {
    S.DRAFT: {S.PENDING, S.CANCELLED},
    S.PENDING: {S.PUBLISHED, S.REJECTED, S.CANCELLED},
    S.REJECTED: {S.DRAFT, S.CANCELLED},
    S.PUBLISHED: {S.ONGOING, S.CANCELLED},
    S.ONGOING: {S.ENDED, S.CANCELLED},
    S.ENDED: {S.SUMMARIZED},
    S.SUMMARIZED: set(),
    S.CANCELLED: set(),
}


def test_table_is_the_issue_s() -> None:
    assert {s: set(t) for s, t in services.TRANSITIONS.items()} == EXPECTED


async def _do(world: World, action: str, activity_id: int) -> Activity:
    org, op = await world.who("i1_member"), await world.who("op_wenzhou")
    if action == "submit":
        return await services.submit(ACTOR, org, activity_id)
    if action == "approve":
        return await services.approve(ACTOR, op, activity_id)
    if action == "reject":
        return await services.reject(ACTOR, op, activity_id, "信息不全")
    if action == "revise":
        return await services.revise(ACTOR, org, activity_id)
    if action == "summarize":
        return await services.summarize(ACTOR, org, activity_id)
    assert action == "cancel"
    return await services.cancel(ACTOR, org, activity_id, "天气原因")


HUMAN = ["submit", "approve", "reject", "revise", "summarize", "cancel"]


@pytest.mark.parametrize("state", [s for s in ALL])
async def test_each_human_action_in_each_state(world: World, state: S) -> None:
    for action in HUMAN:
        activity = await drive(world, state)
        before = (await Activity.filter(id=activity.id).values())[0]
        rule = services.ACTIONS[action]
        if state in rule.sources:
            done = await _do(world, action, activity.id)
            assert done.status == rule.target
            assert (await Activity.get(id=activity.id)).status == rule.target
        else:
            with pytest.raises(DomainError) as caught:
                await _do(world, action, activity.id)
            assert caught.value.code is ErrorCode.INVALID_TRANSITION
            assert (await Activity.filter(id=activity.id).values())[0] == before


async def test_worker_moves_with_the_clock(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    draft = await drive(world, S.DRAFT)
    assert await services.move_by_time() == 0
    clock.advance(a.starts_at - clock.now() - timedelta(seconds=5))
    assert await services.move_by_time() == 0
    assert (await Activity.get(id=a.id)).status == S.PUBLISHED
    clock.advance(timedelta(seconds=10))
    assert await services.move_by_time() == 1
    assert (await Activity.get(id=a.id)).status == S.ONGOING
    assert await services.move_by_time() == 0
    clock.advance(a.ends_at - a.starts_at)
    assert await services.move_by_time() == 1
    assert (await Activity.get(id=a.id)).status == S.ENDED
    assert (await Activity.get(id=draft.id)).status == S.DRAFT  # times move only published


async def test_strangers_are_answered_as_for_an_unknown_activity(world: World) -> None:
    a = await drive(world, S.PENDING)
    hz, user = await world.who("op_hangzhou"), await world.who("user")
    for call in (
        services.approve(ACTOR, hz, a.id),  # an operator of another subtree
        services.approve(ACTOR, user, a.id),
        services.cancel(ACTOR, user, a.id, "不想办了"),
        services.approve(ACTOR, await world.who("op_wenzhou"), a.id + 999),
    ):
        with pytest.raises(DomainError) as caught:
            await call
        assert caught.value.code is ErrorCode.NOT_FOUND
        assert caught.value.field == "activityId"
    assert (await Activity.get(id=a.id)).status == S.PENDING
