"""The demands' world: see support.make_demand_world."""

from __future__ import annotations

import httpx
import pytest

from tests.demands.support import World, make_demand_world


@pytest.fixture
async def world(client: httpx.AsyncClient) -> World:
    return await make_demand_world(client)
