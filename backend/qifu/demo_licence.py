"""A drawn stand-in for a business licence, so that demo enterprises under review have an
image the operator can open. Drawn with zlib alone: a bordered sheet with text-like bars and
a red seal, clearly a sample rather than a real document."""

from __future__ import annotations

import struct
import zlib

from qifu.accounts.models import User
from qifu.core.audit import Actor
from qifu.files import services as file_services
from qifu.files.models import FilePurpose, StoredFile

WIDTH, HEIGHT = 480, 320
PAPER, INK, RED, BORDER = (250, 246, 235), (120, 120, 120), (200, 30, 30), (150, 40, 40)


def _pixel(x: int, y: int) -> tuple[int, int, int]:
    if x < 8 or y < 8 or x >= WIDTH - 8 or y >= HEIGHT - 8:
        return BORDER
    if 150 <= x < 330 and 30 <= y < 46:  # the title line
        return INK
    if 60 <= x < 300 and any(90 + 30 * i <= y < 98 + 30 * i for i in range(6)):
        return INK
    if (x - 380) ** 2 + (y - 230) ** 2 <= 48**2 and (x - 380) ** 2 + (y - 230) ** 2 >= 42**2:
        return RED  # the seal's ring
    return PAPER


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def licence_png() -> bytes:
    rows = b"".join(
        b"\x00" + bytes(c for x in range(WIDTH) for c in _pixel(x, y)) for y in range(HEIGHT)
    )
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"tEXt", b"Comment\x00Qifu demo business licence (sample)")
        + _chunk(b"IDAT", zlib.compress(rows, 9))
        + _chunk(b"IEND", b"")
    )


async def store_demo_licence(actor: Actor, owner: User) -> StoredFile:
    return await file_services.upload(
        actor,
        owner,
        file_services.BytesUpload("营业执照（演示样本）.png", licence_png()),
        purpose=FilePurpose.BUSINESS_LICENCE,
    )
