"""Engagements: the standard service flow as an explicit state machine, its archive, the
timeliness of the first answer, automatic confirmation and the mails to the other side.

Actions (an explicit table below; anything else is INVALID_TRANSITION and changes nothing):

    investigate   institution  REQUESTED                → INVESTIGATING   (the first answer)
    decline       institution  REQUESTED | INVESTIGATING → DECLINED(reason) (or the first answer)
    cancel        enterprise   REQUESTED | INVESTIGATING → CANCELLED(reason)
    agree         institution  INVESTIGATING            → AGREED  (agreement file, fee, period)
    plan          institution  AGREED                   → PLANNED (plan, personnel, dates)
    start         institution  PLANNED                  → IN_SERVICE
    deliver       institution  IN_SERVICE               → DELIVERED (report, optional file)
    confirm       enterprise   DELIVERED                → CONFIRMED
    dispute       enterprise   DELIVERED                → IN_SERVICE (reason)
    auto_confirm  system       DELIVERED (7 days)       → CONFIRMED
    evaluate      enterprise   CONFIRMED                → EVALUATED (through feedback)

Progress notes are added while IN_SERVICE without a change of state. Every action locks the
engagement row first (select_for_update), so two concurrent actions cannot both succeed.
Someone who is not the acting side is answered as for an unknown engagement.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.catalog import figures
from qifu.catalog.models import ServiceProduct
from qifu.catalog.policies import public_q
from qifu.core import audit, calendar, clock, outbox
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.engagements import file_access
from qifu.engagements.models import Engagement, EngagementStatus, EngagementStep, StepKind
from qifu.feedback import registry
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation
from qifu.notify import services as inbox
from qifu.notify import worker
from qifu.notify.mail import render
from qifu.orgs import scoring
from qifu.orgs.models import CertificationStatus, Enterprise, Institution
from qifu.orgs.scopes import Scope
from qifu.settings import settings

S = EngagementStatus
ANSWER_WORKING_DAYS = 2
AUTO_CONFIRM_AFTER = timedelta(days=7)
NOTE_MAX = 2000
NEED_MAX = 2000
REASON_MAX = 1000
TEXT_MAX = 5000
MAX_PERSONNEL = 20
FEE_LIMIT = Decimal("10000000000")
KIND = "ENGAGEMENT"
DIMENSIONS = ("professionalism", "timeliness", "communication", "result")


class Side(StrEnum):
    ENTERPRISE = "ENTERPRISE"
    INSTITUTION = "INSTITUTION"
    SYSTEM = "SYSTEM"


@dataclass(frozen=True)
class Action:
    side: Side
    sources: frozenset[S]
    target: S


ACTIONS: dict[str, Action] = {
    "investigate": Action(Side.INSTITUTION, frozenset({S.REQUESTED}), S.INVESTIGATING),
    "decline": Action(Side.INSTITUTION, frozenset({S.REQUESTED, S.INVESTIGATING}), S.DECLINED),
    "cancel": Action(Side.ENTERPRISE, frozenset({S.REQUESTED, S.INVESTIGATING}), S.CANCELLED),
    "agree": Action(Side.INSTITUTION, frozenset({S.INVESTIGATING}), S.AGREED),
    "plan": Action(Side.INSTITUTION, frozenset({S.AGREED}), S.PLANNED),
    "start": Action(Side.INSTITUTION, frozenset({S.PLANNED}), S.IN_SERVICE),
    "deliver": Action(Side.INSTITUTION, frozenset({S.IN_SERVICE}), S.DELIVERED),
    "confirm": Action(Side.ENTERPRISE, frozenset({S.DELIVERED}), S.CONFIRMED),
    "dispute": Action(Side.ENTERPRISE, frozenset({S.DELIVERED}), S.IN_SERVICE),
    "auto_confirm": Action(Side.SYSTEM, frozenset({S.DELIVERED}), S.CONFIRMED),
    "evaluate": Action(Side.ENTERPRISE, frozenset({S.CONFIRMED}), S.EVALUATED),
}
# The same table by state: every allowed (from → to).
TRANSITIONS: dict[S, frozenset[S]] = {
    state: frozenset(a.target for a in ACTIONS.values() if state in a.sources) for state in S
}
FINAL = frozenset({S.EVALUATED, S.DECLINED, S.CANCELLED})
DONE = frozenset({S.DELIVERED, S.CONFIRMED, S.EVALUATED})
ACCEPTED = frozenset({S.AGREED, S.PLANNED, S.IN_SERVICE} | DONE)
LABELS = {
    S.REQUESTED: "服务申请",
    S.INVESTIGATING: "需求调查",
    S.AGREED: "协议签订",
    S.PLANNED: "服务制定",
    S.IN_SERVICE: "服务执行",
    S.DELIVERED: "服务交付",
    S.CONFIRMED: "确认交付",
    S.EVALUATED: "服务评价",
    S.DECLINED: "已拒绝",
    S.CANCELLED: "已取消",
}


# ---- who acts


def side_of(scope: Scope, engagement: Engagement) -> set[Side]:
    sides = set()
    if engagement.enterprise_id in scope.enterprise_member_of:
        sides.add(Side.ENTERPRISE)
    if engagement.institution_id in scope.institution_member_of:
        sides.add(Side.INSTITUTION)
    return sides


async def _locked(engagement_id: int) -> Engagement:
    found = await Engagement.filter(id=engagement_id).select_for_update().first()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "engagementId")
    return found


async def _acting(scope: Scope | None, engagement_id: int, action: str) -> Engagement:
    """The engagement, locked, when the actor is the side that acts; then the state check."""
    rule = ACTIONS[action]
    engagement = await _locked(engagement_id)
    if rule.side is not Side.SYSTEM and (
        scope is None or rule.side not in side_of(scope, engagement)
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "engagementId")
    if S(engagement.status) not in rule.sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "engagementId")
    return engagement


# ---- validation


def _check_reason(reason: str) -> None:
    if not reason.strip():
        raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
    if len(reason) > REASON_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reason")


def _check_note(note: str, field: str = "note", *, required: bool = False) -> DomainError | None:
    return check_text(note, field, required=required, max_len=NOTE_MAX)


def _fee(value: Decimal) -> DomainError | None:
    try:
        ok = value.is_finite() and Decimal(0) <= value < FEE_LIMIT
        ok = ok and value == value.quantize(Decimal("0.01"))
    except InvalidOperation:
        ok = False
    return None if ok else DomainError(ErrorCode.INVALID, "fee")


def _keys(engagement: Engagement, ids: Sequence[int | None]) -> None:
    have = {int(k) for k in engagement.file_keys.strip("|").split("|") if k}
    have |= {i for i in ids if i is not None}
    engagement.file_keys = "|" + "|".join(str(i) for i in sorted(have)) + "|" if have else ""


# ---- the archive, audit and mails


async def _step(
    who: Actor,
    user: User | None,
    engagement: Engagement,
    to: S,
    *,
    kind: StepKind = StepKind.TRANSITION,
    note: str = "",
    files: Sequence[int] = (),
    detail: Mapping[str, object] | None = None,
) -> EngagementStep:
    current = S(engagement.status)
    now = clock.now()
    step = await EngagementStep.create(
        engagement_id=engagement.id,
        kind=kind,
        from_status=current if kind is StepKind.TRANSITION else None,
        to_status=to,
        actor_id=user.id if user else None,
        actor_name=user.name if user else "系统",
        note=note.strip(),
        attachment_ids=list(files),
        detail=dict(detail or {}),
        at=now,
    )
    _keys(engagement, list(files))
    engagement.status = to
    engagement.updated_at = now
    await engagement.save()
    action = "progress" if kind is StepKind.PROGRESS else to.value.lower()
    await audit.record(
        who,
        f"engagement.{action}",
        "Engagement",
        engagement.id,
        detail={"from": current.value, "note": note.strip()[:200]},
    )
    return step


async def _recipients(side: Side, engagement: Engagement) -> list[User]:
    """The active members (admins included) of one side, each once, in id order."""
    if side is Side.ENTERPRISE:
        scope_type, scope_id = ScopeType.ENTERPRISE, engagement.enterprise_id
        roles = [Role.ENTERPRISE_MEMBER, Role.ENTERPRISE_ADMIN]
    else:
        scope_type, scope_id = ScopeType.INSTITUTION, engagement.institution_id
        roles = [Role.INSTITUTION_MEMBER, Role.INSTITUTION_ADMIN]
    user_ids = await RoleGrant.filter(
        scope_type=scope_type, scope_id=scope_id, role__in=roles
    ).values_list("user_id", flat=True)
    return await User.filter(id__in=list(set(user_ids)), deleted_at=None, is_active=True).order_by(
        "id"
    )


async def _notify(
    engagement: Engagement, to: Side, title: str, lines: list[str], *, event: str = ""
) -> None:
    """A mail and an inbox notification to every member of the other side, in the caller's
    transaction. ``event`` names what happened when the new state does not say it."""
    product = await ServiceProduct.get(id=engagement.product_id)
    enterprise = await Enterprise.get(id=engagement.enterprise_id)
    institution = await Institution.get(id=engagement.institution_id)
    gid = base64.b64encode(f"Engagement:{engagement.id}".encode()).decode()  # its global ID
    path = f"/engagements/{gid}"
    stage = LABELS[S(engagement.status)]
    text, html = render(
        title,
        [
            "您好！",
            f"服务产品：{product.name}",
            f"服务机构：{institution.name}",
            f"申请企业：{enterprise.name}",
            f"当前环节：{stage}",
            *lines,
        ],
        ("查看服务详情", f"{settings().public_url.rstrip('/')}{path}"),
    )
    recipients = await _recipients(to, engagement)
    for email in sorted({u.email for u in recipients}):
        await outbox.enqueue_email(email, f"【企服】{title}", text, html)
    await inbox.notify(
        [u.id for u in recipients],
        kind=f"engagement.{event or S(engagement.status).value.lower()}",
        title=title,
        body="\n".join([f"服务产品：{product.name}", f"当前环节：{stage}", *lines]),
        link=path,
        subject=("Engagement", engagement.id),
    )


# ---- the actions


async def request_service(
    who: Actor,
    user: User,
    scope: Scope,
    product_id: int,
    enterprise_id: int,
    need: str,
    attachment_ids: Sequence[int] = (),
) -> Engagement:
    """A member of a VERIFIED enterprise requests a listed product."""
    raise_all(check_text(need, "need", max_len=NEED_MAX))
    if enterprise_id not in scope.enterprise_member_of:
        raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    async with in_transaction():
        enterprise = await Enterprise.get_or_none(id=enterprise_id)
        if enterprise is None:
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status != CertificationStatus.VERIFIED:
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "enterpriseId")
        product = await ServiceProduct.filter(public_q(), id=product_id).first()
        if product is None:
            raise DomainError(ErrorCode.NOT_FOUND, "productId")
        files = await file_access.attachments(user, attachment_ids, "attachmentIds")
        institution = await Institution.get(id=product.institution_id)
        now = clock.now()
        engagement = await Engagement.create(
            product_id=product.id,
            enterprise_id=enterprise.id,
            institution_id=institution.id,
            platform_id=institution.platform_id,
            requested_by_id=user.id,
            need=need.strip(),
            status=S.REQUESTED,
            answer_due_at=await calendar.add_working_days(now, ANSWER_WORKING_DAYS),
            file_keys="",
            created_at=now,
            updated_at=now,
        )
        _keys(engagement, files)
        await engagement.save(update_fields=["file_keys"])
        await EngagementStep.create(
            engagement_id=engagement.id,
            kind=StepKind.TRANSITION,
            from_status=None,
            to_status=S.REQUESTED,
            actor_id=user.id,
            actor_name=user.name,
            note=need.strip(),
            attachment_ids=files,
            at=now,
        )
        await audit.record(who, "engagement.request", "Engagement", engagement.id)
        await _notify(
            engagement,
            Side.INSTITUTION,
            "新的服务申请",
            [f"需求：{need.strip()}", "请在 2 个工作日内答复。"],
        )
    return engagement


def _answer(engagement: Engagement) -> None:
    """The first answer to a request: on time or late against its due time."""
    if engagement.answered_at is None:
        now = clock.now()
        engagement.answered_at = now
        engagement.answered_late = now > engagement.answer_due_at


async def investigate(
    who: Actor, user: User, scope: Scope, engagement_id: int, note: str, files: Sequence[int]
) -> Engagement:
    raise_all(_check_note(note))
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "investigate")
        ids = await file_access.attachments(user, files, "attachmentIds")
        _answer(engagement)
        await _step(who, user, engagement, S.INVESTIGATING, note=note, files=ids)
        await _notify(engagement, Side.ENTERPRISE, "服务机构已受理您的申请", [note] if note else [])
    return engagement


async def decline(
    who: Actor, user: User, scope: Scope, engagement_id: int, reason: str
) -> Engagement:
    _check_reason(reason)
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "decline")
        _answer(engagement)
        engagement.status_reason = reason.strip()
        await _step(who, user, engagement, S.DECLINED, note=reason)
        await _notify(engagement, Side.ENTERPRISE, "服务机构未能受理您的申请", [f"原因：{reason}"])
    return engagement


async def cancel(
    who: Actor, user: User, scope: Scope, engagement_id: int, reason: str
) -> Engagement:
    _check_reason(reason)
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "cancel")
        engagement.status_reason = reason.strip()
        await _step(who, user, engagement, S.CANCELLED, note=reason)
        await _notify(engagement, Side.INSTITUTION, "企业已取消服务申请", [f"原因：{reason}"])
    return engagement


@dataclass(frozen=True)
class Agreement:
    file_id: int
    fee: Decimal
    period_start: date
    period_end: date
    note: str = ""


async def agree(
    who: Actor, user: User, scope: Scope, engagement_id: int, data: Agreement
) -> Engagement:
    raise_all(
        _fee(data.fee),
        None
        if data.period_start <= data.period_end
        else DomainError(ErrorCode.INVALID, "periodEnd"),
        _check_note(data.note),
    )
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "agree")
        (file_id,) = await file_access.attachments(user, [data.file_id], "agreementFileId")
        engagement.agreement_file_id = file_id
        engagement.fee = data.fee
        engagement.period_start = data.period_start
        engagement.period_end = data.period_end
        detail = {
            "fee": str(data.fee),
            "periodStart": data.period_start.isoformat(),
            "periodEnd": data.period_end.isoformat(),
        }
        await _step(who, user, engagement, S.AGREED, note=data.note, files=[file_id], detail=detail)
        await _notify(
            engagement,
            Side.ENTERPRISE,
            "服务协议已签订",
            [f"费用：{data.fee} 元", f"服务期：{data.period_start} 至 {data.period_end}"],
        )
    return engagement


@dataclass(frozen=True)
class Plan:
    plan: str
    personnel: tuple[str, ...]
    planned_start_on: date
    planned_delivery_on: date
    note: str = ""


async def plan(who: Actor, user: User, scope: Scope, engagement_id: int, data: Plan) -> Engagement:
    people = [p.strip() for p in data.personnel]
    bad_people: DomainError | None = None
    if not people or not all(people):
        bad_people = DomainError(ErrorCode.REQUIRED, "personnel")
    elif len(people) > MAX_PERSONNEL:
        bad_people = DomainError(ErrorCode.TOO_MANY, "personnel")
    elif any(len(p) > 50 for p in people):
        bad_people = DomainError(ErrorCode.TOO_LONG, "personnel")
    raise_all(
        check_text(data.plan, "plan", max_len=TEXT_MAX),
        bad_people,
        None
        if data.planned_start_on <= data.planned_delivery_on
        else DomainError(ErrorCode.INVALID, "plannedDeliveryOn"),
        _check_note(data.note),
    )
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "plan")
        engagement.plan = data.plan.strip()
        engagement.personnel = people
        engagement.planned_start_on = data.planned_start_on
        engagement.planned_delivery_on = data.planned_delivery_on
        detail = {
            "personnel": people,
            "plannedStartOn": data.planned_start_on.isoformat(),
            "plannedDeliveryOn": data.planned_delivery_on.isoformat(),
        }
        await _step(who, user, engagement, S.PLANNED, note=data.note, detail=detail)
        await _notify(
            engagement,
            Side.ENTERPRISE,
            "服务方案已制定",
            [f"服务人员：{'、'.join(people)}", f"计划交付：{data.planned_delivery_on}"],
        )
    return engagement


async def start(
    who: Actor, user: User, scope: Scope, engagement_id: int, note: str = ""
) -> Engagement:
    raise_all(_check_note(note))
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "start")
        await _step(who, user, engagement, S.IN_SERVICE, note=note)
        await _notify(engagement, Side.ENTERPRISE, "服务已开始执行", [note] if note else [])
    return engagement


async def add_progress(
    who: Actor, user: User, scope: Scope, engagement_id: int, note: str, files: Sequence[int]
) -> Engagement:
    raise_all(_check_note(note, required=True))
    async with in_transaction():
        engagement = await _locked(engagement_id)
        if Side.INSTITUTION not in side_of(scope, engagement):
            raise DomainError(ErrorCode.NOT_FOUND, "engagementId")
        if engagement.status != S.IN_SERVICE:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "engagementId")
        ids = await file_access.attachments(user, files, "attachmentIds")
        await _step(
            who, user, engagement, S.IN_SERVICE, kind=StepKind.PROGRESS, note=note, files=ids
        )
        await _notify(engagement, Side.ENTERPRISE, "服务进展更新", [note], event="progress")
    return engagement


async def deliver(
    who: Actor,
    user: User,
    scope: Scope,
    engagement_id: int,
    report: str,
    report_file_id: int | None,
) -> Engagement:
    raise_all(check_text(report, "report", max_len=TEXT_MAX))
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "deliver")
        ids = (
            await file_access.attachments(user, [report_file_id], "reportFileId")
            if report_file_id is not None
            else []
        )
        now = clock.now()
        engagement.report = report.strip()
        engagement.report_file_id = ids[0] if ids else None
        engagement.delivered_at = now
        engagement.confirm_due_at = now + AUTO_CONFIRM_AFTER
        planned = engagement.planned_delivery_on
        engagement.delivered_late = planned is not None and clock.local_now().date() > planned
        await _step(who, user, engagement, S.DELIVERED, note=report, files=ids)
        await _notify(
            engagement,
            Side.ENTERPRISE,
            "服务成果已交付，请确认",
            ["请在 7 天内确认交付或提出异议，逾期将自动确认。"],
        )
    return engagement


async def confirm(who: Actor, user: User, scope: Scope, engagement_id: int) -> Engagement:
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "confirm")
        engagement.confirmed_at = clock.now()
        engagement.confirm_due_at = None
        await _step(who, user, engagement, S.CONFIRMED)
        await _notify(engagement, Side.INSTITUTION, "企业已确认服务交付", [])
    return engagement


async def dispute(
    who: Actor, user: User, scope: Scope, engagement_id: int, reason: str
) -> Engagement:
    _check_reason(reason)
    async with in_transaction():
        engagement = await _acting(scope, engagement_id, "dispute")
        engagement.confirm_due_at = None
        engagement.status_reason = reason.strip()
        await _step(who, user, engagement, S.IN_SERVICE, note=reason)
        await _notify(
            engagement,
            Side.INSTITUTION,
            "企业对服务成果提出异议",
            [f"原因：{reason}"],
            event="disputed",
        )
    return engagement


SYSTEM = Actor(label="system", ip="", user_agent="worker")


async def auto_confirm_due() -> int:
    """Confirm deliveries left unanswered for 7 days; returns how many (the worker's job)."""
    now = clock.now()
    ids = await Engagement.filter(status=S.DELIVERED, confirm_due_at__lte=now).values_list(
        "id", flat=True
    )
    done = 0
    for engagement_id in sorted(ids):  # type: ignore[type-var]
        async with in_transaction():
            engagement = await _locked(int(engagement_id))  # type: ignore[call-overload]
            due = engagement.confirm_due_at
            if engagement.status != S.DELIVERED or due is None or due > now:
                continue
            engagement.confirmed_at = now
            engagement.confirm_due_at = None
            engagement.auto_confirmed = True
            await _step(
                SYSTEM, None, engagement, S.CONFIRMED, note="交付后 7 天未答复，系统自动确认"
            )
            await _notify(engagement, Side.INSTITUTION, "服务交付已自动确认", [])
            await _notify(
                engagement, Side.ENTERPRISE, "服务交付已自动确认", ["欢迎对本次服务进行评价。"]
            )
            done += 1
    return done


async def evaluate(
    who: Actor,
    user: User,
    scope: Scope,
    engagement_id: int,
    *,
    overall: int,
    dimensions: dict[str, int],
    comment: str,
) -> Evaluation:
    return await feedback.rate(
        who,
        user,
        scope,
        KIND,
        engagement_id,
        overall=overall,
        dimensions=dimensions,
        comment=comment,
    )


# ---- the feedback subject kind


async def _check_rater(user: User, scope: Scope, engagement_id: int) -> registry.Owner:
    await _acting(scope, engagement_id, "evaluate")
    engagement = await Engagement.get(id=engagement_id)
    return registry.Owner(
        "Institution", engagement.institution_id, "ServiceProduct", engagement.product_id
    )


async def _may_reply(user: User, scope: Scope, owner_type: str, owner_id: int) -> bool:
    return owner_type == "Institution" and owner_id in scope.institution_member_of


async def _after_rating(who: Actor, user: User, engagement_id: int) -> None:
    engagement = await _locked(engagement_id)
    await _step(who, user, engagement, S.EVALUATED)
    await _notify(engagement, Side.INSTITUTION, "企业已评价本次服务", [])


registry.register(
    registry.SubjectKind(
        name=KIND,
        dimensions=DIMENSIONS,
        check_rater=_check_rater,
        may_reply=_may_reply,
        after_rating=_after_rating,
    )
)


# ---- figures for the institution's score and the product's rating


async def _completion(institution_ids: Sequence[int], since: datetime) -> dict[int, scoring.Tally]:
    """Delivered (or later) among the accepted engagements (agreed or later)."""
    rows = await Engagement.filter(
        institution_id__in=list(institution_ids), created_at__gte=since, status__in=list(ACCEPTED)
    ).values_list("institution_id", "status")
    good: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for institution_id, status in rows:
        total[institution_id] += 1
        good[institution_id] += 1 if S(status) in DONE else 0
    return {i: scoring.Tally(good[i], total[i]) for i in total}


async def _timeliness(institution_ids: Sequence[int], since: datetime) -> dict[int, scoring.Tally]:
    """First answers on time among those due: answered ones, and unanswered ones overdue."""
    now = clock.now()
    rows = await Engagement.filter(
        institution_id__in=list(institution_ids), created_at__gte=since
    ).values_list("institution_id", "status", "answered_late", "answer_due_at")
    good: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for institution_id, status, late, due in rows:
        if late is None:
            if S(status) is S.REQUESTED and due < now:
                total[institution_id] += 1
            continue
        total[institution_id] += 1
        good[institution_id] += 0 if late else 1
    return {i: scoring.Tally(good[i], total[i]) for i in total}


async def _satisfaction(
    institution_ids: Sequence[int], since: datetime
) -> dict[int, scoring.Tally]:
    return await feedback.satisfaction_tallies("Institution", institution_ids, since)


async def _ratings(product_ids: Sequence[int]) -> dict[int, figures.Rating]:
    found = await feedback.average_ratings("ServiceProduct", product_ids)
    return {i: figures.Rating(average=a, count=n) for i, (a, n) in found.items()}


async def _requests(product_ids: Sequence[int]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for product_id in await Engagement.filter(product_id__in=list(product_ids)).values_list(
        "product_id", flat=True
    ):
        counts[int(product_id)] += 1  # type: ignore[call-overload]
    return dict(counts)


scoring.register(scoring.Component.COMPLETION, _completion)
scoring.register(scoring.Component.TIMELINESS, _timeliness)
scoring.register(scoring.Component.SATISFACTION, _satisfaction)
figures.register_rating_source(_ratings)
figures.register_request_source(_requests)
worker.register_job("engagements.auto_confirm", auto_confirm_due, every_seconds=300)
