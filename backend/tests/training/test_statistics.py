"""A course's figures for a known data set, the statement count for 5 and 50 enrollments,
and who may see the results, the statistics and the question bank."""

from __future__ import annotations

import httpx
import pytest
from strawberry import relay

from qifu.core import clock
from qifu.training import evaluations, quiz, services
from qifu.training.models import (
    Attendance,
    AttendanceStatus,
    Course,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
)
from tests.support import ACTOR, count_sql, gql, login_token
from tests.training.assessment_support import S, answers, enrollment_of, move_to, quiz_course
from tests.training.support import World

STATISTICS = """query($c: ID!) { courseStatistics(courseId: $c) { enrolled cancelled
  lessons { lesson { title kind } attended late absent excused attendanceRate }
  participants passRate averageScore certificates evaluationCount satisfactionRate
  averageDimensions { name average } exportUrl } }"""
RESULTS = """query($c: ID!) { courseResults(courseId: $c, first: 100) { totalCount edges { node {
  id userName attendanceRate bestScore passed attemptsUsed certificateCode } } } }"""
BANK = "query($c: ID!) { courseQuestionBank(courseId: $c) { id } }"


async def _mark(world: World, enrollment: Enrollment, by_kind: dict[str, AttendanceStatus]) -> None:
    from qifu.training import attendance

    provider = await world.who("i1_member")
    for lesson in await Lesson.filter(course_id=enrollment.course_id):
        status = by_kind.get(LessonKind(lesson.kind).value)
        if status is not None:
            await attendance.set_by_provider(
                ACTOR, provider, enrollment.id, lesson.id, status, "补录"
            )


async def test_figures_of_a_known_course(client: httpx.AsyncClient, world: World) -> None:
    qc = await quiz_course(world, learners=("user", "user2", "verified", "i2_member"))
    await services.cancel_enrollment(
        ACTOR, await world.who("i2_member"), (await enrollment_of(world, "i2_member", qc.course)).id
    )
    P, L, X = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED
    user = await enrollment_of(world, "user", qc.course)
    user2 = await enrollment_of(world, "user2", qc.course)
    await _mark(world, user, {"LIVE": P, "VIDEO": P, "IN_PERSON": P})
    await _mark(world, user2, {"LIVE": L, "VIDEO": P, "IN_PERSON": X})
    for role, chosen in (("user", None), ("user2", {"SINGLE": ["B"]})):
        attempt = await quiz.start_attempt(ACTOR, world.users[role], qc.course.id)
        await quiz.submit_attempt(ACTOR, world.users[role], attempt.id, answers(qc, chosen))
    await move_to(qc.course, S.ENDED)
    for role, overall, dims in (("user", 5, (5, 4, 4, 3)), ("user2", 3, (3, 3, 3, 3))):
        await evaluations.evaluate(
            ACTOR,
            world.users[role],
            (await world.who(role)).scope,
            qc.course.id,
            overall=overall,
            dimensions=dict(zip(evaluations.DIMENSIONS, dims, strict=True)),
            comment="",
        )

    token = await login_token(client, "i1m@qifu.cn")
    course_id = str(relay.GlobalID("Course", str(qc.course.id)))
    figures = (await gql(client, STATISTICS, {"c": course_id}, token=token))["data"][
        "courseStatistics"
    ]
    assert figures["enrolled"] == 3 and figures["cancelled"] == 1
    by_kind = {row["lesson"]["kind"]: row for row in figures["lessons"]}
    assert {
        k: (r["attended"], r["late"], r["absent"], r["excused"], r["attendanceRate"])
        for k, r in by_kind.items()
    } == {
        "LIVE": (1, 1, 1, 0, 66),
        "VIDEO": (2, 0, 1, 0, 66),
        "IN_PERSON": (1, 0, 1, 1, 50),
    }
    assert figures["participants"] == 2
    assert figures["passRate"] == pytest.approx(0.5)
    assert figures["averageScore"] == pytest.approx(6.0)
    assert figures["certificates"] == 1
    assert figures["evaluationCount"] == 2
    assert figures["satisfactionRate"] == pytest.approx(0.5)
    assert {d["name"]: d["average"] for d in figures["averageDimensions"]} == {
        "content": 4.0,
        "teacher": 3.5,
        "organisation": 3.5,
        "usefulness": 3.0,
    }
    assert f"/exports/courses/{qc.course.id}.xlsx?token=" in figures["exportUrl"]

    results = (await gql(client, RESULTS, {"c": course_id}, token=token))["data"]["courseResults"]
    rows = [e["node"] for e in results["edges"]]
    assert results["totalCount"] == 3
    assert [
        (r["attendanceRate"], r["bestScore"], r["passed"], r["attemptsUsed"]) for r in rows
    ] == [
        (100, 10.0, True, 1),
        (100, 2.0, False, 1),
        (0, None, None, 0),
    ]
    assert rows[0]["certificateCode"] and rows[1]["certificateCode"] is None
    assert rows[0]["userName"] == "测试用户"


