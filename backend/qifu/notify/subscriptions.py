"""The live inbox: ``notificationAdded`` over WebSocket (graphql-transport-ws)."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry.types import Info

from qifu.accounts import services as accounts
from qifu.accounts.models import Session
from qifu.api.context import Context
from qifu.api.errors import NotAuthenticated
from qifu.notify import live, policies
from qifu.notify.types import NotificationNode


async def _still_signed_in(ctx: Context) -> bool:
    """The connection's session may have ended (logout, revocation, idle) since it opened."""
    if ctx.session is None:
        return False
    session = await Session.filter(id=ctx.session.id).select_related("user").first()
    if session is None:
        return False
    user = session.user
    if user.deleted_at is not None or not user.is_active:
        return False
    return await accounts.session_state(session, ctx.roles) is None


@strawberry.type
class NotifySubscriptions:
    @strawberry.subscription(
        description="My new notifications, as they arrive (never anybody else's). Over "
        "WebSocket (graphql-transport-ws); the access token goes in the connection_init "
        'payload as {"authorization": "Bearer <token>"}.'
    )
    async def notification_added(self, info: Info) -> AsyncGenerator[NotificationNode, None]:
        ctx: Context = info.context
        user = ctx.require_user()
        with live.hub.subscribe(user.id) as queue:
            while True:
                ids = await queue.get()
                if not await _still_signed_in(ctx):
                    raise NotAuthenticated("Session expired")
                for notification in (
                    await policies.visible_notifications(user).filter(id__in=ids).order_by("id")
                ):
                    yield NotificationNode.from_model(notification)
