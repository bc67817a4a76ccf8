"""Activity logos: anybody may read the logo of an activity the public can see; the
organiser's people may read it in any state (e.g. while drafting)."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.accounts.models import RoleGrant, User
from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_public, register_reader
from qifu.orgs.scopes import scope_of

# The states anybody may see (as the activity list and page show them).
SHOWN = frozenset(
    {
        ActivityStatus.PUBLISHED,
        ActivityStatus.ONGOING,
        ActivityStatus.ENDED,
        ActivityStatus.SUMMARIZED,
    }
)


@register_public(FilePurpose.LOGO)
async def shown_activity_logos(file: StoredFile) -> bool:
    return await Activity.filter(logo_file_id=file.id, status__in=list(SHOWN)).exists()


@register_reader(FilePurpose.LOGO)
async def organisers_read_activity_logos(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    activities = await Activity.filter(logo_file_id=file.id)
    if not activities:
        return False
    who = await services.who_of(viewer, scope_of(list(grants)), None)
    return any(services.is_organiser(who, a) for a in activities)
