"""Places under concurrency: never oversold, one registration per person, the waitlist
promoted in order. Meaningful on PostgreSQL (row locks); SQLite serialises writers."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from qifu.accounts.models import User
from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus, Registration, RegistrationStatus
from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.models import AuditEvent
from qifu.orgs.scopes import scope_of
from tests.activities.support import World, drive
from tests.support import ACTOR

S = ActivityStatus
R = RegistrationStatus


async def _people(n: int) -> list[services.Who]:
    """Plain accounts made directly (no password: hashing 300 would only slow the test)."""
    now = clock.now()
    await User.bulk_create(
        [
            User(
                email=f"p{i}@qifu.cn",
                name=f"报名者{i}",
                password_hash="!",
                created_at=now,
                updated_at=now,
            )
            for i in range(n)
        ]
    )
    users = await User.filter(email__startswith="p").order_by("id")
    return [services.Who(u, scope_of([])) for u in users]


async def _attempt(who: services.Who, activity_id: int) -> Registration | ErrorCode:
    try:
        return await services.sign_up(ACTOR, who, activity_id)
    except DomainError as e:
        return e.code


async def test_300_sign_ups_for_50_places(world: World) -> None:
    a = await drive(world, S.PUBLISHED, capacity=50)
    people = await _people(300)
    results = await asyncio.gather(*(_attempt(p, a.id) for p in people))
    assert all(isinstance(r, Registration) for r in results)
    rows = await Registration.filter(activity_id=a.id)
    assert len(rows) == 300 and len({r.user_id for r in rows}) == 300
    assert sum(r.status == R.CONFIRMED for r in rows) == 50
    waiting = sorted(r.waitlist_seq or 0 for r in rows if r.status == R.WAITLISTED)
    assert waiting == list(range(1, 251))  # a strict order, none lost, none twice
    a = await Activity.get(id=a.id)
    assert (a.confirmed_count, a.waitlist_count) == (50, 250)


async def test_20_duplicate_sign_ups_make_one(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    who = await world.who("user")
    results = await asyncio.gather(*(_attempt(who, a.id) for _ in range(20)))
    assert sum(isinstance(r, Registration) for r in results) == 1
    assert [r for r in results if not isinstance(r, Registration)] == [
        ErrorCode.ALREADY_REGISTERED
    ] * 19
    assert await Registration.filter(activity_id=a.id).count() == 1
    assert (await Activity.get(id=a.id)).confirmed_count == 1


async def test_concurrent_cancellations_promote_in_order(world: World) -> None:
    a = await drive(world, S.PUBLISHED, capacity=10)
    people = await _people(30)
    for p in people:  # in order: the first 10 confirmed, then the waitlist 1..20
        await services.sign_up(ACTOR, p, a.id)
    confirmed = await Registration.filter(activity_id=a.id, status=R.CONFIRMED).order_by("id")
    first_waiting = [
        r.user_id
        for r in await Registration.filter(activity_id=a.id, status=R.WAITLISTED).order_by(
            "waitlist_seq"
        )
    ][:6]
    by_user = {p.user.id: p for p in people}
    await asyncio.gather(
        *(services.cancel_registration(ACTOR, by_user[r.user_id], r.id) for r in confirmed[:6])
    )
    now_confirmed = await Registration.filter(activity_id=a.id, status=R.CONFIRMED)
    assert len(now_confirmed) == 10
    assert set(first_waiting) <= {r.user_id for r in now_confirmed}
    a = await Activity.get(id=a.id)
    assert (a.confirmed_count, a.waitlist_count) == (10, 14)


async def test_concurrent_workers_move_each_activity_once(world: World) -> None:
    activities = [await drive(world, S.PUBLISHED) for _ in range(6)]
    clock.advance(activities[-1].starts_at - clock.now() + timedelta(seconds=1))
    counts = await asyncio.gather(*(services.move_by_time(batch=2) for _ in range(4)))
    assert sum(counts) == 6
    assert await services.move_by_time() == 0
    assert await Activity.filter(status=S.ONGOING).count() == 6
    moves = await AuditEvent.filter(action="activity.ongoing").count()
    assert moves == 6
