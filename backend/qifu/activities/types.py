"""GraphQL types of activities (活动) and their registrations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts.loaders import load_users_by_id
from qifu.activities import checkin, evaluations, file_access, services, statistics
from qifu.activities.after_types import ActivityStatistics, ActivitySummary
from qifu.activities.loaders import (
    load_activities_by_id,
    load_activity_evaluations_by_user_activity,
    load_checked_in_counts_by_activity_id,
    load_checkins_by_registration_id,
    load_registrations_by_user_activity,
    load_summaries_by_activity_id,
)
from qifu.activities.models import Activity as ActivityModel
from qifu.activities.models import ActivityStatus as ActivityStatusModel
from qifu.activities.models import ActivityType as ActivityTypeModel
from qifu.activities.models import OrganiserType as OrganiserTypeModel
from qifu.activities.models import Registration as RegistrationModel
from qifu.activities.models import RegistrationStatus as RegistrationStatusModel
from qifu.api.errors import UserError
from qifu.checkin.services import CheckInResult as CheckInResultModel
from qifu.core import clock
from qifu.feedback.types import Evaluation, EvaluationPage
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs.loaders import load_platforms_by_id
from qifu.orgs.types import operator_paths

ActivityStatus = strawberry.enum(
    ActivityStatusModel,
    name="ActivityStatus",
    description="DRAFT → PENDING → PUBLISHED | REJECTED; REJECTED → DRAFT; PUBLISHED → ONGOING "
    "→ ENDED (by the start and end times) → SUMMARIZED; CANCELLED from any state before ENDED.",
)
ActivityType = strawberry.enum(ActivityTypeModel, name="ActivityType")
OrganiserType = strawberry.enum(OrganiserTypeModel, name="ActivityOrganiserType")
RegistrationStatus = strawberry.enum(
    RegistrationStatusModel,
    name="ActivityRegistrationStatus",
    description="PENDING_APPROVAL → CONFIRMED | WAITLISTED | REJECTED; CONFIRMED | WAITLISTED "
    "→ CANCELLED; WAITLISTED → CONFIRMED when a place is freed, in order.",
)
CheckInResult = strawberry.enum(
    CheckInResultModel,
    name="CheckInResult",
    description="OK (also for a retry with the same nonce), ALREADY_CHECKED_IN (another scan; "
    "firstCheckedInAt says when), or why not: NOT_REGISTERED, REGISTRATION_CANCELLED, "
    "ACTIVITY_CANCELLED, WAITLISTED, PENDING_APPROVAL, WRONG_ACTIVITY (another activity's "
    "ticket), TOO_EARLY (more than an hour before the start), TOO_LATE (after the end, or an "
    "expired ticket), INVALID (forged, mistyped or stale code).",
)
# Seen by anyone; the others only by the organiser, the reviewers and the registrants.
PUBLIC = file_access.SHOWN


async def who(info: Info) -> services.Who | None:
    """The signed-in person's standing for activities, once per request."""
    ctx = info.context
    if ctx.user is None:
        return None
    paths = await operator_paths(info)
    return await ctx.memo("activities.who", lambda: services.who_of(ctx.user, ctx.scope, paths))


async def may_manage(info: Info, activity: ActivityModel) -> bool:
    """The organiser or an operator of the organiser's platform subtree."""
    me = await who(info)
    if me is None:
        return False
    if services.is_organiser(me, activity):
        return True
    platform = await info.context.loader(load_platforms_by_id).load(activity.platform_id)
    return platform is not None and services.is_reviewer(me, platform)


async def visible_activity(info: Info, a: ActivityModel) -> ActivityNode | None:
    if ActivityStatusModel(a.status) in PUBLIC or await may_manage(info, a):
        return ActivityNode.from_model(a)
    user = info.context.user
    if user is not None and ActivityStatusModel(a.status) is ActivityStatusModel.CANCELLED:
        mine = await info.context.loader(load_registrations_by_user_activity).load((user.id, a.id))
        if mine is not None:
            return ActivityNode.from_model(a)
    return None


@strawberry.type(name="ActivityAgendaItem")
class AgendaItem:
    time: str
    title: str
    speaker: str


