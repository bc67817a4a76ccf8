"""The worker's jobs for demands: reminders before a deadline, escalation after it, and the
automatic steps when the enterprise stays silent.

    accept reminder   SUBMITTED, at most 1 working hour of the accept time left
                      → the operators of the demand's platform (or of the nearest platform
                      above it that has operators)
    reply reminder    ASSIGNED, at most 1 working day of the reply time left → the handler
    escalation        SUBMITTED past accept_due_at, ASSIGNED past reply_due_at → the operators
                      of the platform and of the platforms above it (and the handler), with a
                      NOTE on the timeline and an audit entry
    auto resolve      REPLIED and no answer from the enterprise for 7 days → RESOLVED
    auto close        RESOLVED and not rated for 7 days → CLOSED

"Left" is counted on the working calendar, so a demand submitted on Friday evening is not
reminded over the weekend. A fixed working hour (rather than a share of the allowed time) is
used because the operators act on the next hour of their day whatever the category's limit.
Demands waiting for the enterprise (WAITING_FOR_ENTERPRISE) are neither reminded nor escalated:
their clock stands still.

Each job claims its rows in batches inside a transaction with ``SELECT … FOR UPDATE SKIP
LOCKED`` on PostgreSQL, re-checks the condition on the locked row and sets its mark (or moves
the state) in the same transaction as the notifications, so two workers running at once send
each reminder once. SQLite has no row locks; its single writer serialises the transactions.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from tortoise.expressions import Q

from qifu.core import batches, calendar, clock
from qifu.demands import services
from qifu.demands.models import Demand, DemandEventKind, DemandStatus
from qifu.demands.services import SYSTEM, To
from qifu.notify import worker

S = DemandStatus
# The system's steps move along the state table, as the actions do.
assert (
    S.RESOLVED in services.TRANSITIONS[S.REPLIED] and S.CLOSED in services.TRANSITIONS[S.RESOLVED]
)
BATCH = 50
ACCEPT_REMIND_HOURS = 1.0  # working hours left before the accept deadline
REPLY_REMIND_DAYS = 1  # working days left before the reply deadline
SILENCE = timedelta(days=7)  # the enterprise's time to answer a reply or to rate

# Re-checks a locked row against the moment the job started; True when it still applies.
Check = Callable[[Demand], bool]
Act = Callable[[Demand], Awaitable[None]]


async def _claim_each(where: Q, check: Check, act: Act, batch: int) -> int:
    """Run ``act`` on every demand matching ``where`` that still passes ``check`` once locked."""
    return await batches.claim_each(Demand, where, check, act, batch)


def _local(moment: datetime) -> str:
    return f"{moment.astimezone(clock.SHANGHAI):%Y-%m-%d %H:%M}"


# ---- reminders


async def remind_accept(batch: int = BATCH) -> int:
    """Remind the platform's operators of demands whose accept time is nearly used up."""
    now = clock.now()
    limit = await calendar.add_working_hours(now, ACCEPT_REMIND_HOURS)

    def due(d: Demand) -> bool:
        return (
            d.status == S.SUBMITTED
            and d.accept_reminded_at is None
            and now < d.accept_due_at <= limit
        )

    async def act(d: Demand) -> None:
        d.accept_reminded_at = now
        await d.save(update_fields=["accept_reminded_at"])
        await services._notify(
            d,
            {To.OWN_OPERATORS},
            "诉求即将超过受理时限",
            [f"受理时限：{_local(d.accept_due_at)}", "请尽快受理或告知不予受理的原因。"],
            event="accept_reminder",
        )

    where = Q(
        status=S.SUBMITTED,
        accept_reminded_at__isnull=True,
        accept_due_at__gt=now,
        accept_due_at__lte=limit,
    )
    return await _claim_each(where, due, act, batch)


async def remind_reply(batch: int = BATCH) -> int:
    """Remind the handler of demands whose reply time is nearly used up."""
    now = clock.now()
    limit = await calendar.add_working_days(now, REPLY_REMIND_DAYS)

    def due(d: Demand) -> bool:
        return (
            d.status == S.ASSIGNED
            and d.reply_reminded_at is None
            and d.reply_due_at is not None
            and now < d.reply_due_at <= limit
        )

    async def act(d: Demand) -> None:
        assert d.reply_due_at is not None
        d.reply_reminded_at = now
        await d.save(update_fields=["reply_reminded_at"])
        await services._notify(
            d,
            {To.HANDLER},
            "诉求即将超过答复时限",
            [f"答复时限：{_local(d.reply_due_at)}", "请尽快答复企业。"],
            event="reply_reminder",
        )

    where = Q(
        status=S.ASSIGNED,
        reply_reminded_at__isnull=True,
        reply_due_at__gt=now,
        reply_due_at__lte=limit,
    )
    return await _claim_each(where, due, act, batch)


