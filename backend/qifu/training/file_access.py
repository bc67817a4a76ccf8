"""Course covers: anybody may read the cover of a course the public can see; the provider's
people may read it in any state (e.g. while drafting)."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.accounts.models import RoleGrant, User
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_public, register_reader
from qifu.orgs.scopes import scope_of
from qifu.training.models import Course
from qifu.training.policies import PUBLIC, is_provider, who_of


@register_public(FilePurpose.LOGO)
async def shown_course_covers(file: StoredFile) -> bool:
    return await Course.filter(cover_file_id=file.id, status__in=list(PUBLIC)).exists()


@register_reader(FilePurpose.LOGO)
async def providers_read_course_covers(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    courses = await Course.filter(cover_file_id=file.id)
    if not courses:
        return False
    who = who_of(viewer, scope_of(list(grants)), None)
    return any(is_provider(who, c) for c in courses)
