"""Activities: the organiser's life cycle as an explicit state table, the operators' review,
the worker's moves at the start and end times, and sign-up with capacity and a waitlist.

Actions (anything else is INVALID_TRANSITION and changes nothing):

    submit     organiser  DRAFT                          → PENDING
    approve    reviewer   PENDING                        → PUBLISHED
    reject     reviewer   PENDING                        → REJECTED(reason)
    revise     organiser  REJECTED                       → DRAFT
    start      system     PUBLISHED (starts_at passed)   → ONGOING
    end        system     ONGOING (ends_at passed)       → ENDED
    summarize  organiser  ENDED                          → SUMMARIZED
    cancel     organiser  DRAFT … ONGOING                → CANCELLED(reason), registrants told

The organiser is the institution's members, the department's handlers or, for a platform's
own activity, its operators; reviewers are the operators of the organiser's platform subtree.
Someone who may not act is answered as for an unknown activity. Every action and every
sign-up locks the activity row first (select_for_update), so places are never oversold.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    ActivityType,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.core import audit, batches, clock, outbox
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.files.models import FilePurpose, StoredFile
from qifu.notify import services as inbox
from qifu.notify import worker
from qifu.notify.mail import render
from qifu.orgs.models import CertificationStatus, Department, Enterprise, Institution, Platform
from qifu.orgs.scopes import Scope
from qifu.settings import settings

S = ActivityStatus
R = RegistrationStatus
NAME_MAX = 200
CONTENT_MAX = 20000
REASON_MAX = 1000
NOTE_MAX = 500
MAX_AGENDA = 50
MAX_CAPACITY = 100000
MAX_AUDIENCE = 50


class Side(StrEnum):
    ORGANISER = "ORGANISER"
    REVIEWER = "REVIEWER"
    SYSTEM = "SYSTEM"


@dataclass(frozen=True)
class Action:
    side: Side
    sources: frozenset[S]
    target: S


BEFORE_END = frozenset({S.DRAFT, S.PENDING, S.PUBLISHED, S.REJECTED, S.ONGOING})
ACTIONS: dict[str, Action] = {
    "submit": Action(Side.ORGANISER, frozenset({S.DRAFT}), S.PENDING),
    "approve": Action(Side.REVIEWER, frozenset({S.PENDING}), S.PUBLISHED),
    "reject": Action(Side.REVIEWER, frozenset({S.PENDING}), S.REJECTED),
    "revise": Action(Side.ORGANISER, frozenset({S.REJECTED}), S.DRAFT),
    "start": Action(Side.SYSTEM, frozenset({S.PUBLISHED}), S.ONGOING),
    "end": Action(Side.SYSTEM, frozenset({S.ONGOING}), S.ENDED),
    "summarize": Action(Side.ORGANISER, frozenset({S.ENDED}), S.SUMMARIZED),
    "cancel": Action(Side.ORGANISER, BEFORE_END, S.CANCELLED),
}
TRANSITIONS: dict[S, frozenset[S]] = {
    state: frozenset(a.target for a in ACTIONS.values() if state in a.sources) for state in S
}
EDITABLE = frozenset({S.DRAFT, S.REJECTED})
# Registrations that hold a place or wait for one; the others are final.
LIVE = frozenset({R.PENDING_APPROVAL, R.CONFIRMED, R.WAITLISTED})
SYSTEM = Actor(label="system", ip="", user_agent="worker")


# ---- who acts


@dataclass(frozen=True)
class Who:
    """A person's standing for activities: their scope and the departments they handle for."""

    user: User
    scope: Scope
    department_ids: frozenset[int] = field(default_factory=frozenset)
    # The operator's platform subtree ("/1/4/"…); None: the whole network.
    paths: list[str] | None = None


async def who_of(user: User, scope: Scope, paths: list[str] | None) -> Who:
    ids = await RoleGrant.filter(
        user_id=user.id, role=Role.DEPARTMENT_HANDLER, scope_type=ScopeType.DEPARTMENT
    ).values_list("scope_id", flat=True)
    return Who(user, scope, frozenset(int(i) for i in ids if i is not None), paths)  # type: ignore[call-overload]


def is_organiser(who: Who, activity: Activity) -> bool:
    kind, oid = OrganiserType(activity.organiser_type), activity.organiser_id
    if kind is OrganiserType.INSTITUTION:
        return oid in who.scope.institution_member_of
    if kind is OrganiserType.DEPARTMENT:
        return oid in who.department_ids
    return who.scope.network_wide or oid in who.scope.operator_platform_ids


