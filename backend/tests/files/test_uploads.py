"""Uploads through real multipart requests: accepted types, disguises, limits, CSRF, dedup."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from qifu.app import create_app
from qifu.core.models import AuditEvent
from qifu.files import storage
from qifu.files.kinds import DOCUMENT_LIMIT, IMAGE_LIMIT
from qifu.files.models import StoredFile
from qifu.settings import Settings
from tests.files.support import (
    DOCX_TYPE,
    UPLOAD,
    XLSX_TYPE,
    blobs,
    docx,
    jpeg,
    pdf,
    plain_zip,
    png,
    staged,
    upload,
    upload_errors,
    upload_ok,
    webp,
    xlsx,
)
from tests.support import gql, login_token, make_user


@pytest.fixture
async def token(client: httpx.AsyncClient) -> str:
    await make_user("uploader@qifu.cn")
    return await login_token(client, "uploader@qifu.cn")


@pytest.mark.parametrize(
    ("build", "filename", "purpose", "content_type"),
    [
        (png, "营业执照.png", "BUSINESS_LICENCE", "image/png"),
        (jpeg, "photo.jpg", "AVATAR", "image/jpeg"),
        (webp, "logo.webp", "LOGO", "image/webp"),
        (pdf, "资质证书.pdf", "QUALIFICATION", "application/pdf"),
        (docx, "申请书.docx", "ATTACHMENT", DOCX_TYPE),
        (xlsx, "名单.xlsx", "ATTACHMENT", XLSX_TYPE),
    ],
)
async def test_each_accepted_type_is_stored_with_its_sniffed_type(
    client: httpx.AsyncClient, token: str, build, filename, purpose, content_type
) -> None:
    content = build()
    file = await upload_ok(
        client, content, filename=filename, purpose=purpose, token=token, client_type="text/html"
    )
    assert file["contentType"] == content_type  # from the bytes, not the client's claim
    assert file["name"] == filename
    assert file["size"] == len(content)
    assert file["purpose"] == purpose
    assert "/files/" in file["url"] and "token=" in file["url"]
    row = await StoredFile.get()
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert storage.blob_path(row.sha256).read_bytes() == content
    assert storage.blob_path(row.sha256).relative_to(storage.root()).parts == (
        row.sha256[:2],
        row.sha256[2:4],
        row.sha256,
    )


async def test_the_upload_is_audited(client: httpx.AsyncClient, token: str) -> None:
    await upload_ok(client, pdf(), filename="a.pdf", token=token)
    row = await StoredFile.get()
    event = await AuditEvent.get(action="file.upload")
    assert event.success and event.object_type == "StoredFile" and event.object_id == str(row.id)
    assert event.actor_id == row.owner_id
    assert event.detail["sha256"] == row.sha256 and event.detail["purpose"] == "ATTACHMENT"


HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
MACRO_TYPES = (
    '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
)


@pytest.mark.parametrize(
    ("content", "filename", "purpose", "code"),
    [
        (EXE, "scan.png", "BUSINESS_LICENCE", "FILE_TYPE_NOT_ALLOWED"),
        (HTML, "avatar.png", "AVATAR", "FILE_TYPE_NOT_ALLOWED"),
        (SVG, "logo.svg", "LOGO", "FILE_TYPE_NOT_ALLOWED"),
        (b"GIF89a" + b"\x00" * 40, "a.gif", "ATTACHMENT", "FILE_TYPE_NOT_ALLOWED"),
        (b"just some text", "notes.txt", "ATTACHMENT", "FILE_TYPE_NOT_ALLOWED"),
        # The right magic bytes, then something that is not a PNG / JPEG / WebP / PDF.
        (b"\x89PNG\r\n\x1a\n" + HTML, "x.png", "AVATAR", "FILE_DAMAGED"),
        (b"\xff\xd8\xff" + HTML, "x.jpg", "AVATAR", "FILE_DAMAGED"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 " + HTML, "x.webp", "AVATAR", "FILE_DAMAGED"),
        (b"%PDF-1.4\n" + HTML, "x.pdf", "ATTACHMENT", "FILE_DAMAGED"),
        (b"PK\x03\x04" + HTML, "x.docx", "ATTACHMENT", "FILE_DAMAGED"),
        # Cut short: no IEND, no EOI.
        (png()[:-12], "cut.png", "AVATAR", "FILE_DAMAGED"),
        (jpeg()[:-2], "cut.jpg", "AVATAR", "FILE_DAMAGED"),
        # A zip, but no office document; a macro-enabled one; entity tricks.
        (plain_zip(), "x.docx", "ATTACHMENT", "FILE_TYPE_NOT_ALLOWED"),
        (docx(extra_types=MACRO_TYPES), "x.docx", "ATTACHMENT", "FILE_TYPE_NOT_ALLOWED"),
        (
            docx("application/vnd.ms-word.document.macroEnabled.main+xml"),
            "x.docx",
            "ATTACHMENT",
            "FILE_TYPE_NOT_ALLOWED",
        ),
        (
            docx(extra_types='<!DOCTYPE x [<!ENTITY a "aaaa">]>'),
            "x.docx",
            "ATTACHMENT",
            "FILE_TYPE_NOT_ALLOWED",
        ),
        # Real documents where the purpose takes images only.
        (pdf(), "licence.pdf", "BUSINESS_LICENCE", "FILE_TYPE_NOT_ALLOWED"),
        (docx(), "avatar.docx", "AVATAR", "FILE_TYPE_NOT_ALLOWED"),
    ],
)
async def test_disguised_or_unsuitable_files_are_refused_and_nothing_is_kept(
    client: httpx.AsyncClient, token: str, content, filename, purpose, code
) -> None:
    before = blobs()
    errors = await upload_errors(
        client, content, filename=filename, purpose=purpose, token=token, client_type="image/png"
    )
    assert errors == [code]
    assert await StoredFile.all().count() == 0
    assert blobs() == before and staged() == []
    refusal = await AuditEvent.get(action="refused.uploadFile")
    assert refusal.detail["errors"] == [{"field": "file", "code": code}]


async def test_empty_file_is_required(client: httpx.AsyncClient, token: str) -> None:
    assert await upload_errors(client, b"", filename="empty.png", token=token) == ["REQUIRED"]
    assert await StoredFile.all().count() == 0


async def test_a_string_instead_of_a_file_part_is_required(
    client: httpx.AsyncClient, token: str
) -> None:
    result = await gql(
        client,
        "mutation($f: Upload!) { uploadFile(input: {file: $f, purpose: AVATAR}) "
        "{ file { id } errors { field code } } }",
        {"f": "iVBORw0KGgo="},
        token=token,
    )
    assert result["data"]["uploadFile"]["errors"] == [{"field": "file", "code": "REQUIRED"}]


@pytest.mark.parametrize(
    ("head", "limit", "purpose"),
    [
        (b"\x89PNG\r\n\x1a\n", IMAGE_LIMIT, "AVATAR"),
        (b"\xff\xd8\xff\xe0", IMAGE_LIMIT, "ATTACHMENT"),
        (b"%PDF-1.7\n", DOCUMENT_LIMIT, "ATTACHMENT"),
    ],
)
async def test_one_byte_over_the_limit_is_too_large(
    client: httpx.AsyncClient, token: str, head: bytes, limit: int, purpose: str
) -> None:
    before = blobs()
    content = head + b"\x00" * (limit + 1 - len(head))
    errors = await upload_errors(client, content, filename="big", purpose=purpose, token=token)
    assert errors == ["FILE_TOO_LARGE"]
    assert await StoredFile.all().count() == 0
    assert blobs() == before and staged() == []


async def test_a_png_of_exactly_the_limit_is_accepted(
    client: httpx.AsyncClient, token: str
) -> None:
    # Padded inside a text chunk: a valid PNG of exactly 5 MB.
    content = png(text="x" * (IMAGE_LIMIT - len(png(text=""))))
    assert len(content) == IMAGE_LIMIT
    file = await upload_ok(client, content, filename="max.png", purpose="AVATAR", token=token)
    assert file["size"] == IMAGE_LIMIT


async def test_a_body_beyond_the_largest_limit_is_cut_off_with_413(
    client: httpx.AsyncClient, token: str
) -> None:
    before = blobs()
    content = b"%PDF-1.7\n" + b"\x00" * (DOCUMENT_LIMIT + 2 * 1024 * 1024)
    response = await upload(client, content, filename="huge.pdf", token=token)
    assert response.status_code == 413
    assert await StoredFile.all().count() == 0
    assert blobs() == before and staged() == []


async def test_a_streamed_body_without_length_stops_being_read_at_the_limit(
    client: httpx.AsyncClient, token: str
) -> None:
    boundary = "qifu-test-boundary"
    operations = json.dumps(
        {"query": UPLOAD, "variables": {"input": {"file": None, "purpose": "ATTACHMENT"}}}
    )
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'
        f"{operations}\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n'
        f'{{"0": ["variables.input.file"]}}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="0"; filename="huge.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    ).encode()
    megabytes_sent = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal megabytes_sent
        yield head
        for _ in range(40):
            megabytes_sent += 1
            yield b"\x00" * 1024 * 1024
        yield f"\r\n--{boundary}--\r\n".encode()

    response = await client.post(
        "/graphql",
        content=body(),
        headers={
            "content-type": f"multipart/form-data; boundary={boundary}",
            "apollo-require-preflight": "true",
            "authorization": f"Bearer {token}",
        },
    )
    assert response.status_code == 413
    assert megabytes_sent <= DOCUMENT_LIMIT // (1024 * 1024) + 2
    assert await StoredFile.all().count() == 0


async def test_identical_content_is_stored_once_with_a_row_per_upload(
    client: httpx.AsyncClient, token: str
) -> None:
    before = blobs()
    content = png()
    first = await upload_ok(client, content, filename="a.png", purpose="AVATAR", token=token)
    second = await upload_ok(client, content, filename="b.png", purpose="LOGO", token=token)
    assert first["id"] != second["id"]
    rows = await StoredFile.all().order_by("id")
    assert [r.original_name for r in rows] == ["a.png", "b.png"]
    assert rows[0].sha256 == rows[1].sha256 and rows[0].key != rows[1].key
    assert blobs() - before == {storage.blob_path(rows[0].sha256)}


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("../../etc/passwd", "passwd.png"),
        ("C:\\Users\\张三\\头像.PNG", "头像.PNG"),
        ("evil\u202egnp.exe", "evilgnp.exe.png"),
        (".hidden.png", "hidden.png"),
        ("a<b>:c|?*.png", "a_b__c___.png"),
        ("...", "file.png"),
        ("report.html", "report.html.png"),
        ("很长" * 150 + ".png", "很长" * 98 + ".png"),
    ],
)
async def test_names_are_made_safe_and_end_in_the_real_type(
    client: httpx.AsyncClient, token: str, filename: str, expected: str
) -> None:
    file = await upload_ok(client, png(), filename=filename, purpose="AVATAR", token=token)
    assert file["name"] == expected


async def test_multipart_without_the_csrf_header_is_refused(
    client: httpx.AsyncClient, token: str
) -> None:
    response = await upload(client, png(), filename="a.png", token=token, csrf=False)
    assert response.status_code == 400
    assert "Apollo-Require-Preflight" in response.text
    assert await StoredFile.all().count() == 0


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain"])
async def test_other_form_encodings_stay_refused(
    client: httpx.AsyncClient, token: str, content_type: str
) -> None:
    response = await client.post(
        "/graphql",
        content=json.dumps({"query": "{ me { id } }"}),
        headers={
            "content-type": content_type,
            "apollo-require-preflight": "true",
            "authorization": f"Bearer {token}",
        },
    )
    assert response.status_code == 415


async def test_multipart_with_more_than_one_file_is_refused(
    client: httpx.AsyncClient, token: str
) -> None:
    operations = {
        "query": "mutation($f: Upload!) { uploadFile(input: {file: $f, purpose: AVATAR}) "
        "{ errors { code } } }",
        "variables": {"f": None},
    }
    response = await client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.f"]})},
        files=[("0", ("a.png", png(), "image/png")), ("1", ("b.png", png(), "image/png"))],
        headers={"apollo-require-preflight": "true", "authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400
    assert await StoredFile.all().count() == 0


async def test_anonymous_upload_is_unauthenticated(client: httpx.AsyncClient) -> None:
    before = blobs()
    response = await upload(client, png(), filename="a.png")
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await StoredFile.all().count() == 0 and blobs() == before


async def test_messages_follow_accept_language(client: httpx.AsyncClient, token: str) -> None:
    response = await upload(client, EXE, filename="a.png", token=token, lang="en")
    error = response.json()["data"]["uploadFile"]["errors"][0]
    assert error["message"].startswith("File type not allowed")
    response = await upload(client, EXE, filename="a.png", token=token)
    assert response.json()["data"]["uploadFile"]["errors"][0]["message"].startswith("不支持")


async def test_configured_origins_may_send_the_upload_header(settings: Settings) -> None:
    configured = settings.model_copy(update={"cors_origins": ["https://spa.example.cn"]})
    app = create_app(configured, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    preflight = {
        "access-control-request-method": "POST",
        "access-control-request-headers": "apollo-require-preflight,authorization",
    }
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        allowed = await c.options(
            "/graphql", headers={"origin": "https://spa.example.cn", **preflight}
        )
        other = await c.options("/graphql", headers={"origin": "https://evil.example", **preflight})
    assert allowed.status_code == 200
    assert "apollo-require-preflight" in allowed.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-origin" not in other.headers
