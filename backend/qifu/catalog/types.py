"""GraphQL types of the service catalog (服务超市)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.api.errors import UserError
from qifu.catalog import policies
from qifu.catalog import services as product_services
from qifu.catalog.loaders import (
    load_products_by_id,
    load_ratings_by_product_id,
    load_request_counts_by_product_id,
    load_reviews_by_product_id,
)
from qifu.catalog.models import Pricing as PricingModel
from qifu.catalog.models import ProductNature as ProductNatureModel
from qifu.catalog.models import ProductStatus as ProductStatusModel
from qifu.catalog.models import ServiceForm as ServiceFormModel
from qifu.catalog.models import ServiceProduct as ServiceProductModel
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs.loaders import load_institutions_by_id, load_platforms_by_id
from qifu.orgs.models import EnterpriseScale as EnterpriseScaleModel
from qifu.orgs.models import ServiceCategory as ServiceCategoryModel
from qifu.orgs.types import (
    EnterpriseScale,
    Industry,
    InstitutionNode,
    PlatformNode,
    Region,
    ServiceCategoryEnum,
    industry,
    operator_paths,
    region,
)

ProductStatus = strawberry.enum(
    ProductStatusModel,
    name="ServiceProductStatus",
    description="DRAFT → PENDING → PUBLISHED | REJECTED; REJECTED → DRAFT (by editing); "
    "PUBLISHED → OFFLINE.",
)
Pricing = strawberry.enum(
    PricingModel, name="ServicePricing", description="FREE (免费), or a FIXED price or a RANGE."
)
ProductNature = strawberry.enum(
    ProductNatureModel,
    name="ServiceNature",
    description="PUBLIC_BENEFIT (公益) or VALUE_ADDED (增值).",
)
ServiceForm = strawberry.enum(ServiceFormModel, name="ServiceForm")


@strawberry.enum(description="How the service supermarket orders products.")
class ServiceProductSort(Enum):
    NEWEST = "NEWEST"
    RATING = "RATING"
    POPULARITY = "POPULARITY"


@strawberry.enum(description="Free products, or those with a fee (fixed price or range).")
class PricingFilter(Enum):
    FREE = "FREE"
    FEE = "FEE"


@strawberry.type
class ServiceProductReview:
    from_status: ProductStatus | None  # type: ignore[valid-type]
    to_status: ProductStatus  # type: ignore[valid-type]
    reason: str
    at: datetime


@strawberry.type(
    name="ServiceProduct", description="A service product (服务产品) of an institution."
)
class ServiceProductNode(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="服务范围+服务领域+服务形式, up to 100 characters.")
    category: ServiceCategoryEnum  # type: ignore[valid-type]
    description: str
    process_steps: list[str]
    pricing: Pricing  # type: ignore[valid-type]
    price: Decimal | None = strawberry.field(description="In 元, when the pricing is FIXED.")
    price_min: Decimal | None = strawberry.field(description="In 元, when the pricing is RANGE.")
    price_max: Decimal | None
    nature: ProductNature  # type: ignore[valid-type]
    form: ServiceForm  # type: ignore[valid-type]
    contact_name: str
    contact_email: str | None
    audience_scales: list[EnterpriseScale] = strawberry.field(  # type: ignore[valid-type]
        description="Enterprise scales served; empty means all."
    )
    audience_industries: list[Industry] = strawberry.field(
        description="GB/T 4754 industries served; empty means all."
    )
    service_areas: list[Region] = strawberry.field(
        description="GB/T 2260 regions served (each with everything below it)."
    )
    status: ProductStatus  # type: ignore[valid-type]
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    published_at: datetime | None
    model: strawberry.Private[ServiceProductModel]
    private: strawberry.Private[bool]

    @classmethod
    def from_model(cls, p: ServiceProductModel, *, private: bool) -> ServiceProductNode:
        return cls(
            id=p.id,
            name=p.name,
            category=ServiceCategoryModel(p.category),
            description=p.description,
            process_steps=list(p.process_steps or []),
            pricing=PricingModel(p.pricing),
            price=p.price,
            price_min=p.price_min,
            price_max=p.price_max,
            nature=ProductNatureModel(p.nature),
            form=ServiceFormModel(p.form),
            contact_name=p.contact_name,
            contact_email=p.contact_email or None,
            audience_scales=[EnterpriseScaleModel(s) for s in p.audience_scales or []],
            audience_industries=[industry(c) for c in p.audience_industries or []],
            service_areas=[region(c) for c in p.service_areas or []],
            status=ProductStatusModel(p.status),
            created_at=p.created_at,
            updated_at=p.updated_at,
            submitted_at=p.submitted_at,
            published_at=p.published_at,
            model=p,
            private=private,
        )

    @strawberry.field
    def contact_phone(self) -> str:
        return product_services.contact_phone(self.model)

    @strawberry.field(
        description="Why it was rejected or taken offline (the institution and operators)."
    )
    def status_reason(self) -> str | None:
        return self.model.status_reason or None if self.private else None

    @strawberry.field(description="The state history (the institution and operators).")
    async def reviews(self, info: Info) -> list[ServiceProductReview]:
        if not self.private:
            return []
        rows = await info.context.loader(load_reviews_by_product_id).load(self.id)
        return [
            ServiceProductReview(
                from_status=ProductStatusModel(r.from_status) if r.from_status else None,
                to_status=ProductStatusModel(r.to_status),
                reason=r.reason,
                at=r.at,
            )
            for r in rows
        ]

    @strawberry.field(description="Images (LOGO or ATTACHMENT uploads), in their order.")
    async def images(self, info: Info) -> list[StoredFileNode]:
        files = await info.context.loader(load_stored_files_by_id).load_many(
            list(self.model.image_file_ids or [])
        )
        institution = await info.context.loader(load_institutions_by_id).load(
            self.model.institution_id
        )
        # A listed product's images are public: plain links that need no sign-in.
        listed = institution is not None and policies.is_public(self.model, institution.status)
        return [StoredFileNode.from_model(f, public=listed) for f in files if f is not None]

    @strawberry.field(description="The institution offering it (public fields and its score).")
    async def institution(self, info: Info) -> InstitutionNode:
        found = await info.context.loader(load_institutions_by_id).load(self.model.institution_id)
        assert found is not None
        return InstitutionNode.from_model(found, private=False)

    @strawberry.field
    async def platform(self, info: Info) -> PlatformNode:
        found = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        assert found is not None
        return PlatformNode.from_model(found)

    @strawberry.field(description="Average rating (1–5) of its services; null before any.")
    async def rating(self, info: Info) -> float | None:
        return await info.context.loader(load_ratings_by_product_id).load(self.id)

    @strawberry.field(description="How many times enterprises requested it.")
    async def request_count(self, info: Info) -> int:
        return await info.context.loader(load_request_counts_by_product_id).load(self.id)

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_products_by_id).load_many(ids)
        return [await visible_product(info, p) if p else None for p in found]


async def visible_product(info: Info, product: ServiceProductModel) -> ServiceProductNode | None:
    """The product as this viewer may see it: with its private fields, public, or not at all
    (exactly as an unknown id)."""
    ctx = info.context
    platform = await ctx.loader(load_platforms_by_id).load(product.platform_id)
    if policies.can_see_private(ctx.scope, await operator_paths(info), product, platform):
        return ServiceProductNode.from_model(product, private=True)
    institution = await ctx.loader(load_institutions_by_id).load(product.institution_id)
    if institution is not None and policies.is_public(product, institution.status):
        return ServiceProductNode.from_model(product, private=False)
    return None


# ---- inputs and payloads


@strawberry.input
class ServiceProductInput:
    name: str = strawberry.field(description="服务范围+服务领域+服务形式, up to 100 characters.")
    category: ServiceCategoryEnum  # type: ignore[valid-type]
    description: str
    process_steps: list[str] = strawberry.field(description="The steps, in order (1–20).")
    pricing: Pricing  # type: ignore[valid-type]
    nature: ProductNature  # type: ignore[valid-type]
    form: ServiceForm  # type: ignore[valid-type]
    contact_name: str
    contact_phone: str = strawberry.field(description="Mobile, or landline with area code.")
    service_areas: list[str] = strawberry.field(description="GB/T 2260 region codes (1–50).")
    price: Decimal | None = strawberry.field(default=None, description="元; FIXED only.")
    price_min: Decimal | None = strawberry.field(default=None, description="元; RANGE only.")
    price_max: Decimal | None = strawberry.field(default=None, description="元; RANGE only.")
    contact_email: str = ""
    audience_scales: list[EnterpriseScale] = strawberry.field(  # type: ignore[valid-type]
        default_factory=list, description="Empty: every scale."
    )
    audience_industries: list[str] = strawberry.field(
        default_factory=list, description="GB/T 4754 codes; empty: every industry."
    )
    image_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded LOGO or ATTACHMENT images (up to 9)."
    )


@strawberry.input
class CreateServiceProductInput:
    institution_id: strawberry.ID
    product: ServiceProductInput


@strawberry.input
class UpdateServiceProductInput:
    product_id: strawberry.ID
    product: ServiceProductInput


@strawberry.input
class ServiceProductIdInput:
    product_id: strawberry.ID


@strawberry.input
class RejectServiceProductInput:
    product_id: strawberry.ID
    reason: str


@strawberry.input
class TakeServiceProductOfflineInput:
    product_id: strawberry.ID
    reason: str = strawberry.field(
        default="", description="Required when an operator takes it offline."
    )


@strawberry.type
class ServiceProductPayload:
    product: ServiceProductNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
