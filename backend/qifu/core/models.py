"""Tables of the core layer: audit chain, outbox and the working-day calendar."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    """Append-only; each row's ``hash`` covers its content and the previous row's hash."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField()
    actor_id = fields.BigIntField(null=True, db_index=True)
    actor_label = fields.CharField(max_length=254, default="")
    action = fields.CharField(max_length=80, db_index=True)
    object_type = fields.CharField(max_length=60, default="")
    object_id = fields.CharField(max_length=60, default="")
    success = fields.BooleanField(default=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=300, default="")
    detail: fields.Field[dict] = fields.JSONField(default=dict)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "audit_event"


class AuditHead(Model):
    """The chain's newest link, written with every append: removing the newest rows would
    otherwise leave a shorter chain that still verifies."""

    id = fields.IntField(primary_key=True)
    last_id = fields.BigIntField()
    last_hash = fields.CharField(max_length=64)
    count = fields.BigIntField()

    class Meta:
        table = "audit_head"


class OutboxStatus(StrEnum):
    PENDING = "PENDING"
    SENT = "SENT"
    FAILED = "FAILED"


class OutboxMessage(Model):
    """A message to deliver (mail now; WeChat and webhooks later), written in the same
    transaction as the change that caused it and delivered at least once by the worker."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=20, default="email")
    recipient = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=300, default="")
    payload: fields.Field[dict] = fields.JSONField(default=dict)
    message_id = fields.CharField(max_length=200, unique=True)
    status = fields.CharEnumField(OutboxStatus, default=OutboxStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(db_index=True)
    locked_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_message"


class CalendarDay(Model):
    """An exception to Monday–Friday: a holiday on a weekday or a shifted workday (调休)."""

    id = fields.IntField(primary_key=True)
    day = fields.DateField(unique=True)
    is_workday = fields.BooleanField()
    name = fields.CharField(max_length=60, default="")
    source = fields.CharField(max_length=30, default="manual")

    class Meta:
        table = "calendar_day"


class CalendarYear(Model):
    """A year whose holidays are known; other years fall back to Monday–Friday."""

    year = fields.IntField(primary_key=True)
    source = fields.CharField(max_length=30, default="manual")

    class Meta:
        table = "calendar_year"
