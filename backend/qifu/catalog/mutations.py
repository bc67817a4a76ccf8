"""Mutations of the service catalog: thin wrappers over the services."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.catalog import services
from qifu.catalog.models import Pricing, ProductNature, ServiceForm, ServiceProduct
from qifu.catalog.types import (
    CreateServiceProductInput,
    RejectServiceProductInput,
    ServiceProductIdInput,
    ServiceProductInput,
    ServiceProductNode,
    ServiceProductPayload,
    TakeServiceProductOfflineInput,
    UpdateServiceProductInput,
)
from qifu.core.errors import DomainError
from qifu.orgs.models import EnterpriseScale, ServiceCategory


def _data(value: ServiceProductInput) -> services.ProductData:
    return services.ProductData(
        name=value.name,
        category=ServiceCategory(value.category),
        description=value.description,
        process_steps=tuple(value.process_steps),
        pricing=Pricing(value.pricing),
        nature=ProductNature(value.nature),
        form=ServiceForm(value.form),
        contact_name=value.contact_name,
        contact_phone=value.contact_phone,
        service_areas=tuple(value.service_areas),
        price=value.price,
        price_min=value.price_min,
        price_max=value.price_max,
        contact_email=value.contact_email,
        audience_scales=tuple(EnterpriseScale(s) for s in value.audience_scales),
        audience_industries=tuple(value.audience_industries),
        image_ids=tuple(decode_node_id(i, "StoredFile", "imageIds") for i in value.image_ids),
    )


def _payload(product: ServiceProduct) -> ServiceProductPayload:
    return ServiceProductPayload(product=ServiceProductNode.from_model(product, private=True))


def _product_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "ServiceProduct", "productId")


@strawberry.type
class CatalogMutations:
    @strawberry.mutation(description="Draft a service product of my (active) institution.")
    async def create_service_product(
        self, info: Info, input: CreateServiceProductInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            product = await services.create(
                ctx.actor(),
                user,
                ctx.scope,
                decode_node_id(input.institution_id, "Institution", "institutionId"),
                _data(input.product),
            )
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)

    @strawberry.mutation(
        description="Edit a DRAFT or REJECTED product; a rejected one goes back to DRAFT."
    )
    async def update_service_product(
        self, info: Info, input: UpdateServiceProductInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            product = await services.update(
                ctx.actor(), user, ctx.scope, _product_id(input.product_id), _data(input.product)
            )
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)

    @strawberry.mutation(description="Submit a DRAFT product for review (DRAFT → PENDING).")
    async def submit_service_product(
        self, info: Info, input: ServiceProductIdInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            product = await services.submit(ctx.actor(), ctx.scope, _product_id(input.product_id))
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)

    @strawberry.mutation(description="Publish a PENDING product (operators of its subtree).")
    async def approve_service_product(
        self, info: Info, input: ServiceProductIdInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            product = await services.approve(ctx.actor(), ctx.scope, _product_id(input.product_id))
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)

    @strawberry.mutation(description="Reject a PENDING product with a reason (operators).")
    async def reject_service_product(
        self, info: Info, input: RejectServiceProductInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            product = await services.reject(
                ctx.actor(), ctx.scope, _product_id(input.product_id), input.reason
            )
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)

    @strawberry.mutation(
        description="Take a PUBLISHED product off the shelf: its institution, or an operator "
        "of its subtree with a reason."
    )
    async def take_service_product_offline(
        self, info: Info, input: TakeServiceProductOfflineInput
    ) -> ServiceProductPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            product = await services.take_offline(
                ctx.actor(), ctx.scope, _product_id(input.product_id), input.reason
            )
        except DomainError as e:
            return ServiceProductPayload(errors=user_errors(e, ctx.lang))
        return _payload(product)
