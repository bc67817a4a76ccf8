"""Demands (诉求): the closed loop as an explicit state machine, its timeline, the deadlines
on the working-day calendar, urging and the satisfaction rating.

The states, written once (``TRANSITIONS``):

    SUBMITTED              → ACCEPTED | NOT_ACCEPTED (explanation, 一次性告知) | WITHDRAWN
    ACCEPTED               → OPEN_FOR_OFFERS | ASSIGNED
    OPEN_FOR_OFFERS        → ASSIGNED | ACCEPTED
    ASSIGNED               → WAITING_FOR_ENTERPRISE (clock paused) | REPLIED
                             | ACCEPTED (handed back)
    WAITING_FOR_ENTERPRISE → ASSIGNED (answered; the reply deadline moves by the paused time)
    REPLIED                → RESOLVED | REOPENED (reason)
    REOPENED               → ASSIGNED
    RESOLVED               → CLOSED (on rating)

The actions that move along them (``ACTIONS``; who acts, from where, to where):

    withdraw    enterprise   SUBMITTED              → WITHDRAWN
    accept      operator     SUBMITTED              → ACCEPTED
    not_accept  operator     SUBMITTED              → NOT_ACCEPTED (explanation)
    assign      operator     ACCEPTED | REOPENED    → ASSIGNED (a handler; reply deadline set)
    transfer    handler/op.  ASSIGNED               → ASSIGNED (流转: new handler and reason)
    ask         handler      ASSIGNED               → WAITING_FOR_ENTERPRISE
    answer      enterprise   WAITING_FOR_ENTERPRISE → ASSIGNED
    reply       handler      ASSIGNED               → REPLIED
    hand_back   handler      ASSIGNED               → ACCEPTED (reason)
    resolve     enterprise   REPLIED                → RESOLVED
    reopen      enterprise   REPLIED                → REOPENED (reason)
    evaluate    enterprise   RESOLVED               → CLOSED (through feedback)
    urge        enterprise (once per 24 h) or operator, while the demand waits on the platform

Offers (qifu.demands.offers):

    open_for_offers  operator       ACCEPTED        → OPEN_FOR_OFFERS (serving institutions told)
    offer            institution    OPEN_FOR_OFFERS (one per institution; the state stays)
    withdraw_offer   institution    OPEN_FOR_OFFERS (its pending offer; the state stays)
    pick_offer       enterprise/op. OPEN_FOR_OFFERS → ASSIGNED (the offering institution)
    close_offers     operator       OPEN_FOR_OFFERS → ACCEPTED (pending offers not picked)

Complaints (kind COMPLAINT, ``qifu.demands.complaints``) run the same loop, handled by the
operators themselves (``handler_for``), and never open for offers; a rating of 2 or less
opens a follow-up visit (``qifu.demands.followups``).

The worker (``qifu.demands.jobs``) reminds before the deadlines, escalates after them, and
takes two steps as the system: REPLIED → RESOLVED and RESOLVED → CLOSED after 7 silent days.

Every action locks the demand row first (select_for_update). Someone
who may not see the demand is answered as for an unknown id; someone who sees it but whose
action the state does not allow gets INVALID_TRANSITION; nothing changes in either case.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.core import audit, calendar, clock, crypto, outbox
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_contact_phone, check_text, normalise_phone, raise_all
from qifu.demands import file_access, policies
from qifu.demands.models import (
    ComplaintTarget,
    Demand,
    DemandCategory,
    DemandCategorySetting,
    DemandChannel,
    DemandEvent,
    DemandEventKind,
    DemandKind,
    DemandStatus,
    HandlerType,
)
from qifu.demands.policies import Me
from qifu.feedback import registry
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation
from qifu.notify import services as inbox
from qifu.notify.mail import render
from qifu.orgs.models import (
    CertificationStatus,
    Department,
    Enterprise,
    Expert,
    ExpertStatus,
    Institution,
    InstitutionStatus,
    Platform,
)
from qifu.orgs.scopes import Scope
from qifu.settings import settings

S = DemandStatus
KIND = "DEMAND"
DIMENSIONS = ("timeliness", "attitude", "result")
URGE_INTERVAL = timedelta(hours=24)
DEFAULT_ACCEPT_HOURS = 4
DEFAULT_REPLY_DAYS = 5
MAX_ACCEPT_HOURS = 80
MAX_REPLY_DAYS = 60
TITLE_MAX = 100
TEXT_MAX = 5000
REASON_MAX = 2000

# The state table of the loop, exactly as specified.
TRANSITIONS: dict[S, frozenset[S]] = {
    S.SUBMITTED: frozenset({S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN}),
    S.ACCEPTED: frozenset({S.OPEN_FOR_OFFERS, S.ASSIGNED}),
    S.OPEN_FOR_OFFERS: frozenset({S.ASSIGNED, S.ACCEPTED}),
    S.ASSIGNED: frozenset({S.WAITING_FOR_ENTERPRISE, S.REPLIED, S.ACCEPTED}),
    S.WAITING_FOR_ENTERPRISE: frozenset({S.ASSIGNED}),
    S.REPLIED: frozenset({S.RESOLVED, S.REOPENED}),
    S.REOPENED: frozenset({S.ASSIGNED}),
    S.RESOLVED: frozenset({S.CLOSED}),
    S.NOT_ACCEPTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.CLOSED: frozenset(),
}
# The edges of offers (qifu.demands.offers takes them).
OFFER_EDGES = frozenset(
    {
        (S.ACCEPTED, S.OPEN_FOR_OFFERS),
        (S.OPEN_FOR_OFFERS, S.ASSIGNED),
        (S.OPEN_FOR_OFFERS, S.ACCEPTED),
    }
)


class Side(StrEnum):
    ENTERPRISE = "ENTERPRISE"
    OPERATOR = "OPERATOR"
    HANDLER = "HANDLER"
    INSTITUTION = "INSTITUTION"  # a member of an institution that may offer to take it


@dataclass(frozen=True)
class Action:
    sides: frozenset[Side]
    sources: frozenset[S]
    target: S | None  # None: an event that keeps the state (urging)


def _action(sides: set[Side], sources: set[S], target: S | None) -> Action:
    return Action(frozenset(sides), frozenset(sources), target)


E, OP, H = Side.ENTERPRISE, Side.OPERATOR, Side.HANDLER
WAITING_ON_PLATFORM = {S.SUBMITTED, S.ACCEPTED, S.OPEN_FOR_OFFERS, S.ASSIGNED, S.REOPENED}
ACTIONS: dict[str, Action] = {
    "withdraw": _action({E}, {S.SUBMITTED}, S.WITHDRAWN),
    "accept": _action({OP}, {S.SUBMITTED}, S.ACCEPTED),
    "not_accept": _action({OP}, {S.SUBMITTED}, S.NOT_ACCEPTED),
    "assign": _action({OP}, {S.ACCEPTED, S.REOPENED}, S.ASSIGNED),
    "transfer": _action({H, OP}, {S.ASSIGNED}, S.ASSIGNED),
    "ask": _action({H}, {S.ASSIGNED}, S.WAITING_FOR_ENTERPRISE),
    "answer": _action({E}, {S.WAITING_FOR_ENTERPRISE}, S.ASSIGNED),
    "reply": _action({H}, {S.ASSIGNED}, S.REPLIED),
    "hand_back": _action({H}, {S.ASSIGNED}, S.ACCEPTED),
    "resolve": _action({E}, {S.REPLIED}, S.RESOLVED),
    "reopen": _action({E}, {S.REPLIED}, S.REOPENED),
    "evaluate": _action({E}, {S.RESOLVED}, S.CLOSED),
    "urge": _action({E, OP}, WAITING_ON_PLATFORM, None),
    "open_for_offers": _action({OP}, {S.ACCEPTED}, S.OPEN_FOR_OFFERS),
    "offer": _action({Side.INSTITUTION}, {S.OPEN_FOR_OFFERS}, None),
    "withdraw_offer": _action({Side.INSTITUTION}, {S.OPEN_FOR_OFFERS}, None),
    "pick_offer": _action({E, OP}, {S.OPEN_FOR_OFFERS}, S.ASSIGNED),
    "close_offers": _action({OP}, {S.OPEN_FOR_OFFERS}, S.ACCEPTED),
}
for _name, _rule in ACTIONS.items():  # every action moves along the table
    for _source in _rule.sources:
        assert (
            _rule.target is None
            or _rule.target == _source
            or (_rule.target in TRANSITIONS[_source])
        ), (_name, _source)

FINAL = frozenset({S.NOT_ACCEPTED, S.WITHDRAWN, S.CLOSED})
LABELS = {
    S.SUBMITTED: "已提交",
    S.ACCEPTED: "已受理",
    S.NOT_ACCEPTED: "不予受理",
    S.WITHDRAWN: "已撤回",
    S.OPEN_FOR_OFFERS: "征集承接",
    S.ASSIGNED: "办理中",
    S.WAITING_FOR_ENTERPRISE: "待企业补充",
    S.REPLIED: "已答复",
    S.REOPENED: "重新办理",
    S.RESOLVED: "已解决",
    S.CLOSED: "已办结",
}
SYSTEM = Actor(label="system", ip="", user_agent="worker")


# ---- deadlines


@dataclass(frozen=True)
class Deadlines:
    accept_working_hours: int
    reply_working_days: int


async def deadlines_for(category: DemandCategory) -> Deadlines:
    row = await DemandCategorySetting.get_or_none(category=category)
    if row is None:
        return Deadlines(DEFAULT_ACCEPT_HOURS, DEFAULT_REPLY_DAYS)
    return Deadlines(row.accept_working_hours, row.reply_working_days)


async def accept_deadline(submitted_at: datetime, hours: int) -> datetime:
    """受理时限: ``hours`` working hours after submission."""
    return await calendar.add_working_hours(submitted_at, hours)


async def reply_deadline(assigned_at: datetime, days: int) -> datetime:
    """答复时限: the same time on the ``days``-th working day after assignment."""
    return await calendar.add_working_days(assigned_at, days)


async def resumed_deadline(
    due: datetime, paused_at: datetime, resumed_at: datetime
) -> tuple[datetime, timedelta]:
    """The reply deadline moved by the working time the clock stood still, and that time."""
    paused = await calendar.working_time_between(paused_at, resumed_at)
    moved = await calendar.add_working_hours(due, paused.total_seconds() / 3600) if paused else due
    return moved, paused


def is_overdue(demand: Demand, now: datetime) -> bool:
    status = S(demand.status)
    if status is S.SUBMITTED:
        return demand.accept_due_at < now
    if status is S.ASSIGNED and demand.reply_due_at is not None:
        return demand.reply_due_at < now
    return False


# ---- lookup and the acting side


async def _platform(demand: Demand) -> Platform:
    return await Platform.get(id=demand.platform_id)


async def _locked(demand_id: int) -> Demand:
    found = await Demand.filter(id=demand_id).select_for_update().first()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "demandId")
    return found


def sides_for(me: Me, demand: Demand, platform: Platform | None) -> set[Side]:
    """What the viewer acts as on the demand (its platform given): the one rule the actions
    and the SPA's buttons (``viewerSides``) follow."""
    sides = set()
    if policies.is_enterprise(me, demand):
        sides.add(Side.ENTERPRISE)
    if policies.is_current_handler(me, demand):
        sides.add(Side.HANDLER)
    if me.is_staff and policies.is_supervisor(me, platform):
        sides.add(Side.OPERATOR)
    if me.offering and policies.may_offer(me, demand, platform):
        sides.add(Side.INSTITUTION)
    return sides


