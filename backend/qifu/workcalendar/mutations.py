"""Hub-admin mutations of the working-day calendar."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.core.errors import DomainError
from qifu.workcalendar import services
from qifu.workcalendar.queries import year_view
from qifu.workcalendar.types import (
    CalendarDay,
    MarkCalendarYearKnownInput,
    MarkCalendarYearKnownPayload,
    SetCalendarDayInput,
    SetCalendarDayPayload,
)


@strawberry.type
class CalendarMutations:
    @strawberry.mutation(description="Make a day a holiday or a workday (hub admin).")
    async def set_calendar_day(
        self, info: Info, input: SetCalendarDayInput
    ) -> SetCalendarDayPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            row = await services.set_day(
                ctx.actor(),
                ctx.roles,
                day=input.date,
                is_workday=input.is_workday,
                name=input.name,
            )
        except DomainError as e:
            return SetCalendarDayPayload(errors=user_errors(e, ctx.lang))
        return SetCalendarDayPayload(
            day=CalendarDay(
                date=row.day, is_workday=row.is_workday, name=row.name, source=row.source
            )
        )

    @strawberry.mutation(description="Declare a year's holidays complete (hub admin).")
    async def mark_calendar_year_known(
        self, info: Info, input: MarkCalendarYearKnownInput
    ) -> MarkCalendarYearKnownPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            year = await services.mark_year_known(ctx.actor(), ctx.roles, input.year)
        except DomainError as e:
            return MarkCalendarYearKnownPayload(errors=user_errors(e, ctx.lang))
        return MarkCalendarYearKnownPayload(year=await year_view(year))
