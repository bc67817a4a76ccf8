"""Working days and working hours in mainland China, for deadlines.

A day is a working day when it is Monday–Friday, unless the ``calendar_day`` table says
otherwise: it holds the exceptions (holidays on weekdays, shifted workdays 调休 on weekends)
and operators' corrections. Years come from the ``chinese_calendar`` package
(``seed_from_package``), from a CSV file (``import_file``, for the State Council's notice
each autumn) or from hub-admin edits (``set_day``). A year with no ``calendar_year`` row
falls back to Monday–Friday and logs a warning, because a deadline computed without its
holidays is early.

Datetimes in and out are timezone-aware; the arithmetic happens in Asia/Shanghai.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import monotonic

import chinese_calendar  # type: ignore[import-untyped]  # ships no type hints
from tortoise.transactions import in_transaction

from qifu.core.clock import SHANGHAI
from qifu.core.models import CalendarDay, CalendarYear
from qifu.settings import settings

log = logging.getLogger("qifu.calendar")

Period = tuple[time, time]


def parse_periods(text: str) -> tuple[Period, ...]:
    """``"09:00-12:00,13:30-17:30"`` → ordered, non-overlapping periods."""
    periods = []
    for part in text.split(","):
        begin, _, end = part.strip().partition("-")
        try:
            periods.append((time.fromisoformat(begin.strip()), time.fromisoformat(end.strip())))
        except ValueError as exc:
            raise ValueError(f"not a working period: {part.strip()!r}") from exc
    return _check_periods(periods)


def work_periods() -> tuple[Period, ...]:
    """Office hours in Asia/Shanghai from QIFU_WORKING_HOURS."""
    return parse_periods(settings().working_hours)


PACKAGE_SOURCE = "chinese_calendar"
IMPORT_SOURCE = "import"
MANUAL_SOURCE = "manual"
NAME_MAX = 60
# Edits in this process invalidate at once; the TTL bounds how long another process (the
# worker, a second server, `qifu calendar import`) keeps an old copy.
CACHE_SECONDS = 300.0
# More non-working days in a row than this means a broken calendar, not a long holiday.
_MAX_IDLE_DAYS = 366

_TRUE = {"1", "true", "yes", "y", "是"}
_FALSE = {"0", "false", "no", "n", "否"}


@dataclass(frozen=True)
class _Year:
    exceptions: dict[date, bool]
    loaded_at: float


_cache: dict[int, _Year] = {}
_generation = 0


def invalidate() -> None:
    """Forget the cached years (after an edit, or after tests empty the tables)."""
    global _generation
    _generation += 1
    _cache.clear()


async def _year(year: int) -> _Year:
    cached = _cache.get(year)
    if cached is not None and monotonic() - cached.loaded_at < CACHE_SECONDS:
        return cached
    generation = _generation
    known = await CalendarYear.exists(year=year)
    rows = await CalendarDay.filter(
        day__gte=date(year, 1, 1), day__lte=date(year, 12, 31)
    ).values_list("day", "is_workday")
    if not known:
        log.warning(
            "no holiday calendar for %s: counting Monday to Friday as working days; "
            "import the year's holidays with `qifu calendar import`",
            year,
        )
    loaded = _Year({day: bool(workday) for day, workday in rows}, monotonic())
    # An edit made while this load was running must not be overwritten by its older result.
    if generation == _generation:
        _cache[year] = loaded
    return loaded


def _default(day: date) -> bool:
    return day.weekday() < 5


async def is_workday(day: date) -> bool:
    if isinstance(day, datetime):
        # Which date a datetime falls on depends on the time zone; make the caller say.
        raise TypeError("is_workday takes a date in Asia/Shanghai, not a datetime")
    return (await _year(day.year)).exceptions.get(day, _default(day))


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is required")
    return moment.astimezone(SHANGHAI)


async def add_working_days(start: datetime, days: int) -> datetime:
    """The same Shanghai wall-clock time on the ``days``-th working day after ``start``'s date."""
    if days < 0:
        raise ValueError("days must not be negative")
    local = _local(start)
    day = local.date()
    remaining, idle = days, 0
    while remaining:
        day += timedelta(days=1)
        if await is_workday(day):
            remaining, idle = remaining - 1, 0
        else:
            idle += 1
            if idle > _MAX_IDLE_DAYS:
                raise ValueError(f"no working day in the year after {day - timedelta(idle)}")
    return (local + timedelta(days=(day - local.date()).days)).astimezone(UTC)


