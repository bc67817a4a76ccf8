"""The worker's jobs for demands, with the test clock: reminders and escalations are sent
once, never early and never for a demand waiting for the enterprise; a silent enterprise's
demand is resolved and then closed after 7 days, not before; two workers at once (PostgreSQL)
remind each demand once."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta

import pytest

from qifu.accounts.models import User
from qifu.core import calendar, clock
from qifu.core.models import AuditEvent, OutboxMessage
from qifu.demands import jobs, services
from qifu.demands.models import Demand, DemandEvent, DemandEventKind, HandlerType
from qifu.notify import worker
from qifu.notify.models import Notification
from tests.conftest import DIALECT
from tests.demands.support import S, World, drive, submit
from tests.support import ACTOR, make_user


def move_to(moment: datetime) -> None:
    clock.advance(max(moment - clock.now(), timedelta(0)))


async def told(kind: str) -> Counter[int]:
    """Inbox notifications of ``demand.<kind>`` per user."""
    rows = await Notification.filter(kind=f"demand.{kind}").values_list("user_id", flat=True)
    return Counter(int(u) for u in rows)  # type: ignore[call-overload]


async def mails(title: str) -> Counter[str]:
    rows = await OutboxMessage.filter(subject=f"【企服】{title}").values_list(
        "recipient", flat=True
    )
    return Counter(str(r) for r in rows)


def once(*users: User) -> Counter[int]:
    return Counter({u.id: 1 for u in users})


async def test_the_accept_reminder_goes_once_to_the_nearest_operators_and_not_early(
    world: World,
) -> None:
    op_wenzhou = world.users["op_wenzhou"]
    d = await submit(world)  # E1's demand sits on the 鹿城 window, which has no operators
    assert await jobs.remind_accept() == 0  # 4 working hours left

    move_to(await calendar.add_working_hours(d.submitted_at, 2.5))  # 1.5 hours left
    assert await jobs.remind_accept() == 0
    move_to(await calendar.add_working_hours(d.submitted_at, 3.5))  # half an hour left
    assert await jobs.remind_accept() == 1
    assert await jobs.remind_accept() == 0

    assert await told("accept_reminder") == once(op_wenzhou)
    assert await mails("诉求即将超过受理时限") == Counter({op_wenzhou.email: 1})
    assert (await Demand.get(id=d.id)).accept_reminded_at is not None


async def test_the_window_s_own_operators_are_reminded_before_those_above(world: World) -> None:
    op_lucheng = await make_user("oplc@qifu.cn", operator_of=world.base.network.lucheng.id)
    d = await submit(world)
    move_to(await calendar.add_working_hours(d.submitted_at, 3.5))
    assert await jobs.remind_accept() == 1
    assert await told("accept_reminder") == once(op_lucheng)


async def test_a_demand_accepted_in_time_is_neither_reminded_nor_escalated(world: World) -> None:
    d = await drive(world, S.ACCEPTED)
    move_to(d.accept_due_at + timedelta(days=3))
    assert await jobs.remind_accept() == 0
    assert await jobs.escalate_overdue() == 0
    assert (
        await Notification.filter(
            kind__in=["demand.accept_reminder", "demand.accept_overdue"]
        ).count()
        == 0
    )


async def test_an_overdue_acceptance_is_escalated_once_up_the_chain(world: World) -> None:
    op_hub = await make_user("ophub@qifu.cn", operator_of=world.base.network.hub.id)
    op_wenzhou = world.users["op_wenzhou"]
    d = await submit(world)
    move_to(d.accept_due_at - timedelta(seconds=30))
    assert await jobs.escalate_overdue() == 0
    move_to(d.accept_due_at + timedelta(minutes=1))
    assert await jobs.remind_accept() == 0  # too late to remind: escalated instead
    assert await jobs.escalate_overdue() == 1
    assert await jobs.escalate_overdue() == 0

    assert await told("accept_overdue") == once(op_wenzhou, op_hub)
    assert await mails("诉求超过受理时限") == Counter({op_wenzhou.email: 1, op_hub.email: 1})
    [note] = await DemandEvent.filter(demand_id=d.id, kind=DemandEventKind.NOTE)
    assert note.actor_id is None and note.actor_name == "系统" and "受理时限" in note.note
    assert note.to_status == S.SUBMITTED
    assert await AuditEvent.filter(action="demand.accept_overdue", object_id=str(d.id)).count() == 1
    # The demand is still there to accept, late.
    d = await services.accept(ACTOR, op_wenzhou, await world.me("op_wenzhou"), d.id)
    assert d.status == S.ACCEPTED and d.accepted_on_time is False


async def test_the_reply_reminder_and_escalation_skip_a_demand_waiting_for_the_enterprise(
    world: World,
) -> None:
    handler = world.users["i1_member"]
    running = await drive(world, S.ASSIGNED)
    paused = await drive(world, S.WAITING_FOR_ENTERPRISE)
    assert running.reply_due_at is not None and running.assigned_at is not None

    move_to(await calendar.add_working_days(running.assigned_at, 3))  # 2 working days left
    assert await jobs.remind_reply() == 0
    move_to(await calendar.add_working_days(running.assigned_at, 4) + timedelta(minutes=1))
    assert await jobs.remind_reply() == 1
    assert await jobs.remind_reply() == 0
    reminded = await Notification.filter(kind="demand.reply_reminder")
    assert {n.subject_id for n in reminded} == {running.id}
    assert handler.id in {n.user_id for n in reminded}
    assert await Notification.filter(kind="demand.reply_reminder", user_id=handler.id).count() == 1
    people = await User.filter(
        id__in=sorted(await services.handler_user_ids(HandlerType.INSTITUTION, world.base.i1.id))
    )
    assert len(people) == 2  # I1's member and admin
    assert await told("reply_reminder") == once(*people)
    assert await mails("诉求即将超过答复时限") == Counter({u.email: 1 for u in people})

    move_to(running.reply_due_at + timedelta(minutes=1))
    assert await jobs.remind_reply() == 0
    assert await jobs.escalate_overdue() == 1
    assert await jobs.escalate_overdue() == 0
    escalated = await Notification.filter(kind="demand.reply_overdue")
    assert {n.subject_id for n in escalated} == {running.id}
    # The handler and the operators up the chain hear of it.
    users = Counter(n.user_id for n in escalated)
    assert users[handler.id] == 1 and users[world.users["op_wenzhou"].id] == 1
    assert (await Demand.get(id=paused.id)).reply_escalated_at is None


async def test_a_new_assignment_sets_a_new_deadline_to_remind_and_escalate_against(
    world: World,
) -> None:
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    h, h_me = world.users["i1_member"], await world.me("i1_member")
    d = await drive(world, S.ASSIGNED)
    assert d.reply_due_at is not None
    move_to(d.reply_due_at + timedelta(minutes=1))
    assert await jobs.run_all() == 1  # too late to remind: escalated only
    d = await Demand.get(id=d.id)
    assert d.reply_reminded_at is None and d.reply_escalated_at is not None

    await services.hand_back(ACTOR, h, h_me, d.id, "不属于本机构业务范围")
    d = await services.assign(ACTOR, op, op_me, d.id, HandlerType.INSTITUTION, world.base.i1.id)
    assert d.reply_reminded_at is None and d.reply_escalated_at is None
    assert d.reply_due_at is not None
    move_to(d.reply_due_at + timedelta(minutes=1))
    assert await jobs.escalate_overdue() == 1
    assert await Notification.filter(kind="demand.reply_overdue", user_id=h.id).count() == 2


async def test_answering_the_handler_moves_the_deadline_and_clears_the_marks(
    world: World,
) -> None:
    ent, ent_me = world.users["e1_admin"], await world.me("e1_admin")
    d = await drive(world, S.WAITING_FOR_ENTERPRISE)
    assert d.reply_due_at is not None
    await Demand.filter(id=d.id).update(reply_reminded_at=clock.now())
    move_to(d.reply_due_at + timedelta(days=2))
    assert await jobs.escalate_overdue() == 0  # paused: no clock runs
    answered = await services.answer_question(ACTOR, ent, ent_me, d.id, "合同已上传")
    assert answered.reply_due_at is not None and answered.reply_due_at > d.reply_due_at
    assert answered.reply_reminded_at is None and answered.reply_escalated_at is None


async def test_a_silent_enterprise_s_demand_is_resolved_then_closed_after_7_days(
    world: World,
) -> None:
    replied = await drive(world, S.REPLIED)
    reopened = await drive(world, S.REOPENED)
    assert await jobs.auto_resolve() == 0
    clock.advance(jobs.SILENCE - timedelta(minutes=1))
    assert await jobs.auto_resolve() == 0
    clock.advance(timedelta(minutes=2))
    assert await jobs.auto_resolve() == 1
    assert await jobs.auto_resolve() == 0

    d = await Demand.get(id=replied.id)
    assert d.status == S.RESOLVED and d.resolved_at is not None
    step = await DemandEvent.filter(demand_id=d.id).order_by("-id").first()
    assert step is not None and step.actor_id is None and step.to_status == S.RESOLVED
    assert step.from_status == S.REPLIED
    assert (await Demand.get(id=reopened.id)).status == S.REOPENED
    e1_admin = world.users["e1_admin"]
    assert await Notification.filter(kind="demand.auto_resolved", user_id=e1_admin.id).count() == 1

    assert await jobs.auto_close() == 0
    clock.advance(jobs.SILENCE - timedelta(minutes=1))
    assert await jobs.auto_close() == 0
    clock.advance(timedelta(minutes=2))
    assert await jobs.auto_close() == 1
    assert await jobs.auto_close() == 0
    d = await Demand.get(id=replied.id)
    assert d.status == S.CLOSED and d.closed_at is not None
    assert await Notification.filter(kind="demand.auto_closed", user_id=e1_admin.id).count() == 1
    assert await AuditEvent.filter(action="demand.closed", object_id=str(d.id)).count() == 1


async def test_a_rated_demand_is_not_closed_again(world: World) -> None:
    closed = await drive(world, S.CLOSED)
    clock.advance(timedelta(days=30))
    assert await jobs.auto_close() == 0
    assert await DemandEvent.filter(demand_id=closed.id, to_status=S.CLOSED).count() == 1


async def test_the_worker_runs_the_demand_jobs(world: World) -> None:
    d = await drive(world, S.REPLIED)
    clock.advance(timedelta(days=8))
    done = await worker.run_jobs(force=True)
    assert done["demands.auto_resolve"] == 1
    assert {
        "demands.remind_accept",
        "demands.remind_reply",
        "demands.escalate_overdue",
        "demands.auto_close",
    } <= set(done)
    assert (await Demand.get(id=d.id)).status == S.RESOLVED


@pytest.mark.skipif(DIALECT != "postgres", reason="row locks with SKIP LOCKED: PostgreSQL")
async def test_concurrent_workers_remind_and_escalate_each_demand_once(world: World) -> None:
    op = world.users["op_wenzhou"]
    demands = [await submit(world) for _ in range(30)]
    first = min(d.submitted_at for d in demands)
    move_to(await calendar.add_working_hours(first, 3.5))

    for _ in range(3):  # repeated rounds find nothing left to do
        await asyncio.gather(*(jobs.remind_accept(batch=4) for _ in range(4)))
    assert await told("accept_reminder") == Counter({op.id: 30})
    reminded = await Notification.filter(kind="demand.accept_reminder")
    assert Counter(n.subject_id for n in reminded) == Counter({d.id: 1 for d in demands})
    assert await mails("诉求即将超过受理时限") == Counter({op.email: 30})

    move_to(max(d.accept_due_at for d in demands) + timedelta(minutes=1))
    counts = await asyncio.gather(*(jobs.escalate_overdue(batch=3) for _ in range(5)))
    assert sum(counts) == 30
    assert await jobs.escalate_overdue() == 0
    notes = await DemandEvent.filter(kind=DemandEventKind.NOTE).values_list("demand_id", flat=True)
    assert Counter(notes) == Counter({d.id: 1 for d in demands})
    assert await mails("诉求超过受理时限") == Counter({op.email: 30})
