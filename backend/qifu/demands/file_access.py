"""Demand files: the enterprise's members and the demand's handlers (now or before) read the
attachments; staff read every ATTACHMENT through the default rule of qifu.files.policies."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.expressions import Q

from qifu.accounts.models import RoleGrant, User
from qifu.core.errors import DomainError, ErrorCode
from qifu.demands import policies
from qifu.demands.models import Demand
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_reader
from qifu.orgs.scopes import scope_of

MAX_ATTACHMENTS = 10


async def attachments(user: User, file_ids: Sequence[int], field: str) -> list[int]:
    """Files this user uploaded as ATTACHMENT (up to 10)."""
    ids = list(dict.fromkeys(file_ids))
    if len(ids) > MAX_ATTACHMENTS:
        raise DomainError(ErrorCode.TOO_MANY, field)
    found = {f.id: f for f in await StoredFile.filter(id__in=ids)} if ids else {}
    for file_id in ids:
        stored = found.get(file_id)
        if stored is None or stored.owner_id != user.id:
            raise DomainError(ErrorCode.NOT_FOUND, field)
        if stored.purpose != FilePurpose.ATTACHMENT:
            raise DomainError(ErrorCode.INVALID, field)
    return ids


@register_reader(FilePurpose.ATTACHMENT)
async def parties_read_demand_files(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    scope = scope_of(list(grants))
    handles = policies.handles_of(grants, scope)
    if not scope.enterprise_member_of and not handles:
        return False
    sides = [Q(enterprise_id__in=list(scope.enterprise_member_of))]
    sides += [Q(handler_keys__contains=policies.handler_key(t, i)) for t, i in sorted(handles)]
    return await Demand.filter(
        Q(*sides, join_type=Q.OR), file_keys__contains=f"|{file.id}|"
    ).exists()
