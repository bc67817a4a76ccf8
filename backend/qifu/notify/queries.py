"""Queries of the inbox: my notifications and how many are unread."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.relay import Connection, paginate
from qifu.notify import policies, services
from qifu.notify.types import NotificationNode


@strawberry.type
class NotifyQueries:
    @strawberry.field(description="My notifications, newest first.")
    async def my_notifications(
        self,
        info: Info,
        unread_only: bool = False,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[NotificationNode]:
        user = info.context.require_user()
        query = policies.visible_notifications(user)
        if unread_only:
            query = query.filter(read_at=None)
        return await paginate(query, first=first, after=after, convert=NotificationNode.from_model)

    @strawberry.field(description="How many of my notifications are unread.")
    async def unread_notification_count(self, info: Info) -> int:
        return await services.unread_count(info.context.require_user().id)
