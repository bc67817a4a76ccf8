"""Uploads (type sniffed, size limited while reading, stored once per content, audited) and
the short-lived signed links that let ``<img src>`` fetch a private file."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from tortoise.transactions import in_transaction

from qifu.accounts import services as accounts
from qifu.accounts.models import RoleGrant, User
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.files import kinds, policies, storage
from qifu.files.kinds import Kind
from qifu.files.models import FilePurpose, StoredFile
from qifu.settings import settings

CHUNK = 256 * 1024
NAME_MAX = 200
URL_TTL = timedelta(minutes=5)
_KEY = re.compile(r"[A-Za-z0-9_-]{16,32}")
_NUMBER = re.compile(r"[0-9]{1,15}")
_MAC_PURPOSE = "file-download"
_MAC_CHARS = 32


class UploadSource(Protocol):
    """What a GraphQL ``Upload`` arrives as (starlette's ``UploadFile``)."""

    filename: str | None

    async def read(self, size: int = -1) -> bytes: ...


class BytesUpload:
    """Bytes made on the server (demo data, imports, tests) handed to ``upload`` as if they
    had arrived in a request, so that they are checked and stored like any upload."""

    def __init__(self, filename: str, data: bytes) -> None:
        self.filename: str | None = filename
        self._data = data

    async def read(self, size: int = -1) -> bytes:
        chunk = self._data if size < 0 else self._data[:size]
        self._data = self._data[len(chunk) :]
        return chunk


def _is_upload(value: Any) -> bool:
    return callable(getattr(value, "read", None)) and not isinstance(value, (str, bytes))


async def upload(
    actor: Actor, owner: User, source: UploadSource | Any, *, purpose: FilePurpose
) -> StoredFile:
    """Store one upload for ``owner``; nothing is kept when it is refused."""
    if not policies.can_upload(owner):
        raise DomainError(ErrorCode.FORBIDDEN)
    if not _is_upload(source):
        raise DomainError(ErrorCode.REQUIRED, "file")
    with storage.staging_file() as staged:
        sha256, size, kind = await _receive(source, staged, purpose)
        kind = await asyncio.to_thread(kinds.validate, kind, staged)
        name = clean_name(getattr(source, "filename", None), kind)
        created = await asyncio.to_thread(storage.put, staged, sha256)
        try:
            async with in_transaction():
                stored = await StoredFile.create(
                    key=secrets.token_urlsafe(16),
                    sha256=sha256,
                    size=size,
                    content_type=kind.content_type,
                    original_name=name,
                    purpose=purpose,
                    owner_id=owner.id,
                    created_at=clock.now(),
                )
                await audit.record(
                    actor,
                    "file.upload",
                    "StoredFile",
                    stored.id,
                    detail={
                        "purpose": purpose.value,
                        "contentType": kind.content_type,
                        "size": size,
                        "sha256": sha256,
                        "name": name,
                    },
                )
        except Exception:
            if created:  # a blob this upload added and no row refers to: not kept
                with contextlib.suppress(Exception):
                    if not await StoredFile.filter(sha256=sha256).exists():
                        storage.remove(sha256)
            raise
    return stored


async def _read_at_least(source: UploadSource, size: int) -> bytes:
    data = await source.read(CHUNK)
    while data and len(data) < size:
        more = await source.read(CHUNK)
        if not more:
            break
        data += more
    return data


async def _receive(
    source: UploadSource, staged: Path, purpose: FilePurpose
) -> tuple[str, int, Kind]:
    """Copy the upload to ``staged`` in chunks, hashing it; stop as soon as it is too large."""
    chunk = await _read_at_least(source, kinds.HEAD_BYTES)
    if not chunk:
        raise DomainError(ErrorCode.REQUIRED, "file")
    kind = kinds.candidate_for(chunk, purpose)
    digest = hashlib.sha256()
    size = 0
    with staged.open("wb") as out:
        while chunk:
            size += len(chunk)
            if size > kind.limit:
                raise DomainError(ErrorCode.FILE_TOO_LARGE, "file")
            digest.update(chunk)
            await asyncio.to_thread(out.write, chunk)
            chunk = await source.read(CHUNK)
    return digest.hexdigest(), size, kind


_RESERVED = re.compile(r'[<>:"|?*\x00-\x1f]')
_SPACES = re.compile(r"\s+")


def clean_name(raw: str | None, kind: Kind) -> str:
    """A safe display and download name: no path, no control or bidi characters, not hidden,
    at most 200 characters, and ending in an extension of the sniffed type."""
    name = unicodedata.normalize("NFC", raw or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = _SPACES.sub(" ", _RESERVED.sub("_", name)).strip().lstrip(".").strip()
    if not name.lower().endswith(kind.extensions):
        name = (name or "file") + kind.extensions[0]
    if len(name) > NAME_MAX:
        ext = "." + name.rsplit(".", 1)[-1]
        name = name[: NAME_MAX - len(ext)].rstrip() + ext
    return name


def content_disposition(file: StoredFile) -> str:
    """``inline`` for images and PDF, ``attachment`` otherwise; an ASCII fallback name and
    the real one as RFC 5987 ``filename*``."""
    kind = kinds.KINDS.get(file.content_type)
    disposition = "inline" if kind and kind.inline else "attachment"
    ascii_name = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in "._- ") else "_" for ch in file.original_name
    )
    return (
        f'{disposition}; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(file.original_name, safe='')}"
    )


# ---- reading


def blob_path(file: StoredFile) -> Path:
    return storage.blob_path(file.sha256)


async def readable_file(
    key: str, viewer: User | None, grants: Sequence[RoleGrant]
) -> StoredFile | None:
    """The file under ``key`` when ``viewer`` (None: anonymous) may read it; None exactly as
    for an unknown key."""
    if not _KEY.fullmatch(key):
        return None
    file = await StoredFile.get_or_none(key=key)
    if file is None or not await policies.can_read(viewer, grants, file):
        return None
    return file


# ---- signed links


def _signature(key: str, user_id: int, expires: int) -> str:
    return crypto.mac(_MAC_PURPOSE, f"{key}.{user_id}.{expires}")[:_MAC_CHARS]


def download_token(file: StoredFile, viewer: User) -> str:
    """``<expiry>.<user id>.<mac>``: good for this file and this user for five minutes."""
    expires = int((clock.now() + URL_TTL).timestamp())
    return f"{expires}.{viewer.id}.{_signature(file.key, viewer.id, expires)}"


def public_url(file: StoredFile) -> str:
    """The plain link of a public file: no token, the same for everybody."""
    return f"{settings().public_url.rstrip('/')}/files/{file.key}"


def download_url(file: StoredFile, viewer: User) -> str:
    base = settings().public_url.rstrip("/")
    return f"{base}/files/{file.key}?token={download_token(file, viewer)}"


async def viewer_from_token(key: str, token: str) -> tuple[User, list[RoleGrant]] | None:
    """The user a signed link was issued to, while it is valid and the account still works."""
    parts = token.split(".")
    if len(parts) != 3 or not _KEY.fullmatch(key):
        return None
    expires, user_id, signature = parts
    if not (_NUMBER.fullmatch(expires) and _NUMBER.fullmatch(user_id)):
        return None
    expected = _signature(key, int(user_id), int(expires))
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        return None
    if int(expires) <= clock.now().timestamp():
        return None
    user = await User.get_or_none(id=int(user_id))
    if user is None or user.deleted_at is not None or not user.is_active:
        return None
    return user, await accounts.grants_of(user)