@strawberry.type(name="Activity", description="An activity (活动) with sign-up.")
class ActivityNode(relay.Node):
    id: relay.NodeID[int]
    organiser_type: OrganiserType  # type: ignore[valid-type]
    organiser_name: str = strawberry.field(description="The organiser's full name.")
    name: str
    type: ActivityType  # type: ignore[valid-type]
    content: str
    agenda: list[AgendaItem]
    venue: str
    online_link: str
    region_code: str
    starts_at: datetime
    ends_at: datetime
    signup_deadline: datetime
    capacity: int
    remaining_places: int
    waitlist_count: int
    audience_scales: list[str]
    audience_industries: list[str]
    audience_regions: list[str]
    needs_approval: bool
    verified_only: bool = strawberry.field(
        description="Only members of VERIFIED enterprises may sign up."
    )
    contact: str
    status: ActivityStatus  # type: ignore[valid-type]
    status_reason: str | None = strawberry.field(description="Why it was rejected or cancelled.")
    open_for_sign_up: bool
    created_at: datetime
    updated_at: datetime
    logo_file_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, a: ActivityModel) -> ActivityNode:
        return cls(
            id=a.id,
            organiser_type=OrganiserTypeModel(a.organiser_type),
            organiser_name=a.organiser_name,
            name=a.name,
            type=ActivityTypeModel(a.type),
            content=a.content,
            agenda=[
                AgendaItem(
                    time=i.get("time", ""), title=i.get("title", ""), speaker=i.get("speaker", "")
                )
                for i in a.agenda
            ],
            venue=a.venue,
            online_link=a.online_link,
            region_code=a.region_code,
            starts_at=a.starts_at,
            ends_at=a.ends_at,
            signup_deadline=a.signup_deadline,
            capacity=a.capacity,
            remaining_places=services.remaining(a),
            waitlist_count=a.waitlist_count,
            audience_scales=list(a.audience_scales),
            audience_industries=list(a.audience_industries),
            audience_regions=list(a.audience_regions),
            needs_approval=a.needs_approval,
            verified_only=a.verified_only,
            contact=a.contact,
            status=ActivityStatusModel(a.status),
            status_reason=a.status_reason or None,
            open_for_sign_up=services.open_for_signup(a, clock.now()),
            created_at=a.created_at,
            updated_at=a.updated_at,
            logo_file_id=a.logo_file_id,
        )

    @strawberry.field
    async def logo(self, info: Info) -> StoredFileNode | None:
        if self.logo_file_id is None:
            return None
        found = await info.context.loader(load_stored_files_by_id).load(self.logo_file_id)
        return StoredFileNode.from_model(found) if found else None

    @strawberry.field(description="My registration, if I signed up.")
    async def my_registration(self, info: Info) -> ActivityRegistrationNode | None:
        user = info.context.user
        if user is None:
            return None
        found = await info.context.loader(load_registrations_by_user_activity).load(
            (user.id, self.id)
        )
        return ActivityRegistrationNode.from_model(found) if found else None

    @strawberry.field(
        description="The organiser's summary: public once SUMMARIZED (else the organiser "
        "and reviewers only); null before one is written."
    )
    async def summary(self, info: Info) -> ActivitySummary | None:
        found = await info.context.loader(load_summaries_by_activity_id).load(self.id)
        if found is None:
            return None
        public = self.status is ActivityStatusModel.SUMMARIZED
        if not public:
            activity = await info.context.loader(load_activities_by_id).load(self.id)
            if activity is None or not await may_manage(info, activity):
                return None
        return ActivitySummary.from_model(found, public=public)

    @strawberry.field(description="My rating, if I rated it.")
    async def my_evaluation(self, info: Info) -> Evaluation | None:
        user = info.context.user
        if user is None:
            return None
        found = await info.context.loader(load_activity_evaluations_by_user_activity).load(
            (user.id, self.id)
        )
        return Evaluation.from_model(found) if found else None

    @strawberry.field(description="Attendees' ratings, newest first (without their names).")
    async def evaluations(self, info: Info, first: int = 20, offset: int = 0) -> EvaluationPage:
        total, rows = await evaluations.page(
            self.id, limit=max(0, min(first, 100)), offset=max(offset, 0)
        )
        return EvaluationPage(total_count=total, items=[Evaluation.from_model(e) for e in rows])

    @strawberry.field(
        description="How many have checked in: the organiser and the operators of its "
        "platform subtree only (null for anyone else)."
    )
    async def checked_in_count(self, info: Info) -> int | None:
        activity = await info.context.loader(load_activities_by_id).load(self.id)
        if activity is None or not await may_manage(info, activity):
            return None
        count: int = await info.context.loader(load_checked_in_counts_by_activity_id).load(self.id)
        return count

    @strawberry.field(
        description="Registrations, check-ins and ratings: the organiser and the operators "
        "of its platform subtree only (null for anyone else)."
    )
    async def statistics(self, info: Info) -> ActivityStatistics | None:
        activity = await info.context.loader(load_activities_by_id).load(self.id)
        if activity is None or not await may_manage(info, activity):
            return None
        found = await statistics.figures([activity])
        user = info.context.require_user()
        return ActivityStatistics.build(found[activity.id], activity.id, user.id)

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_activities_by_id).load_many(ids)
        return [await visible_activity(info, a) if a else None for a in found]


