"""Who may see or do what with service products.

Anybody sees PUBLISHED products of ACTIVE institutions; the institution's members see all of
theirs; operators see those of their platform subtree (the hub admin: all)."""

from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.catalog.models import ProductStatus, ServiceProduct
from qifu.orgs.models import InstitutionStatus, Platform
from qifu.orgs.scopes import Scope, platform_subtree_q


def public_q() -> Q:
    return Q(status=ProductStatus.PUBLISHED, institution__status=InstitutionStatus.ACTIVE)


def public_products() -> QuerySet[ServiceProduct]:
    return ServiceProduct.filter(public_q())


def is_public(product: ServiceProduct, institution_status: str) -> bool:
    return product.status == ProductStatus.PUBLISHED and (
        institution_status == InstitutionStatus.ACTIVE
    )


def is_member(scope: Scope, product: ServiceProduct) -> bool:
    return product.institution_id in scope.institution_member_of


def is_responsible_operator(
    scope: Scope, operator_paths: list[str] | None, platform: Platform | None
) -> bool:
    """Operators of the product's platform subtree; the hub admin and network-wide staff."""
    if operator_paths is None:
        return True
    return platform is not None and any(platform.path.startswith(p) for p in operator_paths)


def can_see_private(
    scope: Scope, operator_paths: list[str] | None, product: ServiceProduct, platform: Platform
) -> bool:
    """Any state, reasons and history: the institution's members and the responsible staff."""
    return is_member(scope, product) or (
        scope.is_staff and is_responsible_operator(scope, operator_paths, platform)
    )


def reviewable_products(scope: Scope, operator_paths: list[str] | None) -> QuerySet[ServiceProduct]:
    if not scope.is_staff:
        return ServiceProduct.filter(id__in=[])
    if operator_paths is None:
        return ServiceProduct.all()
    return ServiceProduct.filter(platform_subtree_q(operator_paths))
