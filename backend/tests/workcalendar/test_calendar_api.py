"""The calendar through the API: hub admins edit it, staff are warned about missing years."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx

from qifu.accounts.models import Role
from qifu.core import calendar, clock
from qifu.core.models import AuditEvent
from tests.support import gql, login_token, make_user

SET_DAY = """mutation($d: Date!, $w: Boolean!, $n: String!) {
  setCalendarDay(input: {date: $d, isWorkday: $w, name: $n}) {
    day { date isWorkday name source } errors { field code } } }"""
YEAR = """query($y: Int!) { workingCalendar(year: $y) { year known
  exceptions { date isWorkday name } } }"""


async def test_seeded_year_lists_its_holidays_and_shifted_workdays(
    client: httpx.AsyncClient,
) -> None:
    await calendar.seed_from_package(range(2026, 2027))
    view = (await gql(client, YEAR, {"y": 2026}))["data"]["workingCalendar"]
    assert view["known"]
    days = {d["date"]: d for d in view["exceptions"]}
    assert days["2026-10-01"]["isWorkday"] is False and days["2026-10-01"]["name"] == "国庆节"
    assert any(d["isWorkday"] for d in view["exceptions"])  # a 调休 weekend workday
    unknown = (await gql(client, YEAR, {"y": 2027}))["data"]["workingCalendar"]
    assert unknown == {"year": 2027, "known": False, "exceptions": []}


async def test_hub_admin_sets_a_day_and_deadlines_follow(client: httpx.AsyncClient) -> None:
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    token = await login_token(client, "admin@qifu.cn")
    friday = datetime(2027, 1, 8, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    before = await calendar.add_working_days(friday, 1)
    result = await gql(
        client, SET_DAY, {"d": "2027-01-11", "w": False, "n": "测试假日"}, token=token
    )
    assert result["data"]["setCalendarDay"] == {
        "day": {"date": "2027-01-11", "isWorkday": False, "name": "测试假日", "source": "manual"},
        "errors": [],
    }
    after = await calendar.add_working_days(friday, 1)
    assert after - before == timedelta(days=1)
    assert await AuditEvent.filter(action="calendar.set_day").count() == 1

    mark = await gql(
        client,
        "mutation { markCalendarYearKnown(input: {year: 2027}) {"
        " year { known } errors { code } } }",
        token=token,
    )
    assert mark["data"]["markCalendarYearKnown"] == {"year": {"known": True}, "errors": []}


async def test_only_the_hub_admin_edits(client: httpx.AsyncClient) -> None:
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    token = await login_token(client, "op@qifu.cn")
    result = await gql(client, SET_DAY, {"d": "2027-01-11", "w": False, "n": "x"}, token=token)
    assert result["data"]["setCalendarDay"]["errors"] == [{"field": None, "code": "FORBIDDEN"}]
    assert await calendar.is_workday(date(2027, 1, 11))  # still a plain Monday
    anonymous = await gql(client, SET_DAY, {"d": "2027-01-11", "w": False, "n": "x"})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_bad_input_changes_nothing(client: httpx.AsyncClient) -> None:
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    token = await login_token(client, "admin@qifu.cn")
    too_long = await gql(
        client, SET_DAY, {"d": "2027-01-11", "w": False, "n": "假" * 61}, token=token
    )
    assert too_long["data"]["setCalendarDay"]["errors"] == [{"field": "name", "code": "TOO_LONG"}]
    far = await gql(client, SET_DAY, {"d": "1990-01-01", "w": True, "n": ""}, token=token)
    assert far["data"]["setCalendarDay"]["errors"] == [{"field": "date", "code": "INVALID"}]
    view = (await gql(client, YEAR, {"y": 2027}))["data"]["workingCalendar"]
    assert view["exceptions"] == []


async def test_staff_are_warned_about_years_without_holidays(client: httpx.AsyncClient) -> None:
    await calendar.seed_from_package(range(2026, 2027))
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    await make_user("a@qifu.cn")
    op = await login_token(client, "op@qifu.cn")
    user = await login_token(client, "a@qifu.cn")
    query = "{ calendarMissingYears }"
    this_year = clock.local_now().year
    expected = [y for y in (this_year, this_year + 1) if y != 2026]
    assert (await gql(client, query, token=op))["data"]["calendarMissingYears"] == expected
    assert (await gql(client, query, token=user))["data"]["calendarMissingYears"] == []
