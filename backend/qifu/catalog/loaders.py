"""Per-request DataLoaders of the catalog domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from qifu.catalog import figures
from qifu.catalog.models import ServiceProduct, ServiceProductReview


async def load_products_by_id(ids: Sequence[int]) -> list[ServiceProduct | None]:
    found = {p.id: p for p in await ServiceProduct.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_reviews_by_product_id(ids: Sequence[int]) -> list[list[ServiceProductReview]]:
    grouped: dict[int, list[ServiceProductReview]] = defaultdict(list)
    for review in await ServiceProductReview.filter(product_id__in=list(ids)).order_by("id"):
        grouped[review.product_id].append(review)
    return [grouped.get(i, []) for i in ids]


async def load_ratings_by_product_id(ids: Sequence[int]) -> list[float | None]:
    return await figures.ratings(ids)


async def load_request_counts_by_product_id(ids: Sequence[int]) -> list[int]:
    return await figures.request_counts(ids)