async def sides_of(me: Me, demand: Demand) -> set[Side]:
    return sides_for(me, demand, await _platform(demand))


async def _acting(me: Me, demand_id: int, action: str) -> tuple[Demand, set[Side]]:
    """The demand, locked; NOT_FOUND when the actor may not see it, INVALID_TRANSITION when
    the state does not allow the action, NOT_FOUND when the actor is not the acting side."""
    rule = ACTIONS[action]
    demand = await _locked(demand_id)
    sides = await sides_of(me, demand)
    if not sides and not policies.was_handler(me, demand):
        raise DomainError(ErrorCode.NOT_FOUND, "demandId")
    if S(demand.status) not in rule.sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "demandId")
    if demand.kind == DemandKind.COMPLAINT and rule.target is S.OPEN_FOR_OFFERS:
        # Complaints stay with the operators: institutions never see them offered.
        raise DomainError(ErrorCode.INVALID_TRANSITION, "demandId")
    acting = sides & rule.sides
    if not acting:
        raise DomainError(ErrorCode.NOT_FOUND, "demandId")
    return demand, acting


# ---- validation


def _reason(value: str, field: str = "reason") -> DomainError | None:
    if not value.strip():
        return DomainError(ErrorCode.REASON_REQUIRED, field)
    if len(value) > REASON_MAX:
        return DomainError(ErrorCode.TOO_LONG, field)
    return None


