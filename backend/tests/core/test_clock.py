"""The test clock moves only in QIFU_ENV=test; its HTTP endpoint exists only there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from qifu.app import create_app
from qifu.core import clock
from qifu.settings import Environment, Settings, configure

STRONG_SECRET = "x" * 40
ADVANCE = "/__test__/clock/advance"


@pytest.fixture(params=[Environment.DEVELOPMENT, Environment.PRODUCTION])
def other_env(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Settings]:
    """Settings of another environment; the test ones are back before `clean` resets the clock."""
    changed = settings.model_copy(update={"env": request.param, "secret_key": STRONG_SECRET})
    try:
        yield changed
    finally:
        configure(settings)


async def test_advance_moves_now_forward_in_the_test_environment() -> None:
    before = clock.now()
    moved = clock.advance(timedelta(days=3, hours=2))
    assert moved - before >= timedelta(days=3, hours=2)
    assert moved - before < timedelta(days=3, hours=2, seconds=5)
    assert clock.now() >= moved
    assert clock.local_now().utcoffset() == timedelta(hours=8)
    with pytest.raises(ValueError):
        clock.advance(timedelta(seconds=-1))
    clock.reset()
    assert clock.now() - before < timedelta(seconds=5)


async def test_advance_is_refused_outside_the_test_environment(other_env: Settings) -> None:
    configure(other_env)
    before = clock.now()
    with pytest.raises(clock.ClockLocked):
        clock.advance(timedelta(hours=1))
    with pytest.raises(clock.ClockLocked):
        clock.reset()
    assert clock.now() - before < timedelta(minutes=1)


async def test_http_endpoint_moves_the_clock_in_the_test_environment(
    client: httpx.AsyncClient,
) -> None:
    before = clock.now()
    response = await client.post(ADVANCE, json={"seconds": 7200})
    assert response.status_code == 200
    assert clock.now() - before >= timedelta(hours=2)
    refused = await client.post(ADVANCE, json={"seconds": -60})
    assert refused.status_code == 403


async def test_http_endpoint_does_not_exist_outside_the_test_environment(
    other_env: Settings,
) -> None:
    app = create_app(other_env, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        before = clock.now()
        response = await c.post(ADVANCE, json={"seconds": 7200})
    assert response.status_code in (404, 405)
    assert clock.now() - before < timedelta(minutes=1)