def _check_periods(periods: Sequence[Period]) -> tuple[Period, ...]:
    checked = tuple(periods)
    if not checked:
        raise ValueError("at least one working period is required")
    previous_end = time.min
    for begin, end in checked:
        if not begin < end or begin < previous_end:
            raise ValueError("working periods must be ordered and must not overlap")
        previous_end = end
    return checked


async def add_working_hours(
    start: datetime, hours: float, periods: Sequence[Period] | None = None
) -> datetime:
    """The moment ``hours`` of working time after ``start``, counting only the working periods
    of working days. A deadline that uses up a period exactly ends at its close (17:30), not at
    the next opening."""
    spans = _check_periods(work_periods() if periods is None else periods)
    if hours < 0:
        raise ValueError("hours must not be negative")
    cursor = _local(start)
    remaining = timedelta(hours=hours)
    if not remaining:
        return cursor.astimezone(UTC)
    day, idle = cursor.date(), 0
    while True:
        if await is_workday(day):
            idle = 0
            for begin, end in spans:
                opens = datetime.combine(day, begin, SHANGHAI)
                closes = datetime.combine(day, end, SHANGHAI)
                if cursor >= closes:
                    continue
                cursor = max(cursor, opens)
                available = closes - cursor
                if remaining <= available:
                    return (cursor + remaining).astimezone(UTC)
                remaining -= available
                cursor = closes
        else:
            idle += 1
            if idle > _MAX_IDLE_DAYS:
                raise ValueError(f"no working day in the year after {day - timedelta(idle)}")
        day += timedelta(days=1)


async def working_time_between(
    start: datetime, end: datetime, periods: Sequence[Period] | None = None
) -> timedelta:
    """The working time (working periods of working days) from ``start`` to ``end``; zero
    when ``end`` is not later. The inverse of ``add_working_hours``."""
    spans = _check_periods(work_periods() if periods is None else periods)
    cursor, stop = _local(start), _local(end)
    total = timedelta(0)
    day = cursor.date()
    while day <= stop.date():
        if await is_workday(day):
            for begin, close in spans:
                opens = max(datetime.combine(day, begin, SHANGHAI), cursor)
                closes = min(datetime.combine(day, close, SHANGHAI), stop)
                if closes > opens:
                    total += closes - opens
        day += timedelta(days=1)
    return total


async def known_years() -> list[int]:
    return [row.year for row in await CalendarYear.all().order_by("year").only("year")]


async def missing_years(start: int, end: int) -> list[int]:
    """Years from ``start`` to ``end`` (inclusive) that fall back to Monday–Friday."""
    known = {row.year for row in await CalendarYear.filter(year__gte=start, year__lte=end)}
    return [year for year in range(start, end + 1) if year not in known]


async def _store(day: date, is_workday: bool, name: str, source: str) -> str:
    """Upsert one day; returns "created", "updated" or "" (no change)."""
    name = name.strip()
    if len(name) > NAME_MAX:
        raise ValueError(f"{day}: the name is longer than {NAME_MAX} characters")
    row = await CalendarDay.get_or_none(day=day)
    if row is None:
        await CalendarDay.create(day=day, is_workday=is_workday, name=name, source=source)
        return "created"
    if (row.is_workday, row.name, row.source) == (is_workday, name, source):
        return ""
    row.is_workday, row.name, row.source = is_workday, name, source
    await row.save(update_fields=["is_workday", "name", "source"])
    return "updated"


async def set_day(day: date, is_workday: bool, name: str = "") -> None:
    """A hub admin's decision for one day. It is kept even when it matches Monday–Friday, so
    that seeding again cannot bring back a package entry the admin overruled. It does not
    mark the year as known: one day is not a published calendar."""
    async with in_transaction():
        await _store(day, is_workday, name, MANUAL_SOURCE)
    invalidate()


@dataclass
class ChangeCount:
    created: int = 0
    updated: int = 0
    removed: int = 0
    years: list[int] = field(default_factory=list)

    def add(self, change: str) -> None:
        if change == "created":
            self.created += 1
        elif change == "updated":
            self.updated += 1
        elif change == "removed":
            self.removed += 1

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.removed


@dataclass
class SeedResult(ChangeCount):
    skipped: list[int] = field(default_factory=list)


@dataclass
class ImportResult(ChangeCount):
    rows: int = 0

    def summary(self) -> str:
        years = ", ".join(map(str, self.years)) or "none"
        unchanged = self.rows - self.created - self.updated
        return (
            f"read {self.rows} day(s): {self.created} added, {self.updated} changed, "
            f"{unchanged} unchanged; years now known: {years}"
        )


def _package_range() -> range:
    days = chinese_calendar.holidays.keys()
    return range(min(days).year, max(days).year + 1)