def _note(value: str, field: str = "note", *, required: bool = False) -> DomainError | None:
    return check_text(value, field, required=required, max_len=TEXT_MAX)


async def check_handler(handler_type: HandlerType, handler_id: int) -> str:
    """A handler who can take demands: an ACTIVE institution, a department, an expert in the
    library with an account. Returns its name."""
    if handler_type is HandlerType.INSTITUTION:
        institution = await Institution.get_or_none(id=handler_id)
        if institution is not None and institution.status == InstitutionStatus.ACTIVE:
            return institution.name
    elif handler_type is HandlerType.DEPARTMENT:
        department = await Department.get_or_none(id=handler_id)
        if department is not None:
            return department.name
    elif handler_type is HandlerType.EXPERT:
        expert = await Expert.get_or_none(id=handler_id)
        if expert is not None and expert.status == ExpertStatus.ACTIVE and expert.user_id:
            return expert.name
    raise DomainError(ErrorCode.NOT_FOUND, "handlerId")


def platform_chain(platform: Platform) -> list[int]:
    """The platform and those above it, hub first (from its materialised path)."""
    return [int(p) for p in platform.path.strip("/").split("/") if p]


async def handler_for(demand: Demand, handler_type: HandlerType, handler_id: int) -> str:
    """Who may take this demand, and its name. The one rule of kinds: a COMPLAINT is handled
    only by the operators of a platform in its supervising chain (so never by the institution
    complained about); a DEMAND by anyone check_handler accepts, never by operators."""
    if demand.kind != DemandKind.COMPLAINT:
        return await check_handler(handler_type, handler_id)
    if handler_type is not HandlerType.PLATFORM:
        raise DomainError(ErrorCode.INVALID, "handlerType")
    if handler_id not in platform_chain(await _platform(demand)):
        raise DomainError(ErrorCode.NOT_FOUND, "handlerId")
    return (await Platform.get(id=handler_id)).name


