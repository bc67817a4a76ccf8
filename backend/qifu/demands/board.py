"""The operators' supervision board: its filters, bulk assignment, and the departments a
handler may pass a demand on to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.accounts.models import User
from qifu.core import clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.demands import policies, services
from qifu.demands.models import (
    Demand,
    DemandCategory,
    DemandChannel,
    DemandKind,
    DemandStatus,
    HandlerType,
)
from qifu.demands.policies import NOTHING, Me
from qifu.orgs.models import Department, Platform

S = DemandStatus
MAX_BULK = 50
# The node type of each kind of handler's global ID: Institution, Department, Expert, Platform.
NODE_TYPES = {t: t.value.title() for t in HandlerType}


def overdue_q() -> Q:
    """Pending past its deadline: not accepted in time, or not replied in time."""
    now = clock.now()
    return Q(status=S.SUBMITTED, accept_due_at__lt=now) | Q(status=S.ASSIGNED, reply_due_at__lt=now)


@dataclass(frozen=True)
class BoardFilter:
    status: S | None = None
    category: DemandCategory | None = None
    kind: DemandKind | None = None
    channel: DemandChannel | None = None
    overdue: bool | None = None
    # A platform of the operator's subtree: its demands and those of the platforms below it.
    platform_id: int | None = None
    # The current handler.
    handler: tuple[HandlerType, int] | None = None


async def board(me: Me, f: BoardFilter) -> QuerySet[Demand]:
    """The demands of the operator's subtree that pass the filter. A platform outside the
    subtree (or unknown) matches nothing, as if it did not exist."""
    query = policies.supervised(me)
    if f.platform_id is not None:
        platform = await Platform.get_or_none(id=f.platform_id)
        if platform is None or not policies.is_supervisor(me, platform):
            return Demand.filter(NOTHING)
        query = query.filter(platform__path__startswith=platform.path)
    if f.status is not None:
        query = query.filter(status=f.status)
    if f.category is not None:
        query = query.filter(category=f.category)
    if f.kind is not None:
        query = query.filter(kind=f.kind)
    if f.channel is not None:
        query = query.filter(channel=f.channel)
    if f.handler is not None:
        query = query.filter(handler_type=f.handler[0], handler_id=f.handler[1])
    if f.overdue is True:
        query = query.filter(overdue_q())
    elif f.overdue is False:
        query = query.filter(~overdue_q())
    return query


@dataclass(frozen=True)
class Assigned:
    """One demand of a bulk assignment: the demand when assigned, else why not."""

    index: int
    demand_id: int
    demand: Demand | None = None
    error: DomainError | None = None


async def assign_many(
    who: Actor,
    user: User,
    me: Me,
    demand_ids: Sequence[int],
    handler_type: HandlerType,
    handler_id: int,
    note: str = "",
) -> list[Assigned]:
    """批量交办: each demand assigned by ``services.assign`` in its own transaction, so one
    refused demand (unknown, not visible, not ACCEPTED/REOPENED) leaves the others assigned
    and itself unchanged. Input that concerns all of them is refused as a whole first."""
    if not me.is_staff:
        raise DomainError(ErrorCode.NOT_FOUND, "demandIds")
    if not demand_ids:
        raise DomainError(ErrorCode.REQUIRED, "demandIds")
    if len(demand_ids) > MAX_BULK:
        raise DomainError(ErrorCode.TOO_MANY, "demandIds")
    raise_all(check_text(note, "note", required=False, max_len=services.TEXT_MAX))
    await services.check_handler(handler_type, handler_id)
    results = []
    for index, demand_id in enumerate(demand_ids):
        try:
            demand = await services.assign(
                who, user, me, demand_id, handler_type, handler_id, note=note
            )
        except DomainError as e:
            results.append(Assigned(index, demand_id, error=e))
        else:
            results.append(Assigned(index, demand_id, demand=demand))
    return results


async def transfer_departments(me: Me, demand_id: int) -> list[Department]:
    """The departments a demand may be passed on to: those of its platform and of the
    platforms above it. Only for whoever may transfer it now (its current handler or a
    supervising operator); anybody else gets an empty list, as for an unknown demand."""
    demand = await Demand.get_or_none(id=demand_id)
    if demand is None:
        return []
    platform = await Platform.get_or_none(id=demand.platform_id)
    if platform is None:
        return []
    if not (policies.is_current_handler(me, demand) or policies.is_supervisor(me, platform)):
        return []
    chain = [int(p) for p in platform.path.strip("/").split("/") if p]
    return await Department.filter(platform_id__in=chain).order_by("id")
