"""Files of every accepted type (and disguises), built byte by byte, and the multipart call."""

from __future__ import annotations

import io
import json
import secrets
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import httpx
import openpyxl

from qifu.files import storage

UPLOAD = """mutation($input: UploadFileInput!) {
  uploadFile(input: $input) {
    file { id name size contentType purpose createdAt url }
    errors { field code message }
  }
}"""

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def upload(
    client: httpx.AsyncClient,
    content: bytes,
    filename: str = "file.bin",
    purpose: str = "ATTACHMENT",
    *,
    token: str | None = None,
    csrf: bool = True,
    client_type: str = "application/octet-stream",
    lang: str | None = None,
) -> httpx.Response:
    """A graphql-multipart-request-spec POST, as the SPA sends it."""
    operations = {"query": UPLOAD, "variables": {"input": {"file": None, "purpose": purpose}}}
    headers: dict[str, str] = {}
    if csrf:
        headers["apollo-require-preflight"] = "true"
    if token:
        headers["authorization"] = f"Bearer {token}"
    if lang:
        headers["accept-language"] = lang
    return await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": (filename, content, client_type)},
        headers=headers,
    )


async def upload_ok(client: httpx.AsyncClient, content: bytes, **kwargs: Any) -> dict[str, Any]:
    response = await upload(client, content, **kwargs)
    assert response.status_code == 200, response.text
    payload = response.json()["data"]["uploadFile"]
    assert payload["errors"] == [], payload
    return payload["file"]  # type: ignore[no-any-return]


async def upload_errors(client: httpx.AsyncClient, content: bytes, **kwargs: Any) -> list[str]:
    response = await upload(client, content, **kwargs)
    assert response.status_code == 200, response.text
    payload = response.json()["data"]["uploadFile"]
    assert payload["file"] is None
    return [e["code"] for e in payload["errors"]]


def blobs() -> set[Path]:
    """Every stored blob (not the staging folder)."""
    root = storage.root()
    if not root.exists():
        return set()
    return {p for p in root.rglob("*") if p.is_file() and "tmp" not in p.relative_to(root).parts}


def staged() -> list[Path]:
    folder = storage.root() / "tmp"
    return list(folder.iterdir()) if folder.exists() else []


# ---- images


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(text: str | None = None) -> bytes:
    """A 1×1 RGB PNG; ``text`` (random by default) makes its content unique."""
    text = secrets.token_hex(8) if text is None else text
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"tEXt", b"Comment\x00" + text.encode())
        + _png_chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + _png_chunk(b"IEND", b"")
    )


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg() -> bytes:
    """A baseline JPEG's segment structure: SOI, JFIF, tables, frame, scan, EOI."""
    return (
        b"\xff\xd8"
        + _jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _jpeg_segment(0xDB, b"\x00" + bytes(range(1, 65)))
        + _jpeg_segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00")
        + _jpeg_segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00")
        + _jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + secrets.token_bytes(16).replace(b"\xff", b"\x00")
        + b"\xff\xd9"
    )


def webp() -> bytes:
    payload = b"\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07" + secrets.token_bytes(8)
    padded = payload + (b"\x00" if len(payload) % 2 else b"")
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(payload)) + padded
    return b"RIFF" + struct.pack("<I", len(body)) + body


# ---- documents


def pdf(note: str | None = None) -> bytes:
    """A one-page PDF with a correct cross-reference table."""
    note = secrets.token_hex(8) if note is None else note
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        f"<< /Title ({note}) >>".encode(),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def docx(main_type: str = WORD_MAIN, *, extra_types: str = "", text: str = "企服") -> bytes:
    """A minimal Word package: content types, package relationships and the document."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
        f"{extra_types}</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def xlsx() -> bytes:
    """A real workbook, as Excel-compatible software writes it."""
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "企业名称"  # type: ignore[index]
    workbook.active["B1"] = secrets.token_hex(8)  # type: ignore[index]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not an office document")
    return buffer.getvalue()
