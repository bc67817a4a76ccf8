"""GraphQL types of the inbox."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.api.errors import UserError
from qifu.notify import policies
from qifu.notify.loaders import load_notifications_by_id
from qifu.notify.models import Notification as NotificationModel


@strawberry.type(name="Notification", description="A message in my inbox (站内信).")
class NotificationNode(relay.Node):
    id: relay.NodeID[int]
    kind: str = strawberry.field(description='What happened, e.g. "engagement.agreed".')
    title: str
    body: str
    link: str | None = strawberry.field(
        description='A path of the SPA to open, e.g. "/engagements/<id>".'
    )
    subject_id: strawberry.ID | None = strawberry.field(
        description="The global ID of what it is about, when it is about one object."
    )
    created_at: datetime
    read_at: datetime | None = strawberry.field(description="Null while unread.")

    @classmethod
    def from_model(cls, n: NotificationModel) -> NotificationNode:
        subject = (
            strawberry.ID(str(relay.GlobalID(n.subject_type, str(n.subject_id))))
            if n.subject_type and n.subject_id is not None
            else None
        )
        return cls(
            id=n.id,
            kind=n.kind,
            title=n.title,
            body=n.body,
            link=n.link or None,
            subject_id=subject,
            created_at=n.created_at,
            read_at=n.read_at,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        user = info.context.user
        if user is None:
            return [None for _ in ids]
        found = await info.context.loader(load_notifications_by_id).load_many(ids)
        return [cls.from_model(n) if n and policies.can_see(user, n) else None for n in found]


@strawberry.input
class MarkNotificationsReadInput:
    ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="My notifications to mark read (up to 100)."
    )
    all: bool = strawberry.field(default=False, description="Mark every one of mine read.")


@strawberry.type
class MarkNotificationsReadPayload:
    unread_count: int = strawberry.field(description="How many of mine are unread now.")
    errors: list[UserError] = strawberry.field(default_factory=list)
