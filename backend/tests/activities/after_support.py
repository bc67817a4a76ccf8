"""What happens after an activity, made through the services: registrations, check-ins (rows
as the check-in package stores them) and the worker's move to ENDED."""

from __future__ import annotations

from datetime import timedelta

from strawberry import relay

from qifu.accounts.models import User
from qifu.accounts.services import grants_of
from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus, Registration
from qifu.checkin.models import CheckIn, CheckInMethod
from qifu.core import clock
from qifu.orgs.platforms import operator_paths
from qifu.orgs.scopes import scope_of
from tests.activities.support import World, drive
from tests.support import ACTOR, make_user

S = ActivityStatus


def gid(kind: str, pk: int) -> str:
    return str(relay.GlobalID(kind, str(pk)))


async def attendees(n: int, prefix: str = "a") -> list[User]:
    return [await make_user(f"{prefix}{i}@qifu.cn", name=f"参会者{i}") for i in range(n)]


async def who(user: User) -> services.Who:
    scope = scope_of(await grants_of(user))
    return await services.who_of(user, scope, await operator_paths(scope))


async def sign_up(activity: Activity, user: User) -> Registration:
    return await services.sign_up(ACTOR, await who(user), activity.id)


async def check_in(registration: Registration) -> CheckIn:
    return await CheckIn.create(
        kind="activity",
        subject_id=registration.activity_id,
        holder_id=registration.id,
        user_id=registration.user_id,
        method=CheckInMethod.CODE,
        checked_in_at=clock.now(),
    )


async def to_ongoing(activity: Activity) -> Activity:
    clock.advance(activity.starts_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    return await Activity.get(id=activity.id)


async def to_ended(activity: Activity) -> Activity:
    if activity.starts_at > clock.now():
        activity = await to_ongoing(activity)
    clock.advance(activity.ends_at - clock.now() + timedelta(seconds=1))
    await services.move_by_time()
    found = await Activity.get(id=activity.id)
    assert found.status == S.ENDED
    return found


async def ended(
    world: World, people: list[User], checked_in: int, capacity: int = 50
) -> tuple[Activity, list[Registration]]:
    """An ENDED activity of I1: everyone in ``people`` signed up, the first ``checked_in``
    of them checked in."""
    activity = await drive(world, S.PUBLISHED, capacity=capacity)
    registrations = [await sign_up(activity, p) for p in people]
    activity = await to_ongoing(activity)
    for r in registrations[:checked_in]:
        await check_in(r)
    return await to_ended(activity), registrations