def is_reviewer(who: Who, platform: Platform) -> bool:
    if not who.scope.is_staff:
        return False
    return who.paths is None or any(platform.path.startswith(p) for p in who.paths)


async def _locked(activity_id: int) -> Activity:
    found = await Activity.filter(id=activity_id).select_for_update().first()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    return found


async def _acting(who: Who | None, activity_id: int, action: str) -> Activity:
    """The activity, locked, when ``who`` is the acting side; then the state check."""
    rule = ACTIONS[action]
    activity = await _locked(activity_id)
    if rule.side is Side.ORGANISER and (who is None or not is_organiser(who, activity)):
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    if rule.side is Side.REVIEWER and (
        who is None or not is_reviewer(who, await Platform.get(id=activity.platform_id))
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    if S(activity.status) not in rule.sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "activityId")
    return activity


async def _organiser(who: Who, kind: OrganiserType, organiser_id: int) -> tuple[int, str]:
    """The organiser's platform and full name, when ``who`` may act for it."""
    missing = DomainError(ErrorCode.NOT_FOUND, "organiserId")
    if kind is OrganiserType.INSTITUTION:
        if organiser_id not in who.scope.institution_member_of:
            raise missing
        inst = await Institution.get_or_none(id=organiser_id)
        if inst is None:
            raise missing
        return inst.platform_id, inst.name
    if kind is OrganiserType.DEPARTMENT:
        dept = await Department.get_or_none(id=organiser_id)
        if dept is None or organiser_id not in who.department_ids:
            raise missing
        return dept.platform_id, dept.name
    platform = await Platform.get_or_none(id=organiser_id)
    if platform is None or not (
        who.scope.network_wide or organiser_id in who.scope.operator_platform_ids
    ):
        raise missing
    return platform.id, platform.name


# ---- validation


@dataclass(frozen=True)
class AgendaItem:
    time: str
    title: str
    speaker: str = ""


@dataclass(frozen=True)
class ActivityData:
    name: str
    type: ActivityType
    starts_at: datetime
    ends_at: datetime
    signup_deadline: datetime
    capacity: int
    content: str = ""
    logo_file_id: int | None = None
    agenda: tuple[AgendaItem, ...] = ()
    venue: str = ""
    online_link: str = ""
    region_code: str = ""
    audience_scales: tuple[str, ...] = ()
    audience_industries: tuple[str, ...] = ()
    audience_regions: tuple[str, ...] = ()
    needs_approval: bool = False
    verified_only: bool = False
    contact: str = ""


def _check(data: ActivityData) -> None:
    agenda_bad = None
    if len(data.agenda) > MAX_AGENDA:
        agenda_bad = DomainError(ErrorCode.TOO_MANY, "agenda")
    elif any(not i.title.strip() or len(i.title) > 200 or len(i.time) > 50 for i in data.agenda):
        agenda_bad = DomainError(ErrorCode.INVALID, "agenda")
    link = data.online_link.strip()
    raise_all(
        check_text(data.name, "name", max_len=NAME_MAX),
        check_text(data.content, "content", required=False, max_len=CONTENT_MAX),
        agenda_bad,
        None if data.venue.strip() or link else DomainError(ErrorCode.REQUIRED, "venue"),
        check_text(data.venue, "venue", required=False, max_len=300),
        None
        if not link or (link.startswith("https://") and len(link) <= 500)
        else DomainError(ErrorCode.INVALID, "onlineLink"),
        None if data.ends_at > data.starts_at else DomainError(ErrorCode.INVALID, "endsAt"),
        None
        if data.signup_deadline <= data.starts_at
        else DomainError(ErrorCode.INVALID, "signupDeadline"),
        None if 1 <= data.capacity <= MAX_CAPACITY else DomainError(ErrorCode.INVALID, "capacity"),
        check_text(data.contact, "contact", required=False, max_len=200),
        *(
            DomainError(ErrorCode.TOO_MANY, name)
            for name, values in (
                ("audienceScales", data.audience_scales),
                ("audienceIndustries", data.audience_industries),
                ("audienceRegions", data.audience_regions),
            )
            if len(values) > MAX_AUDIENCE or any(len(v) > 20 for v in values)
        ),
    )


async def _check_logo(user: User, logo_id: int | None, current: int | None = None) -> None:
    """A LOGO image the person uploaded (or the one the activity already has)."""
    if logo_id is None or logo_id == current:
        return
    stored = await StoredFile.get_or_none(id=logo_id)
    if stored is None or stored.owner_id != user.id:
        raise DomainError(ErrorCode.NOT_FOUND, "logoFileId")
    if stored.purpose != FilePurpose.LOGO:
        raise DomainError(ErrorCode.INVALID, "logoFileId")


