"""The organiser's summary after an activity: text, up to 9 photos and the attendance figure.

The first save of an ENDED activity moves it to SUMMARIZED through the state table's
``summarize`` action; later saves edit the summary of a SUMMARIZED activity. Attendance left
empty is the number of check-ins at the time of saving; a given figure (walk-ins counted) is
kept. Photos of a SUMMARIZED activity are public, like the activity itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise import connections
from tortoise.transactions import in_transaction

from qifu.accounts.models import RoleGrant, User
from qifu.activities import services, statistics
from qifu.activities.models import Activity, ActivityStatus, ActivitySummary
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_public, register_reader
from qifu.orgs.scopes import scope_of

S = ActivityStatus
TEXT_MAX = 20000
MAX_PHOTOS = 9
# Beyond the places, walk-ins may be counted; a larger figure is surely a typo.
WALK_IN_ALLOWANCE = 1000
PHOTO_PURPOSES = frozenset({FilePurpose.LOGO, FilePurpose.ATTACHMENT})


async def _check_photos(user: User, file_ids: Sequence[int], keep: set[int]) -> list[int]:
    """Images the user uploaded (or ones the summary has already), in order, no repeats."""
    ids = list(dict.fromkeys(file_ids))
    if len(ids) > MAX_PHOTOS:
        raise DomainError(ErrorCode.TOO_MANY, "photoFileIds")
    new = [i for i in ids if i not in keep]
    found = {f.id: f for f in await StoredFile.filter(id__in=new)} if new else {}
    for file_id in new:
        stored = found.get(file_id)
        if stored is None or stored.owner_id != user.id:
            raise DomainError(ErrorCode.NOT_FOUND, "photoFileIds")
        if stored.purpose not in PHOTO_PURPOSES or not stored.content_type.startswith("image/"):
            raise DomainError(ErrorCode.INVALID, "photoFileIds")
    return ids


async def save(
    actor: Actor,
    who: services.Who,
    activity_id: int,
    *,
    text: str,
    photo_file_ids: Sequence[int] = (),
    attendance: int | None = None,
) -> Activity:
    raise_all(check_text(text, "text", max_len=TEXT_MAX))
    async with in_transaction():
        activity = await services._locked(activity_id)
        if not services.is_organiser(who, activity):
            raise DomainError(ErrorCode.NOT_FOUND, "activityId")
        status = S(activity.status)
        if status not in (S.ENDED, S.SUMMARIZED):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "activityId")
        if attendance is not None and not (
            0 <= attendance <= activity.capacity + WALK_IN_ALLOWANCE
        ):
            raise DomainError(ErrorCode.INVALID, "attendance")
        summary = await ActivitySummary.get_or_none(activity_id=activity.id)
        keep = set(summary.photo_file_ids or []) if summary else set()
        photos = await _check_photos(who.user, photo_file_ids, keep)
        if attendance is None:
            attendance = await statistics.checked_in_count(activity.id)
        now = clock.now()
        if summary is None:
            summary = ActivitySummary(activity_id=activity.id, created_at=now)
        summary.text = text.strip()
        summary.photo_file_ids = photos
        summary.attendance = attendance
        summary.updated_by_id = who.user.id
        summary.updated_at = now
        await summary.save()
        await audit.record(
            actor,
            "activity.summary",
            "Activity",
            activity.id,
            detail={"attendance": attendance, "photos": len(photos)},
        )
        if status is S.ENDED:
            activity = await services.summarize(actor, who, activity.id)
    return activity


# ---- who may read the photos


async def _summaries_with(file_id: int) -> list[tuple[int, str]]:
    """(activity id, activity status) of the summaries that show this file."""
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        sql = (
            "SELECT a.id, a.status FROM activity_summary s JOIN activity a ON a.id = "
            "s.activity_id WHERE s.photo_file_ids @> $1::jsonb"
        )
        params: list[object] = [f"[{int(file_id)}]"]
    else:
        sql = (
            "SELECT a.id, a.status FROM activity_summary s JOIN activity a ON a.id = "
            "s.activity_id WHERE EXISTS (SELECT 1 FROM json_each(s.photo_file_ids) "
            "WHERE json_each.value = ?)"
        )
        params = [int(file_id)]
    _, rows = await conn.execute_query(sql, params)
    return [(int(r["id"]), str(r["status"])) for r in rows]


@register_public(*PHOTO_PURPOSES)
async def summarized_activity_photos(file: StoredFile) -> bool:
    """The photos of a SUMMARIZED activity are public, signed in or not."""
    return any(status == S.SUMMARIZED for _, status in await _summaries_with(file.id))


@register_reader(*PHOTO_PURPOSES)
async def organisers_read_summary_photos(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    """The organiser's people see the photos of its summaries in any state."""
    found = await _summaries_with(file.id)
    if not found:
        return False
    scope = scope_of(list(grants))
    who = await services.who_of(viewer, scope, None)
    activities = await Activity.filter(id__in=[i for i, _ in found])
    return any(services.is_organiser(who, a) for a in activities)
