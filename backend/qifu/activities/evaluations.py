"""Rating an activity through the shared evaluations (qifu.feedback): only people who checked
in, only once it has ENDED (or is SUMMARIZED), once each; the organiser replies.

Dimensions: content, organisation, usefulness (1–5) besides the overall score. The owner is
the organiser (Institution, Department or Platform) and the target the activity, so a page
of an activity's ratings is one indexed query and the organiser's people may reply."""

from __future__ import annotations

from collections.abc import Mapping

from qifu.accounts.models import User
from qifu.activities import services, statistics
from qifu.activities.models import Activity, ActivityStatus, OrganiserType
from qifu.checkin.models import CheckIn
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.feedback import registry
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation
from qifu.orgs.scopes import Scope

S = ActivityStatus
KIND = statistics.EVALUATION_KIND
DIMENSIONS = ("content", "organisation", "usefulness")
TARGET = "Activity"
OWNER_TYPES = {
    OrganiserType.INSTITUTION: "Institution",
    OrganiserType.DEPARTMENT: "Department",
    OrganiserType.PLATFORM: "Platform",
}
NOT_PUBLIC = (S.DRAFT, S.PENDING, S.REJECTED)
RATEABLE = (S.ENDED, S.SUMMARIZED)


async def evaluate(
    actor: Actor,
    user: User,
    scope: Scope,
    activity_id: int,
    *,
    overall: int,
    dimensions: Mapping[str, int],
    comment: str,
) -> Evaluation:
    return await feedback.rate(
        actor,
        user,
        scope,
        KIND,
        activity_id,
        overall=overall,
        dimensions=dimensions,
        comment=comment,
    )


async def page(activity_id: int, *, limit: int, offset: int) -> tuple[int, list[Evaluation]]:
    """One page of the activity's ratings, newest first, and how many there are."""
    return await feedback.for_target(TARGET, activity_id, limit=limit, offset=offset)


# ---- the feedback subject kind


async def _check_rater(user: User, scope: Scope, activity_id: int) -> registry.Owner:
    activity = await services._locked(activity_id)
    if S(activity.status) in NOT_PUBLIC:
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    attended = await CheckIn.filter(
        kind=statistics.CHECKIN_KIND, subject_id=activity.id, user_id=user.id
    ).exists()
    if not attended:
        raise DomainError(ErrorCode.FORBIDDEN, "activityId")  # attendees only
    if S(activity.status) not in RATEABLE:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "activityId")
    return registry.Owner(
        OWNER_TYPES[OrganiserType(activity.organiser_type)],
        activity.organiser_id,
        TARGET,
        activity.id,
    )


async def _may_reply(user: User, scope: Scope, owner_type: str, owner_id: int) -> bool:
    kind = {name: t for t, name in OWNER_TYPES.items()}.get(owner_type)
    if kind is None:
        return False
    who = await services.who_of(user, scope, None)
    return services.is_organiser(who, Activity(organiser_type=kind, organiser_id=owner_id))


registry.register(
    registry.SubjectKind(
        name=KIND, dimensions=DIMENSIONS, check_rater=_check_rater, may_reply=_may_reply
    )
)
