"""Offers (征集承接): an operator opens an accepted demand to the institutions that serve its
platform; each ACTIVE institution on the platform's chain (above or below it) may offer once
with a short proposal and withdraw it while pending; the enterprise or a supervising operator
picks one (→ ASSIGNED to that institution, the reply deadline set as on assignment), or the
operator closes the call (→ ACCEPTED). Picked: PICKED, the others NOT_PICKED.

Every step goes through the state table of ``services`` and locks the demand row first, so
of two concurrent picks (or a pick and a close) exactly one wins.
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.demands import policies, services
from qifu.demands.models import (
    Demand,
    DemandCategory,
    DemandOffer,
    DemandStatus,
    HandlerType,
    OfferStatus,
)
from qifu.demands.policies import Me
from qifu.demands.services import To, _acting, _event, _note, _notify
from qifu.orgs.models import Institution, InstitutionStatus, Platform

S = DemandStatus
PROPOSAL_MAX = 2000
INSTITUTION_ROLES = [Role.INSTITUTION_MEMBER, Role.INSTITUTION_ADMIN]


async def serving_institution_ids(platform: Platform) -> list[int]:
    """ACTIVE institutions whose platform is the given one, above it or below it."""
    ids = [p for p in platform.path.strip("/").split("/") if p]
    above = ["/" + "/".join(ids[:n]) + "/" for n in range(1, len(ids) + 1)]
    rows = await Institution.filter(
        Q(platform__path__startswith=platform.path) | Q(platform__path__in=above),
        status=InstitutionStatus.ACTIVE,
    ).values_list("id", flat=True)
    return sorted(int(i) for i in rows)  # type: ignore[call-overload]


async def member_ids(institution_ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(institution_ids))
    if not wanted:
        return set()
    rows = await RoleGrant.filter(
        scope_type=ScopeType.INSTITUTION, scope_id__in=wanted, role__in=INSTITUTION_ROLES
    ).values_list("user_id", flat=True)
    return {int(i) for i in rows}  # type: ignore[call-overload]


async def _my_institution(me: Me, demand: Demand, institution_id: int | None) -> int:
    """The institution I act for: the one named, or my only one serving the demand."""
    mine = policies.offering_for(me, await Platform.get(id=demand.platform_id))
    if institution_id is None:
        if len(mine) != 1:  # a member of several must say for which
            raise DomainError(ErrorCode.REQUIRED, "institutionId")
        return mine[0]
    if institution_id not in mine:
        raise DomainError(ErrorCode.NOT_FOUND, "institutionId")
    return institution_id


def _proposal(value: str) -> DomainError | None:
    return check_text(value, "proposal", max_len=PROPOSAL_MAX)


async def _close_pending(demand: Demand, keep: int | None = None) -> list[int]:
    """Pending offers other than ``keep`` become NOT_PICKED; their institutions."""
    pending = DemandOffer.filter(demand_id=demand.id, status=OfferStatus.PENDING)
    if keep is not None:
        pending = pending.exclude(id=keep)
    institutions = await pending.values_list("institution_id", flat=True)
    await pending.update(status=OfferStatus.NOT_PICKED, decided_at=clock.now())
    return [int(i) for i in institutions]  # type: ignore[call-overload]


async def open_for_offers(who: Actor, user: User, me: Me, demand_id: int, note: str = "") -> Demand:
    """The operator opens an accepted demand for offers; the serving institutions are told."""
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "open_for_offers")
        await _event(who, user, demand, S.OPEN_FOR_OFFERS, note=note)
        platform = await Platform.get(id=demand.platform_id)
        institutions = await serving_institution_ids(platform)
        await _notify(
            demand,
            set(),
            "新的企业诉求征集承接机构",
            ["欢迎在“可承接的诉求”中提交承接方案。", *([note] if note else [])],
            user_ids=await member_ids(institutions),
        )
        await _notify(demand, {To.ENTERPRISE}, "您的诉求正在征集承接机构", [])
    return demand


async def make_offer(
    who: Actor,
    user: User,
    me: Me,
    demand_id: int,
    proposal: str,
    institution_id: int | None = None,
) -> DemandOffer:
    """An institution offers to take the demand, once; a withdrawn offer may be made again."""
    raise_all(_proposal(proposal))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "offer")
        institution = await _my_institution(me, demand, institution_id)
        now = clock.now()
        offer = await DemandOffer.filter(demand_id=demand.id, institution_id=institution).first()
        if offer is not None and offer.status != OfferStatus.WITHDRAWN:
            raise DomainError(ErrorCode.ALREADY_OFFERED, "demandId")
        if offer is None:
            offer = await DemandOffer.create(
                demand_id=demand.id,
                institution_id=institution,
                proposal=proposal.strip(),
                offered_by_id=user.id,
                created_at=now,
            )
        else:
            offer.status = OfferStatus.PENDING
            offer.proposal = proposal.strip()
            offer.offered_by_id = user.id
            offer.created_at = now
            offer.decided_at = None
            await offer.save()
        await audit.record(
            who, "demand.offer", "Demand", demand.id, detail={"institution": institution}
        )
        name = (await Institution.get(id=institution)).name
        await _notify(
            demand,
            {To.ENTERPRISE, To.OPERATORS},
            "有服务机构申请承接诉求",
            [f"服务机构：{name}", "可在诉求详情中查看承接方案并选择承接机构。"],
            event="offer",
        )
    return offer


async def withdraw_offer(
    who: Actor, user: User, me: Me, demand_id: int, institution_id: int | None = None
) -> DemandOffer:
    """The offering institution takes its pending offer back."""
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "withdraw_offer")
        institution = await _my_institution(me, demand, institution_id)
        offer = await DemandOffer.filter(demand_id=demand.id, institution_id=institution).first()
        if offer is None or offer.status != OfferStatus.PENDING:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "demandId")
        offer.status = OfferStatus.WITHDRAWN
        offer.decided_at = clock.now()
        await offer.save()
        await audit.record(
            who, "demand.withdraw_offer", "Demand", demand.id, detail={"institution": institution}
        )
    return offer


async def _hand_to_institution(demand: Demand, institution_id: int) -> None:
    """The handler and the reply deadline, set as ``services.assign`` sets them."""
    now = clock.now()
    limits = await services.deadlines_for(DemandCategory(demand.category))
    demand.handler_type, demand.handler_id = HandlerType.INSTITUTION, institution_id
    demand.handler_keys = services._add_keys(
        demand.handler_keys,
        [policies.handler_key(HandlerType.INSTITUTION, institution_id).strip("|")],
    )
    demand.assigned_at = now
    demand.reply_due_at = await services.reply_deadline(now, limits.reply_working_days)
    demand.replied_at = demand.replied_on_time = None
    demand.paused_at = None
    demand.reply_reminded_at = demand.reply_escalated_at = None  # a new deadline


async def pick_offer(
    who: Actor, user: User, me: Me, demand_id: int, offer_id: int, note: str = ""
) -> Demand:
    """The enterprise or a supervising operator picks a pending offer (→ ASSIGNED)."""
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "pick_offer")
        offer = await DemandOffer.filter(id=offer_id, demand_id=demand.id).first()
        if offer is None:
            raise DomainError(ErrorCode.NOT_FOUND, "offerId")
        if offer.status != OfferStatus.PENDING:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "offerId")
        institution = await Institution.get(id=offer.institution_id)
        if institution.status != InstitutionStatus.ACTIVE:
            raise DomainError(ErrorCode.INSTITUTION_NOT_ACTIVE, "offerId")
        offer.status = OfferStatus.PICKED
        offer.decided_at = clock.now()
        await offer.save()
        others = await _close_pending(demand, keep=offer.id)
        await _hand_to_institution(demand, institution.id)
        await _event(who, user, demand, S.ASSIGNED, note=note, audit_action="pick_offer")
        assert demand.reply_due_at is not None
        due = demand.reply_due_at.astimezone(clock.SHANGHAI)
        await _notify(
            demand,
            {To.HANDLER},
            "您的承接意向已被选中，诉求交由您办理",
            [f"请在 {due:%Y-%m-%d %H:%M} 前答复。", *([note] if note else [])],
            event="pick_offer",
        )
        await _notify(
            demand,
            {To.ENTERPRISE, To.OPERATORS},
            "诉求已确定承接机构",
            [f"承办方：{institution.name}"],
            event="pick_offer",
        )
        await _notify(
            demand,
            set(),
            "诉求已由其他机构承接",
            ["感谢您提交承接方案。"],
            event="offer_not_picked",
            user_ids=await member_ids(others),
        )
    return demand


async def close_offers(who: Actor, user: User, me: Me, demand_id: int, note: str = "") -> Demand:
    """The operator ends the call without a pick (→ ACCEPTED, to assign it otherwise)."""
    raise_all(_note(note))
    async with in_transaction():
        demand, _ = await _acting(me, demand_id, "close_offers")
        others = await _close_pending(demand)
        await _event(who, user, demand, S.ACCEPTED, note=note, audit_action="close_offers")
        await _notify(
            demand,
            {To.ENTERPRISE},
            "诉求承接征集已结束",
            ["平台将另行安排办理。", *([note] if note else [])],
            event="close_offers",
        )
        await _notify(
            demand,
            set(),
            "诉求承接征集已结束",
            ["该诉求未选择您的承接方案，感谢参与。"],
            event="offer_not_picked",
            user_ids=await member_ids(others),
        )
    return demand
