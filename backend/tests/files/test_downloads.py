"""GET /files/{key}: headers, who gets the bytes, signed links, and the read-policy registry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest

from qifu.accounts.models import Role, RoleGrant, User
from qifu.core import clock
from qifu.files import policies
from qifu.files.models import FilePurpose, StoredFile
from tests.files.support import DOCX_TYPE, docx, pdf, png, upload_ok
from tests.support import gql, login_token, make_user


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> str:
    await make_user("owner@qifu.cn")
    return await login_token(client, "owner@qifu.cn")


def path_of(file: dict[str, Any]) -> str:
    """/files/<key> of a StoredFile's url, without the signed token."""
    return urlsplit(file["url"]).path


def relative(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def get(client: httpx.AsyncClient, url: str, token: str | None = None) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return await client.get(url, headers=headers)


async def test_owner_downloads_an_image_inline_with_safe_headers(
    client: httpx.AsyncClient, owner: str
) -> None:
    content = png()
    file = await upload_ok(
        client, content, filename="营业执照 2026.png", purpose="BUSINESS_LICENCE", token=owner
    )
    response = await get(client, path_of(file), owner)
    assert response.status_code == 200
    assert response.content == content
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-length"] == str(len(content))
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("inline; ")
    assert 'filename="____ 2026.png"' in disposition
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == "营业执照 2026.png"
    assert response.headers["x-content-type-options"] == "nosniff"
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "sandbox" in csp and "script-src" not in csp
    assert response.headers["cache-control"].startswith("private")
    row = await StoredFile.get()
    assert response.headers["etag"] == f'"{row.sha256}"'


async def test_pdf_is_inline_and_office_documents_are_attachments(
    client: httpx.AsyncClient, owner: str
) -> None:
    pdf_file = await upload_ok(client, pdf(), filename="证明.pdf", token=owner)
    doc_file = await upload_ok(client, docx(), filename="申请书.docx", token=owner)
    pdf_response = await get(client, path_of(pdf_file), owner)
    assert pdf_response.headers["content-type"] == "application/pdf"
    assert pdf_response.headers["content-disposition"].startswith("inline; ")
    assert "default-src 'none'" in pdf_response.headers["content-security-policy"]
    doc_response = await get(client, path_of(doc_file), owner)
    assert doc_response.headers["content-type"] == DOCX_TYPE
    assert doc_response.headers["content-disposition"].startswith("attachment; ")
    assert "sandbox" in doc_response.headers["content-security-policy"]


async def test_head_answers_without_a_body(client: httpx.AsyncClient, owner: str) -> None:
    content = pdf()
    file = await upload_ok(client, content, filename="a.pdf", token=owner)
    response = await client.head(path_of(file), headers={"authorization": f"Bearer {owner}"})
    assert response.status_code == 200
    assert response.headers["content-length"] == str(len(content)) and response.content == b""


async def test_another_user_gets_the_same_404_as_for_an_unknown_file(
    client: httpx.AsyncClient, owner: str
) -> None:
    file = await upload_ok(client, png(), filename="a.png", purpose="AVATAR", token=owner)
    await make_user("other@qifu.cn")
    other = await login_token(client, "other@qifu.cn")
    refused = await get(client, path_of(file), other)
    unknown = await get(client, "/files/AAAAAAAAAAAAAAAAAAAAAA", other)
    anonymous = await get(client, path_of(file))
    for response in (refused, unknown, anonymous):
        assert response.status_code == 404
        assert response.content == unknown.content
        assert response.headers["content-type"] == unknown.headers["content-type"]
    # Nor does the API tell them about it.
    result = await gql(
        client, "query($id: ID!) { node(id: $id) { id } }", {"id": file["id"]}, token=other
    )
    assert result["data"]["node"] is None


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.HUB_ADMIN])
async def test_staff_read_any_file(client: httpx.AsyncClient, owner: str, role: Role) -> None:
    content = pdf()
    file = await upload_ok(
        client, content, filename="资质.pdf", purpose="QUALIFICATION", token=owner
    )
    await make_user("staff@qifu.cn", roles=(role,))
    staff = await login_token(client, "staff@qifu.cn")
    response = await get(client, path_of(file), staff)
    assert response.status_code == 200 and response.content == content
    result = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on StoredFile { name url } } }",
        {"id": file["id"]},
        token=staff,
    )
    node = result["data"]["node"]
    assert node["name"] == "资质.pdf"
    # The staff member's own signed link works without a header.
    assert (await get(client, relative(node["url"]))).content == content


