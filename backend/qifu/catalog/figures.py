"""A product's rating and how often it was requested. The figures come from the domains above
catalog (engagements count requests, feedback averages ratings), which register a source here
— catalog never imports them. Without a source every product has no rating and 0 requests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rating:
    average: float
    count: int


RatingSource = Callable[[Sequence[int]], Awaitable[dict[int, Rating]]]
RequestSource = Callable[[Sequence[int]], Awaitable[dict[int, int]]]
_rating_sources: list[RatingSource] = []
_request_sources: list[RequestSource] = []


def register_rating_source(source: RatingSource) -> None:
    if source not in _rating_sources:
        _rating_sources.append(source)


def register_request_source(source: RequestSource) -> None:
    if source not in _request_sources:
        _request_sources.append(source)


def unregister(source: RatingSource | RequestSource) -> None:
    for sources in (_rating_sources, _request_sources):
        if source in sources:
            sources.remove(source)  # type: ignore[arg-type]


async def ratings(product_ids: Sequence[int]) -> list[float | None]:
    """The average rating per product (all sources weighted by their counts), or None."""
    totals: dict[int, tuple[float, int]] = {}
    for source in _rating_sources:
        for product_id, rating in (await source(product_ids)).items():
            total, count = totals.get(product_id, (0.0, 0))
            totals[product_id] = (total + rating.average * rating.count, count + rating.count)
    result: list[float | None] = []
    for product_id in product_ids:
        total, count = totals.get(product_id, (0.0, 0))
        result.append(round(total / count, 2) if count else None)
    return result


async def request_counts(product_ids: Sequence[int]) -> list[int]:
    counts: dict[int, int] = {}
    for source in _request_sources:
        for product_id, n in (await source(product_ids)).items():
            counts[product_id] = counts.get(product_id, 0) + n
    return [counts.get(i, 0) for i in product_ids]
