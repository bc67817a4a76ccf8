"""Evaluations: one per rater per subject, scores 1–5 on the kind's dimensions, a comment up
to 1000, one reply by the owner; satisfaction rate = share of overall ≥ 4. Tested on a subject
kind of the tests' own (feedback knows no domain), then through engagements."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qifu.accounts.models import User
from qifu.core.errors import DomainError, ErrorCode, ValidationErrors
from qifu.feedback import registry, services
from qifu.feedback.models import Evaluation
from qifu.orgs.scopes import Scope, scope_of
from tests.engagements.support import DIMENSIONS, S, World, drive, gid
from tests.support import ACTOR, gql, make_user

NO_SCOPE = scope_of([])


async def _anyone(user: User, scope: Scope, subject_id: int) -> registry.Owner:
    if subject_id == 0:
        raise DomainError(ErrorCode.NOT_FOUND, "subjectId")
    return registry.Owner("Tester", 7, "Thing", subject_id)


async def _owner_7(user: User, scope: Scope, owner_type: str, owner_id: int) -> bool:
    return user.email == "owner@qifu.cn"


registry.register(
    registry.SubjectKind("TEST", ("content", "teacher"), check_rater=_anyone, may_reply=_owner_7)
)


async def rate(user: User, subject: int = 1, **changes: Any) -> Evaluation:
    values: dict[str, Any] = {
        "overall": 5,
        "dimensions": {"content": 5, "teacher": 4},
        "comment": "很好",
    }
    values.update(changes)
    return await services.rate(ACTOR, user, NO_SCOPE, "TEST", subject, **values)


async def test_one_evaluation_per_rater_per_subject() -> None:
    a, b = await make_user("a@qifu.cn"), await make_user("b@qifu.cn")
    await rate(a, 1)
    with pytest.raises(DomainError) as again:
        await rate(a, 1, overall=1)
    assert again.value.code is ErrorCode.ALREADY_EVALUATED
    await rate(b, 1)
    await rate(a, 2)
    assert await Evaluation.all().count() == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"overall": 0}, "overall"),
        ({"overall": 6}, "overall"),
        ({"dimensions": {"content": 5}}, "dimensions"),
        ({"dimensions": {"content": 5, "teacher": 9}}, "dimensions"),
        ({"dimensions": {"content": 5, "teacher": 4, "extra": 3}}, "dimensions"),
        ({"comment": "长" * 1001}, "comment"),
    ],
)
async def test_bad_scores_store_nothing(changes: dict[str, Any], field: str) -> None:
    a = await make_user("a@qifu.cn")
    with pytest.raises(DomainError) as bad:
        await rate(a, **changes)
    errors = bad.value.errors if isinstance(bad.value, ValidationErrors) else [bad.value]
    assert field in {e.field for e in errors}
    assert await Evaluation.all().count() == 0


async def test_the_owner_replies_once() -> None:
    a, owner = await make_user("a@qifu.cn"), await make_user("owner@qifu.cn")
    evaluation = await rate(a)
    with pytest.raises(DomainError) as stranger:
        await services.reply(ACTOR, a, NO_SCOPE, evaluation.id, "谢谢")
    assert stranger.value.code is ErrorCode.NOT_FOUND
    await services.reply(ACTOR, owner, NO_SCOPE, evaluation.id, "感谢您的评价")
    with pytest.raises(DomainError) as twice:
        await services.reply(ACTOR, owner, NO_SCOPE, evaluation.id, "再次感谢")
    assert twice.value.code is ErrorCode.ALREADY_REPLIED
    assert (await Evaluation.get(id=evaluation.id)).reply == "感谢您的评价"


def test_satisfaction_rate() -> None:
    assert services.satisfaction_rate([]) is None
    assert services.satisfaction_rate([5, 4, 3, 1]) == 0.5
    assert services.satisfaction_rate([4]) == 1.0


EVALUATE = """mutation($input: EvaluateEngagementInput!) { evaluateEngagement(input: $input) {
  engagement { status } evaluation { id overall dimensions { name score } }
  errors { field code } } }"""
REPLY = """mutation($id: ID!, $r: String!) { replyToEvaluation(input:
  {evaluationId: $id, reply: $r}) { evaluation { reply } errors { field code } } }"""


def evaluate_input(engagement_id: int, overall: int = 5) -> dict[str, Any]:
    return {
        "input": {
            "engagementId": gid("Engagement", engagement_id),
            "overall": overall,
            "dimensions": [{"name": k, "score": v} for k, v in DIMENSIONS.items()],
            "comment": "专业",
        }
    }


async def test_only_the_enterprise_of_a_confirmed_engagement_rates_it(
    client: httpx.AsyncClient, world: World
) -> None:
    delivered = await drive(world, S.DELIVERED)
    confirmed = await drive(world, S.CONFIRMED)
    for role, engagement, code in (
        ("e1_admin", delivered, "INVALID_TRANSITION"),
        ("e2_admin", confirmed, "NOT_FOUND"),
        ("i1_member", confirmed, "NOT_FOUND"),
        ("op_wenzhou", confirmed, "NOT_FOUND"),
        ("user", confirmed, "NOT_FOUND"),
    ):
        result = await gql(
            client, EVALUATE, evaluate_input(engagement.id), token=world.tokens[role]
        )
        assert result["data"]["evaluateEngagement"]["errors"] == [
            {"field": "engagementId", "code": code}
        ], role
    assert await Evaluation.all().count() == 0
    ok = await gql(client, EVALUATE, evaluate_input(confirmed.id), token=world.tokens["e1_member"])
    payload = ok["data"]["evaluateEngagement"]
    assert payload["errors"] == [] and payload["engagement"]["status"] == "EVALUATED"
    assert {d["name"] for d in payload["evaluation"]["dimensions"]} == set(DIMENSIONS)
    # Once rated, the engagement is EVALUATED: nobody of the enterprise rates it again.
    for role in ("e1_member", "e1_admin"):
        again = await gql(client, EVALUATE, evaluate_input(confirmed.id), token=world.tokens[role])
        assert again["data"]["evaluateEngagement"]["errors"][0]["code"] == "INVALID_TRANSITION"
    assert await Evaluation.all().count() == 1

    evaluation_id = payload["evaluation"]["id"]
    for role in ("e1_admin", "i2_member", "op_wenzhou"):
        denied = await gql(
            client, REPLY, {"id": evaluation_id, "r": "谢谢"}, token=world.tokens[role]
        )
        assert denied["data"]["replyToEvaluation"]["errors"] == [
            {"field": "evaluationId", "code": "NOT_FOUND"}
        ], role
    first = await gql(
        client, REPLY, {"id": evaluation_id, "r": "感谢认可"}, token=world.tokens["i1_member"]
    )
    assert first["data"]["replyToEvaluation"]["evaluation"]["reply"] == "感谢认可"
    second = await gql(
        client, REPLY, {"id": evaluation_id, "r": "再谢"}, token=world.tokens["i1_member"]
    )
    assert second["data"]["replyToEvaluation"]["errors"] == [
        {"field": "evaluationId", "code": "ALREADY_REPLIED"}
    ]


PRODUCT = """query($id: ID!) { node(id: $id) { ... on ServiceProduct { rating requestCount
  institution { score { completionRate satisfactionRate } } } } }"""


async def test_ratings_move_the_product_and_the_institution_score(
    client: httpx.AsyncClient, world: World
) -> None:
    from qifu.engagements import services as engagements
    from qifu.orgs import scoring

    pid = gid("ServiceProduct", world.product.id)
    before = (await gql(client, PRODUCT, {"id": pid}))["data"]["node"]
    assert (before["rating"], before["requestCount"]) == (None, 0)

    ent_user, ent = world.users["e1_admin"], await world.scope("e1_admin")
    for overall in (5, 2):
        e = await drive(world, S.CONFIRMED)
        await engagements.evaluate(
            ACTOR, ent_user, ent, e.id, overall=overall, dimensions=dict(DIMENSIONS), comment=""
        )
    await drive(world, S.IN_SERVICE)  # accepted, not yet delivered
    await drive(world, S.REQUESTED)  # not decided yet

    after = (await gql(client, PRODUCT, {"id": pid}))["data"]["node"]
    assert (after["rating"], after["requestCount"]) == (3.5, 4)
    (score,) = await scoring.scores([world.i1.id])
    assert score.satisfaction_rate == 0.5
    assert score.completion_rate == pytest.approx(2 / 3)
    (other,) = await scoring.scores([world.i2.id])
    assert other.value is None
