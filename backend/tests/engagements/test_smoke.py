from __future__ import annotations

from qifu.engagements.models import EngagementStep
from tests.engagements.support import S, World, drive


async def test_drive_every_state(world: World) -> None:
    for state in S:
        e = await drive(world, state)
        assert e.status == state
    assert await EngagementStep.all().count() > 10
