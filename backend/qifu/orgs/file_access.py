"""Orgs' files: the business licence of an enterprise and an institution's qualifications.
Who may attach them, and who besides the uploader and staff may read them."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.accounts.models import RoleGrant, User
from qifu.core.errors import DomainError, ErrorCode
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_reader
from qifu.orgs.models import Enterprise, Institution
from qifu.orgs.scopes import scope_of


async def attachable(
    user: User, file_id: int | None, purpose: FilePurpose, field: str, *, keep: set[int]
) -> int | None:
    """A file the user uploaded for this purpose (or one already attached: ``keep``)."""
    if file_id is None or file_id in keep:
        return file_id
    stored = await StoredFile.get_or_none(id=file_id)
    if stored is None or stored.owner_id != user.id:
        raise DomainError(ErrorCode.NOT_FOUND, field)
    if stored.purpose != purpose:
        raise DomainError(ErrorCode.INVALID, field)
    return file_id


@register_reader(FilePurpose.BUSINESS_LICENCE)
async def enterprise_members_read_licence(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    member_of = scope_of(list(grants)).enterprise_member_of
    return await Enterprise.filter(id__in=list(member_of), licence_file_id=file.id).exists()


@register_reader(FilePurpose.QUALIFICATION)
async def institution_members_read_qualifications(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    member_of = scope_of(list(grants)).institution_member_of
    rows = await Institution.filter(id__in=list(member_of)).only("id", "qualification_file_ids")
    return any(file.id in (row.qualification_file_ids or []) for row in rows)
