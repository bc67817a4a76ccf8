"""Hash-chained audit trail: every mutation appends one row; ``verify`` finds tampering."""

from __future__ import annotations

import contextvars
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from qifu.core import clock
from qifu.core.models import AuditEvent, AuditHead

GENESIS = "0" * 64
# How many refusals (success=False) this task recorded, so the API layer does not record the
# same refusal twice.
_refusals: contextvars.ContextVar[int] = contextvars.ContextVar("audit_refusals", default=0)


def refusals_recorded() -> int:
    return _refusals.get()


# Any constant; serialises appends on PostgreSQL so two transactions never chain to one parent.
_CHAIN_LOCK = 7_201_001


@dataclass(frozen=True)
class Actor:
    """Who did something, as the audit trail records it."""

    user_id: int | None = None
    label: str = ""
    ip: str = ""
    user_agent: str = ""


def _digest(row: dict[str, Any], prev_hash: str) -> str:
    body = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def _content(event: AuditEvent) -> dict[str, Any]:
    return {
        "at": event.at.isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "success": event.success,
        "ip": event.ip,
        "user_agent": event.user_agent,
        "detail": event.detail,
    }


async def _lock_chain() -> None:
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [_CHAIN_LOCK])


async def record(
    actor: Actor,
    action: str,
    object_type: str = "",
    object_id: str | int = "",
    *,
    success: bool = True,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an audit row in the current transaction (or a new one)."""
    if not success:
        _refusals.set(_refusals.get() + 1)
    async with in_transaction():
        await _lock_chain()
        last = await AuditEvent.all().order_by("-id").only("hash").first()
        prev = last.hash if last else GENESIS
        event = AuditEvent(
            at=clock.now(),
            actor_id=actor.user_id,
            actor_label=actor.label[:254],
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            success=success,
            ip=actor.ip[:64],
            user_agent=actor.user_agent[:300],
            detail=detail or {},
            prev_hash=prev,
            hash="",
        )
        event.hash = _digest(_content(event), prev)
        await event.save()
        head = await AuditHead.get_or_none(id=1)
        if head is None:
            await AuditHead.create(id=1, last_id=event.id, last_hash=event.hash, count=1)
        else:
            head.last_id, head.last_hash, head.count = event.id, event.hash, head.count + 1
            await head.save()
    return event


@dataclass
class VerifyResult:
    checked: int
    first_bad_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


async def verify(batch: int = 1000) -> VerifyResult:
    """Walk the chain in id order; report the first row whose content or link was altered.
    A chain shorter than its recorded head lost its newest rows: the first missing id is
    reported (the row after the last intact one)."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = await AuditEvent.filter(id__gt=last_id).order_by("id").limit(batch)
        if not rows:
            break
        for event in rows:
            if event.prev_hash != prev or _digest(_content(event), prev) != event.hash:
                return VerifyResult(checked, event.id)
            prev = event.hash
            checked += 1
            last_id = event.id
    head = await AuditHead.get_or_none(id=1)
    if head is not None and (head.last_hash != prev or head.count != checked):
        return VerifyResult(checked, last_id + 1)
    return VerifyResult(checked, None)