async def test_a_rejected_bearer_token_is_401_whatever_the_file(
    client: httpx.AsyncClient, owner: str
) -> None:
    file = await upload_ok(client, png(), filename="a.png", purpose="AVATAR", token=owner)
    for url in (path_of(file), "/files/AAAAAAAAAAAAAAAAAAAAAA"):
        response = await get(client, url, "not-a-token")
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_signed_url_works_without_a_header_and_expires_after_five_minutes(
    client: httpx.AsyncClient, owner: str
) -> None:
    content = png()
    file = await upload_ok(client, content, filename="a.png", purpose="AVATAR", token=owner)
    url = relative(file["url"])
    assert file["url"].startswith("http://127.0.0.1:8000/files/")
    response = await get(client, url)
    assert response.status_code == 200 and response.content == content
    clock.advance(timedelta(minutes=4, seconds=50))
    assert (await get(client, url)).status_code == 200
    clock.advance(timedelta(seconds=11))
    assert (await get(client, url)).status_code == 404


async def test_signed_url_is_bound_to_its_file_and_cannot_be_altered(
    client: httpx.AsyncClient, owner: str
) -> None:
    first = await upload_ok(client, png(), filename="a.png", purpose="AVATAR", token=owner)
    second = await upload_ok(client, png(), filename="b.png", purpose="AVATAR", token=owner)
    token = urlsplit(first["url"]).query.removeprefix("token=")
    expires, user_id, signature = token.split(".")
    later = int(expires) + 3600
    attempts = [
        f"{path_of(second)}?token={token}",  # another file
        f"{path_of(first)}?token={later}.{user_id}.{signature}",  # a later expiry
        f"{path_of(first)}?token={expires}.{int(user_id) + 1}.{signature}",  # another user
        f"{path_of(first)}?token={expires}.{user_id}.{signature[:-1]}A",
        f"{path_of(first)}?token=garbage",
    ]
    for url in attempts:
        assert (await get(client, url)).status_code == 404, url


async def test_signed_url_stops_working_when_the_user_loses_access(
    client: httpx.AsyncClient, owner: str
) -> None:
    file = await upload_ok(client, png(), filename="a.png", purpose="AVATAR", token=owner)
    url = relative(file["url"])
    await User.filter(email="owner@qifu.cn").update(is_active=False)
    assert (await get(client, url)).status_code == 404


async def test_a_domain_can_register_more_readers_for_a_purpose(
    client: httpx.AsyncClient, owner: str
) -> None:
    licence = await upload_ok(
        client, png(), filename="执照.png", purpose="BUSINESS_LICENCE", token=owner
    )
    avatar = await upload_ok(client, png(), filename="me.png", purpose="AVATAR", token=owner)
    await make_user("member@qifu.cn", roles=(Role.ENTERPRISE_MEMBER,))
    member = await login_token(client, "member@qifu.cn")

    async def enterprise_members(viewer: User, grants: Sequence[RoleGrant], file: Any) -> bool:
        return any(Role(g.role) is Role.ENTERPRISE_MEMBER for g in grants)

    assert (await get(client, path_of(licence), member)).status_code == 404
    policies.register_reader(FilePurpose.BUSINESS_LICENCE)(enterprise_members)
    try:
        assert (await get(client, path_of(licence), member)).status_code == 200
        assert (await get(client, path_of(avatar), member)).status_code == 404
    finally:
        policies.unregister_reader([FilePurpose.BUSINESS_LICENCE], enterprise_members)
    assert (await get(client, path_of(licence), member)).status_code == 404


async def test_a_domain_can_take_staff_access_away_for_a_purpose(
    client: httpx.AsyncClient, owner: str
) -> None:
    file = await upload_ok(
        client, png(), filename="执照.png", purpose="BUSINESS_LICENCE", token=owner
    )
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    operator = await login_token(client, "op@qifu.cn")
    purposes = [FilePurpose.BUSINESS_LICENCE]
    before = set(policies.readers(FilePurpose.BUSINESS_LICENCE))
    assert policies.staff_can_read in before
    policies.unregister_reader(purposes, policies.staff_can_read)
    try:
        assert (await get(client, path_of(file), operator)).status_code == 404
        assert (await get(client, path_of(file), owner)).status_code == 200
    finally:
        policies.register_reader(*purposes)(policies.staff_can_read)
    assert set(policies.readers(FilePurpose.BUSINESS_LICENCE)) == before
