"""What demands add to an institution's score (orgs.scoring), for the demands it handles.

    TIMELINESS  replies on time among the replies due: demands it replied to (on time or
                not), and demands it holds (ASSIGNED) whose reply deadline has passed
    COMPLETION  resolved among those it took on: RESOLVED or CLOSED among the demands it
                holds or held to the end (ASSIGNED, WAITING_FOR_ENTERPRISE, REPLIED, REOPENED,
                RESOLVED, CLOSED) — a reply the enterprise reopened is not a completion

Only the current handler counts: a demand transferred or handed back leaves the figures of
the institution it left (assignment resets the reply's timing). The window is the time of
assignment. SATISFACTION is not added here: a demand handled by an institution is rated with
the institution as owner, and feedback.satisfaction_tallies("Institution", …) — registered
once by engagements — already counts every such rating.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from tortoise.queryset import QuerySet

from qifu.core import clock
from qifu.demands.models import Demand, DemandStatus, HandlerType
from qifu.orgs import scoring

S = DemandStatus
TAKEN = (S.ASSIGNED, S.WAITING_FOR_ENTERPRISE, S.REPLIED, S.REOPENED, S.RESOLVED, S.CLOSED)
DONE = (S.RESOLVED, S.CLOSED)


def _handled(institution_ids: Sequence[int], since: datetime) -> QuerySet[Demand]:
    return Demand.filter(
        handler_type=HandlerType.INSTITUTION,
        handler_id__in=list(institution_ids),
        assigned_at__gte=since,
    )


async def timeliness(institution_ids: Sequence[int], since: datetime) -> dict[int, scoring.Tally]:
    now = clock.now()
    rows = await _handled(institution_ids, since).values_list(
        "handler_id", "status", "replied_on_time", "reply_due_at"
    )
    good: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for institution_id, status, on_time, due in rows:
        if on_time is None:
            if S(status) is S.ASSIGNED and due is not None and due < now:
                total[institution_id] += 1  # overdue and not replied yet
            continue
        total[institution_id] += 1
        good[institution_id] += 1 if on_time else 0
    return {i: scoring.Tally(good[i], total[i]) for i in total}


async def completion(institution_ids: Sequence[int], since: datetime) -> dict[int, scoring.Tally]:
    rows = await (
        _handled(institution_ids, since)
        .filter(status__in=list(TAKEN))
        .values_list("handler_id", "status")
    )
    good: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for institution_id, status in rows:
        total[institution_id] += 1
        good[institution_id] += 1 if S(status) in DONE else 0
    return {i: scoring.Tally(good[i], total[i]) for i in total}


scoring.register(scoring.Component.TIMELINESS, timeliness)
scoring.register(scoring.Component.COMPLETION, completion)
