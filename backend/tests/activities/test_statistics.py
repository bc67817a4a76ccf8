"""Statistics on a known world: the figures of one activity and of an organiser, who sees
them, the statements of the organiser's statistics (the same for 5 and 50 activities), and
the xlsx exports behind their signed links."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from qifu.activities import evaluations, exports, services
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    ActivityType,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.checkin.models import CheckIn, CheckInMethod
from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.orgs.scopes import scope_of
from tests.activities.after_support import (
    attendees,
    check_in,
    gid,
    sign_up,
    to_ended,
    to_ongoing,
    who,
)
from tests.activities.support import World, drive
from tests.support import ACTOR, count_sql, gql, login_token

S = ActivityStatus
R = RegistrationStatus

STATS = """
query ($id: ID!) {
  node(id: $id) { ... on Activity { statistics {
    registrations confirmed waitlisted pendingApproval rejected cancelled checkedIn checkInRate
    evaluations averageRating satisfactionRate capacity exportUrl
  } } }
}"""
ORGANISER = """
query ($type: ActivityOrganiserType!, $id: ID!, $from: DateTime, $to: DateTime) {
  organiserActivityStatistics(organiserType: $type, organiserId: $id, from: $from, to: $to) {
    organiserName exportUrl
    totals { activities registrations confirmed checkedIn checkInRate evaluations averageRating }
    rows { activity { id name status } statistics { registrations confirmed checkedIn
      checkInRate averageRating exportUrl } }
  }
}"""


async def _known(world: World) -> Activity:
    """Capacity 2, approval required; five people: a0 cancels after approval (a2 moves up
    from the waitlist), a3 is rejected, a4 still waits for approval; a1 checks in and rates
    it 5, a2 does not come."""
    people = await attendees(5)
    activity = await drive(world, S.PUBLISHED, capacity=2, needs_approval=True)
    regs = [await sign_up(activity, p) for p in people]
    org = await world.who("i1_member")
    for r in regs[:3]:
        await services.approve_registration(ACTOR, org, r.id)
    await services.reject_registration(ACTOR, org, regs[3].id, "名额已满")
    await services.cancel_registration(ACTOR, await who(people[0]), regs[0].id)
    assert [(await Registration.get(id=r.id)).status for r in regs] == [
        R.CANCELLED,
        R.CONFIRMED,
        R.CONFIRMED,
        R.REJECTED,
        R.PENDING_APPROVAL,
    ]
    activity = await to_ongoing(activity)
    await check_in(regs[1])
    activity = await to_ended(activity)
    await evaluations.evaluate(
        ACTOR,
        people[1],
        scope_of([]),
        activity.id,
        overall=5,
        dimensions={"content": 5, "organisation": 5, "usefulness": 4},
        comment="",
    )
    return activity


EXPECTED = {
    "registrations": 5,
    "confirmed": 2,
    "waitlisted": 0,
    "pendingApproval": 1,
    "rejected": 1,
    "cancelled": 1,
    "checkedIn": 1,
    "checkInRate": 0.5,
    "evaluations": 1,
    "averageRating": 5.0,
    "satisfactionRate": 1.0,
    "capacity": 2,
}


def _path(url: str) -> str:
    parts = urlparse(url)
    return f"{parts.path}?{parts.query}"


async def _book(client: httpx.AsyncClient, url: str) -> Any:
    response = await client.get(_path(url))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == exports.XLSX
    return load_workbook(io.BytesIO(response.content))


async def test_activity_figures_and_who_sees_them(world: World, client: httpx.AsyncClient) -> None:
    activity = await _known(world)
    aid = gid("Activity", activity.id)
    for email in ("i1m@qifu.cn", "opwz@qifu.cn", "hub@qifu.cn"):
        found = (await gql(client, STATS, {"id": aid}, token=await login_token(client, email)))[
            "data"
        ]["node"]["statistics"]
        assert {k: v for k, v in found.items() if k != "exportUrl"} == EXPECTED, email
    for email in ("user@qifu.cn", "a1@qifu.cn", "ophz@qifu.cn", "dept@qifu.cn"):
        found = (await gql(client, STATS, {"id": aid}, token=await login_token(client, email)))[
            "data"
        ]["node"]["statistics"]
        assert found is None, email
    assert (await gql(client, STATS, {"id": aid}))["data"]["node"]["statistics"] is None


async def test_empty_activity_has_no_rates(world: World, client: httpx.AsyncClient) -> None:
    activity = await drive(world, S.PUBLISHED, capacity=7)
    token = await login_token(client, "i1m@qifu.cn")
    found = (await gql(client, STATS, {"id": gid("Activity", activity.id)}, token=token))["data"][
        "node"
    ]["statistics"]
    assert found["registrations"] == 0 and found["capacity"] == 7
    assert found["checkInRate"] is None
    assert found["averageRating"] is None and found["satisfactionRate"] is None


async def test_organiser_statistics_totals_period_and_access(
    world: World, client: httpx.AsyncClient
) -> None:
    known = await _known(world)
    later = await drive(world, S.PUBLISHED, capacity=10)  # starts 10 days after now
    await sign_up(later, world.users["user"])
    await drive(world, S.DRAFT)  # drafts are not counted
    variables: dict[str, Any] = {"type": "INSTITUTION", "id": gid("Institution", world.i1.id)}
    token = await login_token(client, "i1m@qifu.cn")
    found = (await gql(client, ORGANISER, variables, token=token))["data"][
        "organiserActivityStatistics"
    ]
    assert found["organiserName"] == world.i1.name
    assert found["totals"] == {
        "activities": 2,
        "registrations": 6,
        "confirmed": 3,
        "checkedIn": 1,
        "checkInRate": pytest.approx(1 / 3),
        "evaluations": 1,
        "averageRating": 5.0,
    }
    # Newest start first.
    assert [r["activity"]["id"] for r in found["rows"]] == [
        gid("Activity", later.id),
        gid("Activity", known.id),
    ]
    assert found["rows"][1]["statistics"]["checkInRate"] == 0.5

    # The period selects by start time.
    window = {
        **variables,
        "from": (known.starts_at - timedelta(hours=1)).isoformat(),
        "to": (known.starts_at + timedelta(hours=1)).isoformat(),
    }
    narrowed = (await gql(client, ORGANISER, window, token=token))["data"][
        "organiserActivityStatistics"
    ]
    assert [r["activity"]["id"] for r in narrowed["rows"]] == [gid("Activity", known.id)]
    assert narrowed["totals"]["registrations"] == 5

    for email in ("opwz@qifu.cn", "hub@qifu.cn"):
        seen = await gql(client, ORGANISER, variables, token=await login_token(client, email))
        assert seen["data"]["organiserActivityStatistics"]["totals"]["activities"] == 2
    for email in ("user@qifu.cn", "ophz@qifu.cn", "dept@qifu.cn"):
        seen = await gql(client, ORGANISER, variables, token=await login_token(client, email))
        assert seen["data"]["organiserActivityStatistics"] is None, email
    unknown = {"type": "INSTITUTION", "id": gid("Institution", 999999)}
    seen = await gql(client, ORGANISER, unknown, token=token)
    assert seen["data"]["organiserActivityStatistics"] is None


async def _many(world: World, n: int, template: Activity, tag: str) -> None:
    """``n`` more past activities of I1, each with two registrations, one checked in and
    one rating."""
    now = clock.now()
    await Activity.bulk_create(
        [
            Activity(
                organiser_type=OrganiserType.INSTITUTION,
                organiser_id=world.i1.id,
                organiser_name=template.organiser_name,
                platform_id=template.platform_id,
                created_by_id=template.created_by_id,
                name=f"{tag}企业数字化转型沙龙 第{i + 1}期",
                type=ActivityType.OTHER,
                starts_at=now - timedelta(days=i + 2),
                ends_at=now - timedelta(days=i + 2) + timedelta(hours=2),
                signup_deadline=now - timedelta(days=i + 3),
                capacity=20,
                status=S.ENDED,
                venue="鹿城区市民中心",
                confirmed_count=2,
                created_at=now,
                updated_at=now,
            )
            for i in range(n)
        ]
    )
    ids = list(await Activity.filter(name__startswith=tag).values_list("id", flat=True))
    user_ids = [world.users["user"].id, world.users["user2"].id]
    await Registration.bulk_create(
        [
            Registration(
                activity_id=i,
                user_id=u,
                status=R.CONFIRMED,
                created_at=now,
                updated_at=now,
            )
            for i in ids
            for u in user_ids
        ]
    )
    regs = await Registration.filter(activity_id__in=ids, user_id=user_ids[0])
    await CheckIn.bulk_create(
        [
            CheckIn(
                kind="activity",
                subject_id=r.activity_id,
                holder_id=r.id,
                user_id=r.user_id,
                method=CheckInMethod.CODE,
                checked_in_at=now,
            )
            for r in regs
        ]
    )
    await Evaluation.bulk_create(
        [
            Evaluation(
                subject_type="ACTIVITY",
                subject_id=i,
                rater_id=user_ids[0],
                owner_type="Institution",
                owner_id=world.i1.id,
                target_type="Activity",
                target_id=i,
                overall=4,
                dimensions={"content": 4, "organisation": 4, "usefulness": 4},
                created_at=now,
            )
            for i in ids
        ]
    )


async def test_organiser_statistics_statements_do_not_grow(
    world: World, client: httpx.AsyncClient
) -> None:
    template = await drive(world, S.PUBLISHED)
    token = await login_token(client, "i1m@qifu.cn")
    variables = {"type": "INSTITUTION", "id": gid("Institution", world.i1.id)}
    counts = []
    for total in (5, 50):
        more = total - await Activity.filter(organiser_id=world.i1.id).count()
        await _many(world, more, template, f"[{total}]")
        with count_sql() as sql:
            found = (await gql(client, ORGANISER, variables, token=token))["data"][
                "organiserActivityStatistics"
            ]
        assert found["totals"]["activities"] == total
        assert found["totals"]["evaluations"] == total - 1
        assert found["totals"]["checkedIn"] == total - 1
        counts.append(sql.count)
    assert counts[0] == counts[1], counts


async def test_activity_export(world: World, client: httpx.AsyncClient) -> None:
    activity = await _known(world)
    token = await login_token(client, "i1m@qifu.cn")
    url = (await gql(client, STATS, {"id": gid("Activity", activity.id)}, token=token))["data"][
        "node"
    ]["statistics"]["exportUrl"]
    book = await _book(client, url)
    assert book.sheetnames == ["概况", "报名名单"]
    summary = {row[0]: row[1] for row in book["概况"].iter_rows(values_only=True)}
    assert summary["活动"] == activity.name
    assert summary["主办方"] == world.i1.name
    assert summary["状态"] == "已结束"
    assert (summary["报名总数"], summary["已确认"], summary["签到人数"]) == (5, 2, 1)
    assert (summary["签到率"], summary["平均评分"], summary["名额"]) == (0.5, 5, 2)
    rows = list(book["报名名单"].iter_rows(values_only=True))
    assert rows[0] == ("姓名", "企业", "状态", "报名时间", "签到时间")
    assert [(r[0], r[2]) for r in rows[1:]] == [
        ("参会者0", "已取消"),
        ("参会者1", "已确认"),
        ("参会者2", "已确认"),
        ("参会者3", "未通过"),
        ("参会者4", "待审核"),
    ]
    checked_at = rows[2][4]
    assert checked_at is not None and rows[3][4] is None
    first = await CheckIn.get(subject_id=activity.id)
    local = first.checked_in_at.astimezone(clock.SHANGHAI).replace(tzinfo=None)
    assert abs((checked_at - local).total_seconds()) < 1


async def test_export_links_refuse_bad_tokens_and_other_people(
    world: World, client: httpx.AsyncClient
) -> None:
    activity = await _known(world)
    other = await drive(world, S.PUBLISHED)
    organiser = world.users["i1_member"]
    good = _path(exports.activity_url(activity.id, organiser.id))
    assert (await client.get(good)).status_code == 200
    query = parse_qs(urlparse(good).query)
    token = query["token"][0]
    expires, user_id, mac = token.split(".")
    refused = [
        f"/exports/activities/{activity.id}.xlsx",
        f"/exports/activities/{activity.id}.xlsx?token=garbage",
        f"/exports/activities/{activity.id}.xlsx?token={expires}.{user_id}.{mac[:-1]}A",
        f"/exports/activities/{activity.id}.xlsx?token={int(expires) + 600}.{user_id}.{mac}",
        # The same token for another activity (the organiser's own, even).
        f"/exports/activities/{other.id}.xlsx?token={token}",
        "/exports/activities/999999.xlsx?token=" + token,
        "/exports/activities/abc.xlsx?token=" + token,
        # A correctly signed link of someone who is not the organiser.
        _path(exports.activity_url(activity.id, world.users["user"].id)),
        _path(exports.activity_url(activity.id, world.users["op_hangzhou"].id)),
    ]
    for path in refused:
        response = await client.get(path)
        assert response.status_code == 404, path
        assert b"PK" not in response.content[:2]
    # A reviewer's link works; every link expires after 10 minutes.
    assert (
        await client.get(_path(exports.activity_url(activity.id, world.users["op_wenzhou"].id)))
    ).status_code == 200
    clock.advance(timedelta(minutes=10, seconds=1))
    assert (await client.get(good)).status_code == 404


async def test_organiser_export(world: World, client: httpx.AsyncClient) -> None:
    known = await _known(world)
    await drive(world, S.PUBLISHED, capacity=10)
    token = await login_token(client, "i1m@qifu.cn")
    variables = {
        "type": "INSTITUTION",
        "id": gid("Institution", world.i1.id),
        "from": (known.starts_at - timedelta(days=1)).isoformat(),
    }
    url = (await gql(client, ORGANISER, variables, token=token))["data"][
        "organiserActivityStatistics"
    ]["exportUrl"]
    book = await _book(client, url)
    assert book.sheetnames == ["概况", "活动"]
    summary = {row[0]: row[1] for row in book["概况"].iter_rows(values_only=True)}
    assert (summary["主办方"], summary["活动数"], summary["报名总数"]) == (world.i1.name, 2, 5)
    rows = list(book["活动"].iter_rows(values_only=True))
    assert rows[0][:5] == ("活动", "状态", "开始时间", "报名总数", "已确认")
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        (rows[1][0], "已发布", 0),
        (known.name, "已结束", 5),
    ]
    # Changing the period of a signed link, or another person's link: 404.
    parts = urlparse(url)
    query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    widened = {**query, "from": ""}
    assert (await client.get(f"{parts.path}?{urlencode(widened)}")).status_code == 404
    assert (
        await client.get(f"{parts.path}?{urlencode({**query, 'from': 'x'})}")
    ).status_code == 404
    stranger = exports.organiser_url(
        OrganiserType.INSTITUTION, world.i1.id, None, None, world.users["user"].id
    )
    assert (await client.get(_path(stranger))).status_code == 404
    wrong_kind = parts.path.replace("/institution/", "/department/")
    assert (await client.get(f"{wrong_kind}?{parts.query}")).status_code == 404
