"""Working-day calendar: the package's 2026 holidays, working days and hours across them,
the Monday–Friday fallback for 2027 with its warning, hub-admin edits and CSV import."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from qifu.core import calendar
from qifu.core.clock import SHANGHAI
from qifu.core.models import CalendarDay, CalendarYear
from qifu.settings import Settings
from tests.core.cli import run_qifu

# Invented for these tests: a plausible shape, not the State Council's notice for 2027.
CSV_2027 = """\ufeffdate,is_workday,name
# 2027 holidays, as an operator would type them

2027-01-01,0,元旦
2027-02-06,1,春节调休
2027-02-08,0,春节
2027-02-09,false,春节
"""


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time, as the UTC datetime the functions take and return."""
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    # `clean` empties the tables between tests; the per-process cache must forget them too.
    calendar.invalidate()
    yield
    calendar.invalidate()


@pytest.fixture
async def seeded_2026() -> calendar.SeedResult:
    return await calendar.seed_from_package(range(2026, 2027))


async def rows_between(first: date, last: date) -> dict[date, tuple[bool, str]]:
    rows = await CalendarDay.filter(day__gte=first, day__lte=last).order_by("day")
    return {row.day: (row.is_workday, row.name) for row in rows}


async def snapshot() -> tuple[list[Any], list[Any]]:
    days = (
        await CalendarDay.all()
        .order_by("day")
        .values_list("id", "day", "is_workday", "name", "source")
    )
    years = await CalendarYear.all().order_by("year").values_list("year", "source")
    return list(days), list(years)


def calendar_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "qifu.calendar" and r.levelno == logging.WARNING
    ]


async def test_national_day_2026_and_its_shifted_workdays(seeded_2026: object) -> None:
    # Only the exceptions to Monday–Friday are stored: Oct 3–4 are a weekend anyway.
    assert await rows_between(date(2026, 9, 19), date(2026, 10, 11)) == {
        date(2026, 9, 20): (True, "国庆节调休"),  # Sunday
        date(2026, 9, 25): (False, "中秋"),  # Friday
        date(2026, 10, 1): (False, "国庆节"),
        date(2026, 10, 2): (False, "国庆节"),
        date(2026, 10, 5): (False, "国庆节"),
        date(2026, 10, 6): (False, "国庆节"),
        date(2026, 10, 7): (False, "国庆节"),
        date(2026, 10, 10): (True, "国庆节调休"),  # Saturday
    }
    workdays = {day: await calendar.is_workday(day) for day in _days(2026, 9, 30, 10, 12)}
    assert [day.day for day, working in workdays.items() if working] == [30, 8, 9, 10, 12]
    assert await calendar.is_workday(date(2026, 9, 20))


async def test_spring_festival_2026_and_its_shifted_workdays(seeded_2026: object) -> None:
    working = [day for day in _days(2026, 2, 13, 3, 1) if await calendar.is_workday(day)]
    assert working == [
        date(2026, 2, 13),
        date(2026, 2, 14),  # Saturday, shifted
        *(date(2026, 2, d) for d in (24, 25, 26, 27)),
        date(2026, 2, 28),  # Saturday, shifted
    ]
    assert (await CalendarDay.get(day=date(2026, 2, 17))).name == "春节"


def _days(year: int, month: int, day: int, end_month: int, end_day: int) -> list[date]:
    first, last = date(year, month, day), date(year, end_month, end_day)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


