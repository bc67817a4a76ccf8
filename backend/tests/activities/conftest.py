"""The activities' world: see support.make_world."""

from __future__ import annotations

import pytest

from tests.activities.support import World, make_world


@pytest.fixture
async def world() -> World:
    return await make_world()
