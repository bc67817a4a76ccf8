"""The institutions' dynamic score (R3), over the last 12 months:

    score = 100 × (0.4 × completion rate + 0.3 × timeliness rate + 0.3 × satisfaction rate)

completion = services delivered / services accepted, timeliness = steps answered on time /
steps due, satisfaction = ratings ≥ 4 / ratings. The figures come from the domains that
deliver services (engagements, demands, evaluations), which register a source here — the
orgs layer never imports them. A component without data is left out and the weights of the
others are scaled up; with no data at all there is no score. Below 60 the institution is
flagged for the operators' review (淘汰退出 starts with a look, not automatically).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from qifu.core import clock

WINDOW = timedelta(days=365)
REVIEW_BELOW = 60.0


class Component(StrEnum):
    COMPLETION = "COMPLETION"
    TIMELINESS = "TIMELINESS"
    SATISFACTION = "SATISFACTION"


WEIGHTS = {Component.COMPLETION: 0.4, Component.TIMELINESS: 0.3, Component.SATISFACTION: 0.3}


@dataclass(frozen=True)
class Tally:
    good: int
    total: int


# A source answers, for institutions and a start time, how many of their items were good.
Source = Callable[[Sequence[int], datetime], Awaitable[dict[int, Tally]]]
_sources: dict[Component, list[Source]] = {c: [] for c in Component}


def register(component: Component, source: Source) -> None:
    _sources[component].append(source)


@dataclass(frozen=True)
class Score:
    value: float | None
    completion_rate: float | None
    timeliness_rate: float | None
    satisfaction_rate: float | None

    @property
    def flagged(self) -> bool:
        return self.value is not None and self.value < REVIEW_BELOW


def combine(rates: dict[Component, float | None]) -> float | None:
    known = {c: r for c, r in rates.items() if r is not None}
    if not known:
        return None
    weight = sum(WEIGHTS[c] for c in known)
    return round(100 * sum(WEIGHTS[c] * r for c, r in known.items()) / weight, 1)


async def scores(institution_ids: Sequence[int]) -> list[Score]:
    since = clock.now() - WINDOW
    totals: dict[Component, dict[int, Tally]] = {c: {} for c in Component}
    for component, sources in _sources.items():
        for source in sources:
            for institution_id, tally in (await source(institution_ids, since)).items():
                before = totals[component].get(institution_id, Tally(0, 0))
                totals[component][institution_id] = Tally(
                    before.good + tally.good, before.total + tally.total
                )
    result = []
    for institution_id in institution_ids:
        rates: dict[Component, float | None] = {}
        for component in Component:
            found = totals[component].get(institution_id)
            rates[component] = found.good / found.total if found and found.total else None
        result.append(
            Score(
                value=combine(rates),
                completion_rate=rates[Component.COMPLETION],
                timeliness_rate=rates[Component.TIMELINESS],
                satisfaction_rate=rates[Component.SATISFACTION],
            )
        )
    return result