async def test_adding_working_days_across_holidays(seeded_2026: object) -> None:
    add = calendar.add_working_days
    assert await add(at(2026, 9, 30, 10), 1) == at(2026, 10, 8, 10)
    assert await add(at(2026, 9, 30, 10), 3) == at(2026, 10, 10, 10)  # shifted Saturday
    assert await add(at(2026, 2, 13, 15), 1) == at(2026, 2, 14, 15)
    assert await add(at(2026, 2, 13, 15), 2) == at(2026, 2, 24, 15)
    assert await add(at(2026, 3, 7, 10), 1) == at(2026, 3, 9, 10)  # from a Saturday
    assert await add(at(2026, 3, 2, 10), 0) == at(2026, 3, 2, 10)
    # 20:00 UTC on Sep 30 is already Oct 1 in Shanghai: the count starts from Oct 1.
    late = datetime(2026, 9, 30, 20, 0, tzinfo=UTC)
    due = await add(late, 1)
    assert due == at(2026, 10, 8, 4) and due.tzinfo is UTC
    with pytest.raises(ValueError):
        await add(datetime(2026, 3, 2, 10, 0), 1)  # naive
    with pytest.raises(ValueError):
        await add(at(2026, 3, 2, 10), -1)


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        (at(2026, 3, 2, 10), 1, at(2026, 3, 2, 11)),
        (at(2026, 3, 2, 11), 2, at(2026, 3, 2, 14, 30)),  # across lunch
        (at(2026, 3, 2, 12, 30), 0.5, at(2026, 3, 2, 14)),  # starting in the lunch break
        (at(2026, 3, 2, 9), 7, at(2026, 3, 2, 17, 30)),  # a full day ends at the close
        (at(2026, 3, 2, 16, 30), 3, at(2026, 3, 3, 11)),  # overnight
        (at(2026, 3, 2, 20), 0.25, at(2026, 3, 3, 9, 15)),  # after hours
        (at(2026, 3, 6, 17), 1, at(2026, 3, 9, 9, 30)),  # over a weekend
        (at(2026, 3, 7, 10), 1, at(2026, 3, 9, 10)),  # from a Saturday
        (at(2026, 3, 6, 10), 14, at(2026, 3, 10, 10)),  # two working days
        (at(2026, 9, 30, 17), 1, at(2026, 10, 8, 9, 30)),  # over National Day
        (at(2026, 2, 13, 17), 1, at(2026, 2, 14, 9, 30)),  # onto a shifted Saturday
        (at(2026, 3, 2, 10), 0, at(2026, 3, 2, 10)),
    ],
)
async def test_adding_working_hours(
    seeded_2026: object, start: datetime, hours: float, due: datetime
) -> None:
    result = await calendar.add_working_hours(start, hours)
    assert result == due
    assert result.tzinfo is UTC


async def test_working_hours_with_other_periods(seeded_2026: object) -> None:
    mornings = [(time(8), time(12))]
    assert await calendar.add_working_hours(at(2026, 3, 2, 11), 2, mornings) == at(2026, 3, 3, 9)
    with pytest.raises(ValueError):
        await calendar.add_working_hours(at(2026, 3, 2, 11), 1, [])
    overlapping = [(time(9), time(12)), (time(11), time(17))]
    with pytest.raises(ValueError):
        await calendar.add_working_hours(at(2026, 3, 2, 11), 1, overlapping)


async def test_deadline_into_2027_falls_back_to_monday_to_friday_and_warns(
    seeded_2026: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="qifu.calendar"):
        due = await calendar.add_working_days(at(2026, 12, 30, 10), 5)
        # Without 2027 data, Friday 1 January counts as a working day.
        hours_due = await calendar.add_working_hours(at(2026, 12, 31, 16, 30), 3)

    assert due == at(2027, 1, 6, 10)
    assert hours_due == at(2027, 1, 1, 11)
    warnings = calendar_warnings(caplog)
    assert warnings and all("2027" in message for message in warnings)
    assert not any("2026" in message for message in warnings)
    assert await calendar.known_years() == [2026]
    assert await calendar.missing_years(2026, 2028) == [2027, 2028]


