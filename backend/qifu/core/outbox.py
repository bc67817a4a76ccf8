"""Transactional outbox: rows written with the change that caused them, delivered by the worker.

Delivery is at least once: a row is marked SENT only after the SMTP server accepted it, and a
claimed row is leased, not deleted, so a crash or an outage leaves it to be retried. The
Message-ID is fixed when the row is written, so a mail retried after a crash is recognisable
as the same mail by the receiving side.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import Any

from tortoise.transactions import in_transaction

from qifu.core import batches, clock
from qifu.core.models import OutboxMessage, OutboxStatus
from qifu.settings import settings

log = logging.getLogger("qifu.outbox")

LEASE = timedelta(seconds=60)
MAX_BACKOFF = timedelta(minutes=30)


def backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=5 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def new_message_id() -> str:
    domain = settings().mail_from.rsplit("@", 1)[-1].rstrip(">").strip() or "qifu.local"
    return f"<{clock.now():%Y%m%d%H%M%S}.{secrets.token_hex(8)}@{domain}>"


async def enqueue_email(to: str, subject: str, text: str, html: str) -> OutboxMessage:
    """Queue one mail in the caller's transaction."""
    message = await OutboxMessage.create(
        kind="email",
        recipient=to,
        subject=subject,
        payload={"text": text, "html": html},
        message_id=new_message_id(),
        next_attempt_at=clock.now(),
        created_at=clock.now(),
    )
    if not settings().smtp_url:
        # No mail server configured: the mail stays queued. Show it so a developer can act on
        # it, but never in production, where the body holds sign-in and password-reset links.
        if settings().is_production:
            log.warning("mail queued but QIFU_SMTP_URL is not set: to=%s", to)
        else:
            log.info("mail queued (no SMTP configured) to=%s subject=%s\n%s", to, subject, text)
    return message


async def claim(limit: int = 20) -> list[OutboxMessage]:
    """Lease due messages to this worker; concurrent workers skip each other's rows."""
    now = clock.now()
    async with in_transaction():
        query = (
            OutboxMessage.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now)
            .filter(locked_until__isnull=True)
            .order_by("id")
            .limit(limit)
        )
        expired = (
            OutboxMessage.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now)
            .filter(locked_until__lt=now)
            .order_by("id")
            .limit(limit)
        )
        rows = list(await batches.skip_locked(query)) + list(await batches.skip_locked(expired))
        rows = rows[:limit]
        for row in rows:
            row.locked_until = now + LEASE
            row.attempts += 1
            await row.save(update_fields=["locked_until", "attempts"])
    return rows


async def mark_sent(message: OutboxMessage) -> None:
    message.status = OutboxStatus.SENT
    message.sent_at = clock.now()
    message.locked_until = None
    message.last_error = ""
    await message.save(update_fields=["status", "sent_at", "locked_until", "last_error"])


async def mark_retry(message: OutboxMessage, error: str, *, permanent: bool = False) -> None:
    message.locked_until = None
    message.last_error = error[:2000]
    if permanent:
        message.status = OutboxStatus.FAILED
    else:
        message.next_attempt_at = clock.now() + backoff(message.attempts)
    await message.save(update_fields=["locked_until", "last_error", "status", "next_attempt_at"])


async def pending_count() -> int:
    return await OutboxMessage.filter(status=OutboxStatus.PENDING).count()


def payload_of(message: OutboxMessage) -> dict[str, Any]:
    return dict(message.payload or {})