def _add_keys(current: str, values: Sequence[str]) -> str:
    have = [k for k in current.strip("|").split("|") if k]
    for value in values:
        if value not in have:
            have.append(value)
    return "|" + "|".join(have) + "|" if have else ""


# ---- the timeline, audit and notifications


async def _event(
    who: Actor,
    user: User | None,
    demand: Demand,
    to: S,
    *,
    kind: DemandEventKind = DemandEventKind.TRANSITION,
    note: str = "",
    files: Sequence[int] = (),
    handler_before: tuple[HandlerType | None, int | None] = (None, None),
    audit_action: str = "",
) -> DemandEvent:
    current = S(demand.status)
    now = clock.now()
    after_type = HandlerType(demand.handler_type) if demand.handler_type else None
    event = await DemandEvent.create(
        demand_id=demand.id,
        kind=kind,
        from_status=current if kind is DemandEventKind.TRANSITION else None,
        to_status=to,
        actor_id=user.id if user else None,
        actor_name=user.name if user else "系统",
        note=note.strip(),
        attachment_ids=list(files),
        handler_before_type=handler_before[0],
        handler_before_id=handler_before[1],
        handler_after_type=after_type,
        handler_after_id=demand.handler_id,
        at=now,
    )
    demand.file_keys = _add_keys(demand.file_keys, [str(f) for f in files])
    demand.status = to
    demand.updated_at = now
    await demand.save()
    await audit.record(
        who,
        f"demand.{audit_action or to.value.lower()}",
        "Demand",
        demand.id,
        detail={"from": current.value, "note": note.strip()[:200]},
    )
    return event


class To(StrEnum):
    ENTERPRISE = "ENTERPRISE"
    HANDLER = "HANDLER"
    OPERATORS = "OPERATORS"  # of the demand's platform and of the platforms above it
    OWN_OPERATORS = "OWN_OPERATORS"  # of the nearest platform with operators (reminders)


async def _user_ids_of_grants(scope_type: ScopeType, scope_id: int, roles: list[Role]) -> set[int]:
    ids = await RoleGrant.filter(
        scope_type=scope_type, scope_id=scope_id, role__in=roles
    ).values_list("user_id", flat=True)
    return {int(i) for i in ids}  # type: ignore[call-overload]


async def handler_user_ids(handler_type: HandlerType, handler_id: int) -> set[int]:
    if handler_type is HandlerType.INSTITUTION:
        roles = [Role.INSTITUTION_MEMBER, Role.INSTITUTION_ADMIN]
        return await _user_ids_of_grants(ScopeType.INSTITUTION, handler_id, roles)
    if handler_type is HandlerType.DEPARTMENT:
        roles = [Role.DEPARTMENT_HANDLER]
        return await _user_ids_of_grants(ScopeType.DEPARTMENT, handler_id, roles)
    if handler_type is HandlerType.PLATFORM:
        return await _user_ids_of_grants(ScopeType.PLATFORM, handler_id, [Role.OPERATOR])
    expert = await Expert.get_or_none(id=handler_id)
    return {expert.user_id} if expert is not None and expert.user_id else set()


async def _recipients(
    demand: Demand, audiences: set[To], user_ids: Iterable[int] = ()
) -> list[User]:
    ids: set[int] = set(user_ids)
    if To.ENTERPRISE in audiences:
        roles = [Role.ENTERPRISE_MEMBER, Role.ENTERPRISE_ADMIN]
        ids |= await _user_ids_of_grants(ScopeType.ENTERPRISE, demand.enterprise_id, roles)
    if To.HANDLER in audiences and demand.handler_type and demand.handler_id:
        ids |= await handler_user_ids(HandlerType(demand.handler_type), demand.handler_id)
    if To.OPERATORS in audiences:
        # The operators of the demand's platform and of the platforms above it.
        chain = platform_chain(await _platform(demand))
        rows = await RoleGrant.filter(
            role=Role.OPERATOR, scope_type=ScopeType.PLATFORM, scope_id__in=chain
        ).values_list("user_id", flat=True)
        ids |= {int(i) for i in rows}  # type: ignore[call-overload]
    if To.OWN_OPERATORS in audiences:
        # The nearest platform up the chain that has operators: a window may have none.
        platform = await _platform(demand)
        chain = [int(p) for p in platform.path.strip("/").split("/") if p]
        found = await RoleGrant.filter(
            role=Role.OPERATOR, scope_type=ScopeType.PLATFORM, scope_id__in=chain
        ).values_list("scope_id", "user_id")
        for nearest in reversed(chain):
            own = {int(u) for p, u in found if p == nearest}
            if own:
                ids |= own
                break
    if not ids:
        return []
    return await User.filter(id__in=sorted(ids), deleted_at=None, is_active=True).order_by("id")


