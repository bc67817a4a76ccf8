"""Outbox → SMTP: delivered once with both parts, retried after an outage or a temporary
refusal, never for a rolled-back change, claimed by one worker at a time, kept (and not
logged in production) while no server is configured."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, deque
from datetime import timedelta

import pytest
from tortoise.transactions import in_transaction

from qifu.core import clock, outbox
from qifu.core.models import OutboxMessage, OutboxStatus
from qifu.notify.mail import deliver_due, render
from qifu.settings import Environment, Settings, configure
from tests.notify.conftest import SmtpSink


async def queue(count: int, to: str = "") -> list[OutboxMessage]:
    async with in_transaction():
        return [
            await outbox.enqueue_email(
                to or f"user{i}@example.cn",
                f"【企服】通知 {i}",
                f"第 {i} 封邮件",
                f"<p>第 {i} 封邮件</p>",
            )
            for i in range(count)
        ]


def crlf_free(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


async def test_queued_mail_is_delivered_with_text_and_html_and_its_message_id(
    smtp: SmtpSink,
) -> None:
    text, html = render(
        "欢迎使用企服",
        ["张三，您好：", "您的账号已创建。"],
        ("登录平台", "https://qifu.example.cn/login?next=/a&b=<1>"),
    )
    async with in_transaction():
        row = await outbox.enqueue_email("zhang.san@example.cn", "【企服】欢迎", text, html)

    assert await deliver_due() == 1

    assert smtp.recipients == [["zhang.san@example.cn"]]
    mail = smtp.messages[0]
    assert mail["Message-ID"] == row.message_id
    assert mail["Subject"] == "【企服】欢迎"
    assert mail["From"].addresses[0].addr_spec == "noreply@qifu.local"
    assert mail.get_content_type() == "multipart/alternative"
    plain, rich = mail.get_body(("plain",)), mail.get_body(("html",))
    assert plain is not None and rich is not None
    assert crlf_free(plain.get_content()) == text
    assert crlf_free(rich.get_content()) == html
    assert "next=/a&amp;b=&lt;1&gt;" in rich.get_content()

    await row.refresh_from_db()
    assert row.status is OutboxStatus.SENT
    assert row.sent_at is not None and row.locked_until is None
    assert row.attempts == 1 and row.last_error == ""
    # Nothing is left to send: a second pass does not mail it again.
    assert await deliver_due() == 0
    assert len(smtp.messages) == 1


async def test_outage_then_recovery_delivers_every_mail_exactly_once(
    smtp_down: SmtpSink,
) -> None:
    rows = await queue(5)
    before = clock.now()

    assert await deliver_due() == 0

    for row in await OutboxMessage.all().order_by("id"):
        assert row.status is OutboxStatus.PENDING
        assert row.attempts == 1 and row.locked_until is None and row.last_error
        assert row.next_attempt_at >= before + outbox.backoff(1)
    # Within the back-off nothing is due, so nothing is attempted, even once the server is back.
    assert await deliver_due() == 0
    smtp_down.start()
    assert await deliver_due() == 0
    assert smtp_down.messages == []
    assert set(await OutboxMessage.all().values_list("attempts", flat=True)) == {1}

    clock.advance(outbox.backoff(1) + timedelta(seconds=1))
    assert [await deliver_due() for _ in range(3)] == [5, 0, 0]

    assert smtp_down.message_ids() == Counter({row.message_id: 1 for row in rows})
    sent = await OutboxMessage.all()
    assert {(m.status, m.attempts) for m in sent} == {(OutboxStatus.SENT, 2)}


async def test_mail_of_a_rolled_back_change_is_never_sent(smtp: SmtpSink) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        async with in_transaction():
            await outbox.enqueue_email(
                "li.lei@example.cn", "【企服】不该发出", "正文", "<p>正文</p>"
            )
            assert await OutboxMessage.all().count() == 1
            raise Boom

    assert await OutboxMessage.all().count() == 0
    assert await deliver_due() == 0
    assert smtp.messages == []


async def test_concurrent_workers_deliver_each_mail_once(smtp: SmtpSink) -> None:
    rows = await queue(30)

    sent = await asyncio.gather(*(deliver_due() for _ in range(4)))

    assert sum(sent) == 30
    assert await deliver_due() == 0
    assert smtp.message_ids() == Counter({row.message_id: 1 for row in rows})
    # A row claimed by two workers would show two attempts.
    after = await OutboxMessage.all()
    assert {(m.status, m.attempts) for m in after} == {(OutboxStatus.SENT, 1)}


async def test_a_claim_abandoned_by_a_dead_worker_is_taken_over_after_its_lease(
    smtp: SmtpSink,
) -> None:
    [row] = await queue(1)
    [claimed] = await outbox.claim()  # a worker that claims and then dies
    assert claimed.id == row.id

    assert await deliver_due() == 0  # still leased
    clock.advance(outbox.LEASE + timedelta(seconds=1))
    assert await deliver_due() == 1

    assert smtp.message_ids() == Counter({row.message_id: 1})
    await row.refresh_from_db()
    assert row.status is OutboxStatus.SENT and row.attempts == 2


async def test_without_smtp_the_mail_stays_queued(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    configure(settings.model_copy(update={"smtp_url": ""}))
    with caplog.at_level(logging.INFO, logger="qifu.outbox"):
        async with in_transaction():
            row = await outbox.enqueue_email("han.meimei@example.cn", "【企服】待发", "正文", "")

    assert await deliver_due() == 0
    assert await deliver_due() == 0

    await row.refresh_from_db()
    assert row.status is OutboxStatus.PENDING
    assert row.attempts == 0 and row.sent_at is None
    assert await outbox.pending_count() == 1
    # Outside production the developer sees the mail (and its link) in the log.
    assert any("han.meimei@example.cn" in r.getMessage() for r in caplog.records)
    assert any("正文" in r.getMessage() for r in caplog.records)


async def test_in_production_an_unsent_mail_is_logged_without_its_body(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    production = settings.model_copy(
        update={"env": Environment.PRODUCTION, "secret_key": "s" * 40, "smtp_url": ""}
    )
    configure(production)
    try:
        with caplog.at_level(logging.INFO, logger="qifu.outbox"):
            async with in_transaction():
                await outbox.enqueue_email(
                    "han.meimei@example.cn",
                    "【企服】重置密码",
                    "重置链接：https://qifu.example.cn/reset?token=SECRET-TOKEN",
                    "<a href='https://qifu.example.cn/reset?token=SECRET-TOKEN'>重置</a>",
                )
    finally:
        configure(settings)  # before `clean` resets the clock, which production refuses

    logged = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "qifu.outbox"]
    assert any(level == logging.WARNING and "han.meimei" in m for level, m in logged)
    assert not any("SECRET-TOKEN" in m for _, m in logged)


async def test_a_temporary_refusal_of_the_recipient_is_retried(smtp: SmtpSink) -> None:
    # Greylisting: the receiving server answers 4xx to a sender it has not seen yet.
    smtp.rcpt_replies["new.user@example.cn"] = deque(["451 4.7.1 Greylisted, try again later"])
    [row] = await queue(1, to="new.user@example.cn")

    assert await deliver_due() == 0
    await row.refresh_from_db()
    assert row.status is OutboxStatus.PENDING and "451" in row.last_error

    clock.advance(outbox.backoff(1) + timedelta(seconds=1))
    assert await deliver_due() == 1
    assert smtp.message_ids() == Counter({row.message_id: 1})
    await row.refresh_from_db()
    assert row.status is OutboxStatus.SENT


async def test_a_permanent_refusal_of_the_recipient_is_not_retried(smtp: SmtpSink) -> None:
    smtp.rcpt_replies["gone@example.cn"] = deque(["550 5.1.1 No such user"] * 5)
    [row] = await queue(1, to="gone@example.cn")

    assert await deliver_due() == 0
    await row.refresh_from_db()
    assert row.status is OutboxStatus.FAILED and "550" in row.last_error
    clock.advance(outbox.MAX_BACKOFF)
    assert await deliver_due() == 0
    await row.refresh_from_db()
    assert row.attempts == 1 and smtp.messages == []


async def test_a_worker_sends_nothing_more_once_its_lease_runs_short(smtp: SmtpSink) -> None:
    # The first send is slow: by the time it is accepted the batch's lease has run out, and
    # another worker may have claimed the rest. Those are left for the next claim.
    def slow(_: object) -> None:
        clock.advance(outbox.LEASE)

    smtp.on_data = slow
    first, second = await queue(2)

    assert await deliver_due() == 1
    smtp.on_data = None
    assert smtp.message_ids() == Counter({first.message_id: 1})
    await second.refresh_from_db()
    assert second.status is OutboxStatus.PENDING and second.attempts == 1

    assert await deliver_due() == 1
    assert smtp.message_ids() == Counter({first.message_id: 1, second.message_id: 1})
