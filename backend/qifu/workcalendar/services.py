"""Hub-admin edits of the working-day calendar, validated and audited."""

from __future__ import annotations

from datetime import date

from tortoise.transactions import in_transaction

from qifu.accounts.models import Role
from qifu.core import audit, calendar
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.models import CalendarDay
from qifu.workcalendar import policies

MIN_YEAR, MAX_YEAR = 2000, 2100


def _check_year(year: int, field: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError(ErrorCode.INVALID, field)


async def set_day(
    who: Actor, roles: set[Role], *, day: date, is_workday: bool, name: str
) -> CalendarDay:
    if not policies.can_edit_calendar(roles):
        raise DomainError(ErrorCode.FORBIDDEN)
    _check_year(day.year, "date")
    if len(name.strip()) > calendar.NAME_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "name")
    async with in_transaction():
        await calendar.set_day(day, is_workday, name)
        await audit.record(
            who,
            "calendar.set_day",
            "CalendarDay",
            day.isoformat(),
            detail={"isWorkday": is_workday, "name": name.strip()},
        )
    return await CalendarDay.get(day=day)


async def mark_year_known(who: Actor, roles: set[Role], year: int) -> int:
    if not policies.can_edit_calendar(roles):
        raise DomainError(ErrorCode.FORBIDDEN)
    _check_year(year, "year")
    async with in_transaction():
        await calendar.mark_year_known(year)
        await audit.record(who, "calendar.mark_year_known", "CalendarYear", year)
    return year