async def _crowd(course: Course, n: int) -> None:
    """``n`` enrollments with attendance and a graded attempt each, written directly."""
    from decimal import Decimal

    from qifu.training.models import AttemptStatus, Quiz, QuizAttempt

    now = clock.now()
    lessons = list(await Lesson.filter(course_id=course.id))
    found = await Quiz.get(course_id=course.id)
    for i in range(n):
        e = await Enrollment.create(
            course_id=course.id,
            user_id=900000 + i,
            status=EnrollmentStatus.ENROLLED,
            created_at=now,
            updated_at=now,
        )
        for lesson in lessons:
            await Attendance.create(
                lesson_id=lesson.id,
                enrollment_id=e.id,
                user_id=e.user_id,
                status=AttendanceStatus.PRESENT,
                updated_at=now,
            )
        await QuizAttempt.create(
            quiz_id=found.id,
            enrollment_id=e.id,
            user_id=e.user_id,
            number=1,
            status=AttemptStatus.SUBMITTED,
            started_at=now,
            submitted_at=now,
            score=Decimal(i % 10),
            max_score=10,
            passed=i % 10 >= 6,
        )


async def test_statement_count_does_not_grow_with_enrollments(
    client: httpx.AsyncClient, world: World
) -> None:
    small = await quiz_course(world, learners=())
    large = await quiz_course(world, learners=(), title="大班课程")
    await _crowd(small.course, 5)
    await _crowd(large.course, 50)
    token = await login_token(client, "i1m@qifu.cn")
    counts = []
    for qc in (small, large):
        course_id = str(relay.GlobalID("Course", str(qc.course.id)))
        for query in (STATISTICS, RESULTS):
            with count_sql() as counter:
                result = await gql(client, query, {"c": course_id}, token=token)
            assert "errors" not in result, result
            counts.append(counter.count)
    assert counts[0] == counts[2], counts  # statistics
    assert counts[1] == counts[3], counts  # results


# who may see what (the provider, the reviewers of the course platform's subtree, nobody else)
PERMISSIONS = [
    # role            bank   results statistics
    ("user", False, False, False),  # an enrolled learner
    ("user2", False, False, False),
    ("i1_member", True, True, True),  # the provider
    ("i2_member", False, False, False),  # another institution
    ("op_wenzhou", False, True, True),  # reviewer of the course's platform
    ("op_hangzhou", False, False, False),  # operator of another city
    ("hub_admin", False, True, True),  # the hub reviews every course
]


@pytest.mark.parametrize(("role", "bank", "results", "statistics"), PERMISSIONS)
async def test_who_sees_results_statistics_and_the_bank(
    client: httpx.AsyncClient,
    world: World,
    role: str,
    bank: bool,
    results: bool,
    statistics: bool,
) -> None:
    qc = await quiz_course(world)
    token = await login_token(client, world.users[role].email)
    course_id = str(relay.GlobalID("Course", str(qc.course.id)))
    seen = []
    for query, name in (
        (BANK, "courseQuestionBank"),
        (RESULTS, "courseResults"),
        (STATISTICS, "courseStatistics"),
    ):
        result = await gql(client, query, {"c": course_id}, token=token)
        assert "errors" not in result, result
        seen.append(result["data"][name] is not None)
    assert seen == [bank, results, statistics]
    # An unknown course answers the same as a forbidden one.
    for query, name in ((BANK, "courseQuestionBank"), (STATISTICS, "courseStatistics")):
        unknown = await gql(
            client, query, {"c": str(relay.GlobalID("Course", "999999"))}, token=token
        )
        assert unknown["data"][name] is None
