"""Figures of activities for their organisers and reviewers: registrations by state,
check-ins and ratings. Each figure comes from one grouped query over all the activities
asked about, so the number of statements does not grow with the number of activities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from tortoise.functions import Count

from qifu.activities import services
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.checkin.models import CheckIn
from qifu.feedback.models import Evaluation
from qifu.orgs.models import Department, Institution, Platform

R = RegistrationStatus
CHECKIN_KIND = "activity"
EVALUATION_KIND = "ACTIVITY"
SATISFIED = 4
# Activities that were open to the public at some point (a cancelled one may have had
# registrations); drafts and those under review have none.
COUNTED = (
    ActivityStatus.PUBLISHED,
    ActivityStatus.ONGOING,
    ActivityStatus.ENDED,
    ActivityStatus.SUMMARIZED,
    ActivityStatus.CANCELLED,
)
BY_STATUS = {
    R.CONFIRMED: "confirmed",
    R.WAITLISTED: "waitlisted",
    R.PENDING_APPROVAL: "pending_approval",
    R.REJECTED: "rejected",
    R.CANCELLED: "cancelled",
}


@dataclass
class Figures:
    registrations: int = 0
    confirmed: int = 0
    waitlisted: int = 0
    pending_approval: int = 0
    rejected: int = 0
    cancelled: int = 0
    checked_in: int = 0
    evaluations: int = 0
    rating_sum: int = 0
    satisfied: int = 0
    capacity: int = 0

    @property
    def check_in_rate(self) -> float | None:
        return self.checked_in / self.confirmed if self.confirmed else None

    @property
    def average_rating(self) -> float | None:
        return self.rating_sum / self.evaluations if self.evaluations else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.evaluations if self.evaluations else None

    def add(self, other: Figures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


async def figures(activities: Sequence[Activity]) -> dict[int, Figures]:
    """The figures of each activity: three grouped queries, whatever their number."""
    found = {a.id: Figures(capacity=a.capacity) for a in activities}
    ids = list(found)
    if not ids:
        return found
    rows = (
        await Registration.filter(activity_id__in=ids)
        .annotate(n=Count("id"))
        .group_by("activity_id", "status")
        .values_list("activity_id", "status", "n")
    )
    for activity_id, status, n in rows:
        f = found[int(activity_id)]
        f.registrations += int(n)
        name = BY_STATUS.get(R(status))
        if name:
            setattr(f, name, getattr(f, name) + int(n))
    checked = (
        await CheckIn.filter(kind=CHECKIN_KIND, subject_id__in=ids)
        .annotate(n=Count("id"))
        .group_by("subject_id")
        .values_list("subject_id", "n")
    )
    for subject_id, n in checked:
        found[int(subject_id)].checked_in = int(n)
    ratings = (
        await Evaluation.filter(subject_type=EVALUATION_KIND, subject_id__in=ids)
        .annotate(n=Count("id"))
        .group_by("subject_id", "overall")
        .values_list("subject_id", "overall", "n")
    )
    for subject_id, overall, n in ratings:
        f = found[int(subject_id)]
        f.evaluations += int(n)
        f.rating_sum += int(overall) * int(n)
        f.satisfied += int(n) if int(overall) >= SATISFIED else 0
    return found


async def checked_in_count(activity_id: int) -> int:
    return await CheckIn.filter(kind=CHECKIN_KIND, subject_id=activity_id).count()


# ---- who may see them


async def may_see(who: services.Who | None, activity: Activity) -> bool:
    """The organiser, or an operator of the organiser's platform subtree."""
    if who is None:
        return False
    if services.is_organiser(who, activity):
        return True
    platform = await Platform.get_or_none(id=activity.platform_id)
    return platform is not None and services.is_reviewer(who, platform)


async def organiser(kind: OrganiserType, organiser_id: int) -> tuple[Platform, str] | None:
    """The organiser's platform and full name; None for an unknown organiser."""
    platform_id: int | None
    if kind is OrganiserType.INSTITUTION:
        inst = await Institution.get_or_none(id=organiser_id)
        platform_id, name = (inst.platform_id, inst.name) if inst else (None, "")
    elif kind is OrganiserType.DEPARTMENT:
        dept = await Department.get_or_none(id=organiser_id)
        platform_id, name = (dept.platform_id, dept.name) if dept else (None, "")
    else:
        platform_id, name = organiser_id, ""
    platform = await Platform.get_or_none(id=platform_id) if platform_id else None
    if platform is None:
        return None
    return platform, name or platform.name


@dataclass
class OrganiserFigures:
    kind: OrganiserType
    organiser_id: int
    name: str
    since: datetime | None
    until: datetime | None
    activities: list[Activity]
    per_activity: dict[int, Figures]
    totals: Figures


async def for_organiser(
    who: services.Who | None,
    kind: OrganiserType,
    organiser_id: int,
    since: datetime | None = None,
    until: datetime | None = None,
) -> OrganiserFigures | None:
    """The organiser's counted activities starting in [since, until), newest first, with
    their figures and the totals; None unless ``who`` organises or reviews for it."""
    if who is None:
        return None
    found = await organiser(kind, organiser_id)
    if found is None:
        return None
    platform, name = found
    probe = Activity(organiser_type=kind, organiser_id=organiser_id)
    if not (services.is_organiser(who, probe) or services.is_reviewer(who, platform)):
        return None
    query = Activity.filter(organiser_type=kind, organiser_id=organiser_id, status__in=COUNTED)
    if since is not None:
        query = query.filter(starts_at__gte=since)
    if until is not None:
        query = query.filter(starts_at__lt=until)
    activities = list(await query.order_by("-starts_at", "-id"))
    per_activity = await figures(activities)
    totals = Figures()
    for f in per_activity.values():
        totals.add(f)
    return OrganiserFigures(
        kind, organiser_id, name, since, until, activities, per_activity, totals
    )
