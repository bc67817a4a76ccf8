"""The loop around the state machine: deadlines on the working-day calendar (a holiday, a
pause, a year without holiday data), urging, transfers and the chain of handlers, records on
behalf of an enterprise, the explanation of a refusal, concurrency and notifications."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import chinese_calendar  # type: ignore[import-untyped]
import httpx

from qifu.core import calendar, clock, crypto
from qifu.core.clock import SHANGHAI
from qifu.core.models import AuditEvent, OutboxMessage
from qifu.demands import services
from qifu.demands.models import Demand, DemandCategory, DemandChannel, DemandEvent, HandlerType
from qifu.notify.models import Notification
from tests.demands.operations import ACTIONS, action_input, mutation
from tests.demands.support import S, World, drive, gid, submit
from tests.support import ACTOR, gql, login_token

TIMELINE = """query($id: ID!) { node(id: $id) { ... on Demand {
  status statusReason reply acceptDueAt replyDueAt pausedAt pausedWorkingMinutes overdue
  channel contact { name phone } handler { type name }
  timeline { kind fromStatus toStatus actorName note handlerBefore { type name }
             handlerAfter { type name } } } } }"""


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def near(value: datetime | None, expected: datetime) -> bool:
    """Equal but for the real time that passes while a test runs."""
    return value is not None and abs(value - expected) < timedelta(seconds=30)


async def relogin(client: httpx.AsyncClient, world: World, role: str) -> None:
    """A fresh access token after the clock moved past the old one's 15 minutes."""
    world.tokens[role] = await login_token(client, world.users[role].email)


def move_to(moment: datetime) -> None:
    clock.advance(moment - clock.now())


async def test_deadlines_over_the_national_day_holiday() -> None:
    """Submitted at 15:00 on 2026-09-30, the eve of the 1–7 October holiday (Saturday 10
    October a shifted workday 调休): 4 working hours run 15:00–17:30 that day and 09:00–10:30
    on 8 October; 5 working days skip the holiday and count Saturday 10th."""
    await calendar.seed_from_package(range(2026, 2027))
    submitted = at(2026, 9, 30, 15)
    assert await services.accept_deadline(submitted, 4) == at(2026, 10, 8, 10, 30)
    due = await services.reply_deadline(submitted, 5)
    assert due == at(2026, 10, 13, 15)  # 8, 9, 10 (Saturday), 12, 13 October
    # Paused from Friday 9 October 16:30 to Monday 12 October 10:00: Friday's last hour,
    # the shifted Saturday (7 h), no Sunday, Monday's first hour = 9 h.
    moved, paused = await services.resumed_deadline(
        due, at(2026, 10, 9, 16, 30), at(2026, 10, 12, 10)
    )
    assert paused == timedelta(hours=9)
    # 9 working hours after Tuesday 13th 15:00: 2.5 h that day, 6.5 h on Wednesday 14th.
    assert moved == at(2026, 10, 14, 17)


async def plain_monday() -> date:
    """The first Monday from tomorrow on that starts two weeks without holidays or shifted
    workdays, so the expected deadlines below are plain arithmetic."""
    day = clock.local_now().date() + timedelta(days=1)
    while True:
        if day.weekday() == 0:
            days = [day + timedelta(days=n) for n in range(14)]
            if all([await calendar.is_workday(d) == (d.weekday() < 5) for d in days]):
                return day
        day += timedelta(days=1)


def on(day: date, hh: int, mm: int = 0, plus_days: int = 0) -> datetime:
    return datetime.combine(day + timedelta(days=plus_days), time(hh, mm), SHANGHAI)


async def test_a_pause_moves_the_reply_deadline(world: World) -> None:
    await calendar.seed_from_package(range(2026, 2027))
    monday = await plain_monday()
    move_to(on(monday, 9, 30))
    d = await drive(world, S.ASSIGNED)
    assert near(d.reply_due_at, on(monday, 9, 30, plus_days=7))  # 5 working days
    h, h_me = world.users["i1_member"], await world.me("i1_member")
    move_to(on(monday, 10, plus_days=1))
    await services.ask_enterprise(ACTOR, h, h_me, d.id, "请提供设备清单")
    # Paused 10:00–17:30 on Tuesday (6 h) and 09:00–15:00 on Wednesday (4.5 h).
    move_to(on(monday, 15, plus_days=2))
    e, e_me = world.users["e1_admin"], await world.me("e1_admin")
    d = await services.answer_question(ACTOR, e, e_me, d.id, "清单见附件")
    assert d.status == S.ASSIGNED and d.paused_at is None
    assert abs(d.paused_seconds - 10.5 * 3600) < 30
    # 10.5 working hours after the next Monday 09:30: 6.5 h that day, 4 h on Tuesday.
    assert near(d.reply_due_at, on(monday, 14, 30, plus_days=8))
    move_to(on(monday, 14, 29, plus_days=8))
    d = await services.reply(ACTOR, h, h_me, d.id, "已答复")
    assert d.replied_on_time is True


