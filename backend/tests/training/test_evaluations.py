"""Rating a course: enrolled learners only, once it has ENDED, once each; the provider
replies through replyToEvaluation."""

from __future__ import annotations

import httpx
from strawberry import relay

from tests.support import gql, login_token
from tests.training.assessment_support import S, move_to
from tests.training.support import World, drive, enroll

EVALUATE = """mutation($c: ID!, $o: Int!) { evaluateCourse(input: {courseId: $c, overall: $o,
  content: 5, teacher: 4, organisation: 4, usefulness: 3, comment: "讲得很实用"}) {
  evaluation { id overall dimensions { name score } comment } errors { field code } } }"""
PAGE = """query($c: ID!) { courseEvaluations(courseId: $c, first: 10) { totalCount
  items { overall comment reply dimensions { name score } } }
  myCourseEvaluation(courseId: $c) { overall } }"""
REPLY = """mutation($e: ID!) { replyToEvaluation(input: {evaluationId: $e, reply: "感谢反馈"}) {
  evaluation { reply } errors { code } } }"""


async def test_rating_rules(client: httpx.AsyncClient, world: World) -> None:
    course = await drive(world, S.PUBLISHED)
    await enroll(world, "user", course)
    course_id = str(relay.GlobalID("Course", str(course.id)))
    user = await login_token(client, "user@qifu.cn")
    early = await gql(client, EVALUATE, {"c": course_id, "o": 5}, token=user)
    assert early["data"]["evaluateCourse"]["errors"] == [
        {"field": "courseId", "code": "INVALID_TRANSITION"}
    ]

    await move_to(course, S.ENDED)
    user = await login_token(client, "user@qifu.cn")
    stranger = await login_token(client, "user2@qifu.cn")
    refused = await gql(client, EVALUATE, {"c": course_id, "o": 5}, token=stranger)
    assert refused["data"]["evaluateCourse"]["errors"][0]["code"] == "NOT_ENROLLED"

    bad = await gql(client, EVALUATE, {"c": course_id, "o": 6}, token=user)
    assert bad["data"]["evaluateCourse"]["evaluation"] is None
    assert bad["data"]["evaluateCourse"]["errors"]

    done = await gql(client, EVALUATE, {"c": course_id, "o": 5}, token=user)
    payload = done["data"]["evaluateCourse"]
    assert payload["errors"] == []
    assert [d["name"] for d in payload["evaluation"]["dimensions"]] == [
        "content",
        "teacher",
        "organisation",
        "usefulness",
    ]
    twice = await gql(client, EVALUATE, {"c": course_id, "o": 4}, token=user)
    assert twice["data"]["evaluateCourse"]["errors"][0]["code"] == "ALREADY_EVALUATED"

    page = (await gql(client, PAGE, {"c": course_id}, token=user))["data"]
    assert page["courseEvaluations"]["totalCount"] == 1
    assert page["myCourseEvaluation"] == {"overall": 5}

    other_provider = await login_token(client, "i2m@qifu.cn")
    evaluation_id = payload["evaluation"]["id"]
    wrong = await gql(client, REPLY, {"e": evaluation_id}, token=other_provider)
    assert wrong["data"]["replyToEvaluation"]["errors"][0]["code"] == "NOT_FOUND"
    provider = await login_token(client, "i1m@qifu.cn")
    replied = await gql(client, REPLY, {"e": evaluation_id}, token=provider)
    assert replied["data"]["replyToEvaluation"]["evaluation"]["reply"] == "感谢反馈"
    page = (await gql(client, PAGE, {"c": course_id}))["data"]
    assert page["courseEvaluations"]["items"][0]["reply"] == "感谢反馈"


async def test_a_cancelled_enrollment_cannot_rate(client: httpx.AsyncClient, world: World) -> None:
    from qifu.training import services
    from tests.support import ACTOR

    course = await drive(world, S.PUBLISHED)
    enrollment = await enroll(world, "user", course)
    await services.cancel_enrollment(ACTOR, await world.who("user"), enrollment.id)
    await move_to(course, S.ENDED)
    token = await login_token(client, "user@qifu.cn")
    course_id = str(relay.GlobalID("Course", str(course.id)))
    refused = await gql(client, EVALUATE, {"c": course_id, "o": 5}, token=token)
    assert refused["data"]["evaluateCourse"]["errors"][0]["code"] == "NOT_ENROLLED"
