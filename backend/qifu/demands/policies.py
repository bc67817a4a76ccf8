"""Who may see and act on demands.

- the enterprise's members: its own demands;
- handlers (members of an institution, handlers of a department, experts with an account):
  the demands assigned or transferred to them, now or before;
- operators: the demands of their platform subtree (the hub administrator: all); they are
  also the handlers of complaints, as (PLATFORM, their platform) — so a complained-against
  institution never handles, and never sees, the complaint;
- members of an ACTIVE institution whose platform is on the demand platform's chain (above
  or below it): the demand while it is OPEN_FOR_OFFERS, without the enterprise's contact.

Nobody else: a denied demand answers exactly as an unknown id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.accounts.models import Role, RoleGrant, ScopeType
from qifu.demands.models import Demand, DemandKind, DemandStatus, HandlerType
from qifu.orgs import platforms
from qifu.orgs.models import Institution, InstitutionStatus, Platform
from qifu.orgs.scopes import Scope, platform_subtree_q, scope_of

NOTHING = Q(id__in=[])
Handler = tuple[HandlerType, int]


def handler_key(handler_type: HandlerType | str, handler_id: int) -> str:
    return f"|{HandlerType(handler_type).value}:{handler_id}|"


@dataclass(frozen=True)
class Me:
    """What a user's grants allow with demands, computed once per request or action."""

    scope: Scope
    # The operator's subtree paths; None for the whole network, [] when not staff.
    paths: list[str] | None
    handles: frozenset[Handler]
    # (institution id, its platform's path) of my ACTIVE institutions: who may offer.
    offering: tuple[tuple[int, str], ...] = ()

    @property
    def is_staff(self) -> bool:
        return self.scope.is_staff


def handles_of(grants: Iterable[RoleGrant], scope: Scope) -> frozenset[Handler]:
    found: set[Handler] = {(HandlerType.INSTITUTION, i) for i in scope.institution_member_of}
    for grant in grants:
        if grant.scope_id is None:
            continue
        if grant.role == Role.DEPARTMENT_HANDLER and grant.scope_type == ScopeType.DEPARTMENT:
            found.add((HandlerType.DEPARTMENT, grant.scope_id))
        elif grant.role == Role.EXPERT and grant.scope_type == ScopeType.EXPERT:
            found.add((HandlerType.EXPERT, grant.scope_id))
    # Operators handle complaints as "the operators of their platform".
    found |= {(HandlerType.PLATFORM, p) for p in scope.operator_platform_ids}
    return frozenset(found)


async def me_of(grants: list[RoleGrant]) -> Me:
    scope = scope_of(grants)
    paths = await platforms.operator_paths(scope) if scope.is_staff else []
    handles = handles_of(grants, scope)
    if scope.network_wide:  # the whole network's staff act for the hub's operators too
        hub = await platforms.hub()
        handles |= {(HandlerType.PLATFORM, hub.id)} if hub else frozenset()
    return Me(scope, paths, handles, await _offering(scope))


async def _offering(scope: Scope) -> tuple[tuple[int, str], ...]:
    if not scope.institution_member_of:
        return ()
    rows = await Institution.filter(
        id__in=sorted(scope.institution_member_of), status=InstitutionStatus.ACTIVE
    ).values_list("id", "platform__path")
    return tuple(sorted((int(i), str(p)) for i, p in rows))  # type: ignore[misc]


def is_enterprise(me: Me, demand: Demand) -> bool:
    return demand.enterprise_id in me.scope.enterprise_member_of


def is_current_handler(me: Me, demand: Demand) -> bool:
    if demand.handler_type is None or demand.handler_id is None:
        return False
    return (HandlerType(demand.handler_type), demand.handler_id) in me.handles


def was_handler(me: Me, demand: Demand) -> bool:
    return any(handler_key(t, i) in demand.handler_keys for t, i in me.handles)


def is_supervisor(me: Me, platform: Platform | None) -> bool:
    if not me.is_staff:
        return False
    if me.paths is None:
        return True
    return platform is not None and any(platform.path.startswith(p) for p in me.paths)


def offering_for(me: Me, platform: Platform | None) -> list[int]:
    """My ACTIVE institutions that serve the platform: on its chain, above or below it."""
    if platform is None:
        return []
    return [
        i
        for i, path in me.offering
        if platform.path.startswith(path) or path.startswith(platform.path)
    ]


def may_offer(me: Me, demand: Demand, platform: Platform | None) -> bool:
    """Members of a serving ACTIVE institution see a demand while it is open for offers."""
    return (
        demand.status == DemandStatus.OPEN_FOR_OFFERS
        and demand.kind == DemandKind.DEMAND  # complaints are never offered
        and bool(offering_for(me, platform))
    )


def can_see(me: Me, demand: Demand, platform: Platform | None) -> bool:
    return (
        is_enterprise(me, demand)
        or was_handler(me, demand)
        or is_supervisor(me, platform)
        or may_offer(me, demand, platform)
    )


def invited_only(me: Me, demand: Demand, platform: Platform | None) -> bool:
    """Seen only as invited to offer: not the enterprise, a handler or a supervising operator
    (such a viewer gets neither the contact nor the timeline, which names people)."""
    return may_offer(me, demand, platform) and not (
        is_enterprise(me, demand) or was_handler(me, demand) or is_supervisor(me, platform)
    )


def can_see_contact(me: Me, demand: Demand, platform: Platform | None) -> bool:
    """The contact: the enterprise, the current handler and the supervising operators."""
    return (
        is_enterprise(me, demand) or is_current_handler(me, demand) or is_supervisor(me, platform)
    )


def of_enterprise(me: Me, enterprise_id: int) -> QuerySet[Demand]:
    if enterprise_id not in me.scope.enterprise_member_of:
        return Demand.filter(NOTHING)
    return Demand.filter(enterprise_id=enterprise_id)


def handled_by(me: Me, current_only: bool = False) -> QuerySet[Demand]:
    """Assigned to one of my handler identities now (or, unless current_only, before)."""
    if not me.handles:
        return Demand.filter(NOTHING)
    parts = [
        Q(handler_type=t, handler_id=i)
        if current_only
        else Q(handler_keys__contains=handler_key(t, i))
        for t, i in sorted(me.handles)
    ]
    return Demand.filter(Q(*parts, join_type=Q.OR))


def open_for_my_offers(me: Me) -> QuerySet[Demand]:
    """Open for offers on the chain of one of my ACTIVE institutions' platforms."""
    parts = []
    for _, path in me.offering:
        ids = [p for p in path.strip("/").split("/") if p]
        above = ["/" + "/".join(ids[:n]) + "/" for n in range(1, len(ids) + 1)]
        parts += [Q(platform__path__startswith=path), Q(platform__path__in=above)]
    if not parts:
        return Demand.filter(NOTHING)
    return Demand.filter(
        Q(*parts, join_type=Q.OR), status=DemandStatus.OPEN_FOR_OFFERS, kind=DemandKind.DEMAND
    )


def supervised(me: Me) -> QuerySet[Demand]:
    if not me.is_staff:
        return Demand.filter(NOTHING)
    if me.paths is None:
        return Demand.all()
    return Demand.filter(platform_subtree_q(me.paths))