def _apply(activity: Activity, data: ActivityData) -> None:
    activity.name = data.name.strip()
    activity.type = data.type
    activity.content = data.content.strip()
    activity.logo_file_id = data.logo_file_id
    activity.agenda = [
        {"time": i.time.strip(), "title": i.title.strip(), "speaker": i.speaker.strip()}
        for i in data.agenda
    ]
    activity.venue = data.venue.strip()
    activity.online_link = data.online_link.strip()
    activity.region_code = data.region_code
    activity.starts_at = data.starts_at
    activity.ends_at = data.ends_at
    activity.signup_deadline = data.signup_deadline
    activity.capacity = data.capacity
    activity.audience_scales = list(data.audience_scales)
    activity.audience_industries = list(data.audience_industries)
    activity.audience_regions = list(data.audience_regions)
    activity.needs_approval = data.needs_approval
    activity.verified_only = data.verified_only
    activity.contact = data.contact.strip()


# ---- notifications


def _path(activity_id: int) -> str:
    gid = base64.b64encode(f"Activity:{activity_id}".encode()).decode()
    return f"/activities/{gid}"


async def _tell(
    user_ids: Sequence[int], activity: Activity, event: str, title: str, lines: list[str]
) -> None:
    """A mail and an inbox notification to each user, in the caller's transaction."""
    if not user_ids:
        return
    path = _path(activity.id)
    body = [f"活动：{activity.name}", f"主办方：{activity.organiser_name}", *lines]
    text, html = render(
        title,
        ["您好！", *body],
        ("查看活动", f"{settings().public_url.rstrip('/')}{path}"),
    )
    users = await User.filter(id__in=list(user_ids), deleted_at=None, is_active=True)
    for email in sorted({u.email for u in users}):
        await outbox.enqueue_email(email, f"【企服】{title}", text, html)
    await inbox.notify(
        [u.id for u in users],
        kind=f"activity.{event}",
        title=title,
        body="\n".join(body),
        link=path,
        subject=("Activity", activity.id),
    )


async def _move(who: Actor, activity: Activity, to: S, reason: str = "") -> Activity:
    current = S(activity.status)
    activity.status = to
    activity.status_reason = reason.strip()
    activity.updated_at = clock.now()
    await activity.save()
    await audit.record(
        who, f"activity.{to.value.lower()}", "Activity", activity.id, detail={"from": current}
    )
    return activity


# ---- the organiser's and reviewers' actions


async def create(
    actor: Actor, who: Who, kind: OrganiserType, organiser_id: int, data: ActivityData
) -> Activity:
    _check(data)
    platform_id, name = await _organiser(who, kind, organiser_id)
    await _check_logo(who.user, data.logo_file_id)
    now = clock.now()
    activity = Activity(
        organiser_type=kind,
        organiser_id=organiser_id,
        organiser_name=name,
        platform_id=platform_id,
        created_by_id=who.user.id,
        status=S.DRAFT,
        created_at=now,
        updated_at=now,
    )
    _apply(activity, data)
    async with in_transaction():
        await activity.save()
        await audit.record(actor, "activity.create", "Activity", activity.id)
    return activity


async def update(actor: Actor, who: Who, activity_id: int, data: ActivityData) -> Activity:
    _check(data)
    async with in_transaction():
        activity = await _locked(activity_id)
        if not is_organiser(who, activity):
            raise DomainError(ErrorCode.NOT_FOUND, "activityId")
        if S(activity.status) not in EDITABLE:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "activityId")
        await _check_logo(who.user, data.logo_file_id, activity.logo_file_id)
        _apply(activity, data)
        activity.updated_at = clock.now()
        await activity.save()
        await audit.record(actor, "activity.update", "Activity", activity.id)
    return activity


def _reason(reason: str) -> None:
    if not reason.strip():
        raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
    if len(reason) > REASON_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reason")


async def submit(actor: Actor, who: Who, activity_id: int) -> Activity:
    async with in_transaction():
        activity = await _acting(who, activity_id, "submit")
        if activity.starts_at <= clock.now():
            raise DomainError(ErrorCode.INVALID, "startsAt")
        return await _move(actor, activity, S.PENDING)


async def approve(actor: Actor, who: Who, activity_id: int) -> Activity:
    async with in_transaction():
        activity = await _acting(who, activity_id, "approve")
        return await _move(actor, activity, S.PUBLISHED)


async def reject(actor: Actor, who: Who, activity_id: int, reason: str) -> Activity:
    _reason(reason)
    async with in_transaction():
        activity = await _acting(who, activity_id, "reject")
        return await _move(actor, activity, S.REJECTED, reason)


