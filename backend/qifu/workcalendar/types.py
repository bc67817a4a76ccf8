"""GraphQL types of the working-day calendar."""

from __future__ import annotations

from datetime import date

import strawberry

from qifu.api.errors import UserError


@strawberry.type(description="A day that differs from Monday–Friday: a holiday or 调休 workday.")
class CalendarDay:
    date: date
    is_workday: bool
    name: str
    source: str


@strawberry.type
class CalendarYearView:
    year: int
    known: bool = strawberry.field(
        description="False: the year's holidays are missing and Monday–Friday is assumed."
    )
    exceptions: list[CalendarDay]


@strawberry.input
class SetCalendarDayInput:
    date: date
    is_workday: bool
    name: str = ""


@strawberry.type
class SetCalendarDayPayload:
    day: CalendarDay | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class MarkCalendarYearKnownInput:
    year: int


@strawberry.type
class MarkCalendarYearKnownPayload:
    year: CalendarYearView | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
