"""The engagements' world: see support.make_world."""

from __future__ import annotations

import httpx
import pytest

from tests.engagements.support import World, make_world


@pytest.fixture
async def world(client: httpx.AsyncClient) -> World:
    return await make_world(client)