@strawberry.type(name="ActivityRegistration", description="One person's sign-up.")
class ActivityRegistrationNode(relay.Node):
    id: relay.NodeID[int]
    status: RegistrationStatus  # type: ignore[valid-type]
    note: str
    reason: str | None = strawberry.field(description="Why it was rejected or cancelled.")
    waitlist_position: int | None = strawberry.field(
        description="The order in the waitlist (smaller goes first); null unless WAITLISTED."
    )
    created_at: datetime
    updated_at: datetime
    activity_id: strawberry.Private[int]
    user_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, r: RegistrationModel) -> ActivityRegistrationNode:
        return cls(
            id=r.id,
            status=RegistrationStatusModel(r.status),
            note=r.note,
            reason=r.reason or None,
            waitlist_position=r.waitlist_seq,
            created_at=r.created_at,
            updated_at=r.updated_at,
            activity_id=r.activity_id,
            user_id=r.user_id,
        )

    @strawberry.field
    async def activity(self, info: Info) -> ActivityNode:
        found = await info.context.loader(load_activities_by_id).load(self.activity_id)
        assert found is not None
        return ActivityNode.from_model(found)

    @strawberry.field(description="The registrant's name.")
    async def person_name(self, info: Info) -> str:
        found = await info.context.loader(load_users_by_id).load(self.user_id)
        return found.name if found else ""

    @strawberry.field(
        description="My check-in ticket: the registrant only, while CONFIRMED (else null)."
    )
    async def ticket(self, info: Info) -> CheckInTicket | None:
        user = info.context.user
        if user is None or user.id != self.user_id:
            return None
        if self.status is not RegistrationStatusModel.CONFIRMED:
            return None
        activity = await info.context.loader(load_activities_by_id).load(self.activity_id)
        if activity is None:
            return None
        token = checkin.ticket_token(activity, self.id)
        return CheckInTicket(
            token=token, code=checkin.ticket_code(self.id), qr_svg=checkin.qr_data_uri(token)
        )

    @strawberry.field(
        description="When the registrant checked in (null if not): the registrant, the "
        "organiser and the operators of its platform subtree."
    )
    async def checked_in_at(self, info: Info) -> datetime | None:
        user = info.context.user
        if user is None:
            return None
        if user.id != self.user_id:
            activity = await info.context.loader(load_activities_by_id).load(self.activity_id)
            if activity is None or not await may_manage(info, activity):
                return None
        found = await info.context.loader(load_checkins_by_registration_id).load(self.id)
        return found.checked_in_at if found else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        rows = {r.id: r for r in await RegistrationModel.filter(id__in=ids)}
        out: list[Any] = []
        user = info.context.user
        for i in ids:
            r = rows.get(i)
            if r is None or user is None:
                out.append(None)
                continue
            activity = await info.context.loader(load_activities_by_id).load(r.activity_id)
            mine = r.user_id == user.id
            out.append(
                cls.from_model(r)
                if activity and (mine or await may_manage(info, activity))
                else None
            )
        return out


