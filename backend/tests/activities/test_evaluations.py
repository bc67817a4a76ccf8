"""Rating an activity: only people who checked in, only after the end, once; the dimensions;
the organiser's reply; who sees the ratings."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qifu.accounts.models import User
from qifu.accounts.services import grants_of
from qifu.activities import evaluations, summaries
from qifu.activities.models import ActivityStatus
from qifu.core.errors import DomainError, ErrorCode
from qifu.feedback.models import Evaluation
from qifu.orgs.scopes import scope_of
from tests.activities.after_support import (
    attendees,
    check_in,
    ended,
    gid,
    sign_up,
    to_ended,
    to_ongoing,
)
from tests.activities.support import World, drive
from tests.support import ACTOR, gql, login_token

S = ActivityStatus

RATE = """
mutation ($input: EvaluateActivityInput!) {
  evaluateActivity(input: $input) {
    activity { id status myEvaluation { overall } }
    evaluation { id overall comment dimensions { name score } }
    errors { field code }
  }
}"""
PAGE = """
query ($id: ID!) {
  node(id: $id) { ... on Activity {
    myEvaluation { overall }
    evaluations(first: 10) { totalCount items { overall comment reply dimensions { name score } } }
  } }
}"""
REPLY = """
mutation ($input: ReplyToEvaluationInput!) {
  replyToEvaluation(input: $input) { evaluation { reply } errors { field code } }
}"""
DIMENSIONS = {"content": 5, "organisation": 4, "usefulness": 5}


def _input(activity_id: int, overall: int = 5, **changes: Any) -> dict[str, Any]:
    return {
        "input": {
            "activityId": gid("Activity", activity_id),
            "overall": overall,
            "dimensions": [{"name": k, "score": v} for k, v in DIMENSIONS.items()],
            "comment": "政策讲解清楚，很有帮助",
            **changes,
        }
    }


async def _rate(user: User, activity_id: int, **scores: Any) -> Evaluation:
    return await evaluations.evaluate(
        ACTOR,
        user,
        scope_of(await grants_of(user)),
        activity_id,
        overall=scores.get("overall", 5),
        dimensions=scores.get("dimensions", DIMENSIONS),
        comment="",
    )


async def test_an_attendee_rates_once_and_the_organiser_replies(
    world: World, client: httpx.AsyncClient
) -> None:
    people = await attendees(2)
    activity, _ = await ended(world, people, checked_in=1)
    token = await login_token(client, "a0@qifu.cn")
    answer = (await gql(client, RATE, _input(activity.id), token=token))["data"]["evaluateActivity"]
    assert answer["errors"] == []
    assert answer["activity"]["myEvaluation"] == {"overall": 5}
    assert answer["evaluation"]["dimensions"] == [
        {"name": "content", "score": 5},
        {"name": "organisation", "score": 4},
        {"name": "usefulness", "score": 5},
    ]
    again = (await gql(client, RATE, _input(activity.id, 1), token=token))["data"][
        "evaluateActivity"
    ]
    assert again["errors"] == [{"field": "subjectId", "code": "ALREADY_EVALUATED"}]

    # Registered but not checked in: not an attendee.
    absent = await login_token(client, "a1@qifu.cn")
    refused = (await gql(client, RATE, _input(activity.id), token=absent))["data"][
        "evaluateActivity"
    ]
    assert refused["errors"] == [{"field": "activityId", "code": "FORBIDDEN"}]
    assert await Evaluation.filter(subject_id=activity.id).count() == 1

    # Anyone sees the ratings (no names); the organiser replies once; others cannot.
    page = (await gql(client, PAGE, {"id": gid("Activity", activity.id)}))["data"]["node"]
    assert page["myEvaluation"] is None
    assert page["evaluations"]["totalCount"] == 1
    item = page["evaluations"]["items"][0]
    assert (item["overall"], item["comment"], item["reply"]) == (5, "政策讲解清楚，很有帮助", None)
    eid = answer["evaluation"]["id"]
    for role_email in ("user2@qifu.cn", "opwz@qifu.cn", "dept@qifu.cn", "a0@qifu.cn"):
        denied = await gql(
            client,
            REPLY,
            {"input": {"evaluationId": eid, "reply": "谢谢"}},
            token=await login_token(client, role_email),
        )
        assert denied["data"]["replyToEvaluation"]["errors"] == [
            {"field": "evaluationId", "code": "NOT_FOUND"}
        ], role_email
    replied = await gql(
        client,
        REPLY,
        {"input": {"evaluationId": eid, "reply": "感谢参与，下期见"}},
        token=await login_token(client, "i1m@qifu.cn"),
    )
    assert replied["data"]["replyToEvaluation"]["evaluation"]["reply"] == "感谢参与，下期见"
    mine = (await gql(client, PAGE, {"id": gid("Activity", activity.id)}, token=token))["data"][
        "node"
    ]
    assert mine["myEvaluation"] == {"overall": 5}
    assert mine["evaluations"]["items"][0]["reply"] == "感谢参与，下期见"


async def test_only_after_the_end_and_also_when_summarized(world: World) -> None:
    [person] = await attendees(1)
    activity = await drive(world, S.PUBLISHED)
    registration = await sign_up(activity, person)
    activity = await to_ongoing(activity)
    await check_in(registration)
    with pytest.raises(DomainError) as e:
        await _rate(person, activity.id)
    assert e.value.code is ErrorCode.INVALID_TRANSITION
    assert not await Evaluation.exists()

    await to_ended(activity)
    await summaries.save(ACTOR, await world.who("i1_member"), activity.id, text="总结")
    rated = await _rate(person, activity.id, overall=4)
    assert (rated.owner_type, rated.owner_id) == ("Institution", world.i1.id)
    assert (rated.target_type, rated.target_id) == ("Activity", activity.id)


@pytest.mark.parametrize("state", [S.DRAFT, S.PENDING, S.REJECTED])
async def test_unpublished_activity_is_unknown(world: World, state: S) -> None:
    activity = await drive(world, state)
    with pytest.raises(DomainError) as e:
        await _rate(world.users["user"], activity.id)
    assert (e.value.field, e.value.code) == ("activityId", ErrorCode.NOT_FOUND)


async def test_strangers_and_bad_scores_are_refused(world: World) -> None:
    people = await attendees(1)
    activity, _ = await ended(world, people, checked_in=1)
    for role in ("user", "i1_member", "op_wenzhou"):
        with pytest.raises(DomainError) as e:
            await _rate(world.users[role], activity.id)
        assert e.value.code is ErrorCode.FORBIDDEN, role
    for scores in (
        {"overall": 0},
        {"overall": 6},
        {"dimensions": {"content": 5, "organisation": 4}},
        {"dimensions": {**DIMENSIONS, "usefulness": 9}},
        {"dimensions": {**DIMENSIONS, "teacher": 5}},
    ):
        with pytest.raises(DomainError):
            await _rate(people[0], activity.id, **scores)
    assert not await Evaluation.exists()
    with pytest.raises(DomainError) as e:
        await _rate(people[0], 999999)
    assert e.value.code is ErrorCode.NOT_FOUND
