"""Queries of demands: the enterprise's own, the handler's, the operators' supervision board."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info
from tortoise.queryset import QuerySet

from qifu.api.relay import (
    Connection,
    decode_cursor,
    decode_node_id,
    encode_cursor,
    page_size,
    paginate,
)
from qifu.core.errors import DomainError
from qifu.demands import board, policies, services
from qifu.demands.board import overdue_q
from qifu.demands.models import Demand
from qifu.demands.models import DemandCategory as DemandCategoryModel
from qifu.demands.models import DemandChannel as DemandChannelModel
from qifu.demands.models import DemandKind as DemandKindModel
from qifu.demands.models import DemandStatus as DemandStatusModel
from qifu.demands.models import HandlerType as HandlerTypeModel
from qifu.demands.types import (
    DemandCategory,
    DemandCategorySetting,
    DemandChannel,
    DemandKind,
    DemandNode,
    DemandStatus,
    HandlerType,
    me,
)

S = DemandStatusModel


def _id(value: strawberry.ID, kind: str) -> int:
    try:
        return decode_node_id(value, kind, "id")
    except DomainError:
        return 0


async def _overdue_first(
    query: QuerySet[Demand], first: int | None, after: str | None
) -> Connection[DemandNode]:
    """Overdue demands first, then the others, each newest first; paged by key. A cursor of
    the overdue part holds the negative id."""
    limit = page_size(first)
    key = decode_cursor(after) if after else None
    overdue = overdue_q()
    rows: list[tuple[bool, Demand]] = []
    if key is None or key < 0:
        part = query.filter(overdue)
        if key is not None:
            part = part.filter(id__lt=-key)
        rows += [(True, d) for d in await part.order_by("-id").limit(limit + 1)]
    if len(rows) <= limit:
        part = query.filter(~overdue)
        if key is not None and key > 0:
            part = part.filter(id__lt=key)
        rest = await part.order_by("-id").limit(limit + 1 - len(rows))
        rows += [(False, d) for d in rest]
    has_next = len(rows) > limit
    rows = rows[:limit]
    edges = [
        relay.Edge(cursor=encode_cursor(-d.id if late else d.id), node=DemandNode.from_model(d))
        for late, d in rows
    ]
    return Connection(
        page_info=relay.PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        count_fn=query.count,
    )


def _status(query: QuerySet[Demand], status: Any) -> QuerySet[Demand]:
    return query.filter(status=S(status)) if status is not None else query


@strawberry.type
class DemandQueries:
    @strawberry.field(description="The demands of my enterprise, newest first.")
    async def my_demands(
        self,
        info: Info,
        enterprise_id: strawberry.ID,
        status: DemandStatus | None = None,  # type: ignore[valid-type]
        kind: DemandKind | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        query = policies.of_enterprise(await me(info), _id(enterprise_id, "Enterprise"))
        if kind is not None:  # DEMAND or COMPLAINT only; both when not given
            query = query.filter(kind=DemandKindModel(kind))
        return await paginate(
            _status(query, status), first=first, after=after, convert=DemandNode.from_model
        )

    @strawberry.field(
        description="Demands assigned to me or my organisation (institution, department, "
        "expert), now or before (currentOnly: now); newest first."
    )
    async def demands_assigned_to_me(
        self,
        info: Info,
        status: DemandStatus | None = None,  # type: ignore[valid-type]
        current_only: bool = False,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        query = policies.handled_by(await me(info), current_only=current_only)
        return await paginate(
            _status(query, status), first=first, after=after, convert=DemandNode.from_model
        )

    @strawberry.field(
        description="The supervision board: demands of the operator's platform subtree, "
        "overdue first, then newest first. platformId: that platform's subtree (within mine); "
        "handlerType with handlerId: the current handler."
    )
    async def demands_for_supervision(
        self,
        info: Info,
        status: DemandStatus | None = None,  # type: ignore[valid-type]
        category: DemandCategory | None = None,  # type: ignore[valid-type]
        overdue: bool | None = None,
        kind: DemandKind | None = None,  # type: ignore[valid-type]
        channel: DemandChannel | None = None,  # type: ignore[valid-type]
        platform_id: strawberry.ID | None = None,
        handler_type: HandlerType | None = None,  # type: ignore[valid-type]
        handler_id: strawberry.ID | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        handler = None
        if handler_type is not None and handler_id is not None:
            kind_of = HandlerTypeModel(handler_type)
            handler = (kind_of, _id(handler_id, board.NODE_TYPES[kind_of]))
        query = await board.board(
            await me(info),
            board.BoardFilter(
                status=S(status) if status is not None else None,
                category=DemandCategoryModel(category) if category is not None else None,
                kind=DemandKindModel(kind) if kind is not None else None,
                channel=DemandChannelModel(channel) if channel is not None else None,
                overdue=overdue,
                platform_id=_id(platform_id, "Platform") if platform_id is not None else None,
                handler=handler,
            ),
        )
        return await _overdue_first(query, first, after)

    @strawberry.field(description="The deadlines of every demand category.")
    async def demand_category_settings(self, info: Info) -> list[DemandCategorySetting]:
        return [
            DemandCategorySetting(
                category=category,
                accept_working_hours=limits.accept_working_hours,
                reply_working_days=limits.reply_working_days,
            )
            for category, limits in await services.category_settings()
        ]
