"""Working hours come from QIFU_WORKING_HOURS; a malformed value is refused at start-up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from qifu.core import calendar
from qifu.settings import Settings, configure


async def test_configured_hours_change_working_hour_deadlines(settings: Settings) -> None:
    monday_9 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 Asia/Shanghai
    default = await calendar.add_working_hours(monday_9, 4)
    assert default == datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30: lunch skipped
    configure(settings.model_copy(update={"working_hours": "08:00-16:00"}))
    longer = await calendar.add_working_hours(monday_9, 4)
    assert longer == datetime(2026, 11, 23, 5, 0, tzinfo=UTC)  # 13:00, no lunch break


@pytest.mark.parametrize("value", ["9-17", "12:00-09:00", "09:00-12:00,11:00-13:00", ""])
def test_malformed_working_hours_are_refused(value: str) -> None:
    with pytest.raises(ValidationError):
        Settings(working_hours=value)
