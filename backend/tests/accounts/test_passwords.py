"""Password change and reset by mail; the argon2id parameters of production."""

from __future__ import annotations

from datetime import timedelta

import httpx
from argon2 import Parameters, Type, extract_parameters

from qifu.accounts import passwords
from qifu.accounts.models import User
from qifu.core import clock
from qifu.core.models import OutboxMessage
from qifu.settings import Settings, configure
from tests.support import PASSWORD, gql, last_mail_to, link_token, login_token, make_user

CHANGE = """mutation($c: String!, $n: String!) {
  changePassword(input: {currentPassword: $c, newPassword: $n, refreshTokenDelivery: BODY}) {
    auth { accessToken refreshToken } errors { field code } } }"""
REQUEST_RESET = """mutation($e: String!) { requestPasswordReset(input: {email: $e}) {
  errors { code } } }"""
RESET = """mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, newPassword: $p}) {
  errors { field code } } }"""
LOGIN = """mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p,
  refreshTokenDelivery: BODY}) { auth { accessToken } errors { code } } }"""
NEW = "Brand-New-Pass-7"


async def test_change_password_revokes_every_other_session(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    other_device = await login_token(client, "a@qifu.cn")
    this_device = await login_token(client, "a@qifu.cn")
    result = await gql(client, CHANGE, {"c": PASSWORD, "n": NEW}, token=this_device)
    payload = result["data"]["changePassword"]
    assert payload["errors"] == []
    fresh = payload["auth"]["accessToken"]
    assert (await gql(client, "{ me { email } }", token=fresh))["data"]["me"]
    for old in (other_device, this_device):
        assert (await gql(client, "{ me { email } }", token=old))["data"]["me"] is None
    mail = await last_mail_to("a@qifu.cn")
    assert mail.subject == "【企服】密码已修改"
    login_old = await gql(client, LOGIN, {"e": "a@qifu.cn", "p": PASSWORD})
    assert login_old["data"]["login"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
    login_new = await gql(client, LOGIN, {"e": "a@qifu.cn", "p": NEW})
    assert login_new["data"]["login"]["errors"] == []


async def test_change_password_checks_current_and_policy_and_changes_nothing(
    client: httpx.AsyncClient,
) -> None:
    user = await make_user("a@qifu.cn")
    token = await login_token(client, "a@qifu.cn")
    cases = [
        ({"c": "Wrong-Pass-1", "n": NEW}, "currentPassword", "WRONG_PASSWORD"),
        ({"c": PASSWORD, "n": "weak"}, "newPassword", "WEAK_PASSWORD"),
        ({"c": PASSWORD, "n": PASSWORD}, "newPassword", "SAME_PASSWORD"),
    ]
    for variables, field, code in cases:
        result = await gql(client, CHANGE, variables, token=token)
        assert result["data"]["changePassword"]["errors"] == [{"field": field, "code": code}]
    stored = await User.get(id=user.id)
    assert stored.password_hash == user.password_hash
    assert (await gql(client, "{ me { email } }", token=token))["data"]["me"]


async def test_change_password_needs_a_login(client: httpx.AsyncClient) -> None:
    result = await gql(client, CHANGE, {"c": PASSWORD, "n": NEW})
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_reset_by_mailed_single_use_link(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    session = await login_token(client, "a@qifu.cn")
    requested = await gql(client, REQUEST_RESET, {"e": "A@qifu.cn"})
    assert requested["data"]["requestPasswordReset"]["errors"] == []
    mail = await last_mail_to("a@qifu.cn")
    assert mail.subject == "【企服】重置密码" and "30 分钟" in mail.payload["text"]
    token = link_token(mail)

    done = await gql(client, RESET, {"t": token, "p": NEW})
    assert done["data"]["resetPassword"]["errors"] == []
    assert (await gql(client, "{ me { email } }", token=session))["data"]["me"] is None
    again = await gql(client, RESET, {"t": token, "p": "Another-Pass-8"})
    assert again["data"]["resetPassword"]["errors"] == [{"field": "token", "code": "INVALID_TOKEN"}]
    login = await gql(client, LOGIN, {"e": "a@qifu.cn", "p": NEW})
    assert login["data"]["login"]["errors"] == []


async def test_reset_link_expires_after_30_minutes(client: httpx.AsyncClient) -> None:
    user = await make_user("a@qifu.cn")
    await gql(client, REQUEST_RESET, {"e": "a@qifu.cn"})
    token = link_token(await last_mail_to("a@qifu.cn"))
    clock.advance(timedelta(minutes=31))
    result = await gql(client, RESET, {"t": token, "p": NEW})
    errors = result["data"]["resetPassword"]["errors"]
    assert errors == [{"field": "token", "code": "TOKEN_EXPIRED"}]
    assert (await User.get(id=user.id)).password_hash == user.password_hash


async def test_a_newer_reset_kills_older_links(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    await gql(client, REQUEST_RESET, {"e": "a@qifu.cn"})
    older = link_token(await last_mail_to("a@qifu.cn"))
    await gql(client, REQUEST_RESET, {"e": "a@qifu.cn"})
    newer = link_token(await last_mail_to("a@qifu.cn"))
    assert (await gql(client, RESET, {"t": newer, "p": NEW}))["data"]["resetPassword"][
        "errors"
    ] == []
    stale = await gql(client, RESET, {"t": older, "p": "Another-Pass-8"})
    assert stale["data"]["resetPassword"]["errors"][0]["code"] == "INVALID_TOKEN"


async def test_reset_request_for_unknown_email_looks_the_same_and_sends_nothing(
    client: httpx.AsyncClient,
) -> None:
    await make_user("a@qifu.cn")
    before = await OutboxMessage.all().count()
    known = await gql(client, REQUEST_RESET, {"e": "a@qifu.cn"})
    unknown = await gql(client, REQUEST_RESET, {"e": "ghost@qifu.cn"})
    assert known["data"] == unknown["data"]
    assert await OutboxMessage.all().count() == before + 1


async def test_reset_with_weak_password_keeps_the_link_usable(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    await gql(client, REQUEST_RESET, {"e": "a@qifu.cn"})
    token = link_token(await last_mail_to("a@qifu.cn"))
    weak = await gql(client, RESET, {"t": token, "p": "weak"})
    assert weak["data"]["resetPassword"]["errors"] == [
        {"field": "newPassword", "code": "WEAK_PASSWORD"}
    ]
    ok = await gql(client, RESET, {"t": token, "p": NEW})
    assert ok["data"]["resetPassword"]["errors"] == []


def test_production_uses_argon2id_at_or_above_owasp(settings: Settings) -> None:
    configure(settings.model_copy(update={"env": "production", "secret_key": "x" * 40}))
    params: Parameters = extract_parameters(passwords.hash_password("Some-Pass-123"))
    assert params.type is Type.ID
    assert params.memory_cost >= 19456 and params.time_cost >= 2 and params.parallelism >= 1
    assert (params.time_cost, params.memory_cost, params.parallelism) == (3, 65536, 4)


def test_policy() -> None:
    assert passwords.check_policy("Abcdefg1", "x@y.cn") is None
    assert passwords.check_policy("abcdefg1!", "x@y.cn") is None
    assert passwords.check_policy("abcdefgh1", "x@y.cn") is not None  # two classes
    assert passwords.check_policy("Ab1!", "x@y.cn") is not None  # too short
    assert passwords.check_policy("Zhangsan-2026", "zhangsan@y.cn") is not None