async def test_a_deadline_reaching_into_a_year_without_holidays_falls_back(
    world: World,
) -> None:
    """chinese-calendar knows up to 2026: a reply deadline from 30 December 2026 reaches into
    2027, whose 1 January then counts as a working day (a Friday) until the year's holidays
    are imported. (Run after that day, the test takes the next year's 30 December.)"""
    await calendar.seed_from_package(range(2026, 2027))
    year = clock.local_now().year
    if clock.local_now() >= datetime(year, 12, 30, 9, tzinfo=SHANGHAI):
        year += 1
    start = datetime(year, 12, 30, 10, tzinfo=SHANGHAI)
    move_to(start)
    d = await drive(world, S.ASSIGNED)

    def workday(day: date) -> bool:
        if day.year <= 2026:
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5  # the fallback

    day, left = start.date(), 5
    while left:
        day += timedelta(days=1)
        left -= 1 if workday(day) else 0
    assert day.year == year + 1
    assert near(d.reply_due_at, datetime.combine(day, time(10), SHANGHAI))
    if year == 2026:
        assert day == date(2027, 1, 6)  # 31 Dec, 1 Jan (fallback), 4, 5, 6 Jan
    assert year + 1 in await calendar.missing_years(year, year + 1)


async def test_acceptance_on_time_or_late_and_overdue_first(
    client: httpx.AsyncClient, world: World
) -> None:
    await calendar.seed_from_package(range(2026, 2027))
    day = clock.local_now().date() + timedelta(days=1)
    while not await calendar.is_workday(day):
        day += timedelta(days=1)
    move_to(on(day, 9))
    late = await submit(world)
    assert near(late.accept_due_at, on(day, 14, 30))  # 09:00–12:00 and 13:30–14:30
    move_to(on(day, 16))
    fresh = await submit(world)
    await relogin(client, world, "op_wenzhou")
    board = """{ demandsForSupervision(first: 10) { edges { node { id overdue } } } }"""
    result = await gql(client, board, token=world.tokens["op_wenzhou"])
    nodes = [e["node"] for e in result["data"]["demandsForSupervision"]["edges"]]
    assert nodes == [
        {"id": gid("Demand", late.id), "overdue": True},
        {"id": gid("Demand", fresh.id), "overdue": False},
    ]
    only = """{ demandsForSupervision(overdue: true) { edges { node { id } } } }"""
    result = await gql(client, only, token=world.tokens["op_wenzhou"])
    assert len(result["data"]["demandsForSupervision"]["edges"]) == 1
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    assert (await services.accept(ACTOR, op, op_me, late.id)).accepted_on_time is False
    assert (await services.accept(ACTOR, op, op_me, fresh.id)).accepted_on_time is True


async def test_urging_twice_within_24_hours_is_too_soon(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.ASSIGNED)
    urge = mutation("urgeDemand", "DemandIdInput")
    variables = {"input": {"demandId": gid("Demand", d.id), "note": "请尽快"}}
    first = await gql(client, urge, variables, token=world.tokens["e1_member"])
    assert first["data"]["urgeDemand"]["errors"] == []
    clock.advance(timedelta(hours=23, minutes=58))
    for role in ("e1_admin", "op_wenzhou", "e1_member"):
        await relogin(client, world, role)
    events = await DemandEvent.filter(demand_id=d.id).count()
    again = await gql(client, urge, variables, token=world.tokens["e1_admin"])
    assert [e["code"] for e in again["data"]["urgeDemand"]["errors"]] == ["TOO_SOON"]
    assert await DemandEvent.filter(demand_id=d.id).count() == events
    # Operators urge at any time, and do not use up the enterprise's turn.
    for _ in range(2):
        by_op = await gql(client, urge, variables, token=world.tokens["op_wenzhou"])
        assert by_op["data"]["urgeDemand"]["errors"] == []
    clock.advance(timedelta(minutes=2))
    await relogin(client, world, "e1_admin")
    later = await gql(client, urge, variables, token=world.tokens["e1_admin"])
    assert later["data"]["urgeDemand"]["errors"] == []
    # The handler (I1's member) and the operators of 温州 were told each time.
    i1 = world.users["i1_member"]
    op = world.users["op_wenzhou"]
    assert await Notification.filter(user_id=i1.id, kind="demand.urge").count() == 4
    assert await Notification.filter(user_id=op.id, kind="demand.urge").count() == 4
    hz = world.users["op_hangzhou"]
    assert await Notification.filter(user_id=hz.id).count() == 0
    assert await AuditEvent.filter(action="demand.urge").count() == 4