async def revise(actor: Actor, who: Who, activity_id: int) -> Activity:
    async with in_transaction():
        activity = await _acting(who, activity_id, "revise")
        return await _move(actor, activity, S.DRAFT, activity.status_reason)


async def summarize(actor: Actor, who: Who, activity_id: int) -> Activity:
    async with in_transaction():
        activity = await _acting(who, activity_id, "summarize")
        return await _move(actor, activity, S.SUMMARIZED)


async def cancel(actor: Actor, who: Who, activity_id: int, reason: str) -> Activity:
    _reason(reason)
    async with in_transaction():
        activity = await _acting(who, activity_id, "cancel")
        live = await Registration.filter(activity_id=activity.id, status__in=list(LIVE))
        await Registration.filter(id__in=[r.id for r in live]).update(
            status=R.CANCELLED, reason="活动已取消", updated_at=clock.now()
        )
        activity.confirmed_count = 0
        activity.waitlist_count = 0
        await _move(actor, activity, S.CANCELLED, reason)
        await _tell(
            sorted({r.user_id for r in live}),
            activity,
            "cancelled",
            "活动已取消",
            [f"原因：{reason.strip()}"],
        )
    return activity


# ---- the worker: start and end times


async def _claim_each(status: S, due: Q, target: S, batch: int) -> int:
    """Move every activity in ``status`` whose time has come (see qifu.core.batches)."""
    now = clock.now()

    def still_due(activity: Activity) -> bool:
        # Re-checked on the locked row: a concurrent cancel may have won.
        moment = activity.starts_at if target is S.ONGOING else activity.ends_at
        return S(activity.status) is status and target in TRANSITIONS[status] and moment <= now

    async def move(activity: Activity) -> None:
        await _move(SYSTEM, activity, target)

    return await batches.claim_each(Activity, Q(due, status=status), still_due, move, batch)


async def move_by_time(batch: int = 50) -> int:
    """PUBLISHED → ONGOING at the start, ONGOING → ENDED at the end (the worker's job)."""
    now = clock.now()
    started = await _claim_each(S.PUBLISHED, Q(starts_at__lte=now), S.ONGOING, batch)
    ended = await _claim_each(S.ONGOING, Q(ends_at__lte=now), S.ENDED, batch)
    return started + ended


# ---- sign-up


def open_for_signup(activity: Activity, now: datetime) -> bool:
    return S(activity.status) is S.PUBLISHED and now <= activity.signup_deadline


def remaining(activity: Activity) -> int:
    return max(activity.capacity - activity.confirmed_count, 0)


async def _verified_member(scope: Scope) -> bool:
    ids = list(scope.enterprise_member_of)
    return (
        bool(ids)
        and await Enterprise.filter(id__in=ids, status=CertificationStatus.VERIFIED).exists()
    )


async def _next_seq(activity_id: int) -> int:
    last = (
        await Registration.filter(activity_id=activity_id, waitlist_seq__not_isnull=True)
        .order_by("-waitlist_seq")
        .first()
    )
    return (last.waitlist_seq or 0) + 1 if last else 1


async def _place(activity: Activity, registration: Registration) -> None:
    """CONFIRMED when a place is free, else WAITLISTED at the end of the line (row locked)."""
    if activity.confirmed_count < activity.capacity:
        registration.status = R.CONFIRMED
        registration.waitlist_seq = None
        activity.confirmed_count += 1
    else:
        registration.status = R.WAITLISTED
        registration.waitlist_seq = await _next_seq(activity.id)
        activity.waitlist_count += 1


async def sign_up(actor: Actor, who: Who, activity_id: int, note: str = "") -> Registration:
    """One registration per person: CONFIRMED, WAITLISTED when full, or PENDING_APPROVAL."""
    raise_all(check_text(note, "note", required=False, max_len=NOTE_MAX))
    async with in_transaction():
        activity = await _locked(activity_id)
        status = S(activity.status)
        if status in (S.DRAFT, S.PENDING, S.REJECTED):
            raise DomainError(ErrorCode.NOT_FOUND, "activityId")  # not public yet
        if not open_for_signup(activity, clock.now()):
            raise DomainError(ErrorCode.SIGNUP_CLOSED, "activityId")
        if activity.verified_only and not await _verified_member(who.scope):
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "activityId")
        existing = await Registration.filter(activity_id=activity.id, user_id=who.user.id).first()
        if existing is not None and R(existing.status) in LIVE:
            raise DomainError(ErrorCode.ALREADY_REGISTERED, "activityId")
        now = clock.now()
        registration = existing or Registration(
            activity_id=activity.id, user_id=who.user.id, created_at=now
        )
        registration.note = note.strip()
        registration.reason = ""
        registration.updated_at = now
        if activity.needs_approval:
            registration.status = R.PENDING_APPROVAL
            registration.waitlist_seq = None
        else:
            await _place(activity, registration)
        try:
            await registration.save()
        except IntegrityError as e:  # only without the row lock (never on PostgreSQL)
            raise DomainError(ErrorCode.ALREADY_REGISTERED, "activityId") from e
        await activity.save(update_fields=["confirmed_count", "waitlist_count"])
        await audit.record(actor, "activity.sign_up", "Registration", registration.id)
    return registration


