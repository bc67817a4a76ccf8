"""Mutations of the inbox."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError
from qifu.notify import services
from qifu.notify.types import MarkNotificationsReadInput, MarkNotificationsReadPayload


@strawberry.type
class NotifyMutations:
    @strawberry.mutation(
        description="Mark my notifications read: the given ids, or all of them. Ids that are "
        "not my notifications are left alone."
    )
    async def mark_notifications_read(
        self, info: Info, input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            ids = [decode_node_id(i, "Notification", "ids") for i in input.ids]
            unread = await services.mark_read(ctx.actor(), user, ids, everything=input.all)
        except DomainError as e:
            return MarkNotificationsReadPayload(
                unread_count=await services.unread_count(user.id), errors=user_errors(e, ctx.lang)
            )
        return MarkNotificationsReadPayload(unread_count=unread)
