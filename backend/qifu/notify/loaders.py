"""Per-request DataLoaders of the inbox."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.notify.models import Notification


async def load_notifications_by_id(ids: Sequence[int]) -> list[Notification | None]:
    found = {n.id: n for n in await Notification.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]