async def _promote(activity: Activity) -> Registration | None:
    """The first in the waitlist takes a freed place (row locked); notified."""
    if activity.confirmed_count >= activity.capacity:
        return None
    first = (
        await Registration.filter(activity_id=activity.id, status=R.WAITLISTED)
        .order_by("waitlist_seq", "id")
        .first()
    )
    if first is None:
        return None
    first.status = R.CONFIRMED
    first.waitlist_seq = None
    first.updated_at = clock.now()
    await first.save()
    activity.confirmed_count += 1
    activity.waitlist_count -= 1
    await _tell([first.user_id], activity, "promoted", "候补报名已转为正式报名", [])
    return first


async def _registration(registration_id: int) -> Registration:
    found = await Registration.get_or_none(id=registration_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "registrationId")
    return found


async def cancel_registration(actor: Actor, who: Who, registration_id: int) -> Registration:
    """The registrant withdraws; a freed place goes to the first waitlisted."""
    async with in_transaction():
        found = await _registration(registration_id)
        if found.user_id != who.user.id:
            raise DomainError(ErrorCode.NOT_FOUND, "registrationId")
        activity = await _locked(found.activity_id)
        registration = await Registration.get(id=registration_id)  # re-read under the lock
        previous = R(registration.status)
        if previous not in LIVE or S(activity.status) not in (S.PUBLISHED, S.ONGOING):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "registrationId")
        registration.status = R.CANCELLED
        registration.waitlist_seq = None
        registration.updated_at = clock.now()
        await registration.save()
        if previous is R.CONFIRMED:
            activity.confirmed_count -= 1
            await _promote(activity)
        elif previous is R.WAITLISTED:
            activity.waitlist_count -= 1
        await activity.save(update_fields=["confirmed_count", "waitlist_count"])
        await audit.record(actor, "activity.cancel_registration", "Registration", registration.id)
    return registration


async def _organising(who: Who, registration_id: int) -> tuple[Activity, Registration]:
    """The registration's activity, locked, when ``who`` organises it; else as unknown."""
    found = await _registration(registration_id)
    activity = await _locked(found.activity_id)
    if not is_organiser(who, activity):
        raise DomainError(ErrorCode.NOT_FOUND, "registrationId")
    registration = await Registration.get(id=registration_id)
    if R(registration.status) is not R.PENDING_APPROVAL or S(activity.status) not in (
        S.PUBLISHED,
        S.ONGOING,
    ):
        raise DomainError(ErrorCode.INVALID_TRANSITION, "registrationId")
    return activity, registration


async def approve_registration(actor: Actor, who: Who, registration_id: int) -> Registration:
    """PENDING_APPROVAL → CONFIRMED, or WAITLISTED when the places are taken."""
    async with in_transaction():
        activity, registration = await _organising(who, registration_id)
        await _place(activity, registration)
        registration.updated_at = clock.now()
        await registration.save()
        await activity.save(update_fields=["confirmed_count", "waitlist_count"])
        title = "报名已通过审核" if registration.status == R.CONFIRMED else "报名已进入候补"
        await _tell(
            [registration.user_id],
            activity,
            f"registration_{registration.status.lower()}",
            title,
            [],
        )
        await audit.record(actor, "activity.approve_registration", "Registration", registration.id)
    return registration


async def reject_registration(
    actor: Actor, who: Who, registration_id: int, reason: str
) -> Registration:
    _reason(reason)
    async with in_transaction():
        activity, registration = await _organising(who, registration_id)
        registration.status = R.REJECTED
        registration.reason = reason.strip()
        registration.updated_at = clock.now()
        await registration.save()
        await _tell(
            [registration.user_id],
            activity,
            "registration_rejected",
            "报名未通过审核",
            [f"原因：{reason.strip()}"],
        )
        await audit.record(actor, "activity.reject_registration", "Registration", registration.id)
    return registration


worker.register_job("activities.move_by_time", move_by_time, every_seconds=60)
