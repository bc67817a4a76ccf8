"""Permission matrix of the files domain: each caller × each operation → allowed or denied."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from qifu.accounts.models import Role
from qifu.files.models import StoredFile
from tests.files.support import pdf, upload, upload_ok
from tests.support import gql, login_token, make_user

CALLERS = ["anonymous", "owner", "other_user", "operator", "hub_admin"]
OPERATIONS = ["upload", "download (Bearer)", "download (own signed link)", "node"]

ALLOWED = {
    "upload": {"owner", "other_user", "operator", "hub_admin"},
    "download (Bearer)": {"owner", "operator", "hub_admin"},
    "download (own signed link)": {"owner", "operator", "hub_admin"},
    "node": {"owner", "operator", "hub_admin"},
}

NODE = "query($id: ID!) { node(id: $id) { ... on StoredFile { id url } } }"


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("operation", OPERATIONS)
async def test_matrix(client: httpx.AsyncClient, caller: str, operation: str) -> None:
    await make_user("owner@qifu.cn")
    owner_token = await login_token(client, "owner@qifu.cn")
    file = await upload_ok(
        client, pdf(), filename="资质.pdf", purpose="QUALIFICATION", token=owner_token
    )
    key_path = urlsplit(file["url"]).path
    token: str | None = None
    if caller == "owner":
        token = owner_token
    elif caller != "anonymous":
        roles = {"operator": (Role.OPERATOR,), "hub_admin": (Role.HUB_ADMIN,)}.get(caller, ())
        await make_user("caller@qifu.cn", roles=roles)
        token = await login_token(client, "caller@qifu.cn")
    bearer = {"authorization": f"Bearer {token}"} if token else {}

    if operation == "upload":
        response = await upload(client, pdf(), filename="b.pdf", token=token)
        body = response.json()
        allowed = bool(body.get("data") and body["data"]["uploadFile"]["file"])
        assert allowed == (await StoredFile.all().count() == 2)
    elif operation == "download (Bearer)":
        response = await client.get(key_path, headers=bearer)
        assert response.status_code in (200, 404)
        allowed = response.status_code == 200
    elif operation == "download (own signed link)":
        # A caller can only get a signed link from a node they are allowed to see.
        result = await gql(client, NODE, {"id": file["id"]}, token=token)
        node = (result.get("data") or {}).get("node")
        allowed = False
        if node:
            parts = urlsplit(node["url"])
            response = await client.get(f"{parts.path}?{parts.query}")
            allowed = response.status_code == 200
    else:
        result = await gql(client, NODE, {"id": file["id"]}, token=token)
        allowed = bool((result.get("data") or {}).get("node"))

    assert allowed == (caller in ALLOWED[operation]), (caller, operation)
