"""Per-request DataLoaders of the demands domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from qifu.demands.models import Demand, DemandEvent
from qifu.demands.services import KIND
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation
from qifu.orgs.models import Department, Expert


async def load_demands_by_id(ids: Sequence[int]) -> list[Demand | None]:
    found = {d.id: d for d in await Demand.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_events_by_demand_id(ids: Sequence[int]) -> list[list[DemandEvent]]:
    grouped: dict[int, list[DemandEvent]] = defaultdict(list)
    for event in await DemandEvent.filter(demand_id__in=list(ids)).order_by("id"):
        grouped[event.demand_id].append(event)
    return [grouped.get(i, []) for i in ids]


async def load_evaluations_by_demand_id(ids: Sequence[int]) -> list[Evaluation | None]:
    found = await feedback.by_subject(KIND, ids)
    return [found[i][0] if found.get(i) else None for i in ids]


async def load_departments_by_id(ids: Sequence[int]) -> list[Department | None]:
    found = {d.id: d for d in await Department.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_experts_by_id(ids: Sequence[int]) -> list[Expert | None]:
    found = {e.id: e for e in await Expert.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]
