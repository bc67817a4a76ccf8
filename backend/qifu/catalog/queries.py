"""Queries of the service catalog: the public supermarket, an institution's own products and
the operators' review queue."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.api.errors import PublicError
from qifu.api.relay import (
    Connection,
    decode_cursor,
    decode_node_id,
    encode_cursor,
    page_size,
    paginate,
)
from qifu.catalog import figures, policies
from qifu.catalog.models import Pricing as PricingModel
from qifu.catalog.models import ProductStatus as ProductStatusModel
from qifu.catalog.models import ServiceForm as ServiceFormModel
from qifu.catalog.models import ServiceProduct
from qifu.catalog.types import (
    PricingFilter,
    ProductStatus,
    ServiceForm,
    ServiceProductNode,
    ServiceProductSort,
)
from qifu.core.errors import DomainError
from qifu.orgs.models import EnterpriseScale as EnterpriseScaleModel
from qifu.orgs.models import ServiceCategory as ServiceCategoryModel
from qifu.orgs.reference import industries, regions
from qifu.orgs.types import EnterpriseScale, ServiceCategoryEnum, operator_paths

NOTHING = Q(id__in=[])


def _any_key(column: str, keys: set[str]) -> Q:
    query = NOTHING
    for key in sorted(keys):
        query |= Q(**{f"{column}__contains": f"|{key}|"})
    return query


def region_filter(code: str) -> Q:
    """Products whose service area covers the region: the region itself or any above it."""
    if not regions.is_valid(code):
        return NOTHING
    return _any_key("area_keys", {r.code for r in regions.ancestors(code)})


def industry_filter(code: str) -> Q:
    """Products for every industry, or for this one: its section, or (for a section) any of
    its divisions."""
    code = industries.normalise(code)
    if not industries.is_valid(code):
        return NOTHING
    keys = {code}
    section = industries.section_of(code)
    if section is not None:
        keys.add(section.code)
    if code.isalpha():
        keys |= {d.code for d in industries.divisions(code)}
    return Q(industry_keys="") | _any_key("industry_keys", keys)


def form_filter(form: ServiceFormModel) -> Q:
    """ONLINE and OFFLINE include products offered both ways."""
    if form is ServiceFormModel.BOTH:
        return Q(form=form)
    return Q(form__in=[form, ServiceFormModel.BOTH])


NEWEST = ("-published_at", "-id")


def _newest_cursor(product: ServiceProduct) -> str:
    assert product.published_at is not None
    raw = f"p:{product.published_at.isoformat()}|{product.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _after_newest(cursor: str) -> Q:
    """Rows after the cursor's (published_at, id) in NEWEST order."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = raw.partition(":")
        at_text, _, key = value.rpartition("|")
        if prefix != "p":
            raise ValueError(raw)
        at, pk = datetime.fromisoformat(at_text), int(key)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise PublicError("Invalid cursor", "BAD_USER_INPUT") from exc
    return Q(published_at__lt=at) | Q(published_at=at, id__lt=pk)


