"""The training world: see support.make_world."""

from __future__ import annotations

import pytest

from tests.training.support import World, make_world


@pytest.fixture
async def world() -> World:
    return await make_world()
