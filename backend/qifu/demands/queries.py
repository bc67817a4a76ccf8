"""Queries of demands: the enterprise's own, the handler's, the operators' supervision board."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from qifu.api.relay import (
    Connection,
    decode_cursor,
    decode_node_id,
    encode_cursor,
    page_size,
    paginate,
)
from qifu.core import clock
from qifu.core.errors import DomainError
from qifu.demands import policies, services
from qifu.demands.models import Demand
from qifu.demands.models import DemandCategory as DemandCategoryModel
from qifu.demands.models import DemandStatus as DemandStatusModel
from qifu.demands.types import (
    DemandCategory,
    DemandCategorySetting,
    DemandNode,
    DemandStatus,
    me,
)

S = DemandStatusModel


def _id(value: strawberry.ID, kind: str) -> int:
    try:
        return decode_node_id(value, kind, "id")
    except DomainError:
        return 0


def overdue_q() -> Q:
    """Pending past its deadline: not accepted in time, or not replied in time."""
    now = clock.now()
    return Q(status=S.SUBMITTED, accept_due_at__lt=now) | Q(status=S.ASSIGNED, reply_due_at__lt=now)


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
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        query = policies.of_enterprise(await me(info), _id(enterprise_id, "Enterprise"))
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
        "overdue first, then newest first."
    )
    async def demands_for_supervision(
        self,
        info: Info,
        status: DemandStatus | None = None,  # type: ignore[valid-type]
        category: DemandCategory | None = None,  # type: ignore[valid-type]
        overdue: bool | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        query = _status(policies.supervised(await me(info)), status)
        if category is not None:
            query = query.filter(category=DemandCategoryModel(category))
        if overdue is True:
            query = query.filter(overdue_q())
        elif overdue is False:
            query = query.filter(~overdue_q())
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