def _connection(
    rows: list[ServiceProduct],
    cursors: list[str],
    has_next: bool,
    has_previous: bool,
    count: Callable[[], Awaitable[int]],
) -> Connection[ServiceProductNode]:
    edges = [
        relay.Edge(cursor=c, node=ServiceProductNode.from_model(p, private=False))
        for p, c in zip(rows, cursors, strict=True)
    ]
    return Connection(
        page_info=relay.PageInfo(
            has_next_page=has_next,
            has_previous_page=has_previous,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        count_fn=count,
    )


async def _by_newest(
    query: QuerySet[ServiceProduct], first: int | None, after: str | None
) -> Connection[ServiceProductNode]:
    """Most recently published first, paged by the key (published_at, id)."""
    limit = page_size(first)
    page = query.filter(_after_newest(after)) if after else query
    rows = list(await page.order_by(*NEWEST).limit(limit + 1))
    has_next = len(rows) > limit
    rows = rows[:limit]
    return _connection(
        rows, [_newest_cursor(p) for p in rows], has_next, after is not None, query.count
    )


async def _by_figure(
    query: QuerySet[ServiceProduct], sort: ServiceProductSort, first: int | None, after: str | None
) -> Connection[ServiceProductNode]:
    """Sorted by a figure other domains supply, NULLS LAST, the newest first among equals.
    The figures are not columns, so these pages go by offset, not by key."""
    limit = page_size(first)
    offset = decode_cursor(after) + 1 if after else 0
    newest: list[int] = list(
        await query.order_by(*NEWEST).values_list("id", flat=True)  # type: ignore[arg-type]
    )
    if sort is ServiceProductSort.RATING:
        ratings = await figures.ratings(newest)
        keys: list[tuple[Any, ...]] = [(r is None, -(r or 0.0)) for r in ratings]
    else:
        keys = [(-n,) for n in await figures.request_counts(newest)]
    # sorted() is stable: equal figures keep the newest-first order.
    order = sorted(range(len(newest)), key=lambda n: keys[n])
    page_ids = [newest[n] for n in order[offset : offset + limit]]
    found = {p.id: p for p in await ServiceProduct.filter(id__in=page_ids)} if page_ids else {}

    async def count() -> int:
        return len(newest)

    return _connection(
        [found[i] for i in page_ids],
        [encode_cursor(offset + n) for n in range(len(page_ids))],
        offset + limit < len(newest),
        offset > 0,
        count,
    )


@strawberry.type
class CatalogQueries:
    @strawberry.field(
        description="The service supermarket (服务超市): published products of active "
        "institutions. NEWEST pages by key; RATING and POPULARITY (figures from the "
        "engagement and feedback domains) page by offset."
    )
    async def service_products(
        self,
        category: ServiceCategoryEnum | None = None,  # type: ignore[valid-type]
        region_code: str | None = None,
        scale: EnterpriseScale | None = None,  # type: ignore[valid-type]
        industry_code: str | None = None,
        pricing: PricingFilter | None = None,
        form: ServiceForm | None = None,  # type: ignore[valid-type]
        search: str | None = None,
        sort: ServiceProductSort = ServiceProductSort.NEWEST,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ServiceProductNode]:
        query = policies.public_products()
        if category is not None:
            query = query.filter(category=ServiceCategoryModel(category))
        if region_code:
            query = query.filter(region_filter(region_code.strip()))
        if scale is not None:
            value = EnterpriseScaleModel(scale).value
            query = query.filter(Q(scale_keys="") | Q(scale_keys__contains=f"|{value}|"))
        if industry_code:
            query = query.filter(industry_filter(industry_code))
        if pricing is PricingFilter.FREE:
            query = query.filter(pricing=PricingModel.FREE)
        elif pricing is PricingFilter.FEE:
            query = query.filter(pricing__in=[PricingModel.FIXED, PricingModel.RANGE])
        if form is not None:
            query = query.filter(form_filter(ServiceFormModel(form)))
        if search and search.strip():
            term = search.strip()
            query = query.filter(Q(name__icontains=term) | Q(description__icontains=term))
        if sort is not ServiceProductSort.NEWEST:
            return await _by_figure(query, sort, first, after)
        return await _by_newest(query, first, after)

    @strawberry.field(description="An institution's own products, every state (its members).")
    async def my_service_products(
        self,
        info: Info,
        institution_id: strawberry.ID,
        status: ProductStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ServiceProductNode]:
        ctx = info.context
        ctx.require_user()
        try:
            pk = decode_node_id(institution_id, "Institution", "institutionId")
        except DomainError:
            pk = 0
        if pk in ctx.scope.institution_member_of:
            query = ServiceProduct.filter(institution_id=pk)
        else:
            query = ServiceProduct.filter(NOTHING)
        if status is not None:
            query = query.filter(status=ProductStatusModel(status))
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda p: ServiceProductNode.from_model(p, private=True),
        )

    @strawberry.field(description="Products an operator reviews: those of the subtree.")
    async def service_products_for_review(
        self,
        info: Info,
        status: ProductStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ServiceProductNode]:
        ctx = info.context
        ctx.require_user()
        query = policies.reviewable_products(ctx.scope, await operator_paths(info))
        if status is not None:
            query = query.filter(status=ProductStatusModel(status))
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda p: ServiceProductNode.from_model(p, private=True),
        )
