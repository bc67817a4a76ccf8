"""The one source of "now". Tests and the e2e suite may move it forward (only in QIFU_ENV=test)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from qifu.settings import settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
_offset = timedelta(0)


class ClockLocked(RuntimeError):
    """Moving the clock is refused outside the test environment."""


def now() -> datetime:
    return datetime.now(UTC) + _offset


def local_now() -> datetime:
    return now().astimezone(SHANGHAI)


def advance(delta: timedelta) -> datetime:
    global _offset
    if not settings().is_test:
        raise ClockLocked("the clock can only be moved when QIFU_ENV=test")
    if delta < timedelta(0):
        raise ValueError("the clock only moves forward")
    _offset += delta
    return now()


def reset() -> None:
    global _offset
    if not settings().is_test:
        raise ClockLocked("the clock can only be reset when QIFU_ENV=test")
    _offset = timedelta(0)
