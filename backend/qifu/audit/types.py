"""GraphQL type of an audit record (the records themselves are written by core.audit)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts import policies
from qifu.accounts.loaders import load_users_by_id
from qifu.accounts.privacy_rights import DELETED_NAME
from qifu.core.models import AuditEvent


@strawberry.type(name="AuditEvent", description="One audited action.")
class AuditEventNode(relay.Node):
    id: relay.NodeID[int]
    at: datetime
    actor_id: strawberry.Private[int | None]
    stored_actor_label: strawberry.Private[str]
    action: str
    object_type: str
    object_id: str
    success: bool
    ip: str
    user_agent: str

    @classmethod
    def from_model(cls, event: AuditEvent) -> AuditEventNode:
        return cls(
            id=event.id,
            at=event.at,
            actor_id=event.actor_id,
            stored_actor_label=event.actor_label,
            action=event.action,
            object_type=event.object_type,
            object_id=event.object_id,
            success=event.success,
            ip=event.ip,
            user_agent=event.user_agent,
        )

    @strawberry.field(description="Who acted; deleted accounts show as 已注销用户.")
    async def actor_label(self, info: Info) -> str:
        if self.actor_id is None:
            return self.stored_actor_label
        user = await info.context.loader(load_users_by_id).load(self.actor_id)
        if user is None or user.deleted_at is not None:
            return DELETED_NAME
        return self.stored_actor_label

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        if not policies.can_browse_audit(info.context.roles):
            return [None for _ in ids]
        found = {e.id: e for e in await AuditEvent.filter(id__in=ids)}
        return [cls.from_model(found[i]) if i in found else None for i in ids]
