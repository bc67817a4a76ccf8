"""Catalog test data made through the services: active institutions and their products."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qifu.accounts.models import User
from qifu.accounts.services import grants_of
from qifu.catalog import services
from qifu.catalog.models import Pricing, ProductNature, ProductStatus, ServiceForm, ServiceProduct
from qifu.files import services as file_services
from qifu.files.models import FilePurpose
from qifu.orgs import agreement, institutions
from qifu.orgs.models import Institution, InstitutionStatus, ServiceCategory
from qifu.orgs.scopes import scope_of
from tests.orgs.support import credit_code, png_upload
from tests.support import ACTOR

# A complete, valid product as the GraphQL input takes it.
PRODUCT_INPUT: dict[str, Any] = {
    "name": "温州市中小企业合同审查线上服务",
    "category": "LEGAL",
    "description": "为中小企业审查各类经营合同，出具书面意见。",
    "processSteps": ["提交合同", "律师审查", "出具意见"],
    "pricing": "FIXED",
    "price": "800.00",
    "nature": "VALUE_ADDED",
    "form": "ONLINE",
    "contactName": "陈律师",
    "contactPhone": "0577-88886666",
    "serviceAreas": ["330300"],
}


def product_data(**changes: Any) -> services.ProductData:
    values: dict[str, Any] = {
        "name": "温州市中小企业合同审查线上服务",
        "category": ServiceCategory.LEGAL,
        "description": "为中小企业审查各类经营合同，出具书面意见。",
        "process_steps": ("提交合同", "律师审查", "出具意见"),
        "pricing": Pricing.FIXED,
        "price": Decimal("800.00"),
        "nature": ProductNature.VALUE_ADDED,
        "form": ServiceForm.ONLINE,
        "contact_name": "陈律师",
        "contact_phone": "0577-88886666",
        "service_areas": ("330300",),
    }
    values.update(changes)
    return services.ProductData(**values)


async def make_institution(
    admin: User, serial: int, name: str, region: str, *, hub_admin: User | None = None
) -> Institution:
    """An institution applied for by ``admin``; ACTIVE when ``hub_admin`` admits it."""
    institution = await institutions.apply(
        ACTOR,
        admin,
        institutions.Application(
            name=name,
            credit_code=credit_code(serial, region),
            region_code=region,
            service_domains=(ServiceCategory.LEGAL,),
            service_areas=(region[:4] + "00",),
            responder_name="负责人",
            responder_phone="13700000000",
            accept_agreement=True,
            agreement_version=agreement.VERSION,
        ),
    )
    if hub_admin is not None:
        scope = scope_of(await grants_of(hub_admin))
        await institutions.change_status(ACTOR, scope, institution.id, InstitutionStatus.ACTIVE, "")
    return institution


async def make_product(
    member: User,
    institution: Institution,
    status: ProductStatus = ProductStatus.PUBLISHED,
    *,
    reviewer: User | None = None,
    **changes: Any,
) -> ServiceProduct:
    """A product driven through the services into ``status`` (the reviewer: an operator)."""
    member_scope = scope_of(await grants_of(member))
    product = await services.create(
        ACTOR, member, member_scope, institution.id, product_data(**changes)
    )
    if status is ProductStatus.DRAFT:
        return product
    product = await services.submit(ACTOR, member_scope, product.id)
    if status is ProductStatus.PENDING:
        return product
    assert reviewer is not None
    review_scope = scope_of(await grants_of(reviewer))
    if status is ProductStatus.REJECTED:
        return await services.reject(ACTOR, review_scope, product.id, "材料不全")
    product = await services.approve(ACTOR, review_scope, product.id)
    if status is ProductStatus.OFFLINE:
        return await services.take_offline(ACTOR, member_scope, product.id, "")
    return product


async def image_id(owner: User, purpose: FilePurpose = FilePurpose.LOGO) -> int:
    stored = await file_services.upload(ACTOR, owner, png_upload(), purpose=purpose)
    return int(stored.id)
