"""Mail: rendering (Chinese, HTML + plain text) and delivery of queued mails over SMTP."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import parse_qs, unquote, urlparse

import aiosmtplib

from qifu.core import clock, outbox
from qifu.core.models import OutboxMessage
from qifu.settings import settings

log = logging.getLogger("qifu.mail")

# Seconds aiosmtplib waits for each step of a send.
SEND_TIMEOUT = 20


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int
    username: str | None
    password: str | None
    use_tls: bool
    start_tls: bool | None  # None: upgrade whenever the server offers STARTTLS


def _flag(value: str) -> bool | None:
    if value.lower() in {"1", "true", "yes"}:
        return True
    if value.lower() in {"0", "false", "no"}:
        return False
    return None


def parse_smtp_url(url: str) -> SmtpTarget:
    """``smtp://user:pass@host:587`` (STARTTLS when offered; ``?starttls=1`` requires it,
    ``?starttls=0`` never uses it) or ``smtps://host:465`` (TLS from the start)."""
    parts = urlparse(url)
    query = parse_qs(parts.query)
    tls = parts.scheme == "smtps"
    return SmtpTarget(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or (465 if tls else 25),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        use_tls=tls,
        start_tls=_flag(query.get("starttls", [""])[0]),
    )


def render(
    title: str, paragraphs: list[str], action: tuple[str, str] | None = None
) -> tuple[str, str]:
    """A plain-text and an HTML body with the same content; the HTML escapes every value."""
    text_lines = [title, "", *paragraphs]
    html_parts = [f'<h2 style="color:#1d4ed8">{html.escape(title)}</h2>']
    html_parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    if action:
        label, url = action
        text_lines += ["", f"{label}：{url}"]
        html_parts.append(
            f'<p><a href="{html.escape(url, quote=True)}" style="display:inline-block;'
            f"padding:8px 16px;background:#1d4ed8;color:#fff;text-decoration:none;"
            f'border-radius:4px">{html.escape(label)}</a></p>'
            f'<p style="color:#666;font-size:12px">如果按钮无法点击，请复制以下链接到浏览器：'
            f"<br>{html.escape(url)}</p>"
        )
    footer = "此邮件由企服平台自动发送，请勿直接回复。"
    text_lines += ["", "—", footer]
    html_parts.append(f'<hr><p style="color:#999;font-size:12px">{footer}</p>')
    body = "".join(html_parts)
    page = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head>'
        f'<body style="font-family:sans-serif">{body}</body></html>'
    )
    return "\n".join(text_lines), page


def build_message(row: OutboxMessage) -> EmailMessage:
    payload = outbox.payload_of(row)
    message = EmailMessage()
    message["From"] = settings().mail_from
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Message-ID"] = row.message_id
    message["Date"] = formatdate(row.created_at.timestamp(), localtime=False)
    message.set_content(payload.get("text", ""))
    if payload.get("html"):
        message.add_alternative(payload["html"], subtype="html")
    return message


async def deliver(row: OutboxMessage, target: SmtpTarget) -> None:
    await aiosmtplib.send(
        build_message(row),
        hostname=target.host,
        port=target.port,
        username=target.username,
        password=target.password,
        use_tls=target.use_tls,
        start_tls=target.start_tls,
        timeout=SEND_TIMEOUT,
    )


async def deliver_due(limit: int = 20) -> int:
    """Send what is due; returns how many were sent. Failures are rescheduled with back-off."""
    url = settings().smtp_url
    if not url:
        return 0
    target = parse_smtp_url(url)
    sent = 0
    for row in await outbox.claim(limit):
        # Slow sends can outlast the batch's lease; after that another worker may have claimed
        # the rest, so leave them to the next claim instead of mailing them twice.
        lease_left = (row.locked_until or clock.now()) - clock.now()
        if lease_left < timedelta(seconds=SEND_TIMEOUT):
            break
        try:
            await deliver(row, target)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # 4xx (greylisting, mailbox busy) is temporary; only 5xx means the address is bad.
            permanent = all(r.code >= 500 for r in exc.recipients)
            log.warning("mail %s refused (permanent=%s): %s", row.id, permanent, exc)
            await outbox.mark_retry(row, str(exc), permanent=permanent)
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.warning("mail %s not delivered (attempt %s): %s", row.id, row.attempts, exc)
            await outbox.mark_retry(row, str(exc))
        else:
            await outbox.mark_sent(row)
            sent += 1
    return sent
