"""Per-request DataLoaders of the engagements domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from qifu.engagements.models import Engagement, EngagementStep
from qifu.engagements.services import KIND
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation


async def load_engagements_by_id(ids: Sequence[int]) -> list[Engagement | None]:
    found = {e.id: e for e in await Engagement.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_steps_by_engagement_id(ids: Sequence[int]) -> list[list[EngagementStep]]:
    grouped: dict[int, list[EngagementStep]] = defaultdict(list)
    for step in await EngagementStep.filter(engagement_id__in=list(ids)).order_by("id"):
        grouped[step.engagement_id].append(step)
    return [grouped.get(i, []) for i in ids]


async def load_evaluations_by_engagement_id(ids: Sequence[int]) -> list[Evaluation | None]:
    found = await feedback.by_subject(KIND, ids)
    return [found[i][0] if found.get(i) else None for i in ids]
