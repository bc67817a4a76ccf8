"""The in-app inbox: domains above notify call ``notify`` inside their own transaction, so a
notification is committed with the change it tells of, or not at all. Users read their own
notifications and mark them read; nobody else's are ever touched or revealed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from qifu.accounts import privacy_rights
from qifu.accounts.models import User
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.notify import live
from qifu.notify.models import Notification

TITLE_MAX = 200
MAX_IDS = 100


_COLUMNS = ("user_id", "kind", "title", "body", "link", "subject_type", "subject_id", "created_at")
# Rows per INSERT, well within both databases' limits on bound parameters.
ROWS_PER_INSERT = 500


async def _insert_returning_ids(
    conn: BaseDBAsyncClient, rows: Sequence[Sequence[object]]
) -> list[tuple[int, int]]:
    """One INSERT of many rows that also says which ids they got: (user id, id) pairs."""
    postgres = conn.capabilities.dialect == "postgres"
    width = len(_COLUMNS)
    groups = [
        "(" + ",".join(f"${n * width + i + 1}" if postgres else "?" for i in range(width)) + ")"
        for n in range(len(rows))
    ]
    columns = ",".join(f'"{c}"' for c in _COLUMNS)
    returned = await conn.execute_query_dict(
        f'INSERT INTO "notification" ({columns}) VALUES {",".join(groups)} '
        'RETURNING "user_id", "id"',
        [value for row in rows for value in row],
    )
    return [(int(r["user_id"]), int(r["id"])) for r in returned]


def _relative_path(link: str) -> bool:
    return link == "" or (link.startswith("/") and not link.startswith("//") and "\\" not in link)


async def notify(
    user_ids: Iterable[int],
    *,
    kind: str,
    title: str,
    body: str = "",
    link: str = "",
    subject: tuple[str, int] | None = None,
) -> int:
    """One notification for each distinct user, in the caller's transaction; returns how many.
    ``link`` is a path of the SPA (never an absolute URL)."""
    if not _relative_path(link):
        raise ValueError(f"notification link must be a relative path: {link!r}")
    recipients = sorted(set(user_ids))
    if not recipients:
        return 0
    now = clock.now()
    subject_type, subject_id = subject if subject else ("", None)
    conn = connections.get("default")  # the caller's transaction, when there is one
    created_at = Notification._meta.fields_map["created_at"].to_db_value(now, Notification)
    inserted: list[tuple[int, int]] = []
    for first in range(0, len(recipients), ROWS_PER_INSERT):
        rows = [
            (user_id, kind, title[:TITLE_MAX], body, link, subject_type, subject_id, created_at)
            for user_id in recipients[first : first + ROWS_PER_INSERT]
        ]
        inserted += await _insert_returning_ids(conn, rows)
    await live.announce(sorted(inserted))
    return len(recipients)


async def unread_count(user_id: int) -> int:
    return await Notification.filter(user_id=user_id, read_at=None).count()


async def mark_read(
    who: Actor, user: User, ids: Sequence[int] = (), *, everything: bool = False
) -> int:
    """Mark the user's own notifications ``ids`` (or all of them) read; ids of anybody else's
    are left alone without a word. Returns the unread count afterwards."""
    if not everything and not ids:
        raise DomainError(ErrorCode.REQUIRED, "ids")
    if len(ids) > MAX_IDS:
        raise DomainError(ErrorCode.TOO_MANY, "ids")
    async with in_transaction():
        unread = Notification.filter(user_id=user.id, read_at=None)
        if not everything:
            unread = unread.filter(id__in=sorted(set(ids)))
        changed = await unread.update(read_at=clock.now())
        await audit.record(
            who,
            "notification.read",
            "User",
            user.id,
            detail={"all": everything, "asked": len(set(ids)), "changed": changed},
        )
    return await unread_count(user.id)


async def _export(user: User) -> list[dict[str, object]]:
    rows = await Notification.filter(user_id=user.id).order_by("id")
    return [
        {
            "at": n.created_at.isoformat(),
            "kind": n.kind,
            "title": n.title,
            "body": n.body,
            "readAt": n.read_at.isoformat() if n.read_at else None,
        }
        for n in rows
    ]


async def _erase(user: User) -> None:
    await Notification.filter(user_id=user.id).delete()


# The inbox is the user's own: it is in their data export and goes with their account.
privacy_rights.register("notifications", privacy_rights.PersonalData(_export, _erase))