def global_id(demand_id: int) -> str:
    return base64.b64encode(f"Demand:{demand_id}".encode()).decode()


async def _notify(
    demand: Demand,
    audiences: set[To],
    title: str,
    lines: Sequence[str],
    *,
    event: str = "",
    user_ids: Iterable[int] = (),
) -> None:
    """A mail and an inbox notification to each recipient (the audiences' and ``user_ids``),
    in the caller's transaction."""
    recipients = await _recipients(demand, audiences, user_ids)
    if not recipients:
        return
    enterprise = await Enterprise.get(id=demand.enterprise_id)
    path = f"/demands/{global_id(demand.id)}"
    stage = LABELS[S(demand.status)]
    body = [f"诉求：{demand.title}", f"提出企业：{enterprise.name}", f"当前状态：{stage}", *lines]
    text, html = render(
        title,
        ["您好！", *body],
        ("查看诉求详情", f"{settings().public_url.rstrip('/')}{path}"),
    )
    for email in sorted({u.email for u in recipients}):
        await outbox.enqueue_email(email, f"【企服】{title}", text, html)
    await inbox.notify(
        [u.id for u in recipients],
        kind=f"demand.{event or S(demand.status).value.lower()}",
        title=title,
        body="\n".join(body),
        link=path,
        subject=("Demand", demand.id),
    )


# ---- submission


@dataclass(frozen=True)
class DemandData:
    category: DemandCategory
    title: str
    description: str
    contact_name: str = ""
    contact_phone: str = ""
    period_start: date | None = None
    period_end: date | None = None
    attachment_ids: tuple[int, ...] = ()


def _validate(data: DemandData) -> None:
    raise_all(
        check_text(data.title, "title", max_len=TITLE_MAX),
        check_text(data.description, "description", max_len=TEXT_MAX),
        check_text(data.contact_name, "contactName", required=False, max_len=50),
        check_contact_phone(data.contact_phone, "contactPhone"),
        None
        if data.period_start is None
        or data.period_end is None
        or data.period_start <= data.period_end
        else DomainError(ErrorCode.INVALID, "periodEnd"),
    )


@dataclass(frozen=True)
class Against:
    """What a complaint is against (its name snapshotted) and the platform that handles it."""

    target_type: ComplaintTarget
    target_id: int
    target_name: str
    platform_id: int


async def _create(
    who: Actor,
    user: User,
    enterprise: Enterprise,
    data: DemandData,
    channel: DemandChannel,
    against: Against | None = None,
) -> Demand:
    """A demand, or with ``against`` a complaint (qifu.demands.complaints)."""
    files = await file_access.attachments(user, data.attachment_ids, "attachmentIds")
    now = clock.now()
    limits = await deadlines_for(data.category)
    phone = normalise_phone(data.contact_phone) if data.contact_phone.strip() else ""
    demand = await Demand.create(
        kind=DemandKind.COMPLAINT if against else DemandKind.DEMAND,
        complaint_target_type=against.target_type if against else None,
        complaint_target_id=against.target_id if against else None,
        complaint_target_name=against.target_name if against else "",
        category=data.category,
        title=data.title.strip(),
        description=data.description.strip(),
        contact_name=data.contact_name.strip() or enterprise.contact_name,
        contact_phone_enc=crypto.encrypt(phone) if phone else enterprise.contact_phone_enc,
        period_start=data.period_start,
        period_end=data.period_end,
        attachment_ids=files,
        file_keys=_add_keys("", [str(f) for f in files]),
        channel=channel,
        enterprise_id=enterprise.id,
        platform_id=against.platform_id if against else enterprise.platform_id,
        submitted_by_id=user.id,
        status=S.SUBMITTED,
        accept_due_at=await accept_deadline(now, limits.accept_working_hours),
        submitted_at=now,
        updated_at=now,
    )
    await DemandEvent.create(
        demand_id=demand.id,
        kind=DemandEventKind.TRANSITION,
        from_status=None,
        to_status=S.SUBMITTED,
        actor_id=user.id,
        actor_name=user.name,
        note="" if channel is DemandChannel.ONLINE else f"渠道：{channel.value}",
        attachment_ids=files,
        at=now,
    )
    await audit.record(who, "demand.submit", "Demand", demand.id, detail={"channel": channel})
    hours = limits.accept_working_hours
    await _notify(
        demand,
        {To.OPERATORS},
        "新的企业投诉待受理" if against else "新的企业诉求待受理",
        [f"请在 {hours} 个工作小时内受理。"],
    )
    return demand


