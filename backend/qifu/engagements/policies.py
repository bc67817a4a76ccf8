"""Who may see engagements: the enterprise's members, the institution's members, and the
operators of the institution's platform subtree (the hub admin: all). Nobody else — a denied
engagement answers exactly as an unknown id."""

from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.engagements.models import Engagement
from qifu.orgs.models import Platform
from qifu.orgs.scopes import Scope, platform_subtree_q

NOTHING = Q(id__in=[])


def is_party(scope: Scope, engagement: Engagement) -> bool:
    return (
        engagement.enterprise_id in scope.enterprise_member_of
        or engagement.institution_id in scope.institution_member_of
    )


def is_supervisor(scope: Scope, paths: list[str] | None, platform: Platform | None) -> bool:
    if not scope.is_staff:
        return False
    if paths is None:
        return True
    return platform is not None and any(platform.path.startswith(p) for p in paths)


def can_see(
    scope: Scope, paths: list[str] | None, engagement: Engagement, platform: Platform | None
) -> bool:
    return is_party(scope, engagement) or is_supervisor(scope, paths, platform)


def of_enterprise(scope: Scope, enterprise_id: int) -> QuerySet[Engagement]:
    if enterprise_id not in scope.enterprise_member_of:
        return Engagement.filter(NOTHING)
    return Engagement.filter(enterprise_id=enterprise_id)


def of_institution(scope: Scope, institution_id: int) -> QuerySet[Engagement]:
    if institution_id not in scope.institution_member_of:
        return Engagement.filter(NOTHING)
    return Engagement.filter(institution_id=institution_id)


def supervised(scope: Scope, paths: list[str] | None) -> QuerySet[Engagement]:
    if not scope.is_staff:
        return Engagement.filter(NOTHING)
    if paths is None:
        return Engagement.all()
    return Engagement.filter(platform_subtree_q(paths))
