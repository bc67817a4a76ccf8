"""Browsing the audit trail (hub admin)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.accounts import policies
from qifu.api.errors import Forbidden
from qifu.api.relay import Connection, paginate
from qifu.audit.types import AuditEventNode
from qifu.core.models import AuditEvent


@strawberry.type
class AuditQueries:
    @strawberry.field(description="Audit records, newest first (hub admin only).")
    async def audit_events(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        action: str | None = None,
    ) -> Connection[AuditEventNode]:
        ctx = info.context
        ctx.require_user()
        if not policies.can_browse_audit(ctx.roles):
            raise Forbidden()
        query = AuditEvent.all()
        if action:
            query = query.filter(action__startswith=action.strip())
        return await paginate(query, first=first, after=after, convert=AuditEventNode.from_model)