async def submit(who: Actor, user: User, me: Me, enterprise_id: int, data: DemandData) -> Demand:
    """A member of a VERIFIED enterprise submits a demand online."""
    _validate(data)
    if enterprise_id not in me.scope.enterprise_member_of:
        raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    async with in_transaction():
        enterprise = await Enterprise.get_or_none(id=enterprise_id)
        if enterprise is None:
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status != CertificationStatus.VERIFIED:
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "enterpriseId")
        return await _create(who, user, enterprise, data, DemandChannel.ONLINE)


async def record(
    who: Actor,
    user: User,
    me: Me,
    enterprise_id: int,
    data: DemandData,
    channel: DemandChannel,
) -> Demand:
    """An operator records a demand that came by phone, at the window or by letter."""
    _validate(data)
    if channel is DemandChannel.ONLINE:
        raise DomainError(ErrorCode.INVALID, "channel")
    async with in_transaction():
        enterprise = await Enterprise.get_or_none(id=enterprise_id)
        platform = await Platform.get_or_none(id=enterprise.platform_id) if enterprise else None
        if enterprise is None or not policies.is_supervisor(me, platform):
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status != CertificationStatus.VERIFIED:
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "enterpriseId")
        demand = await _create(who, user, enterprise, data, channel)
        await _notify(demand, {To.ENTERPRISE}, "平台已为您登记诉求", [f"登记渠道：{channel.value}"])
        return demand


# ---- the operators' steps


async def withdraw(who: Actor, user: User, me: Me, demand_id: int, reason: str = "") -> Demand:
    raise_all(_note(reason, "reason"))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "withdraw")
        demand.status_reason = reason.strip()
        await _event(who, user, demand, S.WITHDRAWN, note=reason)
        await _notify(demand, {To.OPERATORS}, "企业已撤回诉求", [reason] if reason else [])
    return demand


async def accept(who: Actor, user: User, me: Me, demand_id: int, note: str = "") -> Demand:
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "accept")
        now = clock.now()
        demand.accepted_at = now
        demand.accepted_on_time = now <= demand.accept_due_at
        await _event(who, user, demand, S.ACCEPTED, note=note)
        await _notify(demand, {To.ENTERPRISE}, "您的诉求已受理", [note] if note else [])
    return demand


async def not_accept(who: Actor, user: User, me: Me, demand_id: int, explanation: str) -> Demand:
    """不予受理 with the explanation that says everything missing at once (一次性告知)."""
    raise_all(_reason(explanation, "explanation"))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "not_accept")
        now = clock.now()
        demand.accepted_on_time = now <= demand.accept_due_at
        demand.status_reason = explanation.strip()
        await _event(who, user, demand, S.NOT_ACCEPTED, note=explanation)
        await _notify(demand, {To.ENTERPRISE}, "您的诉求未予受理", [f"说明：{explanation.strip()}"])
    return demand


async def assign(
    who: Actor,
    user: User,
    me: Me,
    demand_id: int,
    handler_type: HandlerType,
    handler_id: int,
    note: str = "",
) -> Demand:
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "assign")
        name = await handler_for(demand, handler_type, handler_id)
        now = clock.now()
        limits = await deadlines_for(DemandCategory(demand.category))
        before = (demand.handler_type, demand.handler_id)
        demand.handler_type, demand.handler_id = handler_type, handler_id
        demand.handler_keys = _add_keys(
            demand.handler_keys, [policies.handler_key(handler_type, handler_id).strip("|")]
        )
        demand.assigned_at = now
        demand.reply_due_at = await reply_deadline(now, limits.reply_working_days)
        demand.replied_at = demand.replied_on_time = None
        demand.paused_at = None
        demand.reply_reminded_at = demand.reply_escalated_at = None  # a new deadline
        await _event(who, user, demand, S.ASSIGNED, note=note, handler_before=before)
        due = demand.reply_due_at.astimezone(clock.SHANGHAI)
        await _notify(
            demand,
            {To.HANDLER},
            "新的诉求交由您办理",
            [f"请在 {due:%Y-%m-%d %H:%M} 前答复。", *([note] if note else [])],
        )
        await _notify(demand, {To.ENTERPRISE}, "您的诉求已交办", [f"承办方：{name}"])
    return demand


