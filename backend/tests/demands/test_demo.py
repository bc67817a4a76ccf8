"""The demo demands of `qifu seed --demo`: spread over states, categories, channels and
platforms, some overdue, with timelines that agree with each demand, and nothing left for
the worker to do right after seeding."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import pairwise
from time import monotonic

from qifu.accounts.models import Role, RoleGrant, User
from qifu.core import clock
from qifu.demands import jobs, services
from qifu.demands.models import (
    ComplaintTarget,
    Demand,
    DemandCategory,
    DemandChannel,
    DemandEvent,
    DemandEventKind,
    DemandKind,
    DemandOffer,
    DemandStatus,
    HandlerType,
    OfferStatus,
)
from qifu.feedback.models import Evaluation
from qifu.notify.models import Notification
from qifu.seed import seed_demo

S = DemandStatus


async def test_the_demo_demands_cover_the_loop_and_agree_with_their_timelines() -> None:
    started = monotonic()
    await seed_demo()
    assert monotonic() - started < 60  # the whole demo, network and catalog included

    demands = await Demand.all().order_by("id")
    kinds = Counter(DemandKind(d.kind) for d in demands)
    assert kinds == {DemandKind.DEMAND: 155, DemandKind.COMPLAINT: 10}
    plain = [d for d in demands if d.kind == DemandKind.DEMAND]
    assert {S(d.status) for d in plain} == set(S)
    assert {DemandCategory(d.category) for d in plain} == set(DemandCategory)
    assert {DemandChannel(d.channel) for d in plain} == set(DemandChannel)
    assert len({d.platform_id for d in plain}) == 3
    assert len({d.enterprise_id for d in plain}) > 5
    assert {HandlerType(d.handler_type) for d in plain if d.handler_type} == {
        HandlerType.INSTITUTION,
        HandlerType.DEPARTMENT,
        HandlerType.EXPERT,
    }
    now = clock.now()
    assert sum(services.is_overdue(d, now) for d in demands) >= 20

    complaints = [d for d in demands if d.kind == DemandKind.COMPLAINT]
    assert {d.complaint_target_type for d in complaints} == {
        ComplaintTarget.INSTITUTION,
        ComplaintTarget.SERVICE,
    }
    assert all(d.complaint_target_id and d.complaint_target_name for d in complaints)
    assert {d.handler_type for d in complaints if d.handler_type} == {HandlerType.PLATFORM}
    assert len({S(d.status) for d in complaints}) >= 6

    events = defaultdict(list)
    for e in await DemandEvent.all().order_by("at", "id"):
        events[e.demand_id].append(e)
    for d in demands:
        steps = events[d.id]
        assert steps[0].to_status == S.SUBMITTED and steps[0].at == d.submitted_at
        moves = [e for e in steps if e.kind != DemandEventKind.NOTE]
        assert moves[-1].to_status == d.status, d.id
        for before, after in pairwise(moves):
            if after.kind == DemandEventKind.TRANSITION:
                assert after.from_status == before.to_status, d.id
                assert after.to_status in services.TRANSITIONS[S(before.to_status)], d.id
        assert all(e.at < now for e in steps)
        assert d.submitted_at <= d.accept_due_at
        if d.accepted_on_time is False or d.replied_on_time is False or services.is_overdue(d, now):
            # The worker's note is there already.
            assert any(e.kind == DemandEventKind.NOTE for e in steps), d.id
    assert any(d.accepted_on_time is False for d in demands)
    assert any(d.replied_on_time is False for d in demands)
    # Rated: what the demo enterprise closed; the rest closed by the system, unrated. No
    # rating is low enough to open a follow-up visit.
    enterprise = await User.get(email="enterprise@qifu.demo")
    closed = [d.id for d in demands if d.status == S.CLOSED]
    by_demo = {i for i in closed if events[i][-1].actor_id == enterprise.id}
    by_system = {i for i in closed if events[i][-1].actor_id is None}
    assert by_demo and by_system and by_demo | by_system == set(closed)
    rated = await Evaluation.filter(subject_type=services.KIND)
    assert {e.subject_id for e in rated} == by_demo
    assert all(e.overall >= 3 for e in rated)
    operator = await User.get(email="operator@qifu.demo")
    assert await Notification.filter(user_id=enterprise.id, subject_type="Demand").exists()
    assert await Notification.filter(user_id=operator.id, subject_type="Demand").exists()

    # Open for offers: pending offers of the window's institutions, the demo institution's on
    # some of them only.
    open_calls = {d.id for d in demands if d.status == S.OPEN_FOR_OFFERS}
    offers = await DemandOffer.all()
    assert {o.demand_id for o in offers} == open_calls and len(open_calls) == 5
    assert {OfferStatus(o.status) for o in offers} == {OfferStatus.PENDING}
    institution = await User.get(email="institution@qifu.demo")
    [grant] = await RoleGrant.filter(user_id=institution.id, role=Role.INSTITUTION_ADMIN)
    mine = {o.demand_id for o in offers if o.institution_id == grant.scope_id}
    assert 0 < len(mine) < len(open_calls)

    # Nothing is due for the worker: no reminder, escalation or automatic step.
    assert await jobs.run_all() == 0