async def test_hub_admin_edit_changes_the_result(seeded_2026: object) -> None:
    start = at(2026, 9, 30, 10)
    assert await calendar.add_working_days(start, 1) == at(2026, 10, 8, 10)  # now cached

    await calendar.set_day(date(2026, 10, 8), False, "国庆节延长")
    assert await calendar.add_working_days(start, 1) == at(2026, 10, 9, 10)

    await calendar.set_day(date(2026, 10, 10), False)  # the shifted Saturday is cancelled
    assert await calendar.add_working_days(start, 3) == at(2026, 10, 13, 10)
    assert await calendar.add_working_hours(at(2026, 10, 9, 17), 1) == at(2026, 10, 12, 9, 30)

    # Seeding again does not bring back what the admin overruled.
    again = await calendar.seed_from_package(range(2026, 2027))
    assert again.changed == 0
    assert await calendar.add_working_days(start, 3) == at(2026, 10, 13, 10)
    assert (await CalendarDay.get(day=date(2026, 10, 10))).source == calendar.MANUAL_SOURCE

    await calendar.set_day(date(2026, 10, 8), True)
    assert await calendar.add_working_days(start, 1) == at(2026, 10, 8, 10)
    with pytest.raises(ValueError):
        await calendar.set_day(date(2026, 10, 9), False, "长" * 61)


async def test_seeding_is_idempotent(caplog: pytest.LogCaptureFixture) -> None:
    first = await calendar.seed_from_package()
    assert first.years == list(range(2004, 2027))
    assert await calendar.known_years() == list(range(2004, 2027))
    # 2026: 19 weekday holidays and 6 shifted workdays.
    assert len(await rows_between(date(2026, 1, 1), date(2026, 12, 31))) == 25
    before = await snapshot()

    second = await calendar.seed_from_package()
    assert (second.created, second.updated, second.removed) == (0, 0, 0)
    assert await snapshot() == before

    with caplog.at_level(logging.WARNING, logger="qifu.calendar"):
        beyond = await calendar.seed_from_package(range(2026, 2028))
    assert (beyond.years, beyond.skipped, beyond.changed) == ([2026], [2027], 0)
    assert any("2027" in message for message in calendar_warnings(caplog))
    assert await snapshot() == before


async def test_csv_import_gives_2027_its_holidays(
    seeded_2026: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "2027.csv"
    path.write_text(CSV_2027, encoding="utf-8")

    result = await calendar.import_file(path)

    assert (result.rows, result.created, result.updated, result.years) == (4, 4, 0, [2027])
    assert await calendar.missing_years(2026, 2027) == []
    assert await rows_between(date(2027, 1, 1), date(2027, 12, 31)) == {
        date(2027, 1, 1): (False, "元旦"),
        date(2027, 2, 6): (True, "春节调休"),
        date(2027, 2, 8): (False, "春节"),
        date(2027, 2, 9): (False, "春节"),
    }
    with caplog.at_level(logging.WARNING, logger="qifu.calendar"):
        due = await calendar.add_working_days(at(2026, 12, 30, 10), 5)
    assert due == at(2027, 1, 7, 10)  # 1 January is a holiday now
    assert calendar_warnings(caplog) == []

    again = await calendar.import_file(path)
    assert (again.created, again.updated) == (0, 0)


async def test_qifu_calendar_import_command(settings: Settings, tmp_path: Path) -> None:
    good = tmp_path / "2027.csv"
    good.write_text(CSV_2027, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("date,is_workday,name\n2028-01-03,0,元旦\n2028-01-04,maybe,\n", "utf-8")

    refused = await run_qifu(settings, "calendar", "import", str(bad), cwd=tmp_path)
    assert refused.code == 2
    assert "bad.csv, line 3" in refused.err and "nothing changed" in refused.err
    assert await CalendarDay.filter(day__gte=date(2028, 1, 1)).count() == 0

    done = await run_qifu(settings, "calendar", "import", str(good), cwd=tmp_path)
    assert done.code == 0, done.err
    assert "read 4 day(s): 4 added" in done.out and "years now known: 2027" in done.out

    # Another process changed the table: this process learns it when its cache is renewed.
    calendar.invalidate()
    assert await calendar.known_years() == [2027]
    assert not await calendar.is_workday(date(2027, 1, 1))
    assert await calendar.is_workday(date(2027, 2, 6))