def _package_exceptions(year: int) -> dict[date, tuple[bool, str]]:
    """The year's exceptions to Monday–Friday, named in Chinese; NotImplementedError if the
    package does not know the year."""
    exceptions: dict[date, tuple[bool, str]] = {}
    day = date(year, 1, 1)
    while day.year == year:
        on_holiday, english = chinese_calendar.get_holiday_detail(day)
        if on_holiday == _default(day):
            try:
                name = chinese_calendar.Holiday(english).chinese if english else ""
            except ValueError:
                name = english or ""
            exceptions[day] = (not on_holiday, name if on_holiday else f"{name}调休".lstrip())
        day += timedelta(days=1)
    return exceptions


async def seed_from_package(years: range | None = None) -> SeedResult:
    """Copy the package's holidays and shifted workdays (all the years it knows by default).

    Idempotent. Rows an operator wrote (``set_day``, ``import_file``) are left alone; a year the
    package does not know is skipped with a warning.
    """
    result = SeedResult()
    async with in_transaction():
        for year in years if years is not None else _package_range():
            try:
                wanted = _package_exceptions(year)
            except NotImplementedError:
                log.warning("chinese_calendar has no holidays for %s; not seeded", year)
                result.skipped.append(year)
                continue
            existing = {
                row.day: row
                for row in await CalendarDay.filter(
                    day__gte=date(year, 1, 1), day__lte=date(year, 12, 31)
                )
            }
            for day, (workday, name) in wanted.items():
                row = existing.get(day)
                if row is None or row.source == PACKAGE_SOURCE:
                    result.add(await _store(day, workday, name, PACKAGE_SOURCE))
            for day, row in existing.items():
                if row.source == PACKAGE_SOURCE and day not in wanted:
                    await row.delete()
                    result.add("removed")
            await CalendarYear.get_or_create(year=year, defaults={"source": PACKAGE_SOURCE})
            result.years.append(year)
    invalidate()
    return result


def _parse_flag(value: str, where: str) -> bool:
    flag = value.strip().lower()
    if flag in _TRUE:
        return True
    if flag in _FALSE:
        return False
    raise ValueError(f"{where}: is_workday must be 1 or 0, not {value!r}")


def read_csv(path: Path) -> dict[date, tuple[bool, str]]:
    """``date,is_workday,name`` lines (a header line, blank lines and ``#`` comments allowed)."""
    days: dict[date, tuple[bool, str]] = {}
    # utf-8-sig: spreadsheets save CSV with a byte-order mark.
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        for cells in reader:
            where = f"{path.name}, line {reader.line_num}"
            if not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
                continue
            if cells[0].strip().lower() == "date":  # the header
                continue
            if len(cells) not in (2, 3):
                raise ValueError(f"{where}: expected date,is_workday,name")
            try:
                day = date.fromisoformat(cells[0].strip())
            except ValueError:
                raise ValueError(f"{where}: {cells[0]!r} is not a YYYY-MM-DD date") from None
            if day in days:
                raise ValueError(f"{where}: {day} is listed twice")
            days[day] = (_parse_flag(cells[1], where), cells[2] if len(cells) == 3 else "")
    return days


async def import_file(path: Path) -> ImportResult:
    """Load a year's published calendar from CSV; all or nothing.

    The file lists the exceptions to Monday–Friday, and every year it mentions counts as known
    afterwards. Listed days replace what is stored for them, as operator rows that seeding
    leaves alone; days not listed are kept, so a file with one correction erases nothing.
    """
    days = read_csv(Path(path))
    result = ImportResult(rows=len(days))
    async with in_transaction():
        for day, (workday, name) in sorted(days.items()):
            result.add(await _store(day, workday, name, IMPORT_SOURCE))
        result.years = sorted({day.year for day in days})
        for year in result.years:
            await CalendarYear.get_or_create(year=year, defaults={"source": IMPORT_SOURCE})
    invalidate()
    return result


async def mark_year_known(year: int) -> None:
    """A hub admin declares a year's holidays complete (after entering them day by day)."""
    await CalendarYear.get_or_create(year=year, defaults={"source": MANUAL_SOURCE})
    invalidate()


async def year_exceptions(year: int) -> list[CalendarDay]:
    """The stored days of a year that differ from Monday–Friday (admin rows that match it
    are kept in the table so reseeding cannot undo them, but they are no exception)."""
    rows = await CalendarDay.filter(
        day__gte=date(year, 1, 1), day__lte=date(year, 12, 31)
    ).order_by("day")
    return [row for row in rows if row.is_workday != _default(row.day)]
