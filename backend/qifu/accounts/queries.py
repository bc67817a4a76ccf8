"""Account queries: the current user, the privacy notice, and the hub admin's user list."""

from __future__ import annotations

from typing import cast

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info
from tortoise.expressions import Q

from qifu.accounts import policies, privacy_rights
from qifu.accounts.privacy import privacy_notice
from qifu.accounts.types import PrivacyNotice, UserNode
from qifu.api.errors import Forbidden, NotAuthenticated
from qifu.api.relay import Connection, paginate


@strawberry.type
class AccountQueries:
    @strawberry.field(
        description="The logged-in user; null without a token, UNAUTHENTICATED when the token "
        "was rejected (expired, revoked, or its session ended), so clients can tell the two apart."
    )
    def me(self, info: Info) -> UserNode | None:
        if info.context.auth_failed:
            raise NotAuthenticated()
        user = info.context.user
        return UserNode.from_model(user) if user else None

    @strawberry.field(description="The current privacy notice that registration accepts.")
    def privacy_notice(self) -> PrivacyNotice:
        return privacy_notice()

    @strawberry.field(description="A copy of all my personal data (JSON), for download.")
    async def my_data(self, info: Info) -> JSON:
        return cast(JSON, await privacy_rights.export_data(info.context.require_user()))

    @strawberry.field(description="All users, newest first (hub admin only).")
    async def users(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        search: str | None = None,
    ) -> Connection[UserNode]:
        ctx = info.context
        ctx.require_user()
        if not policies.can_list_users(ctx.roles):
            raise Forbidden()
        query = policies.visible_users(ctx.user, ctx.roles).filter(deleted_at=None)
        if search and search.strip():
            term = search.strip()
            query = query.filter(Q(email__icontains=term) | Q(name__icontains=term))
        return await paginate(query, first=first, after=after, convert=UserNode.from_model)
