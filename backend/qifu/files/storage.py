"""Content-addressed blobs under ``<data_dir>/files``: ``ab/cd/abcd…`` by SHA-256.

An upload is written to a staging file first (same file system, so moving it into place is
an atomic rename); identical content is kept once.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from qifu.settings import settings

_HEX64 = re.compile(r"[0-9a-f]{64}")


def root() -> Path:
    return settings().data_dir / "files"


def blob_path(sha256: str) -> Path:
    if not _HEX64.fullmatch(sha256):
        raise ValueError("not a SHA-256 hex digest")
    return root() / sha256[:2] / sha256[2:4] / sha256


@contextlib.contextmanager
def staging_file() -> Iterator[Path]:
    """A fresh staging path, removed on exit unless it was moved into the store."""
    folder = root() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"upload-{secrets.token_hex(16)}"
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def put(staged: Path, sha256: str) -> bool:
    """Move a staged upload into the store; True when this call created the blob."""
    target = blob_path(sha256)
    if target.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, target)
    return True


def remove(sha256: str) -> None:
    blob_path(sha256).unlink(missing_ok=True)
