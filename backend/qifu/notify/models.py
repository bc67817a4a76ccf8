"""The in-app inbox (站内信): one row per recipient, written with the change that caused it."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from qifu.accounts.models import User


class Notification(Model):
    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="notifications", on_delete=fields.CASCADE
    )
    user_id: int
    # What happened, for clients that pick an icon or group: e.g. "engagement.agreed".
    kind = fields.CharField(max_length=60)
    title = fields.CharField(max_length=200)
    body = fields.TextField(default="")
    # A relative SPA path, e.g. "/engagements/<global id>".
    link = fields.CharField(max_length=500, default="")
    # What it is about (e.g. "Engagement", 12), when it is about one object.
    subject_type = fields.CharField(max_length=30, default="")
    subject_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(db_index=True)
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notification"
        # The unread count and filter; the newest-first list paged by key.
        indexes = (("user", "read_at"), ("user", "id"))
