"""Who may see or do what with platforms and enterprises."""

from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.orgs.models import CertificationStatus, Enterprise, Platform
from qifu.orgs.scopes import Scope, platform_subtree_q


def can_manage_platforms(scope: Scope) -> bool:
    return scope.hub_admin


def visible_enterprises(scope: Scope, operator_paths: list[str] | None) -> QuerySet[Enterprise]:
    """Members see their enterprises; operators those of their platform subtree; the hub all."""
    if operator_paths is None:
        return Enterprise.all()
    query = Q(id__in=list(scope.enterprise_member_of)) | platform_subtree_q(operator_paths)
    return Enterprise.filter(query)


def can_see_enterprise(
    scope: Scope, operator_paths: list[str] | None, enterprise: Enterprise, platform: Platform
) -> bool:
    return (
        operator_paths is None
        or enterprise.id in scope.enterprise_member_of
        or any(platform.path.startswith(p) for p in operator_paths)
    )


def can_see_private_fields(
    scope: Scope, operator_paths: list[str] | None, enterprise: Enterprise, platform: Platform
) -> bool:
    """Contacts, figures and the licence: members and the operators responsible."""
    return can_see_enterprise(scope, operator_paths, enterprise, platform)


def is_public(enterprise: Enterprise) -> bool:
    return enterprise.status == CertificationStatus.VERIFIED


def can_see_institution_private(
    scope: Scope, operator_paths: list[str] | None, institution_id: int, platform: Platform
) -> bool:
    """Responder, history and reasons: the institution's members and the operators."""
    return (
        operator_paths is None
        or institution_id in scope.institution_member_of
        or any(platform.path.startswith(p) for p in operator_paths)
    )
