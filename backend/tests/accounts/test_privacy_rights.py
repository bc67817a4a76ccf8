"""My data as JSON, and deleting my account (anonymised; kept records show 已注销用户)."""

from __future__ import annotations

import httpx

from qifu.accounts.models import Role, RoleGrant, Session, User
from qifu.core import audit
from tests.support import PASSWORD, gql, login_token, make_user

DELETE = """mutation($p: String!) { deleteMyAccount(input: {password: $p}) {
  deleted errors { field code } } }"""


async def test_my_data_contains_what_we_hold(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn", name="李雷", phone="13800138000")
    token = await login_token(client, "a@qifu.cn")
    data = (await gql(client, "{ myData }", token=token))["data"]["myData"]
    assert data["format"] == "qifu-personal-data/1"
    assert data["account"] == {
        **data["account"],
        "email": "a@qifu.cn",
        "name": "李雷",
        "phone": "13800138000",
    }
    assert data["privacyConsent"]["noticeVersion"] == "2026-11"
    assert data["privacyConsent"]["acceptedAt"]
    assert len(data["sessions"]) == 1 and data["sessions"][0]["ip"] == "127.0.0.1"
    assert {"account.login"} <= {a["action"] for a in data["activity"]}


async def test_my_data_needs_a_login(client: httpx.AsyncClient) -> None:
    result = await gql(client, "{ myData }")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_delete_anonymises_and_ends_sessions(client: httpx.AsyncClient) -> None:
    user = await make_user("a@qifu.cn", name="李雷", phone="13800138000")
    token = await login_token(client, "a@qifu.cn")
    wrong = await gql(client, DELETE, {"p": "Wrong-Pass-1"}, token=token)
    assert wrong["data"]["deleteMyAccount"]["errors"] == [
        {"field": "password", "code": "WRONG_PASSWORD"}
    ]
    assert (await User.get(id=user.id)).deleted_at is None

    done = await gql(client, DELETE, {"p": PASSWORD}, token=token)
    assert done["data"]["deleteMyAccount"] == {"deleted": True, "errors": []}
    stored = await User.get(id=user.id)
    assert stored.name == "已注销用户" and "a@qifu.cn" not in stored.email
    assert stored.phone_enc == "" and stored.phone_index == "" and not stored.is_active
    assert await Session.filter(user_id=user.id, revoked_at=None).count() == 0
    assert (await gql(client, "{ me { email } }", token=token))["data"]["me"] is None
    login = await gql(
        client,
        """mutation($p: String!) { login(input: {email: "a@qifu.cn", password: $p}) {
             errors { code } } }""",
        {"p": PASSWORD},
    )
    assert login["data"]["login"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
    # The address is free again for a new account.
    await make_user("a@qifu.cn", name="新用户")
    # The audit trail stays intact and shows the deleted actor anonymously.
    assert (await audit.verify()).ok


async def test_audit_list_shows_deleted_actors_as_deleted(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    token = await login_token(client, "a@qifu.cn")
    await gql(client, DELETE, {"p": PASSWORD}, token=token)
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    admin = await login_token(client, "admin@qifu.cn")
    events = await gql(
        client,
        '{ auditEvents(first: 100, action: "account.delete") { edges { node { actorLabel } } } }',
        token=admin,
    )
    labels = [e["node"]["actorLabel"] for e in events["data"]["auditEvents"]["edges"]]
    assert labels == ["已注销用户"]


async def test_the_last_hub_admin_cannot_delete_themself(client: httpx.AsyncClient) -> None:
    admin = await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    token = await login_token(client, "admin@qifu.cn")
    result = await gql(client, DELETE, {"p": PASSWORD}, token=token)
    assert result["data"]["deleteMyAccount"]["errors"][0]["code"] == "LAST_ADMIN"
    assert await RoleGrant.filter(user_id=admin.id).count() == 1
    await make_user("admin2@qifu.cn", roles=(Role.HUB_ADMIN,))
    token = await login_token(client, "admin@qifu.cn")
    ok = await gql(client, DELETE, {"p": PASSWORD}, token=token)
    assert ok["data"]["deleteMyAccount"]["deleted"]
