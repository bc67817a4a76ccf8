"""Relay conventions: ``Node`` with opaque global IDs and connections paged by key in SQL."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import strawberry
from strawberry import relay
from tortoise.queryset import QuerySet

from qifu.api.errors import PublicError
from qifu.core.errors import DomainError, ErrorCode

NodeType = TypeVar("NodeType", bound=relay.Node)
MAX_PAGE = 100
DEFAULT_PAGE = 20


@strawberry.type(description="A page of a list, paged by key; `totalCount` counts all matches.")
class Connection(relay.Connection[NodeType], Generic[NodeType]):
    count_fn: strawberry.Private[Callable[[], Awaitable[int]] | None] = None

    @strawberry.field(description="Number of items matching the filters, across all pages.")
    async def total_count(self) -> int:
        return await self.count_fn() if self.count_fn else len(self.edges)


def decode_node_id(global_id: str, type_name: str, field: str) -> int:
    """The database id inside a global ID of the expected type; NOT_FOUND otherwise."""
    try:
        parsed = relay.GlobalID.from_id(global_id)
        if parsed.type_name != type_name:
            raise ValueError(parsed.type_name)
        return int(parsed.node_id)
    except (relay.GlobalIDValueError, ValueError, TypeError) as exc:
        raise DomainError(ErrorCode.NOT_FOUND, field) from exc


def encode_cursor(key: int) -> str:
    return base64.urlsafe_b64encode(f"k:{key}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = raw.partition(":")
        if prefix != "k":
            raise ValueError(raw)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise PublicError("Invalid cursor", "BAD_USER_INPUT") from exc


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE
    if first < 0:
        raise PublicError("`first` must not be negative", "BAD_USER_INPUT")
    return min(first, MAX_PAGE)


async def paginate(
    queryset: QuerySet[Any],
    *,
    first: int | None,
    after: str | None,
    convert: Callable[[Any], NodeType],
    newest_first: bool = True,
) -> Connection[NodeType]:
    """Keyset pagination on the primary key (indexed), one query per page plus the count."""
    limit = page_size(first)
    page = queryset
    if after:
        key = decode_cursor(after)
        page = page.filter(id__lt=key) if newest_first else page.filter(id__gt=key)
    rows = await page.order_by("-id" if newest_first else "id").limit(limit + 1)
    has_next = len(rows) > limit
    rows = rows[:limit]
    edges = [relay.Edge(cursor=encode_cursor(row.id), node=convert(row)) for row in rows]
    return Connection(
        page_info=relay.PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        count_fn=queryset.count,
    )
