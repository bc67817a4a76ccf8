"""Per-request DataLoaders of the activities domain."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.expressions import Q
from tortoise.functions import Count

from qifu.activities.models import Activity, ActivitySummary, Registration
from qifu.activities.statistics import CHECKIN_KIND
from qifu.checkin.models import CheckIn
from qifu.feedback.models import Evaluation


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


async def load_summaries_by_activity_id(ids: Sequence[int]) -> list[ActivitySummary | None]:
    found = {s.activity_id: s for s in await ActivitySummary.filter(activity_id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_activity_evaluations_by_user_activity(
    keys: Sequence[tuple[int, int]],
) -> list[Evaluation | None]:
    """A person's rating of an activity, by (user id, activity id)."""
    rows = await Evaluation.filter(
        subject_type="ACTIVITY",
        rater_id__in=list({u for u, _ in keys}),
        subject_id__in=list({a for _, a in keys}),
    )
    found = {(e.rater_id, e.subject_id): e for e in rows}
    return [found.get(k) for k in keys]


async def load_checkins_by_registration_id(ids: Sequence[int]) -> list[CheckIn | None]:
    rows = await CheckIn.filter(kind=CHECKIN_KIND, holder_id__in=list(ids))
    found = {c.holder_id: c for c in rows}
    return [found.get(i) for i in ids]


async def load_checked_in_counts_by_activity_id(ids: Sequence[int]) -> list[int]:
    rows = (
        await CheckIn.filter(kind=CHECKIN_KIND, subject_id__in=list(ids))
        .annotate(n=Count("id"))
        .group_by("subject_id")
        .values_list("subject_id", "n")
    )
    found = {int(s): int(n) for s, n in rows}
    return [found.get(i, 0) for i in ids]
