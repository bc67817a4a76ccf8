"""Per-request DataLoaders of the activities domain."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.expressions import Q

from qifu.activities.models import Activity, Registration


async def load_activities_by_id(ids: Sequence[int]) -> list[Activity | None]:
    found = {a.id: a for a in await Activity.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_registrations_by_user_activity(
    keys: Sequence[tuple[int, int]],
) -> list[Registration | None]:
    """A person's registration for an activity, by (user id, activity id)."""
    users = {u for u, _ in keys}
    activities = {a for _, a in keys}
    rows = await Registration.filter(Q(user_id__in=list(users)), activity_id__in=list(activities))
    found = {(r.user_id, r.activity_id): r for r in rows}
    return [found.get(k) for k in keys]
