"""Per-request DataLoaders of the accounts domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from qifu.accounts.models import RoleGrant, User


async def load_users_by_id(ids: Sequence[int]) -> list[User | None]:
    found = {u.id: u for u in await User.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_grants_by_user_id(ids: Sequence[int]) -> list[list[RoleGrant]]:
    grouped: dict[int, list[RoleGrant]] = defaultdict(list)
    for grant in await RoleGrant.filter(user_id__in=list(ids)).order_by("id"):
        grouped[grant.user_id].append(grant)
    return [grouped.get(i, []) for i in ids]
