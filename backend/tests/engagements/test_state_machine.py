"""The state machine through the API: every allowed transition works; every other action is
INVALID_TRANSITION and changes nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qifu.core.models import OutboxMessage
from qifu.engagements.models import Engagement, EngagementStep
from qifu.feedback.models import Evaluation
from tests.engagements.operations import ACTIONS, ALLOWED, action_input, mutation
from tests.engagements.support import S, World, drive, gid
from tests.support import gql


async def snapshot(engagement_id: int) -> tuple[Any, ...]:
    e = await Engagement.get(id=engagement_id)
    return (
        e.status,
        e.updated_at,
        e.status_reason,
        e.fee,
        e.plan,
        e.report,
        await EngagementStep.filter(engagement_id=engagement_id).count(),
        await Evaluation.all().count(),
        await OutboxMessage.all().count(),
    )


async def run(
    client: httpx.AsyncClient, world: World, action: str, engagement_id: int
) -> dict[str, Any]:
    name, input_type, role, _ = ACTIONS[action]
    variables = {"input": await action_input(world, action, gid("Engagement", engagement_id), role)}
    result = await gql(client, mutation(name, input_type), variables, token=world.tokens[role])
    assert "errors" not in result, result
    return result["data"][name]


@pytest.mark.parametrize("source", list(S))
async def test_every_action_from(client: httpx.AsyncClient, world: World, source: S) -> None:
    for action, (_, _, _, target) in ACTIONS.items():
        engagement = await drive(world, source)
        before = await snapshot(engagement.id)
        payload = await run(client, world, action, engagement.id)
        if source in ALLOWED[action]:
            assert payload["errors"] == [], (action, source, payload)
            expected = target or source
            assert payload["engagement"]["status"] == expected.value
            assert (await Engagement.get(id=engagement.id)).status == expected
            steps = await EngagementStep.filter(engagement_id=engagement.id).count()
            assert steps == before[6] + 1
            assert await OutboxMessage.all().count() > before[8]  # the other side was told
        else:
            assert payload["engagement"] is None
            assert [(e["field"], e["code"]) for e in payload["errors"]] == [
                ("engagementId", "INVALID_TRANSITION")
            ], (action, source)
            assert await snapshot(engagement.id) == before, (action, source)


def test_table_matches_the_service() -> None:
    """The literal table above is the service's table."""
    from qifu.engagements import services

    for action, sources in ALLOWED.items():
        if action == "progress":
            continue
        assert services.ACTIONS[action].sources == sources, action
