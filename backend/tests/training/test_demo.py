"""The demo courses of `qifu seed --demo`: about fifteen over the categories and modes in
every state, with learning that the real rules would have allowed."""

from __future__ import annotations

from collections import Counter

from qifu.accounts.models import User
from qifu.accounts.services import grants_of
from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.orgs.models import CertificationStatus, Enterprise
from qifu.orgs.scopes import scope_of
from qifu.seed import seed_demo
from qifu.training import attendance, certificates, evaluations, services, statistics
from qifu.training.models import (
    Certificate,
    Course,
    CourseMode,
    CourseStatus,
    Enrollment,
    Lesson,
    Quiz,
    QuizAttempt,
)

S = CourseStatus


async def test_demo_courses_twice_without_error() -> None:
    await seed_demo()
    await seed_demo()  # a second run adds nothing and fails on nothing
    courses = await Course.all().order_by("id")
    assert len(courses) == 15
    assert set(Counter(S(c.status) for c in courses)) == set(S)
    assert {CourseMode(c.mode) for c in courses} == set(CourseMode)
    assert len({c.category for c in courses}) >= 9
    assert all(c.status_reason for c in courses if c.status in (S.REJECTED, S.CANCELLED))
    assert await services.move_by_time() == 0  # the states agree with the times
    now = clock.now()
    for c in courses:
        lessons = await Lesson.filter(course_id=c.id)
        assert lessons, c.title
        assert all(
            c.starts_at <= ls.starts_at and ls.ends_at <= c.ends_at
            for ls in lessons
            if ls.starts_at and ls.ends_at
        )
        assert c.enroll_closes_at <= c.ends_at
        assert c.enrolled_count == await Enrollment.filter(course_id=c.id).count()
    assert await Quiz.all().count() >= 10
    assert await QuizAttempt.all().count() > 0
    # Certificates only where both thresholds were met, ratings only of ENDED courses.
    issued = await Certificate.all()
    assert issued
    rates = await attendance.summaries([c.enrollment_id for c in issued])
    for cert in issued:
        course = await Course.get(id=cert.course_id)
        assert S(course.status) is S.ENDED
        assert rates[cert.enrollment_id].rate == cert.attendance_rate
        assert cert.attendance_rate >= course.attendance_threshold
        found = await Quiz.get_or_none(course_id=course.id)
        if found is not None:
            best = await certificates.best_passed_score(found.id, cert.enrollment_id)
            assert best == cert.score
        assert cert.issued_at <= now
        assert await certificates.verify(cert.code.lower()) is not None
    rated = await Evaluation.filter(subject_type=evaluations.KIND).values_list(
        "subject_id", flat=True
    )
    assert rated
    assert {S((await Course.get(id=i)).status) for i in set(rated)} == {S.ENDED}
    # A course for members of VERIFIED enterprises has only such learners.
    for c in courses:
        if c.verified_only:
            for e in await Enrollment.filter(course_id=c.id):
                scope = scope_of(await grants_of(await User.get(id=e.user_id)))
                members = scope.enterprise_member_of | scope.enterprise_admin_of
                assert await Enterprise.filter(
                    id__in=list(members), status=CertificationStatus.VERIFIED
                ).exists()
    # The demo enterprise account holds a certificate and has a quiz to take.
    demo = await User.get(email="enterprise@qifu.demo")
    assert await Certificate.filter(user_id=demo.id).exists()
    for c in courses:
        figures = await statistics.figures(c)
        assert figures.enrolled == c.enrolled_count
