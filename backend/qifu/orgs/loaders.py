"""Per-request DataLoaders of the orgs domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from qifu.accounts.models import Role, RoleGrant, ScopeType
from qifu.core import clock
from qifu.orgs import scoring
from qifu.orgs.models import (
    Enterprise,
    EnterpriseReview,
    Institution,
    InstitutionStatusChange,
    Invitation,
    Platform,
    VerifiedCreditCode,
)
from qifu.orgs.scopes import ENTERPRISE_ROLES


async def load_platforms_by_id(ids: Sequence[int]) -> list[Platform | None]:
    found = {p.id: p for p in await Platform.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_enterprises_by_id(ids: Sequence[int]) -> list[Enterprise | None]:
    found = {e.id: e for e in await Enterprise.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_reviews_by_enterprise_id(ids: Sequence[int]) -> list[list[EnterpriseReview]]:
    grouped: dict[int, list[EnterpriseReview]] = defaultdict(list)
    for review in await EnterpriseReview.filter(enterprise_id__in=list(ids)).order_by("id"):
        grouped[review.enterprise_id].append(review)
    return [grouped.get(i, []) for i in ids]


async def load_claims_by_credit_code(codes: Sequence[str]) -> list[list[Enterprise]]:
    """Every enterprise record claiming a credit code (an operator compares them)."""
    grouped: dict[str, list[Enterprise]] = defaultdict(list)
    for enterprise in await Enterprise.filter(credit_code__in=list(codes)).order_by("id"):
        grouped[enterprise.credit_code].append(enterprise)
    return [grouped.get(c, []) for c in codes]


async def load_code_holders(codes: Sequence[str]) -> list[int | None]:
    found = {
        v.credit_code: v.enterprise_id
        for v in await VerifiedCreditCode.filter(credit_code__in=list(codes))
    }
    return [found.get(c) for c in codes]


async def load_members_by_enterprise_id(ids: Sequence[int]) -> list[list[tuple[int, bool]]]:
    """(user id, is admin) per enterprise, in the order they joined."""
    grouped: dict[int, dict[int, bool]] = defaultdict(dict)
    grants = await RoleGrant.filter(
        scope_type=ScopeType.ENTERPRISE, scope_id__in=list(ids), role__in=list(ENTERPRISE_ROLES)
    ).order_by("id")
    for grant in grants:
        assert grant.scope_id is not None
        members = grouped[grant.scope_id]
        members[grant.user_id] = members.get(grant.user_id, False) or (
            grant.role == Role.ENTERPRISE_ADMIN
        )
    return [list(grouped.get(i, {}).items()) for i in ids]


async def load_open_invitations_by_enterprise_id(ids: Sequence[int]) -> list[list[Invitation]]:
    grouped: dict[int, list[Invitation]] = defaultdict(list)
    rows = await Invitation.filter(
        enterprise_id__in=list(ids), accepted_at=None, revoked_at=None, expires_at__gt=clock.now()
    ).order_by("id")
    for row in rows:
        grouped[row.enterprise_id].append(row)
    return [grouped.get(i, []) for i in ids]


async def load_operator_ids_by_platform_id(ids: Sequence[int]) -> list[list[int]]:
    grouped: dict[int, list[int]] = defaultdict(list)
    grants = await RoleGrant.filter(
        role=Role.OPERATOR, scope_type=ScopeType.PLATFORM, scope_id__in=list(ids)
    ).order_by("id")
    for grant in grants:
        assert grant.scope_id is not None
        grouped[grant.scope_id].append(grant.user_id)
    return [grouped.get(i, []) for i in ids]


async def load_handler_ids_by_department_id(ids: Sequence[int]) -> list[list[int]]:
    grouped: dict[int, list[int]] = defaultdict(list)
    grants = await RoleGrant.filter(
        role=Role.DEPARTMENT_HANDLER, scope_type=ScopeType.DEPARTMENT, scope_id__in=list(ids)
    ).order_by("id")
    for grant in grants:
        assert grant.scope_id is not None
        grouped[grant.scope_id].append(grant.user_id)
    return [grouped.get(i, []) for i in ids]


async def load_institutions_by_id(ids: Sequence[int]) -> list[Institution | None]:
    found = {i.id: i for i in await Institution.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_status_changes_by_institution_id(
    ids: Sequence[int],
) -> list[list[InstitutionStatusChange]]:
    grouped: dict[int, list[InstitutionStatusChange]] = defaultdict(list)
    rows = await InstitutionStatusChange.filter(institution_id__in=list(ids)).order_by("id")
    for row in rows:
        grouped[row.institution_id].append(row)
    return [grouped.get(i, []) for i in ids]


async def load_scores_by_institution_id(ids: Sequence[int]) -> list[scoring.Score]:
    return await scoring.scores(ids)
