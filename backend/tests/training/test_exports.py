"""The course export: a readable xlsx only through a valid, unexpired link of someone who
may see the figures; everything else is the same 404."""

from __future__ import annotations

import io
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
from openpyxl import load_workbook  # type: ignore[import-untyped]
from strawberry import relay

from qifu.core import clock
from qifu.training import exports, quiz
from tests.support import ACTOR, gql, login_token
from tests.training.assessment_support import answers, attend, enrollment_of, quiz_course
from tests.training.support import World

STATISTICS = "query($c: ID!) { courseStatistics(courseId: $c) { exportUrl } }"


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def test_export_through_a_valid_link_only(client: httpx.AsyncClient, world: World) -> None:
    qc = await quiz_course(world, learners=("user", "user2"))
    enrollment = await enrollment_of(world, "user", qc.course)
    await attend(world, enrollment, present=3)
    attempt = await quiz.start_attempt(ACTOR, world.users["user"], qc.course.id)
    await quiz.submit_attempt(ACTOR, world.users["user"], attempt.id, answers(qc))

    token = await login_token(client, "opwz@qifu.cn")  # a reviewer
    course_id = str(relay.GlobalID("Course", str(qc.course.id)))
    url = (await gql(client, STATISTICS, {"c": course_id}, token=token))["data"][
        "courseStatistics"
    ]["exportUrl"]
    response = await client.get(_path(url))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(exports.XLSX)
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["概况", "出勤", "学员"]
    summary = {row[0]: row[1] for row in book["概况"].iter_rows(values_only=True)}
    assert summary["课程"] == qc.course.title
    assert summary["报名人数"] == 2
    assert summary["证书数"] == 1
    learners = list(book["学员"].iter_rows(values_only=True))
    assert learners[0][0] == "姓名" and len(learners) == 3
    assert learners[1][2] == 100 and learners[1][3] == 10 and learners[1][4]
    assert len(list(book["出勤"].iter_rows(values_only=True))) == 4  # header + 3 lessons

    path, _, token_value = _path(url).partition("?token=")
    assert (await client.get(f"{path}?token={token_value[:-2]}xx")).status_code == 404
    assert (await client.get(path)).status_code == 404
    other_course = path.replace(f"/{qc.course.id}.xlsx", f"/{qc.course.id + 1}.xlsx")
    assert (await client.get(f"{other_course}?token={token_value}")).status_code == 404
    # A link made for someone who may not see the figures does not open.
    outsider = exports.course_url(qc.course.id, world.users["op_hangzhou"].id)
    assert (await client.get(_path(outsider))).status_code == 404
    # Links live for 10 minutes.
    clock.advance(timedelta(minutes=11))
    assert (await client.get(_path(url))).status_code == 404
