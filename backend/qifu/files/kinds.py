"""The file types we accept, recognised from their bytes (never from the name or the client's
content type): the magic bytes choose a candidate, then the structure must parse."""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from xml.etree import ElementTree

from qifu.core.errors import DomainError, ErrorCode
from qifu.files.models import FilePurpose

MiB = 1024 * 1024
IMAGE_LIMIT = 5 * MiB
DOCUMENT_LIMIT = 20 * MiB
# How many leading bytes sniffing looks at.
HEAD_BYTES = 64


class Category(StrEnum):
    IMAGE = "IMAGE"
    DOCUMENT = "DOCUMENT"


@dataclass(frozen=True)
class Kind:
    name: str
    content_type: str
    extensions: tuple[str, ...]  # the first one is added to names that lack any of them
    category: Category
    inline: bool  # shown in the browser (images, PDF) rather than downloaded

    @property
    def limit(self) -> int:
        return IMAGE_LIMIT if self.category is Category.IMAGE else DOCUMENT_LIMIT


JPEG = Kind("JPEG", "image/jpeg", (".jpg", ".jpeg"), Category.IMAGE, inline=True)
PNG = Kind("PNG", "image/png", (".png",), Category.IMAGE, inline=True)
WEBP = Kind("WEBP", "image/webp", (".webp",), Category.IMAGE, inline=True)
PDF = Kind("PDF", "application/pdf", (".pdf",), Category.DOCUMENT, inline=True)
DOCX = Kind(
    "DOCX",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    (".docx",),
    Category.DOCUMENT,
    inline=False,
)
XLSX = Kind(
    "XLSX",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    (".xlsx",),
    Category.DOCUMENT,
    inline=False,
)
# A zip archive that still has to prove it is a Word or Excel document.
OOXML = Kind("OOXML", "application/zip", (), Category.DOCUMENT, inline=False)

KINDS = {k.content_type: k for k in (JPEG, PNG, WEBP, PDF, DOCX, XLSX)}

ALLOWED: dict[FilePurpose, frozenset[Category]] = {
    FilePurpose.BUSINESS_LICENCE: frozenset({Category.IMAGE}),
    FilePurpose.QUALIFICATION: frozenset({Category.IMAGE, Category.DOCUMENT}),
    FilePurpose.AVATAR: frozenset({Category.IMAGE}),
    FilePurpose.LOGO: frozenset({Category.IMAGE}),
    FilePurpose.ATTACHMENT: frozenset({Category.IMAGE, Category.DOCUMENT}),
}


def largest_limit() -> int:
    return max(IMAGE_LIMIT, DOCUMENT_LIMIT)


def not_allowed() -> DomainError:
    return DomainError(ErrorCode.FILE_TYPE_NOT_ALLOWED, "file")


def damaged() -> DomainError:
    return DomainError(ErrorCode.FILE_DAMAGED, "file")


def sniff(head: bytes) -> Kind | None:
    """The candidate type by magic bytes, or None for anything we never accept."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return OOXML
    return None


def candidate_for(head: bytes, purpose: FilePurpose) -> Kind:
    kind = sniff(head)
    if kind is None or kind.category not in ALLOWED[purpose]:
        raise not_allowed()
    return kind


def validate(kind: Kind, path: Path) -> Kind:
    """Check the whole file's structure; returns the final kind (a zip becomes DOCX/XLSX).
    Runs in a worker thread: it reads the file (images are at most 5 MB)."""
    if kind is PNG:
        _check_png(path.read_bytes())
    elif kind is JPEG:
        _check_jpeg(path.read_bytes())
    elif kind is WEBP:
        _check_webp(path.read_bytes())
    elif kind is PDF:
        _check_pdf(path)
    elif kind is OOXML:
        return _office_kind(path)
    return kind


# ---- images


def _check_png(data: bytes) -> None:
    pos, first = 8, True
    while True:
        if pos + 12 > len(data):
            raise damaged()
        length, chunk_type = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            raise damaged()
        body = data[pos + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(chunk_type + body) != crc:
            raise damaged()
        if first:
            if chunk_type != b"IHDR" or length != 13:
                raise damaged()
            width, height = struct.unpack(">II", body[:8])
            if width == 0 or height == 0:
                raise damaged()
            first = False
        if chunk_type == b"IEND":
            return
        pos = end + 4


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _check_jpeg(data: bytes) -> None:
    """Walk the marker segments up to the start of scan; a frame header must come first and
    the image must end with EOI."""
    pos, frame = 2, False
    while True:
        start = pos
        while pos < len(data) and data[pos] == 0xFF:
            pos += 1  # a marker's 0xFF, and any fill bytes before it
        if pos == start or pos >= len(data):
            raise damaged()
        marker = data[pos]
        pos += 1
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue  # markers without a length
        if marker in (0xD8, 0xD9) or pos + 2 > len(data):
            raise damaged()  # a second SOI, or EOI before any scan
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > len(data):
            raise damaged()
        if marker in _SOF:
            frame = True
        if marker == 0xDA:
            if not frame or data.rfind(b"\xff\xd9") < pos + length:
                raise damaged()
            return
        pos += length


def _check_webp(data: bytes) -> None:
    if len(data) < 20:
        raise damaged()
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = 8 + riff_size
    if riff_size % 2 or end > len(data):
        raise damaged()
    pos, first = 12, True
    while pos < end:
        if pos + 8 > end:
            raise damaged()
        fourcc, size = struct.unpack("<4sI", data[pos : pos + 8])
        if first and fourcc not in (b"VP8 ", b"VP8L", b"VP8X"):
            raise damaged()
        first = False
        pos += 8 + size + (size & 1)
    if pos != end or first:
        raise damaged()


# ---- documents


def _check_pdf(path: Path) -> None:
    with path.open("rb") as f:
        head = f.read(16)
        f.seek(max(0, path.stat().st_size - 2048))
        tail = f.read()
    version = head[5:8]
    if not (version[:1].isdigit() and version[1:2] == b"." and version[2:3].isdigit()):
        raise damaged()
    if b"%%EOF" not in tail:
        raise damaged()


_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
}
_MAX_ENTRIES = 10_000
_MAX_UNPACKED = 512 * MiB  # beyond that it is a zip bomb, not an office document
_MAX_CONTENT_TYPES = 1 * MiB


def _office_kind(path: Path) -> Kind:
    """A Word or Excel (OOXML) package: a zip whose [Content_Types].xml names the main part
    of a .docx or .xlsx, and that part is present. Macro-enabled packages are refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if len(infos) > _MAX_ENTRIES or sum(i.file_size for i in infos) > _MAX_UNPACKED:
                raise not_allowed()
            if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
                raise not_allowed()  # a zip, but not an office package
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > _MAX_CONTENT_TYPES:
                raise not_allowed()
            raw = archive.read(info)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,  # encrypted members
        NotImplementedError,  # unknown compression
    ) as exc:
        raise damaged() from exc
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise not_allowed()
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as exc:
        raise damaged() from exc
    types: list[str] = []
    found: Kind | None = None
    for element in root:
        content_type = element.get("ContentType", "")
        types.append(content_type)
        kind = _MAIN_PARTS.get(content_type)
        part = element.get("PartName", "").lstrip("/")
        if element.tag == f"{_CT_NS}Override" and kind and part in names:
            found = found or kind
    if any("macroEnabled" in t or "vbaProject" in t for t in types):
        raise not_allowed()
    if found is None:
        raise not_allowed()
    return found