# ---- escalation


async def _escalate(d: Demand, note: str, title: str, event: str, audiences: set[To]) -> None:
    await services._event(
        SYSTEM, None, d, S(d.status), kind=DemandEventKind.NOTE, note=note, audit_action=event
    )
    await services._notify(d, audiences, title, [note], event=event)


async def escalate_overdue(batch: int = BATCH) -> int:
    """Tell the operators up the platform chain of demands past their accept or reply
    deadline, once per deadline."""
    now = clock.now()

    def accept_due(d: Demand) -> bool:
        return d.status == S.SUBMITTED and d.accept_escalated_at is None and d.accept_due_at < now

    async def accept_act(d: Demand) -> None:
        d.accept_escalated_at = now
        await _escalate(
            d,
            f"已超过受理时限（{_local(d.accept_due_at)}），已提请上级平台督办。",
            "诉求超过受理时限",
            "accept_overdue",
            {To.OPERATORS},
        )

    def reply_due(d: Demand) -> bool:
        return (
            d.status == S.ASSIGNED
            and d.reply_escalated_at is None
            and d.reply_due_at is not None
            and d.reply_due_at < now
        )

    async def reply_act(d: Demand) -> None:
        assert d.reply_due_at is not None
        d.reply_escalated_at = now
        await _escalate(
            d,
            f"已超过答复时限（{_local(d.reply_due_at)}），已提请上级平台督办。",
            "诉求超过答复时限",
            "reply_overdue",
            {To.OPERATORS, To.HANDLER},
        )

    accepted = await _claim_each(
        Q(status=S.SUBMITTED, accept_escalated_at__isnull=True, accept_due_at__lt=now),
        accept_due,
        accept_act,
        batch,
    )
    replied = await _claim_each(
        Q(status=S.ASSIGNED, reply_escalated_at__isnull=True, reply_due_at__lt=now),
        reply_due,
        reply_act,
        batch,
    )
    return accepted + replied


# ---- the enterprise's silence


async def auto_resolve(batch: int = BATCH) -> int:
    """A reply the enterprise left unanswered for 7 days counts as resolving the demand."""
    now = clock.now()
    cutoff = now - SILENCE

    def due(d: Demand) -> bool:
        return d.status == S.REPLIED and d.replied_at is not None and d.replied_at <= cutoff

    async def act(d: Demand) -> None:
        d.resolved_at = now
        await services._event(
            SYSTEM, None, d, S.RESOLVED, note="答复后 7 天未反馈，系统自动确认已解决"
        )
        await services._notify(
            d,
            {To.ENTERPRISE},
            "诉求已自动确认解决",
            ["欢迎对本次办理进行评价。"],
            event="auto_resolved",
        )
        await services._notify(d, {To.HANDLER}, "诉求已自动确认解决", [], event="auto_resolved")

    where = Q(status=S.REPLIED, replied_at__lte=cutoff)
    return await _claim_each(where, due, act, batch)


async def auto_close(batch: int = BATCH) -> int:
    """A resolved demand the enterprise did not rate within 7 days is closed unrated."""
    now = clock.now()
    cutoff = now - SILENCE

    def due(d: Demand) -> bool:
        return d.status == S.RESOLVED and d.resolved_at is not None and d.resolved_at <= cutoff

    async def act(d: Demand) -> None:
        d.closed_at = now
        await services._event(SYSTEM, None, d, S.CLOSED, note="解决后 7 天未评价，系统自动办结")
        await services._notify(
            d, {To.ENTERPRISE, To.HANDLER}, "诉求已自动办结", [], event="auto_closed"
        )

    where = Q(status=S.RESOLVED, resolved_at__lte=cutoff)
    return await _claim_each(where, due, act, batch)


async def run_all() -> int:
    """Every job once, in the order a demand meets them."""
    total = 0
    for job in (remind_accept, remind_reply, escalate_overdue, auto_resolve, auto_close):
        total += await job()
    return total


worker.register_job("demands.remind_accept", remind_accept, every_seconds=300)
worker.register_job("demands.remind_reply", remind_reply, every_seconds=600)
worker.register_job("demands.escalate_overdue", escalate_overdue, every_seconds=300)
worker.register_job("demands.auto_resolve", auto_resolve, every_seconds=900)
worker.register_job("demands.auto_close", auto_close, every_seconds=900)