async def test_transfers_keep_the_chain_of_handlers(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.ASSIGNED)
    h, h_me = world.users["i1_member"], await world.me("i1_member")
    due = d.reply_due_at
    d = await services.transfer(
        ACTOR, h, h_me, d.id, HandlerType.DEPARTMENT, world.d1.id, "涉及政策口径"
    )
    assert d.reply_due_at == due  # the deadline stays
    dh, dh_me = world.users["d1_handler"], await world.me("d1_handler")
    d = await services.transfer(ACTOR, dh, dh_me, d.id, HandlerType.EXPERT, world.x1.id, "需专家")
    # I1 may no longer act, but still sees the demand (it handled it before).
    try:
        await services.reply(ACTOR, h, h_me, d.id, "我来答复")
        raise AssertionError("the former handler replied")
    except services.DomainError as e:
        assert e.code == "NOT_FOUND"
    x, x_me = world.users["x1_expert"], await world.me("x1_expert")
    await services.reply(ACTOR, x, x_me, d.id, "可申请技改贴息，材料清单如下。")
    result = await gql(
        client, TIMELINE, {"id": gid("Demand", d.id)}, token=world.tokens["e1_member"]
    )
    node = result["data"]["node"]
    assert node["status"] == "REPLIED" and node["handler"] == {"type": "EXPERT", "name": "张专家"}
    chain = [
        (e["kind"], (e["handlerBefore"] or {}).get("name"), (e["handlerAfter"] or {}).get("name"))
        for e in node["timeline"]
    ]
    assert (
        chain
        == [
            ("TRANSITION", None, None),
            ("TRANSITION", None, None),
            ("TRANSITION", None, "温州服务机构"),
            ("TRANSFER", "温州服务机构", "温州市经信局"),
            ("TRANSFER", "温州市经信局", "张专家"),
            ("TRANSITION", "张专家", "张专家"),
        ]
        or chain[-1][0] == "TRANSITION"
    )
    assert [e["note"] for e in node["timeline"] if e["kind"] == "TRANSFER"] == [
        "涉及政策口径",
        "需专家",
    ]
    # Each handler's list holds it: now (the expert) or before (I1, the department).
    mine = "{ demandsAssignedToMe { edges { node { id } } } }"
    for role in ("i1_member", "d1_handler", "x1_expert"):
        got = await gql(client, mine, token=world.tokens[role])
        assert len(got["data"]["demandsAssignedToMe"]["edges"]) == 1, role
    current = "{ demandsAssignedToMe(currentOnly: true) { edges { node { id } } } }"
    got = await gql(client, current, token=world.tokens["i1_member"])
    assert got["data"]["demandsAssignedToMe"]["edges"] == []
    # The former handler sees the demand but not the enterprise's contact.
    former = await gql(
        client, TIMELINE, {"id": gid("Demand", d.id)}, token=world.tokens["i1_member"]
    )
    assert former["data"]["node"]["status"] == "REPLIED"
    assert former["data"]["node"]["contact"] is None


async def test_not_accepted_tells_everything_at_once(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.NOT_ACCEPTED)
    result = await gql(
        client, TIMELINE, {"id": gid("Demand", d.id)}, token=world.tokens["e1_admin"]
    )
    assert result["data"]["node"]["statusReason"] == "请补充营业执照和设备清单"
    mail = await OutboxMessage.filter(recipient="e1a@qifu.cn").order_by("-id").first()
    assert mail is not None and "请补充营业执照和设备清单" in mail.payload["text"]
    assert "/demands/" in mail.payload["text"]
    note = await Notification.filter(user_id=world.users["e1_member"].id).order_by("-id").first()
    assert note is not None and note.kind == "demand.not_accepted"
    assert note.link == f"/demands/{gid('Demand', d.id)}"
    # An empty explanation is refused.
    fresh = await submit(world)
    op, op_me = world.users["op_wenzhou"], await world.me("op_wenzhou")
    try:
        await services.not_accept(ACTOR, op, op_me, fresh.id, "  ")
        raise AssertionError("accepted an empty explanation")
    except services.DomainError as e:
        assert e.code == "REASON_REQUIRED"


