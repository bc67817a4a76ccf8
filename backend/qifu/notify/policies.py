"""Who may see a notification: its recipient, and nobody else (operators included) — someone
else's notification answers exactly as an unknown id."""

from __future__ import annotations

from tortoise.queryset import QuerySet

from qifu.accounts.models import User
from qifu.notify.models import Notification


def can_see(user: User | None, notification: Notification) -> bool:
    return user is not None and notification.user_id == user.id


def visible_notifications(user: User) -> QuerySet[Notification]:
    return Notification.filter(user_id=user.id)