async def transfer(
    who: Actor,
    user: User,
    me: Me,
    demand_id: int,
    handler_type: HandlerType,
    handler_id: int,
    reason: str,
) -> Demand:
    """流转: the current handler (or an operator) passes the demand on; the chain is kept and
    the reply deadline stays."""
    raise_all(_reason(reason))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "transfer")
        if (demand.handler_type, demand.handler_id) == (handler_type, handler_id):
            raise DomainError(ErrorCode.INVALID, "handlerId")
        name = await handler_for(demand, handler_type, handler_id)
        before = (
            HandlerType(demand.handler_type) if demand.handler_type else None,
            demand.handler_id,
        )
        demand.handler_type, demand.handler_id = handler_type, handler_id
        demand.handler_keys = _add_keys(
            demand.handler_keys, [policies.handler_key(handler_type, handler_id).strip("|")]
        )
        await _event(
            who,
            user,
            demand,
            S.ASSIGNED,
            kind=DemandEventKind.TRANSFER,
            note=reason,
            handler_before=before,
            audit_action="transfer",
        )
        await _notify(
            demand, {To.HANDLER}, "诉求流转至您办理", [f"流转原因：{reason}"], event="transfer"
        )
        await _notify(
            demand, {To.ENTERPRISE}, "您的诉求已流转", [f"承办方：{name}"], event="transfer"
        )
    return demand


# ---- the handler's steps and the enterprise's answers


async def ask_enterprise(who: Actor, user: User, me: Me, demand_id: int, question: str) -> Demand:
    """The handler needs more from the enterprise: the reply clock stops meanwhile."""
    raise_all(_note(question, "question", required=True))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "ask")
        demand.paused_at = clock.now()
        await _event(who, user, demand, S.WAITING_FOR_ENTERPRISE, note=question)
        await _notify(
            demand, {To.ENTERPRISE}, "承办方请您补充诉求信息", [f"需补充：{question.strip()}"]
        )
    return demand


async def answer_question(
    who: Actor, user: User, me: Me, demand_id: int, answer: str, files: Sequence[int] = ()
) -> Demand:
    raise_all(_note(answer, "answer", required=True))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "answer")
        ids = await file_access.attachments(user, files, "attachmentIds")
        now = clock.now()
        if demand.paused_at is not None and demand.reply_due_at is not None:
            demand.reply_due_at, paused = await resumed_deadline(
                demand.reply_due_at, demand.paused_at, now
            )
            demand.paused_seconds += int(paused.total_seconds())
            # The deadline moved: the worker reminds and escalates against the new one.
            demand.reply_reminded_at = demand.reply_escalated_at = None
        demand.paused_at = None
        await _event(who, user, demand, S.ASSIGNED, note=answer, files=ids, audit_action="answer")
        await _notify(demand, {To.HANDLER}, "企业已补充诉求信息", [answer.strip()], event="answer")
    return demand


async def reply(
    who: Actor, user: User, me: Me, demand_id: int, text: str, files: Sequence[int] = ()
) -> Demand:
    raise_all(_note(text, "reply", required=True))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "reply")
        ids = await file_access.attachments(user, files, "attachmentIds")
        now = clock.now()
        demand.reply = text.strip()
        demand.replied_at = now
        demand.replied_on_time = demand.reply_due_at is None or now <= demand.reply_due_at
        await _event(who, user, demand, S.REPLIED, note=text, files=ids)
        await _notify(
            demand, {To.ENTERPRISE}, "您的诉求已答复", ["请确认是否解决，或说明原因重新办理。"]
        )
    return demand


async def hand_back(who: Actor, user: User, me: Me, demand_id: int, reason: str) -> Demand:
    """The handler returns the demand to the operators, who assign it again."""
    raise_all(_reason(reason))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "hand_back")
        before = (
            HandlerType(demand.handler_type) if demand.handler_type else None,
            demand.handler_id,
        )
        demand.handler_type = None  # type: ignore[assignment]
        demand.handler_id = None
        demand.reply_due_at = None
        demand.status_reason = reason.strip()
        await _event(
            who,
            user,
            demand,
            S.ACCEPTED,
            note=reason,
            handler_before=before,
            audit_action="hand_back",
        )
        await _notify(
            demand,
            {To.OPERATORS},
            "承办方退回诉求，请重新交办",
            [f"原因：{reason}"],
            event="hand_back",
        )
    return demand


async def resolve(who: Actor, user: User, me: Me, demand_id: int, note: str = "") -> Demand:
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "resolve")
        demand.resolved_at = clock.now()
        await _event(who, user, demand, S.RESOLVED, note=note)
        await _notify(demand, {To.HANDLER, To.OPERATORS}, "企业确认诉求已解决", [])
    return demand


async def reopen(who: Actor, user: User, me: Me, demand_id: int, reason: str) -> Demand:
    raise_all(_reason(reason))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "reopen")
        demand.status_reason = reason.strip()
        await _event(who, user, demand, S.REOPENED, note=reason)
        await _notify(demand, {To.HANDLER, To.OPERATORS}, "企业认为诉求未解决", [f"原因：{reason}"])
    return demand


