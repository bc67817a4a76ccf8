"""Queries of activities: the public list, my registrations, the organiser's workspace, the
operators' review list and an activity's registrations (organiser and operators only)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q, Subquery

from qifu.activities import checkin, exports, services, statistics
from qifu.activities.after_types import (
    ActivityStatistics,
    ActivityStatisticsTotals,
    OrganiserActivityStatistics,
    OrganiserActivityStatisticsRow,
)
from qifu.activities.models import Activity, Registration
from qifu.activities.models import ActivityStatus as ActivityStatusModel
from qifu.activities.models import ActivityType as ActivityTypeModel
from qifu.activities.models import OrganiserType as OrganiserTypeModel
from qifu.activities.models import RegistrationStatus as RegistrationStatusModel
from qifu.activities.types import (
    PUBLIC,
    ActivityNode,
    ActivityRegistrationNode,
    ActivityStatus,
    ActivityType,
    OrganiserType,
    RegistrationStatus,
    VenueCode,
    may_manage,
    who,
)
from qifu.api.relay import Connection, decode_node_id, paginate
from qifu.checkin import tokens
from qifu.checkin.models import CheckIn
from qifu.core import clock
from qifu.core.errors import DomainError
from qifu.orgs.scopes import platform_subtree_q

NOTHING = Q(id__in=[])
ORGANISER_KINDS = {
    OrganiserTypeModel.INSTITUTION: "Institution",
    OrganiserTypeModel.DEPARTMENT: "Department",
    OrganiserTypeModel.PLATFORM: "Platform",
}


def _id(value: strawberry.ID, kind: str) -> int:
    try:
        return decode_node_id(value, kind, "id")
    except DomainError:
        return 0


@strawberry.type
class ActivityQueries:
    @strawberry.field(
        description="Published, ongoing and past activities for anyone, newest first; "
        "filters: type, region (a prefix of the region code), start time range, open for "
        "sign-up."
    )
    async def activities(
        self,
        info: Info,
        type: ActivityType | None = None,  # type: ignore[valid-type]
        region_code: str | None = None,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
        open_for_sign_up: bool | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ActivityNode]:
        query = Activity.filter(status__in=list(PUBLIC))
        if type is not None:
            query = query.filter(type=ActivityTypeModel(type))
        if region_code:
            query = query.filter(region_code__startswith=region_code)
        if starts_from is not None:
            query = query.filter(starts_at__gte=starts_from)
        if starts_before is not None:
            query = query.filter(starts_at__lt=starts_before)
        if open_for_sign_up is not None:
            now = clock.now()
            is_open = Q(status=ActivityStatusModel.PUBLISHED, signup_deadline__gte=now)
            query = query.filter(is_open if open_for_sign_up else ~is_open)
        return await paginate(query, first=first, after=after, convert=ActivityNode.from_model)

    @strawberry.field(description="My registrations, newest first.")
    async def my_activity_registrations(
        self,
        info: Info,
        status: RegistrationStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ActivityRegistrationNode]:
        user = info.context.require_user()
        query = Registration.filter(user_id=user.id)
        if status is not None:
            query = query.filter(status=RegistrationStatusModel(status))
        return await paginate(
            query, first=first, after=after, convert=ActivityRegistrationNode.from_model
        )

    @strawberry.field(
        description="The activities of an organiser I act for (all states), newest first."
    )
    async def organised_activities(
        self,
        info: Info,
        organiser_type: OrganiserType,  # type: ignore[valid-type]
        organiser_id: strawberry.ID,
        status: ActivityStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ActivityNode]:
        info.context.require_user()
        me = await who(info)
        kind = OrganiserTypeModel(organiser_type)
        oid = _id(organiser_id, ORGANISER_KINDS[kind])
        probe = Activity(organiser_type=kind, organiser_id=oid)
        query = (
            Activity.filter(organiser_type=kind, organiser_id=oid)
            if me is not None and services.is_organiser(me, probe)
            else Activity.filter(NOTHING)
        )
        if status is not None:
            query = query.filter(status=ActivityStatusModel(status))
        return await paginate(query, first=first, after=after, convert=ActivityNode.from_model)

    @strawberry.field(description="Activities of my platform subtree (operators), e.g. PENDING.")
    async def activities_for_review(
        self,
        info: Info,
        status: ActivityStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ActivityNode]:
        info.context.require_user()
        me = await who(info)
        if me is None or not me.scope.is_staff:
            query = Activity.filter(NOTHING)
        elif me.paths is None:
            query = Activity.all()
        else:
            query = Activity.filter(platform_subtree_q(me.paths))
        if status is not None:
            query = query.filter(status=ActivityStatusModel(status))
        return await paginate(query, first=first, after=after, convert=ActivityNode.from_model)

    @strawberry.field(
        description="An activity's registrations, in sign-up order: the organiser and the "
        "operators of its platform subtree only (anyone else gets an empty list); checkedIn "
        "keeps those who did (true) or did not (false) check in."
    )
    async def activity_registrations(
        self,
        info: Info,
        activity_id: strawberry.ID,
        status: RegistrationStatus | None = None,  # type: ignore[valid-type]
        checked_in: bool | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[ActivityRegistrationNode]:
        info.context.require_user()
        activity = await Activity.get_or_none(id=_id(activity_id, "Activity"))
        if activity is None or not await may_manage(info, activity):
            query = Registration.filter(NOTHING)
        else:
            query = Registration.filter(activity_id=activity.id)
        if status is not None:
            query = query.filter(status=RegistrationStatusModel(status))
        if checked_in is not None and activity is not None:
            holders = CheckIn.filter(kind=statistics.CHECKIN_KIND, subject_id=activity.id)
            ids = Q(id__in=Subquery(holders.values("holder_id")))
            query = query.filter(ids if checked_in else ~ids)
        return await paginate(
            query,
            first=first,
            after=after,
            convert=ActivityRegistrationNode.from_model,
            newest_first=False,
        )

    @strawberry.field(
        description="The venue screen's current self check-in code: the organiser only "
        "(null for anyone else). It changes every periodSeconds; fetch again at expiresAt."
    )
    async def activity_venue_code(self, info: Info, activity_id: strawberry.ID) -> VenueCode | None:
        info.context.require_user()
        me = await who(info)
        activity = await Activity.get_or_none(id=_id(activity_id, "Activity"))
        if activity is None or me is None or not services.is_organiser(me, activity):
            return None
        code, url = checkin.venue_code(activity.id)
        return VenueCode(
            code=code,
            expires_at=tokens.venue_expires_at(clock.now()),
            period_seconds=tokens.VENUE_PERIOD_SECONDS,
            check_in_url=url,
            qr_svg=checkin.qr_data_uri(url),
        )

    @strawberry.field(
        description="An organiser's activities starting in [from, to) with their figures and "
        "the totals: its own people and the operators of its platform subtree (null for "
        "anyone else)."
    )
    async def organiser_activity_statistics(
        self,
        info: Info,
        organiser_type: OrganiserType,  # type: ignore[valid-type]
        organiser_id: strawberry.ID,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
    ) -> OrganiserActivityStatistics | None:
        user = info.context.require_user()
        kind = OrganiserTypeModel(organiser_type)
        oid = _id(organiser_id, ORGANISER_KINDS[kind])
        found = await statistics.for_organiser(await who(info), kind, oid, from_, to)
        if found is None:
            return None
        return OrganiserActivityStatistics(
            organiser_type=kind,
            organiser_id=organiser_id,
            organiser_name=found.name,
            from_=from_,
            to=to,
            totals=ActivityStatisticsTotals.build(found.totals, len(found.activities)),
            rows=[
                OrganiserActivityStatisticsRow(
                    activity=ActivityNode.from_model(a),
                    statistics=ActivityStatistics.build(found.per_activity[a.id], a.id, user.id),
                )
                for a in found.activities
            ],
            export_url=exports.organiser_url(kind, oid, from_, to, user.id),
        )
