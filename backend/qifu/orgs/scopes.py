"""Who acts where: the platform subtree an operator works in, the enterprises a user belongs to.

Operators are appointed to a platform (a PLATFORM-scoped OPERATOR grant) and act in its
subtree; an OPERATOR grant without a platform, and the hub admin, cover the whole network.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from qifu.accounts.models import Role, RoleGrant, ScopeType

ENTERPRISE_ROLES = frozenset({Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_MEMBER})
INSTITUTION_ROLES = frozenset({Role.INSTITUTION_ADMIN, Role.INSTITUTION_MEMBER})


@dataclass(frozen=True)
class Scope:
    """What a request's grants allow, computed once per request."""

    network_wide: bool
    hub_admin: bool
    operator_platform_ids: frozenset[int]
    enterprise_admin_of: frozenset[int]
    enterprise_member_of: frozenset[int]
    institution_member_of: frozenset[int] = frozenset()

    @property
    def is_staff(self) -> bool:
        return self.network_wide or bool(self.operator_platform_ids)


def scope_of(grants: list[RoleGrant]) -> Scope:
    network_wide = hub_admin = False
    platforms: set[int] = set()
    admin_of: set[int] = set()
    member_of: set[int] = set()
    institutions: set[int] = set()
    for grant in grants:
        role = Role(grant.role)
        if role is Role.HUB_ADMIN:
            network_wide = hub_admin = True
        elif role is Role.OPERATOR:
            if grant.scope_id is None:
                network_wide = True
            elif grant.scope_type == ScopeType.PLATFORM:
                platforms.add(grant.scope_id)
        elif role in ENTERPRISE_ROLES and grant.scope_type == ScopeType.ENTERPRISE:
            assert grant.scope_id is not None
            member_of.add(grant.scope_id)
            if role is Role.ENTERPRISE_ADMIN:
                admin_of.add(grant.scope_id)
        elif role in INSTITUTION_ROLES and grant.scope_type == ScopeType.INSTITUTION:
            assert grant.scope_id is not None
            institutions.add(grant.scope_id)
    return Scope(
        network_wide,
        hub_admin,
        frozenset(platforms),
        frozenset(admin_of),
        frozenset(member_of),
        frozenset(institutions),
    )


def platform_subtree_q(paths: list[str], field: str = "platform__path") -> Q:
    """Rows whose platform lies under any of ``paths`` (an empty list matches nothing)."""
    if not paths:
        return Q(pk__in=[])
    query = Q(**{f"{field}__startswith": paths[0]})
    for path in paths[1:]:
        query |= Q(**{f"{field}__startswith": path})
    return query