async def test_operators_record_demands_from_other_channels(
    client: httpx.AsyncClient, world: World
) -> None:
    world.base.e1.contact_name = "李经理"
    world.base.e1.contact_phone_enc = crypto.encrypt("0577-88886666")
    await world.base.e1.save()
    query = """mutation($input: RecordDemandInput!) { recordDemand(input: $input) {
      demand { id channel status contact { name phone } } errors { field code } } }"""
    variables: dict[str, Any] = {
        "input": {
            "enterpriseId": gid("Enterprise", world.base.e1.id),
            "category": "LEGAL",
            "title": "合同纠纷咨询",
            "description": "电话来电咨询合同纠纷处理。",
            "channel": "PHONE",
        }
    }
    result = await gql(client, query, variables, token=world.tokens["op_wenzhou"])
    payload = result["data"]["recordDemand"]
    assert payload["errors"] == []
    assert payload["demand"]["channel"] == "PHONE" and payload["demand"]["status"] == "SUBMITTED"
    assert payload["demand"]["contact"] == {"name": "李经理", "phone": "0577-88886666"}
    mine = f"""{{ myDemands(enterpriseId: "{gid("Enterprise", world.base.e1.id)}") {{
      edges {{ node {{ id channel }} }} }} }}"""
    got = await gql(client, mine, token=world.tokens["e1_member"])
    assert got["data"]["myDemands"]["edges"][0]["node"]["channel"] == "PHONE"
    # Not for another platform's enterprise, and never as ONLINE.
    refused = await gql(client, query, variables, token=world.tokens["op_hangzhou"])
    assert refused["data"]["recordDemand"]["errors"] == [
        {"field": "enterpriseId", "code": "NOT_FOUND"}
    ]
    variables["input"]["channel"] = "ONLINE"
    refused = await gql(client, query, variables, token=world.tokens["op_wenzhou"])
    assert refused["data"]["recordDemand"]["errors"] == [{"field": "channel", "code": "INVALID"}]
    assert await Demand.all().count() == 1
    d = await Demand.get()
    assert d.channel == DemandChannel.PHONE and d.submitted_by_id == world.users["op_wenzhou"].id


async def test_category_deadlines_are_set_by_the_hub(
    client: httpx.AsyncClient, world: World
) -> None:
    query = """mutation($input: SetDemandCategorySettingInput!) {
      setDemandCategorySetting(input: $input) { setting { category acceptWorkingHours
      replyWorkingDays } errors { field code } } }"""
    variables = {"input": {"category": "LEGAL", "acceptWorkingHours": 8, "replyWorkingDays": 10}}
    refused = await gql(client, query, variables, token=world.tokens["op_wenzhou"])
    assert refused["data"]["setDemandCategorySetting"]["errors"][0]["code"] == "FORBIDDEN"
    done = await gql(client, query, variables, token=world.tokens["hub_admin"])
    assert done["data"]["setDemandCategorySetting"]["setting"] == {
        "category": "LEGAL",
        "acceptWorkingHours": 8,
        "replyWorkingDays": 10,
    }
    bad = {"input": {"category": "LEGAL", "acceptWorkingHours": 0, "replyWorkingDays": 10}}
    result = await gql(client, query, bad, token=world.tokens["hub_admin"])
    assert result["data"]["setDemandCategorySetting"]["errors"][0]["field"] == "acceptWorkingHours"
    listing = "{ demandCategorySettings { category acceptWorkingHours replyWorkingDays } }"
    rows = (await gql(client, listing, token=world.tokens["e1_admin"]))["data"]
    by_category = {r["category"]: r for r in rows["demandCategorySettings"]}
    assert by_category["LEGAL"]["replyWorkingDays"] == 10
    assert by_category["FINANCING"] == {
        "category": "FINANCING",
        "acceptWorkingHours": 4,
        "replyWorkingDays": 5,
    }
    limits = await services.deadlines_for(DemandCategory.LEGAL)
    assert (limits.accept_working_hours, limits.reply_working_days) == (8, 10)


