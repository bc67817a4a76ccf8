"""Reading the working-day calendar; staff also see which years still lack holidays."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.core import calendar, clock
from qifu.workcalendar import policies
from qifu.workcalendar.types import CalendarDay, CalendarYearView


async def year_view(year: int) -> CalendarYearView:
    return CalendarYearView(
        year=year,
        known=not await calendar.missing_years(year, year),
        exceptions=[
            CalendarDay(date=d.day, is_workday=d.is_workday, name=d.name, source=d.source)
            for d in await calendar.year_exceptions(year)
        ],
    )


@strawberry.type
class CalendarQueries:
    @strawberry.field(description="Holidays and shifted workdays (调休) of a year.")
    async def working_calendar(self, year: int) -> CalendarYearView:
        return await year_view(year)

    @strawberry.field(
        description="This year and next, when their holidays are missing (staff only): "
        "deadlines there count Monday–Friday until the calendar is completed."
    )
    async def calendar_missing_years(self, info: Info) -> list[int]:
        info.context.require_user()
        if not policies.can_see_calendar_warnings(info.context.roles):
            return []
        this_year = clock.local_now().year
        return await calendar.missing_years(this_year, this_year + 1)
