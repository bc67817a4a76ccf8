"""The state machine through the API: every allowed transition works; every other action is
refused and changes nothing — INVALID_TRANSITION for whoever sees the demand, and, for a
handler to whom it was never assigned, the answer for an unknown id."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qifu.core.models import AuditEvent, OutboxMessage
from qifu.demands import services
from qifu.demands.models import Demand, DemandEvent
from qifu.feedback.models import Evaluation
from qifu.notify.models import Notification
from tests.demands.operations import ACTIONS, ALLOWED, action_input, mutation
from tests.demands.support import REACHABLE, S, World, drive, gid
from tests.support import gql

# States in which I1 (the handler in these tests) has never been assigned the demand.
NEVER_HANDLED = {S.SUBMITTED, S.WITHDRAWN, S.NOT_ACCEPTED, S.ACCEPTED}


async def snapshot(demand_id: int) -> tuple[Any, ...]:
    d = await Demand.get(id=demand_id)
    return (
        d.status,
        d.updated_at,
        d.status_reason,
        d.handler_type,
        d.handler_id,
        d.reply,
        d.reply_due_at,
        d.last_urged_at,
        await DemandEvent.filter(demand_id=demand_id).count(),
        await Evaluation.all().count(),
        await OutboxMessage.all().count(),
        await Notification.all().count(),
        await AuditEvent.filter(object_type="Demand", object_id=str(demand_id)).count(),
    )


async def run(client: httpx.AsyncClient, world: World, action: str, demand_id: int) -> Any:
    name, input_type, role, _ = ACTIONS[action]
    variables = {"input": action_input(world, action, gid("Demand", demand_id))}
    result = await gql(client, mutation(name, input_type), variables, token=world.tokens[role])
    assert "errors" not in result, result
    return result["data"][name]


@pytest.mark.parametrize("source", REACHABLE)
async def test_every_action_from(client: httpx.AsyncClient, world: World, source: S) -> None:
    for action, (_, _, role, target) in ACTIONS.items():
        demand = await drive(world, source)
        before = await snapshot(demand.id)
        payload = await run(client, world, action, demand.id)
        if source in ALLOWED[action]:
            assert payload["errors"] == [], (action, source, payload)
            expected = target or source
            assert payload["demand"]["status"] == expected.value
            assert (await Demand.get(id=demand.id)).status == expected
            events = await DemandEvent.filter(demand_id=demand.id).count()
            assert events == before[8] + 1, (action, source)
            assert await OutboxMessage.all().count() > before[10], (action, source)  # mailed
            assert await Notification.all().count() > before[11], (action, source)  # inbox
        else:
            code = (
                "NOT_FOUND"
                if role == "i1_member" and source in NEVER_HANDLED
                else "INVALID_TRANSITION"
            )
            assert payload["demand"] is None
            assert [(e["field"], e["code"]) for e in payload["errors"]] == [("demandId", code)], (
                action,
                source,
                payload,
            )
            assert await snapshot(demand.id) == before, (action, source)


def test_table_matches_the_service() -> None:
    """The literal table above is the service's; every edge of the specified table is taken by
    an action (the offers' by qifu.demands.offers)."""
    for action, sources in ALLOWED.items():
        assert services.ACTIONS[action].sources == sources, action
    taken = {
        (source, rule.target)
        for rule in services.ACTIONS.values()
        for source in rule.sources
        if rule.target is not None and rule.target != source
    }
    specified = {(s, t) for s, targets in services.TRANSITIONS.items() for t in targets}
    assert taken == specified
    assert taken >= services.OFFER_EDGES
    assert {
        S.SUBMITTED: {S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN},
        S.ACCEPTED: {S.OPEN_FOR_OFFERS, S.ASSIGNED},
        S.OPEN_FOR_OFFERS: {S.ASSIGNED, S.ACCEPTED},
        S.ASSIGNED: {S.WAITING_FOR_ENTERPRISE, S.REPLIED, S.ACCEPTED},
        S.WAITING_FOR_ENTERPRISE: {S.ASSIGNED},
        S.REPLIED: {S.RESOLVED, S.REOPENED},
        S.REOPENED: {S.ASSIGNED},
        S.RESOLVED: {S.CLOSED},
        S.NOT_ACCEPTED: set(),
        S.WITHDRAWN: set(),
        S.CLOSED: set(),
    } == services.TRANSITIONS
