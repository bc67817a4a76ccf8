"""Per-request DataLoaders of the files domain."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.files.models import StoredFile


async def load_stored_files_by_id(ids: Sequence[int]) -> list[StoredFile | None]:
    found = {f.id: f for f in await StoredFile.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]
