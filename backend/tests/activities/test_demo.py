"""The demo activities of `qifu seed --demo`: every state, consistent counters, check-ins
and ratings that the real rules would have allowed, and nothing left for the worker."""

from __future__ import annotations

from collections import Counter

from qifu.accounts.models import Role, RoleGrant, User
from qifu.accounts.services import grants_of
from qifu.activities import evaluations, services, statistics
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    ActivitySummary,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.checkin.models import CheckIn
from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.orgs.models import CertificationStatus, Enterprise
from qifu.orgs.scopes import scope_of
from qifu.seed import seed_demo
from tests.support import ACTOR

S = ActivityStatus
R = RegistrationStatus
STARTED = (S.ONGOING, S.ENDED, S.SUMMARIZED)


async def test_demo_activities_cover_every_state_consistently() -> None:
    await seed_demo()
    now = clock.now()
    activities = await Activity.all().order_by("id")
    assert Counter(S(a.status) for a in activities) == {
        S.DRAFT: 2,
        S.PENDING: 2,
        S.REJECTED: 1,
        S.PUBLISHED: 6,
        S.ONGOING: 2,
        S.ENDED: 3,
        S.SUMMARIZED: 6,
        S.CANCELLED: 3,
    }
    assert {OrganiserType(a.organiser_type) for a in activities} == set(OrganiserType)
    assert len({a.platform_id for a in activities}) == 3
    assert all(a.status_reason for a in activities if a.status in (S.REJECTED, S.CANCELLED))
    # Nothing for the worker to move: the states agree with the times.
    assert await services.move_by_time() == 0
    for a in activities:
        if a.status in (S.DRAFT, S.PENDING, S.REJECTED, S.PUBLISHED):
            assert a.starts_at > now, a.name
        if a.status is S.ONGOING:
            assert a.starts_at <= now < a.ends_at, a.name
        if a.status in (S.ENDED, S.SUMMARIZED):
            assert a.ends_at < now, a.name
        assert a.created_at <= now and a.signup_deadline <= a.starts_at

    registrations = await Registration.all()
    by_activity: dict[int, list[Registration]] = {}
    for r in registrations:
        by_activity.setdefault(r.activity_id, []).append(r)
        assert r.created_at <= now
    published = [a for a in activities if a.status == S.PUBLISHED]
    assert any(a.waitlist_count > 0 for a in published)  # one is full with a waitlist
    assert any(services.open_for_signup(a, now) for a in published)
    assert any(not services.open_for_signup(a, now) for a in published)
    assert any(r.status == R.PENDING_APPROVAL for r in registrations)
    for a in activities:
        regs = by_activity.get(a.id, [])
        confirmed = [r for r in regs if r.status == R.CONFIRMED]
        waiting = sorted(r.waitlist_seq or 0 for r in regs if r.status == R.WAITLISTED)
        assert a.confirmed_count == len(confirmed) <= a.capacity, a.name
        assert a.waitlist_count == len(waiting) and waiting == list(range(1, len(waiting) + 1))
        if waiting:
            assert len(confirmed) == a.capacity
        if a.status == S.CANCELLED:
            assert all(r.status == R.CANCELLED for r in regs)
        if a.verified_only:
            verified = set(
                await Enterprise.filter(status=CertificationStatus.VERIFIED).values_list(
                    "id", flat=True
                )
            )
            for r in regs:
                grants = await RoleGrant.filter(user_id=r.user_id, role=Role.ENTERPRISE_MEMBER)
                assert any(g.scope_id in verified for g in grants)

    regs_by_id = {r.id: r for r in registrations}
    status_of = {a.id: S(a.status) for a in activities}
    check_ins = await CheckIn.all()
    assert len(check_ins) > 200
    for c in check_ins:
        registration = regs_by_id[c.holder_id]
        assert registration.activity_id == c.subject_id and registration.user_id == c.user_id
        assert registration.status == R.CONFIRMED
        assert status_of[c.subject_id] in STARTED and c.checked_in_at < now
    attended = {(c.subject_id, c.user_id) for c in check_ins}
    ratings = await Evaluation.filter(subject_type=evaluations.KIND)
    assert len(ratings) >= 50
    ends = {a.id: a.ends_at for a in activities}
    for e in ratings:
        assert (e.subject_id, e.rater_id) in attended
        assert status_of[e.subject_id] in (S.ENDED, S.SUMMARIZED)
        assert ends[e.subject_id] < e.created_at < now
        assert set(e.dimensions) == set(evaluations.DIMENSIONS)
    summarized = {a.id for a in activities if a.status == S.SUMMARIZED}
    summaries = await ActivitySummary.all()
    assert {s.activity_id for s in summaries} == summarized
    figures = await statistics.figures([a for a in activities if a.id in summarized])
    for s in summaries:
        assert s.attendance >= figures[s.activity_id].checked_in > 0
        assert figures[s.activity_id].average_rating is not None

    # The demo user checked in to an ended activity and may rate it through the real rules.
    user = await User.get(email="user@qifu.demo")
    ended = [a for a in activities if a.status == S.ENDED and (a.id, user.id) in attended]
    assert len(ended) == 1
    rated = await evaluations.evaluate(
        ACTOR,
        user,
        scope_of(await grants_of(user)),
        ended[0].id,
        overall=5,
        dimensions={"content": 5, "organisation": 5, "usefulness": 5},
        comment="",
    )
    assert rated.id

    # Seeding again adds nothing.
    await seed_demo()
    assert await Activity.all().count() == len(activities)