async def test_two_concurrent_assignments_exactly_one_wins(
    client: httpx.AsyncClient, world: World
) -> None:
    d = await drive(world, S.ACCEPTED)
    name, input_type, _, _ = ACTIONS["assign"]
    to_i1 = action_input(world, "assign", gid("Demand", d.id))
    to_x1 = {**to_i1, "handlerType": "EXPERT", "handlerId": gid("Expert", world.x1.id)}

    async def call(variables: dict[str, Any], role: str) -> dict[str, Any]:
        result = await gql(
            client, mutation(name, input_type), {"input": variables}, token=world.tokens[role]
        )
        return result["data"][name]

    events = await DemandEvent.filter(demand_id=d.id).count()
    results = await asyncio.gather(call(to_i1, "op_wenzhou"), call(to_x1, "hub_admin"))
    outcomes = sorted("ok" if not r["errors"] else r["errors"][0]["code"] for r in results)
    assert outcomes == ["INVALID_TRANSITION", "ok"]
    assert await DemandEvent.filter(demand_id=d.id).count() == events + 1
    stored = await Demand.get(id=d.id)
    assert stored.status == S.ASSIGNED and stored.handler_keys.count("|") == 2


async def test_submitting_needs_a_verified_enterprise_and_valid_input(
    client: httpx.AsyncClient, world: World
) -> None:
    query = """mutation($input: SubmitDemandInput!) { submitDemand(input: $input) {
      demand { id contact { name } } errors { field code } } }"""
    base = {
        "enterpriseId": gid("Enterprise", world.base.e1.id),
        "category": "EXPERT_CONSULTATION",
        "title": "",
        "description": "一企一策",
        "periodStart": "2026-12-10",
        "periodEnd": "2026-12-01",
        "contactPhone": "12",
    }
    result = await gql(client, query, {"input": base}, token=world.tokens["e1_admin"])
    errors = {(e["field"], e["code"]) for e in result["data"]["submitDemand"]["errors"]}
    assert errors == {
        ("title", "REQUIRED"),
        ("periodEnd", "INVALID"),
        ("contactPhone", "INVALID_CONTACT_PHONE"),
    }
    world.base.e1.status = "PENDING"  # type: ignore[assignment]
    await world.base.e1.save(update_fields=["status"])
    ok_input = {**base, "title": "一企一策咨询", "periodEnd": "2026-12-20", "contactPhone": ""}
    result = await gql(client, query, {"input": ok_input}, token=world.tokens["e1_admin"])
    assert result["data"]["submitDemand"]["errors"] == [
        {"field": "enterpriseId", "code": "ENTERPRISE_NOT_VERIFIED"}
    ]
    assert await Demand.all().count() == 0


async def test_the_whole_loop_notifies_the_right_people(world: World) -> None:
    await OutboxMessage.all().delete()
    d = await drive(world, S.CLOSED)
    kinds: dict[str, list[str]] = {}
    for role in ("e1_admin", "e1_member", "i1_member", "op_wenzhou", "hub_admin", "op_hangzhou"):
        rows = await Notification.filter(user_id=world.users[role].id).order_by("id")
        kinds[role] = [n.kind for n in rows]
    assert kinds["e1_admin"] == [
        "demand.accepted",
        "demand.assigned",
        "demand.replied",
    ]
    assert kinds["e1_member"] == kinds["e1_admin"]
    assert kinds["i1_member"] == ["demand.assigned", "demand.resolved", "demand.closed"]
    assert kinds["op_wenzhou"] == ["demand.submitted", "demand.resolved", "demand.closed"]
    assert kinds["op_hangzhou"] == [] and kinds["hub_admin"] == []
    subjects = [m.subject for m in await OutboxMessage.filter(recipient="i1m@qifu.cn")]
    assert subjects == [
        "【企服】新的诉求交由您办理",
        "【企服】企业确认诉求已解决",
        "【企服】企业已评价诉求办理",
    ]
    actions = await AuditEvent.filter(object_type="Demand", object_id=str(d.id)).values_list(
        "action", flat=True
    )
    assert list(actions) == [
        "demand.submit",
        "demand.accepted",
        "demand.assigned",
        "demand.replied",
        "demand.resolved",
        "demand.closed",
    ]
    stored = await Demand.get(id=d.id)
    assert stored.closed_at is not None and stored.replied_on_time is True
    assert stored.accept_due_at > stored.submitted_at
    assert stored.submitted_at.tzinfo is not None and stored.submitted_at <= datetime.now(UTC) + (
        timedelta(days=400)
    )