@strawberry.type(description="What the registrant shows at the door.")
class CheckInTicket:
    token: str = strawberry.field(description="The signed token the QR code holds.")
    code: str = strawberry.field(
        description="A short code to type instead (≤ 10 characters, no 0/O/1/I)."
    )
    qr_svg: str = strawberry.field(description="The token's QR code: an SVG image as a data URI.")


@strawberry.type(description="The venue screen's rotating code for self check-in.")
class VenueCode:
    code: str = strawberry.field(description="6 digits; the previous period's code also works.")
    expires_at: datetime = strawberry.field(description="When the next code replaces it.")
    period_seconds: int
    check_in_url: str = strawberry.field(description="The self check-in page with this code.")
    qr_svg: str = strawberry.field(description="checkInUrl's QR code: an SVG data URI.")


# ---- inputs and payloads


@strawberry.input(name="ActivityAgendaItemInput")
class AgendaItemInput:
    time: str
    title: str
    speaker: str = ""


@strawberry.input
class ActivityInput:
    name: str = strawberry.field(description="With the organisers' full names (up to 200).")
    type: ActivityType  # type: ignore[valid-type]
    starts_at: datetime
    ends_at: datetime
    signup_deadline: datetime = strawberry.field(description="No later than the start.")
    capacity: int = strawberry.field(description="1–100000 places.")
    content: str = ""
    logo_file_id: strawberry.ID | None = None
    agenda: list[AgendaItemInput] = strawberry.field(default_factory=list)
    venue: str = strawberry.field(default="", description="A venue or an online link is required.")
    online_link: str = strawberry.field(default="", description="An https:// address.")
    region_code: str = ""
    audience_scales: list[str] = strawberry.field(default_factory=list)
    audience_industries: list[str] = strawberry.field(default_factory=list)
    audience_regions: list[str] = strawberry.field(default_factory=list)
    needs_approval: bool = False
    verified_only: bool = False
    contact: str = ""


@strawberry.input
class CreateActivityInput:
    organiser_type: OrganiserType  # type: ignore[valid-type]
    organiser_id: strawberry.ID = strawberry.field(
        description="The Institution, Department or Platform I act for."
    )
    activity: ActivityInput


@strawberry.input
class UpdateActivityInput:
    activity_id: strawberry.ID
    activity: ActivityInput


@strawberry.input
class ActivityIdInput:
    activity_id: strawberry.ID


@strawberry.input
class ActivityReasonInput:
    activity_id: strawberry.ID
    reason: str


@strawberry.input
class SignUpForActivityInput:
    activity_id: strawberry.ID
    note: str = strawberry.field(default="", description="Up to 500.")


@strawberry.input
class ActivityRegistrationIdInput:
    registration_id: strawberry.ID


@strawberry.input
class RejectActivityRegistrationInput:
    registration_id: strawberry.ID
    reason: str


@strawberry.type
class ActivityPayload:
    activity: ActivityNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ActivityRegistrationPayload:
    registration: ActivityRegistrationNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CheckInToActivityInput:
    activity_id: strawberry.ID
    code: str = strawberry.field(description="The scanned QR token or the typed ticket code.")
    nonce: str = strawberry.field(
        description="Chosen by the client per scan (≤ 64); a retry with the same nonce "
        "answers as the first time."
    )


@strawberry.input
class SelfCheckInToActivityInput:
    activity_id: strawberry.ID
    venue_code: str
    nonce: str = strawberry.field(description="Chosen by the client per attempt (≤ 64).")


@strawberry.type
class CheckInPayload:
    result: CheckInResult  # type: ignore[valid-type]
    registration: ActivityRegistrationNode | None = None
    first_checked_in_at: datetime | None = strawberry.field(
        default=None, description="When the registrant checked in (the first time)."
    )
    holder_name: str | None = strawberry.field(
        default=None,
        description="Whose check-in it is (OK or ALREADY_CHECKED_IN at a lesson): the learner's "
        "name for the desk, where activities give the registration.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)
