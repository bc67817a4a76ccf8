"""The flow around the state machine: the archive, the first answer's timeliness on the
working-day calendar, automatic confirmation, bad input, concurrency and mails."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import httpx

from qifu.accounts.services import grants_of
from qifu.core import calendar, clock
from qifu.core.clock import SHANGHAI
from qifu.core.models import OutboxMessage
from qifu.engagements import services
from qifu.engagements.models import Engagement, EngagementStep
from qifu.files.models import StoredFile
from qifu.files.policies import can_read
from qifu.notify.mail import deliver_due
from qifu.orgs import scoring
from tests.engagements.operations import ACTIONS, action_input, mutation
from tests.engagements.support import ACTOR, S, World, attachment, drive, gid
from tests.notify.conftest import SmtpSink, smtp, smtp_down  # noqa: F401  (fixtures)
from tests.support import gql

TIMELINE = """query($id: ID!) { node(id: $id) { ... on Engagement {
  status answerDueAt answeredLate fee periodStart periodEnd plan personnel report
  agreementFile { name } evaluation { overall }
  timeline { kind fromStatus toStatus actorName note fee personnel plannedDeliveryOn
             attachments { name } } } } }"""


async def test_the_archive_keeps_every_step(client: httpx.AsyncClient, world: World) -> None:
    engagement = await drive(world, S.IN_SERVICE)
    inst = await world.scope("i1_member")
    file_id = await attachment(world.users["i1_member"])
    await services.add_progress(
        ACTOR, world.users["i1_member"], inst, engagement.id, "第一份合同已审完", [file_id]
    )
    result = await gql(
        client, TIMELINE, {"id": gid("Engagement", engagement.id)}, token=world.tokens["e1_member"]
    )
    node = result["data"]["node"]
    assert node["fee"] == "800.00" and node["personnel"] == ["陈律师", "王助理"]
    assert node["agreementFile"] is not None and node["answeredLate"] is False
    steps = [(s["kind"], s["fromStatus"], s["toStatus"]) for s in node["timeline"]]
    assert steps == [
        ("TRANSITION", None, "REQUESTED"),
        ("TRANSITION", "REQUESTED", "INVESTIGATING"),
        ("TRANSITION", "INVESTIGATING", "AGREED"),
        ("TRANSITION", "AGREED", "PLANNED"),
        ("TRANSITION", "PLANNED", "IN_SERVICE"),
        ("PROGRESS", None, "IN_SERVICE"),
    ]
    agreed, planned, progress = node["timeline"][2], node["timeline"][3], node["timeline"][5]
    assert agreed["fee"] == "800.00" and len(agreed["attachments"]) == 1
    assert planned["personnel"] == ["陈律师", "王助理"]
    assert planned["plannedDeliveryOn"] == "2026-12-20"
    assert progress["note"] == "第一份合同已审完" and len(progress["attachments"]) == 1
    assert {s["actorName"] for s in node["timeline"]} == {"测试用户"}
    # The attachments are readable by both sides (and staff), by nobody else.
    stored = await StoredFile.get(id=file_id)
    for role, readable in (
        ("e1_member", True),
        ("e1_admin", True),
        ("op_wenzhou", True),
        ("e2_admin", False),
        ("i2_member", False),
        ("user", False),
    ):
        user = world.users[role]
        assert await can_read(user, await grants_of(user), stored) is readable, role


def _next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


async def test_first_answer_due_in_two_working_days_with_a_holiday_between(
    world: World,
) -> None:
    today = clock.local_now().date()
    holiday = _next_weekday(today)
    await calendar.set_day(holiday, False, "测试假日")
    first = await drive(world, S.REQUESTED)
    second = await drive(world, S.REQUESTED)
    # Two working days: the holiday does not count.
    expected = _next_weekday(_next_weekday(holiday))
    due = first.answer_due_at
    assert due.astimezone(SHANGHAI).date() == expected
    assert due.astimezone(SHANGHAI).time().replace(microsecond=0) == (
        first.created_at.astimezone(SHANGHAI).time().replace(microsecond=0)
    )
    inst_user, inst = world.users["i1_member"], await world.scope("i1_member")
    clock.advance(due - clock.now() - timedelta(minutes=1))
    await services.investigate(ACTOR, inst_user, inst, first.id, "", [])
    clock.advance(timedelta(minutes=2))
    await services.decline(ACTOR, inst_user, inst, second.id, "排期已满")
    first, second = await Engagement.get(id=first.id), await Engagement.get(id=second.id)
    assert (first.answered_late, second.answered_late) == (False, True)
    (score,) = await scoring.scores([world.i1.id])
    assert score.timeliness_rate == 0.5


async def test_an_unanswered_request_counts_late_once_overdue(world: World) -> None:
    engagement = await drive(world, S.REQUESTED)
    (before,) = await scoring.scores([world.i1.id])
    assert before.timeliness_rate is None
    clock.advance(engagement.answer_due_at - clock.now() + timedelta(minutes=1))
    (after,) = await scoring.scores([world.i1.id])
    assert after.timeliness_rate == 0.0


async def test_delivery_confirms_itself_after_seven_days(world: World) -> None:
    delivered = await drive(world, S.DELIVERED)
    disputed = await drive(world, S.DELIVERED)
    ent_user, ent = world.users["e1_admin"], await world.scope("e1_admin")
    await services.dispute(ACTOR, ent_user, ent, disputed.id, "报告缺少第三份合同")
    clock.advance(timedelta(days=7) - timedelta(minutes=1))
    assert await services.auto_confirm_due() == 0
    clock.advance(timedelta(minutes=2))
    assert await services.auto_confirm_due() == 1
    assert await services.auto_confirm_due() == 0
    delivered = await Engagement.get(id=delivered.id)
    assert delivered.status == S.CONFIRMED and delivered.auto_confirmed
    step = await EngagementStep.filter(engagement_id=delivered.id).order_by("-id").first()
    assert step is not None and step.actor_id is None and step.actor_name == "系统"
    assert (await Engagement.get(id=disputed.id)).status == S.IN_SERVICE
    # The enterprise may rate an automatically confirmed service.
    await services.evaluate(
        ACTOR,
        ent_user,
        ent,
        delivered.id,
        overall=4,
        dimensions=dict(professionalism=4, timeliness=4, communication=4, result=4),
        comment="",
    )
    assert (await Engagement.get(id=delivered.id)).status == S.EVALUATED


async def test_the_worker_runs_the_confirmation_job(world: World) -> None:
    from qifu.notify import worker

    engagement = await drive(world, S.DELIVERED)
    clock.advance(timedelta(days=8))
    done = await worker.run_jobs(force=True)
    assert done["engagements.auto_confirm"] == 1
    assert (await Engagement.get(id=engagement.id)).status == S.CONFIRMED


REQUEST = mutation("requestService", "RequestServiceInput")


async def test_bad_input_is_a_user_error_and_stores_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    token = world.tokens["e1_admin"]
    base = {
        "productId": gid("ServiceProduct", world.product.id),
        "enterpriseId": gid("Enterprise", world.e1.id),
    }
    outbox = await OutboxMessage.all().count()
    for extra, expected in (
        ({"need": "  "}, [("need", "REQUIRED")]),
        ({"need": "长" * 2001}, [("need", "TOO_LONG")]),
        (
            {"need": "需求", "attachmentIds": [gid("StoredFile", 999999)]},
            [("attachmentIds", "NOT_FOUND")],
        ),
        (
            {"need": "需求", "productId": gid("ServiceProduct", 999999)},
            [("productId", "NOT_FOUND")],
        ),
        (
            {"need": "需求", "enterpriseId": gid("Enterprise", world.e2.id)},
            [("enterpriseId", "NOT_FOUND")],
        ),
    ):
        result = await gql(client, REQUEST, {"input": {**base, **extra}}, token=token)
        payload = result["data"]["requestService"]
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, extra
        assert all(e["message"] for e in payload["errors"])
    assert await Engagement.all().count() == 0
    assert await OutboxMessage.all().count() == outbox

    engagement = await drive(world, S.INVESTIGATING)
    agree = mutation("agreeEngagement", "AgreeEngagementInput")
    valid = await action_input(world, "agree", gid("Engagement", engagement.id), "i1_member")
    steps = await EngagementStep.all().count()
    for extra, expected in (
        ({"fee": "-1"}, [("fee", "INVALID")]),
        ({"fee": "1.234"}, [("fee", "INVALID")]),
        ({"periodEnd": "2026-11-01"}, [("periodEnd", "INVALID")]),
        (
            {"agreementFileId": gid("StoredFile", await attachment(world.users["e1_admin"]))},
            [("agreementFileId", "NOT_FOUND")],
        ),
    ):
        result = await gql(
            client, agree, {"input": {**valid, **extra}}, token=world.tokens["i1_member"]
        )
        payload = result["data"]["agreeEngagement"]
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, extra
    assert await EngagementStep.all().count() == steps
    assert (await Engagement.get(id=engagement.id)).status == S.INVESTIGATING

    for action, extra, expected in (
        ("decline", {"reason": " "}, ("reason", "REASON_REQUIRED")),
        ("plan", {"personnel": []}, ("personnel", "REQUIRED")),
    ):
        e = await drive(world, S.AGREED if action == "plan" else S.REQUESTED)
        name, input_type, role, _ = ACTIONS[action]
        variables = await action_input(world, action, gid("Engagement", e.id), role)
        result = await gql(
            client,
            mutation(name, input_type),
            {"input": {**variables, **extra}},
            token=world.tokens[role],
        )
        assert [(x["field"], x["code"]) for x in result["data"][name]["errors"]] == [expected]


async def test_an_unverified_enterprise_cannot_request(
    client: httpx.AsyncClient, world: World
) -> None:
    from qifu.orgs import enterprises
    from tests.orgs.support import credit_code

    pending = await enterprises.create(
        ACTOR,
        world.users["user"],
        enterprises.EnterpriseData(
            credit_code=credit_code(9), name="未认证公司", region_code="330302", industry_code="34"
        ),
    )
    result = await gql(
        client,
        REQUEST,
        {
            "input": {
                "productId": gid("ServiceProduct", world.product.id),
                "enterpriseId": gid("Enterprise", pending.id),
                "need": "需求",
            }
        },
        token=world.tokens["user"],
    )
    errors = result["data"]["requestService"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [
        ("enterpriseId", "ENTERPRISE_NOT_VERIFIED")
    ]
    assert await Engagement.all().count() == 0


async def test_two_concurrent_transitions_cannot_both_succeed(
    client: httpx.AsyncClient, world: World
) -> None:
    async def call(action: str, engagement_id: int) -> dict[str, Any]:
        name, input_type, role, _ = ACTIONS[action]
        variables = {
            "input": await action_input(world, action, gid("Engagement", engagement_id), role)
        }
        result = await gql(client, mutation(name, input_type), variables, token=world.tokens[role])
        return result["data"][name]

    for first, second, state in (
        ("investigate", "investigate", S.REQUESTED),
        ("decline", "cancel", S.REQUESTED),
        ("cancel", "agree", S.INVESTIGATING),
        ("confirm", "dispute", S.DELIVERED),
        ("start", "start", S.PLANNED),
    ):
        engagement = await drive(world, state)
        steps = await EngagementStep.filter(engagement_id=engagement.id).count()
        results = await asyncio.gather(call(first, engagement.id), call(second, engagement.id))
        outcomes = sorted("ok" if not r["errors"] else r["errors"][0]["code"] for r in results)
        assert outcomes == ["INVALID_TRANSITION", "ok"], (first, second)
        assert await EngagementStep.filter(engagement_id=engagement.id).count() == steps + 1


async def test_each_step_mails_the_other_side(world: World, smtp: SmtpSink) -> None:  # noqa: F811
    await OutboxMessage.all().delete()  # the sign-up mails of the world's accounts
    await drive(world, S.EVALUATED)
    while await deliver_due():
        pass
    subjects: dict[str, list[str]] = {}
    for mail, recipients in zip(smtp.messages, smtp.recipients, strict=True):
        for r in recipients:
            subjects.setdefault(r, []).append(str(mail["Subject"]))
    assert subjects["i1m@qifu.cn"] == [
        "【企服】新的服务申请",
        "【企服】企业已确认服务交付",
        "【企服】企业已评价本次服务",
    ]
    assert "【企服】服务成果已交付，请确认" in subjects["e1a@qifu.cn"]
    assert subjects["e1a@qifu.cn"] == subjects["e1m@qifu.cn"]
    assert "e2a@qifu.cn" not in subjects and "i2m@qifu.cn" not in subjects
    mail = smtp.messages[0]
    assert mail.get_content_type() == "multipart/alternative"
    html = mail.get_body(("html",))
    assert html is not None and "合同审查服务" in html.get_content()
