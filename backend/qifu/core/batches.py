"""Worker jobs over many rows: each batch in its own transaction, rows another worker holds
skipped (PostgreSQL's ``FOR UPDATE SKIP LOCKED``) and picked up in a later round."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from tortoise import connections
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

M = TypeVar("M", bound=Model)


def skip_locked(query: QuerySet[M]) -> QuerySet[M]:
    """Lock the rows, skipping those another worker holds. SQLite has a single writer and no
    row locks, so the query stays as it is there."""
    if connections.get("default").capabilities.dialect == "postgres":
        return query.select_for_update(skip_locked=True)
    return query


async def claim_each(
    model: type[M],
    where: Q,
    check: Callable[[M], bool],
    act: Callable[[M], Awaitable[None]],
    batch: int,
) -> int:
    """Run ``act`` on every row of ``model`` matching ``where`` that still passes ``check``
    once locked (a concurrent request may have changed it), ``batch`` rows per transaction
    in id order; returns how many were acted on."""
    done, after = 0, 0
    while True:
        async with in_transaction():
            query = model.filter(where, id__gt=after).order_by("id").limit(batch)
            rows = list(await skip_locked(query))
            for row in rows:
                if check(row):
                    await act(row)
                    done += 1
        if len(rows) < batch:
            return done
        after = rows[-1].pk
