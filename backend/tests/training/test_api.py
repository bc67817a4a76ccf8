"""The training API: the public list (statements do not grow with the rows, also for the
SPA's own operation), a flow through the mutations, a literal permission matrix, and hidden
objects answering exactly as unknown ones."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.core import clock
from qifu.training import attendance, checkin, services
from qifu.training.models import (
    AttendanceStatus,
    Course,
    CourseCategory,
    CourseMode,
    CourseStatus,
    Enrollment,
    Lesson,
    LessonKind,
    ProviderType,
)
from tests.spa_operations import spa_operation
from tests.support import ACTOR, count_sql, gql, login_token
from tests.training.support import ACCOUNTS, World, drive, enroll, lessons_of

S = CourseStatus

LIST = """
query ($open: Boolean, $category: CourseCategory, $mode: CourseMode, $region: String,
       $q: String) {
  courses(first: 100, openForEnrollment: $open, category: $category, mode: $mode,
          regionCode: $region, q: $q) {
    totalCount
    edges { node { id title status remaining enrolledCount openForEnrollment coverUrl
      provider { type id name } teachers { name title expertId }
      viewerCanManage viewerCanReview
      myEnrollment { id status attendanceRate attendedLessons totalLessons }
      lessons { id position kind title streamLink videoLink durationSeconds venue
        myAttendance { status } myTicket { code } } } }
  }
}"""


def gid(kind: str, pk: int) -> str:
    return str(relay.GlobalID(kind, str(pk)))


async def tokens_of(client: httpx.AsyncClient) -> dict[str, str | None]:
    found: dict[str, str | None] = {"anonymous": None}
    for role, email in [*ACCOUNTS, ("hub_admin", "hub@qifu.cn")]:
        found[role] = await login_token(client, email)
    return found


async def _published(world: World, n: int) -> None:
    """``n`` more public courses of I1 with three lessons each, made directly."""
    now = clock.now()
    template = await Course.filter(status=S.PUBLISHED).order_by("id").first()
    assert template is not None
    courses = [
        Course(
            provider_type=ProviderType.INSTITUTION,
            provider_id=world.i1.id,
            provider_name=template.provider_name,
            platform_id=template.platform_id,
            created_by_id=template.created_by_id,
            title=f"精益管理训练营 {i}",
            category=CourseCategory.MANAGEMENT,
            mode=CourseMode.MIXED,
            teachers=[{"name": "赵老师", "title": "讲师", "expertId": None}],
            capacity=30,
            enroll_opens_at=now - timedelta(days=1),
            enroll_closes_at=now + timedelta(days=4),
            starts_at=now + timedelta(days=5),
            ends_at=now + timedelta(days=10),
            status=S.PUBLISHED,
            region_code="330302",
            created_at=now,
            updated_at=now,
        )
        for i in range(n)
    ]
    await Course.bulk_create(courses)
    made = await Course.filter(title__startswith="精益管理训练营").order_by("id")
    done = set(await Lesson.all().values_list("course_id", flat=True))
    lessons = []
    for c in made:
        if c.id in done:
            continue
        for position, kind in enumerate(LessonKind, start=1):
            lessons.append(
                Lesson(
                    course_id=c.id,
                    position=position,
                    title=f"第 {position} 课",
                    kind=kind,
                    stream_link="https://live.example.cn/r" if kind is LessonKind.LIVE else "",
                    video_link="https://video.example.cn/v" if kind is LessonKind.VIDEO else "",
                    duration_seconds=600 if kind is LessonKind.VIDEO else 0,
                    venue="会议室" if kind is LessonKind.IN_PERSON else "",
                    starts_at=None if kind is LessonKind.VIDEO else c.starts_at,
                    ends_at=None if kind is LessonKind.VIDEO else c.starts_at + timedelta(hours=1),
                    created_at=now,
                    updated_at=now,
                )
            )
    await Lesson.bulk_create(lessons)


async def test_list_statements_same_for_5_and_100_rows(
    world: World, client: httpx.AsyncClient
) -> None:
    first = await drive(world, S.PUBLISHED)  # made through the services
    await enroll(world, "user", first)
    await _published(world, 4)
    token = await login_token(client, "user@qifu.cn")
    counts = []
    for rows in (5, 100):
        if rows == 100:
            await _published(world, 95)
        with count_sql() as sql:
            answer = await gql(client, LIST, token=token)
        edges = answer["data"]["courses"]["edges"]
        assert len(edges) == rows and answer["data"]["courses"]["totalCount"] == rows
        assert all(len(e["node"]["lessons"]) == 3 for e in edges)
        mine = [e["node"]["myEnrollment"] for e in edges if e["node"]["myEnrollment"]]
        assert [m["status"] for m in mine] == ["ENROLLED"]
        # And exactly what the SPA's list page sends.
        with count_sql() as spa_sql:
            spa = await gql(client, spa_operation("Courses"), {"first": 100}, token=token)
        assert len(spa["data"]["courses"]["edges"]) == rows
        counts.append((sql.count, spa_sql.count))
    assert counts[0] == counts[1], counts


async def test_list_filters_and_hides_unpublished(world: World, client: httpx.AsyncClient) -> None:
    await drive(world, S.DRAFT)
    await drive(world, S.PENDING)
    await drive(world, S.REJECTED)
    shown = await drive(world, S.PUBLISHED, capacity=2)
    await enroll(world, "user", shown)
    token = await login_token(client, "user@qifu.cn")
    nodes = [e["node"] for e in (await gql(client, LIST, token=token))["data"]["courses"]["edges"]]
    assert [n["id"] for n in nodes] == [gid("Course", shown.id)]
    node = nodes[0]
    assert (node["remaining"], node["enrolledCount"], node["openForEnrollment"]) == (1, 1, True)
    assert node["provider"] == {
        "type": "INSTITUTION",
        "id": gid("Institution", world.i1.id),
        "name": "温州市鹿城区科技服务中心",
    }
    assert node["myEnrollment"]["totalLessons"] == 3
    # Enrolled: the links are shown, and the in-person ticket.
    by_kind = {lesson["kind"]: lesson for lesson in node["lessons"]}
    assert by_kind["LIVE"]["streamLink"] == "https://live.example.cn/room/1"
    assert by_kind["VIDEO"]["videoLink"] == "https://video.example.cn/v/1.mp4"
    assert by_kind["IN_PERSON"]["myTicket"]["code"]
    assert by_kind["LIVE"]["myTicket"] is None
    # Not enrolled (nor signed in): no links.
    anon = (await gql(client, LIST))["data"]["courses"]["edges"][0]["node"]
    assert {lesson["streamLink"] for lesson in anon["lessons"]} == {None}
    assert {lesson["videoLink"] for lesson in anon["lessons"]} == {None}
    assert anon["myEnrollment"] is None
    for variables, expected in [
        ({"category": "MANAGEMENT"}, 0),
        ({"category": "DIGITAL_TRANSFORMATION"}, 1),
        ({"mode": "MIXED"}, 1),
        ({"mode": "LIVE"}, 0),
        ({"region": "3303"}, 1),
        ({"region": "3301"}, 0),
        ({"q": "数字化"}, 1),
        ({"q": "鹿城区科技"}, 1),
        ({"q": "会计"}, 0),
        ({"open": True}, 1),
        ({"open": False}, 0),
    ]:
        answer = await gql(client, LIST, variables)
        assert len(answer["data"]["courses"]["edges"]) == expected, variables


CREATE = """
mutation ($input: CreateCourseInput!) {
  createCourse(input: $input) { course { id status title } errors { field code message } } }"""
ADD = """
mutation ($input: AddLessonInput!) {
  addLesson(input: $input) { lesson { id position kind } course { id } errors { field code } } }"""
SIMPLE = """
mutation ($id: ID!) { %s(input: {courseId: $id}) { course { id status } errors { field code } } }
"""
ENROLL = """
mutation ($id: ID!) { enrollInCourse(input: {courseId: $id}) {
  enrollment { id status course { enrolledCount } } errors { field code } } }"""
JOIN = """
mutation ($id: ID!) { joinLiveLesson(input: {lessonId: $id}) {
  attendance { status source } streamLink errors { field code } } }"""
VIDEO = """
mutation ($id: ID!, $p: Int!) { reportVideoProgress(input: {lessonId: $id, positionSeconds: $p}) {
  attendance { status watchedSeconds } errors { field code } } }"""
SET = """
mutation ($e: ID!, $l: ID!, $s: AttendanceStatus!, $n: String!) {
  setLessonAttendance(input: {enrollmentId: $e, lessonId: $l, status: $s, note: $n}) {
    attendance { status source note } errors { field code } } }"""
SHEET = """
query ($id: ID!) { courseAttendanceSheet(courseId: $id) {
  lessons { id kind } rows { userName attendanceRate enrollment { id userName }
    cells { lessonId status source note watchedSeconds } } } }"""
CHECK_IN = """
mutation ($id: ID!, $code: String!) {
  checkInToLesson(input: {lessonId: $id, code: $code, nonce: "n1"}) {
    result firstCheckedInAt holderName errors { field code } } }"""


async def test_flow_through_the_api(world: World, client: httpx.AsyncClient) -> None:
    t = await tokens_of(client)
    now = clock.now()
    course: dict[str, Any] = {
        "title": "企业合规经营专题培训",
        "category": "LEGAL",
        "mode": "OFFLINE",
        "capacity": 1,
        "enrollOpensAt": (now + timedelta(hours=1)).isoformat(),
        "enrollClosesAt": (now + timedelta(days=2)).isoformat(),
        "startsAt": (now + timedelta(days=3)).isoformat(),
        "endsAt": (now + timedelta(days=4)).isoformat(),
        "teachers": [{"name": "周律师", "title": "合伙人"}],
    }
    provider = {"providerType": "INSTITUTION", "providerId": gid("Institution", world.i1.id)}
    bad = await gql(
        client,
        CREATE,
        {"input": {**provider, "course": {**course, "capacity": 0}}},
        token=t["i1_member"],
    )
    assert bad["data"]["createCourse"]["errors"] == [
        {"field": "capacity", "code": "INVALID", "message": "输入无效"}
    ]
    english = await gql(
        client,
        CREATE,
        {"input": {**provider, "course": {**course, "capacity": 0}}},
        token=t["i1_member"],
        headers={"accept-language": "en"},
    )
    assert english["data"]["createCourse"]["errors"][0]["message"] == "Invalid input"
    assert await Course.all().count() == 0
    created = await gql(
        client, CREATE, {"input": {**provider, "course": course}}, token=t["i1_member"]
    )
    payload = created["data"]["createCourse"]
    assert payload["errors"] == [] and payload["course"]["status"] == "DRAFT"
    cid = payload["course"]["id"]

    starts = now + timedelta(days=3, hours=1)
    lesson = {
        "title": "合同风险防范",
        "kind": "IN_PERSON",
        "venue": "鹿城区市民中心",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
    }
    wrong_kind = await gql(
        client,
        ADD,
        {"input": {"courseId": cid, "lesson": {**lesson, "kind": "VIDEO"}}},
        token=t["i1_member"],
    )
    assert {"field": "videoLink", "code": "REQUIRED"} in wrong_kind["data"]["addLesson"]["errors"]
    added = await gql(
        client, ADD, {"input": {"courseId": cid, "lesson": lesson}}, token=t["i1_member"]
    )
    assert added["data"]["addLesson"]["lesson"]["position"] == 1
    lesson_id = added["data"]["addLesson"]["lesson"]["id"]

    async def run(op: str, role: str) -> dict[str, Any]:
        answer = await gql(client, SIMPLE % op, {"id": cid}, token=t[role])
        return answer["data"][op]  # type: ignore[no-any-return]

    assert (await run("submitCourse", "i1_member"))["course"]["status"] == "PENDING"
    assert (await run("approveCourse", "op_hangzhou"))["errors"] == [
        {"field": "courseId", "code": "NOT_FOUND"}
    ]
    assert (await run("approveCourse", "op_wenzhou"))["course"]["status"] == "PUBLISHED"

    early = (await gql(client, ENROLL, {"id": cid}, token=t["user"]))["data"]["enrollInCourse"]
    assert early["errors"] == [{"field": "courseId", "code": "ENROLLMENT_CLOSED"}]
    clock.advance(timedelta(hours=1, minutes=1))
    t = await tokens_of(client)
    first = (await gql(client, ENROLL, {"id": cid}, token=t["user"]))["data"]["enrollInCourse"]
    assert first["enrollment"]["status"] == "ENROLLED"
    assert first["enrollment"]["course"]["enrolledCount"] == 1
    full = (await gql(client, ENROLL, {"id": cid}, token=t["user2"]))["data"]["enrollInCourse"]
    assert full["errors"] == [{"field": "courseId", "code": "COURSE_FULL"}]

    # Check-in at the lesson with the learner's typed code.
    enrollment = await Enrollment.get(user_id=world.users["user"].id)

    clock.advance(starts - clock.now() + timedelta(minutes=5))
    t = await tokens_of(client)
    scanned = await gql(
        client,
        CHECK_IN,
        {"id": lesson_id, "code": checkin.ticket_code(enrollment.id)},
        token=t["i1_member"],
    )
    assert scanned["data"]["checkInToLesson"]["result"] == "OK"
    assert scanned["data"]["checkInToLesson"]["holderName"] == "测试用户"
    refused = await gql(
        client,
        CHECK_IN,
        {"id": lesson_id, "code": checkin.ticket_code(enrollment.id)},
        token=t["i2_member"],
    )
    assert refused["data"]["checkInToLesson"]["errors"] == [
        {"field": "lessonId", "code": "NOT_FOUND"}
    ]
    assert refused["data"]["checkInToLesson"]["holderName"] is None
    sheet = await gql(client, SHEET, {"id": cid}, token=t["i1_member"])
    rows = sheet["data"]["courseAttendanceSheet"]["rows"]
    assert [(r["userName"], r["attendanceRate"]) for r in rows] == [("测试用户", 100)]
    assert rows[0]["cells"][0]["status"] == "PRESENT"
    assert rows[0]["cells"][0]["source"] == "CHECKIN"

    changed = await gql(
        client,
        SET,
        {"e": gid("CourseEnrollment", enrollment.id), "l": lesson_id, "s": "LATE", "n": "补录"},
        token=t["i1_member"],
    )
    assert changed["data"]["setLessonAttendance"]["attendance"] == {
        "status": "LATE",
        "source": "PROVIDER",
        "note": "补录",
    }


async def test_live_and_video_through_the_api(world: World, client: httpx.AsyncClient) -> None:
    c = await drive(world, S.PUBLISHED)
    await enroll(world, "user", c)
    lessons = await lessons_of(c)
    live, clip = lessons["LIVE"], lessons["VIDEO"]
    assert live.starts_at is not None
    clock.advance(live.starts_at - clock.now() + timedelta(minutes=11))
    await services.move_by_time()
    t = await tokens_of(client)
    joined = await gql(client, JOIN, {"id": gid("Lesson", live.id)}, token=t["user"])
    assert joined["data"]["joinLiveLesson"] == {
        "attendance": {"status": "LATE", "source": "LIVE_JOIN"},
        "streamLink": "https://live.example.cn/room/1",
        "errors": [],
    }
    stranger = await gql(client, JOIN, {"id": gid("Lesson", live.id)}, token=t["user2"])
    assert stranger["data"]["joinLiveLesson"]["errors"] == [
        {"field": "lessonId", "code": "NOT_ENROLLED"}
    ]
    first = await gql(client, VIDEO, {"id": gid("Lesson", clip.id), "p": 950}, token=t["user"])
    assert first["data"]["reportVideoProgress"]["attendance"] == {
        "status": None,
        "watchedSeconds": 0,
    }
    clock.advance(timedelta(seconds=40))
    second = await gql(client, VIDEO, {"id": gid("Lesson", clip.id), "p": 950}, token=t["user"])
    assert second["data"]["reportVideoProgress"]["attendance"]["watchedSeconds"] == 50


# Who may do what (a literal table):
#   sees: courseEnrollments rows / the attendance sheet / a draft through node
#   approves a PENDING course, cancels a PUBLISHED one, sets attendance, sees the stream link
#   role          enrollments sheet  draft  approves cancels sets   link
MATRIX = [
    ("anonymous", False, False, False, False, False, False, False),
    ("user", False, False, False, False, False, False, False),  # plain signed-in user
    ("user2", False, False, False, False, False, False, True),  # enrolled learner
    ("i2_member", False, False, False, False, False, False, False),  # another institution
    ("i1_member", True, True, True, False, True, True, True),  # the provider
    ("op_wenzhou", True, False, True, True, False, False, True),  # reviews the platform
    ("op_hangzhou", False, False, False, False, False, False, False),  # another platform
    ("hub_admin", True, False, True, True, False, False, True),  # reviews everything
]
NODE = """query ($id: ID!) { node(id: $id) { ... on Course { id status } } }"""
ENROLLMENTS = """
query ($id: ID!) { courseEnrollments(courseId: $id) { edges { node { userName status } } } }"""
LINK = """query ($id: ID!) { node(id: $id) { ... on Lesson { streamLink } } }"""
CANCEL = """mutation ($id: ID!) { cancelCourse(input: {courseId: $id, reason: "改期"}) {
  course { status } errors { field code } } }"""


@pytest.mark.parametrize(
    ("role", "enrollments", "sheet", "draft", "approves", "cancels", "sets", "link"), MATRIX
)
async def test_permission_matrix(
    world: World,
    client: httpx.AsyncClient,
    role: str,
    enrollments: bool,
    sheet: bool,
    draft: bool,
    approves: bool,
    cancels: bool,
    sets: bool,
    link: bool,
) -> None:
    hidden = await drive(world, S.DRAFT)
    pending = await drive(world, S.PENDING)
    published = await drive(world, S.PUBLISHED)
    e = await enroll(world, "user2", published)
    live = (await lessons_of(published))["LIVE"]
    t = await tokens_of(client)
    token = t[role]

    rows = await gql(client, ENROLLMENTS, {"id": gid("Course", published.id)}, token=token)
    if role == "anonymous":
        assert rows["data"] is None  # signing in comes first
    else:
        edges = rows["data"]["courseEnrollments"]["edges"]
        assert [n["node"]["userName"] for n in edges] == (["测试用户"] if enrollments else [])

    answer = await gql(client, SHEET, {"id": gid("Course", published.id)}, token=token)
    if role != "anonymous":
        assert (answer["data"]["courseAttendanceSheet"] is not None) is sheet
        unknown = await gql(client, SHEET, {"id": gid("Course", published.id + 999)}, token=token)
        if not sheet:
            assert answer == unknown  # denied answers as for an unknown id

    seen = await gql(client, NODE, {"id": gid("Course", hidden.id)}, token=token)
    assert (seen["data"]["node"] is not None) is draft
    if not draft:
        unknown = await gql(client, NODE, {"id": gid("Course", hidden.id + 999)}, token=token)
        assert seen == unknown

    lesson = await gql(client, LINK, {"id": gid("Lesson", live.id)}, token=token)
    assert (lesson["data"]["node"]["streamLink"] is not None) is link

    approved = await gql(
        client, SIMPLE % "approveCourse", {"id": gid("Course", pending.id)}, token=token
    )
    after = await Course.get(id=pending.id)
    assert (after.status == S.PUBLISHED) is approves
    if not approves and role != "anonymous":
        assert approved["data"]["approveCourse"]["errors"] == [
            {"field": "courseId", "code": "NOT_FOUND"}
        ]

    set_answer = await gql(
        client,
        SET,
        {
            "e": gid("CourseEnrollment", e.id),
            "l": gid("Lesson", live.id),
            "s": "EXCUSED",
            "n": "请假",
        },
        token=token,
    )
    status = await attendance.summaries([e.id])
    assert (status[e.id].excused == 1) is sets
    if not sets and role != "anonymous":
        assert set_answer["data"]["setLessonAttendance"]["errors"] == [
            {"field": "lessonId", "code": "NOT_FOUND"}
        ]

    await gql(client, CANCEL, {"id": gid("Course", published.id)}, token=token)
    assert ((await Course.get(id=published.id)).status == S.CANCELLED) is cancels


MINE = """{ myCourseEnrollments { edges { node { id status course { title }
  attendanceRate attendedLessons totalLessons userName } } } }"""
ENROLLMENT_NODE = """query ($id: ID!) { node(id: $id) { ... on CourseEnrollment { id status } } }"""


async def test_enrollments_are_private(world: World, client: httpx.AsyncClient) -> None:
    c = await drive(world, S.PUBLISHED)
    e = await enroll(world, "user", c)
    provider = await world.who("i1_member")
    live = (await lessons_of(c))["LIVE"]
    t = await tokens_of(client)
    await attendance.set_by_provider(ACTOR, provider, e.id, live.id, AttendanceStatus.PRESENT, "到")
    mine = (await gql(client, MINE, token=t["user"]))["data"]["myCourseEnrollments"]["edges"]
    assert [m["node"] for m in mine] == [
        {
            "id": gid("CourseEnrollment", e.id),
            "status": "ENROLLED",
            "course": {"title": "中小企业数字化转型实务（第一期）"},
            "attendanceRate": 33,
            "attendedLessons": 1,
            "totalLessons": 3,
            "userName": None,  # the learner's own name is not repeated to them
        }
    ]
    assert (await gql(client, MINE, token=t["user2"]))["data"]["myCourseEnrollments"]["edges"] == []
    for role, visible in [
        ("user", True),
        ("user2", False),
        ("i2_member", False),
        ("op_hangzhou", False),
        ("i1_member", True),
        ("op_wenzhou", True),
    ]:
        answer = await gql(
            client, ENROLLMENT_NODE, {"id": gid("CourseEnrollment", e.id)}, token=t[role]
        )
        assert (answer["data"]["node"] is not None) is visible, role
    # A cancelled course stays visible to those enrolled in it, and to nobody else.
    await services.cancel(ACTOR, provider, c.id, "讲师临时有事")
    for role, visible in [("user", True), ("user2", False), ("anonymous", False)]:
        answer = await gql(client, NODE, {"id": gid("Course", c.id)}, token=t[role])
        assert (answer["data"]["node"] is not None) is visible, role


PROVIDED = """
query ($type: CourseProviderType!, $id: ID!) {
  providedCourses(providerType: $type, providerId: $id, first: 50) {
    totalCount edges { node { id status viewerCanManage viewerCanReview } } } }"""
REVIEW = """
query { coursesForReview(status: PENDING) { edges { node { id status viewerCanReview } } } }"""
VENUE = """
query ($id: ID!) { lessonVenueCode(lessonId: $id) { code periodSeconds checkInUrl qrSvg } }"""
LESSON_NODE = """query ($id: ID!) { node(id: $id) { ... on Lesson { id title } } }"""


async def test_workspaces_and_venue_code(world: World, client: httpx.AsyncClient) -> None:
    draft = await drive(world, S.DRAFT)
    pending = await drive(world, S.PENDING)
    published = await drive(world, S.PUBLISHED)
    t = await tokens_of(client)
    i1 = {"type": "INSTITUTION", "id": gid("Institution", world.i1.id)}
    for role, expected in [
        ("i1_member", {draft.id, pending.id, published.id}),
        ("i2_member", set()),
        ("op_wenzhou", set()),  # reviews, but provides none of I1's courses
        ("user", set()),
    ]:
        answer = await gql(client, PROVIDED, i1, token=t[role])
        edges = answer["data"]["providedCourses"]["edges"]
        assert {int(relay.GlobalID.from_id(e["node"]["id"]).node_id) for e in edges} == expected
        assert all(e["node"]["viewerCanManage"] for e in edges)
    for role, expected in [
        ("op_wenzhou", [pending.id]),
        ("hub_admin", [pending.id]),
        ("op_hangzhou", []),
        ("i1_member", []),
        ("user", []),
    ]:
        answer = await gql(client, REVIEW, token=t[role])
        edges = answer["data"]["coursesForReview"]["edges"]
        assert [int(relay.GlobalID.from_id(e["node"]["id"]).node_id) for e in edges] == expected
        assert all(e["node"]["viewerCanReview"] for e in edges)

    room = (await lessons_of(published))["IN_PERSON"]
    live = (await lessons_of(published))["LIVE"]
    code = await gql(client, VENUE, {"id": gid("Lesson", room.id)}, token=t["i1_member"])
    venue = code["data"]["lessonVenueCode"]
    assert len(venue["code"]) == 6 and venue["qrSvg"].startswith("data:image/svg+xml;base64,")
    assert venue["checkInUrl"].endswith(
        f"/training/lessons/{room.id}/check-in?code={venue['code']}"
    )
    for role, lesson_id in [
        ("op_wenzhou", room.id),
        ("i2_member", room.id),
        ("i1_member", live.id),
    ]:
        denied = await gql(client, VENUE, {"id": gid("Lesson", lesson_id)}, token=t[role])
        assert denied["data"]["lessonVenueCode"] is None

    # A draft's lessons are unknown to strangers, exactly as a lesson that does not exist.
    hidden = (await lessons_of(draft))["VIDEO"]
    for role in ("anonymous", "user", "i2_member", "op_hangzhou"):
        seen = await gql(client, LESSON_NODE, {"id": gid("Lesson", hidden.id)}, token=t[role])
        unknown = await gql(client, LESSON_NODE, {"id": gid("Lesson", 10**9)}, token=t[role])
        assert seen == unknown == {"data": {"node": None}}, role
    for role in ("i1_member", "op_wenzhou"):
        seen = await gql(client, LESSON_NODE, {"id": gid("Lesson", hidden.id)}, token=t[role])
        assert seen["data"]["node"]["title"] == "录播：ERP 选型要点"