async def urge(who: Actor, user: User, me: Me, demand_id: int, note: str = "") -> Demand:
    """催办: the enterprise once per 24 hours, operators at any time."""
    raise_all(_note(note))
    async with in_transaction():
        demand, sides = await _acting(me, demand_id, "urge")
        now = clock.now()
        if Side.OPERATOR not in sides:
            last = demand.last_urged_at
            if last is not None and now - last < URGE_INTERVAL:
                raise DomainError(ErrorCode.TOO_SOON, "demandId")
            demand.last_urged_at = now
        await _event(
            who,
            user,
            demand,
            S(demand.status),
            kind=DemandEventKind.URGE,
            note=note,
            audit_action="urge",
        )
        who_urged = "运营人员" if Side.OPERATOR in sides else "企业"
        await _notify(
            demand,
            {To.HANDLER, To.OPERATORS},
            f"{who_urged}催办诉求",
            [note] if note else [],
            event="urge",
        )
    return demand


async def evaluate(
    who: Actor,
    user: User,
    me: Me,
    demand_id: int,
    *,
    overall: int,
    dimensions: dict[str, int],
    comment: str,
) -> Evaluation:
    return await feedback.rate(
        who,
        user,
        me.scope,
        KIND,
        demand_id,
        overall=overall,
        dimensions=dimensions,
        comment=comment,
    )


# ---- category deadlines


async def set_category_setting(
    who: Actor,
    user: User,
    me: Me,
    category: DemandCategory,
    accept_working_hours: int,
    reply_working_days: int,
) -> DemandCategorySetting:
    if not me.scope.hub_admin:
        raise DomainError(ErrorCode.FORBIDDEN)
    raise_all(
        None
        if 1 <= accept_working_hours <= MAX_ACCEPT_HOURS
        else DomainError(ErrorCode.INVALID, "acceptWorkingHours"),
        None
        if 1 <= reply_working_days <= MAX_REPLY_DAYS
        else DomainError(ErrorCode.INVALID, "replyWorkingDays"),
    )
    async with in_transaction():
        row = await DemandCategorySetting.filter(category=category).select_for_update().first()
        now = clock.now()
        if row is None:
            row = await DemandCategorySetting.create(
                category=category,
                accept_working_hours=accept_working_hours,
                reply_working_days=reply_working_days,
                updated_by_id=user.id,
                updated_at=now,
            )
        else:
            row.accept_working_hours = accept_working_hours
            row.reply_working_days = reply_working_days
            row.updated_by_id = user.id
            row.updated_at = now
            await row.save()
        await audit.record(
            who,
            "demand.category_setting",
            "DemandCategorySetting",
            category.value,
            detail={"acceptHours": accept_working_hours, "replyDays": reply_working_days},
        )
    return row


async def category_settings() -> list[tuple[DemandCategory, Deadlines]]:
    rows = {DemandCategory(r.category): r for r in await DemandCategorySetting.all()}
    found = []
    for category in DemandCategory:
        row = rows.get(category)
        found.append(
            (
                category,
                Deadlines(row.accept_working_hours, row.reply_working_days)
                if row
                else Deadlines(DEFAULT_ACCEPT_HOURS, DEFAULT_REPLY_DAYS),
            )
        )
    return found


# ---- the feedback subject kind

OWNER_TYPES = {
    HandlerType.INSTITUTION: "Institution",
    HandlerType.DEPARTMENT: "Department",
    HandlerType.EXPERT: "Expert",
    HandlerType.PLATFORM: "Platform",
}


async def _me_of_user(user: User) -> Me:
    grants = await RoleGrant.filter(user_id=user.id)
    return await policies.me_of(list(grants))


async def _check_rater(user: User, scope: Scope, demand_id: int) -> registry.Owner:
    me = await _me_of_user(user)
    demand, _ = await _acting(me, demand_id, "evaluate")
    handler_type = HandlerType(demand.handler_type) if demand.handler_type else None
    if handler_type is None or demand.handler_id is None:
        return registry.Owner("Platform", demand.platform_id, "Demand", demand.id)
    return registry.Owner(OWNER_TYPES[handler_type], demand.handler_id, "Demand", demand.id)


async def _may_reply(user: User, scope: Scope, owner_type: str, owner_id: int) -> bool:
    me = await _me_of_user(user)
    kind = {name: t for t, name in OWNER_TYPES.items()}.get(owner_type)
    return kind is not None and (kind, owner_id) in me.handles


async def _after_rating(who: Actor, user: User, demand_id: int) -> None:
    demand = await _locked(demand_id)
    demand.closed_at = clock.now()
    await _event(who, user, demand, S.CLOSED)
    await _notify(demand, {To.HANDLER, To.OPERATORS}, "企业已评价诉求办理", [])
    from qifu.demands import followups  # it builds on this module

    await followups.after_rating(demand)


registry.register(
    registry.SubjectKind(
        name=KIND,
        dimensions=DIMENSIONS,
        check_rater=_check_rater,
        may_reply=_may_reply,
        after_rating=_after_rating,
    )
)
