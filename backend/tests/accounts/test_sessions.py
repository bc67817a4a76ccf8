"""Login, refresh rotation with reuse detection, logout, idle and absolute session limits."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx

from qifu.accounts.models import Role, Session
from qifu.core import clock
from qifu.core.models import AuditEvent
from tests.support import PASSWORD, TOTP_SECRETS, gql, make_user, totp_code

LOGIN = """mutation($e: String!, $p: String!, $d: RefreshTokenDelivery!, $t: String) {
  login(input: {email: $e, password: $p, refreshTokenDelivery: $d, totpCode: $t}) {
    auth { accessToken accessTokenExpiresAt refreshToken user { email name } }
    errors { field code message } } }"""
REFRESH = """mutation($t: String, $d: RefreshTokenDelivery!) {
  refreshToken(input: {refreshToken: $t, refreshTokenDelivery: $d}) {
    auth { accessToken refreshToken } errors { code } } }"""
ME = "{ me { email name phone roles { role scopeType } } }"


async def login_body(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict:
    code = totp_code(email) if email in TOTP_SECRETS else None
    result = await gql(client, LOGIN, {"e": email, "p": password, "d": "BODY", "t": code})
    return result["data"]["login"]


async def test_login_with_body_delivery_returns_both_tokens(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn", name="甲")
    payload = await login_body(client, "A@Qifu.cn ")
    assert payload["errors"] == []
    auth = payload["auth"]
    assert auth["refreshToken"] and auth["user"] == {"email": "a@qifu.cn", "name": "甲"}
    me = await gql(client, ME, token=auth["accessToken"])
    assert me["data"]["me"]["email"] == "a@qifu.cn"


async def test_spa_login_sets_an_httponly_strict_cookie_and_refreshes_through_it(
    client: httpx.AsyncClient,
) -> None:
    await make_user("a@qifu.cn")
    response = await client.post(
        "/graphql",
        json={"query": LOGIN, "variables": {"e": "a@qifu.cn", "p": PASSWORD, "d": "COOKIE"}},
    )
    body = response.json()["data"]["login"]
    assert body["auth"]["refreshToken"] is None
    cookie = response.headers["set-cookie"]
    assert "qifu_refresh=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Path=/graphql" in cookie

    refreshed = await gql(client, REFRESH, {"t": None, "d": "COOKIE"})
    assert refreshed["data"]["refreshToken"]["errors"] == []
    assert refreshed["data"]["refreshToken"]["auth"]["accessToken"]


async def test_wrong_password_and_unknown_email_get_the_same_answer(
    client: httpx.AsyncClient,
) -> None:
    await make_user("a@qifu.cn")
    wrong = await login_body(client, "a@qifu.cn", "Wrong-Pass-99")
    unknown = await login_body(client, "nobody@qifu.cn", "Wrong-Pass-99")
    assert wrong == unknown
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_refresh_rotates_and_old_token_is_refused_after_grace(
    client: httpx.AsyncClient,
) -> None:
    await make_user("a@qifu.cn")
    first = (await login_body(client, "a@qifu.cn"))["auth"]
    second = (await gql(client, REFRESH, {"t": first["refreshToken"], "d": "BODY"}))["data"][
        "refreshToken"
    ]["auth"]
    assert second["refreshToken"] != first["refreshToken"]

    clock.advance(timedelta(seconds=31))
    reused = await gql(client, REFRESH, {"t": first["refreshToken"], "d": "BODY"})
    assert reused["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]
    # The whole family is revoked: the legitimate successor no longer works either …
    successor = await gql(client, REFRESH, {"t": second["refreshToken"], "d": "BODY"})
    assert successor["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]
    # … nor does the access token issued with it.
    me = await gql(client, ME, token=second["accessToken"])
    assert me["data"]["me"] is None
    assert await AuditEvent.filter(action="account.refresh_reuse").count() == 1


async def test_two_tabs_refreshing_at_once_get_the_same_successor(
    client: httpx.AsyncClient,
) -> None:
    await make_user("a@qifu.cn")
    first = (await login_body(client, "a@qifu.cn"))["auth"]
    results = await asyncio.gather(
        *[gql(client, REFRESH, {"t": first["refreshToken"], "d": "BODY"}) for _ in range(2)]
    )
    tokens = {r["data"]["refreshToken"]["auth"]["refreshToken"] for r in results}
    assert len(tokens) == 1
    (successor,) = tokens
    # Within the grace window the old token still yields that same successor, which works.
    clock.advance(timedelta(seconds=20))
    again = await gql(client, REFRESH, {"t": first["refreshToken"], "d": "BODY"})
    assert again["data"]["refreshToken"]["auth"]["refreshToken"] == successor
    ok = await gql(client, REFRESH, {"t": successor, "d": "BODY"})
    assert ok["data"]["refreshToken"]["errors"] == []


async def test_unknown_refresh_token_is_refused(client: httpx.AsyncClient) -> None:
    result = await gql(client, REFRESH, {"t": "made-up", "d": "BODY"})
    assert result["data"]["refreshToken"]["errors"] == [{"code": "INVALID_TOKEN"}]


async def test_logout_revokes_access_and_refresh_at_once(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    auth = (await login_body(client, "a@qifu.cn"))["auth"]
    out = await gql(
        client,
        "mutation($t: String) { logout(input: {refreshToken: $t}) { errors { code } } }",
        {"t": auth["refreshToken"]},
        token=auth["accessToken"],
    )
    assert out["data"]["logout"]["errors"] == []
    assert (await gql(client, ME, token=auth["accessToken"]))["data"]["me"] is None
    refreshed = await gql(client, REFRESH, {"t": auth["refreshToken"], "d": "BODY"})
    assert refreshed["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]


async def test_session_ends_after_30_idle_minutes_for_users(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    auth = (await login_body(client, "a@qifu.cn"))["auth"]
    clock.advance(timedelta(minutes=29))
    ok = await gql(client, REFRESH, {"t": auth["refreshToken"], "d": "BODY"})
    assert ok["data"]["refreshToken"]["errors"] == []
    token = ok["data"]["refreshToken"]["auth"]["refreshToken"]
    clock.advance(timedelta(minutes=31))
    expired = await gql(client, REFRESH, {"t": token, "d": "BODY"})
    assert expired["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]


async def test_staff_sessions_end_after_15_idle_minutes(client: httpx.AsyncClient) -> None:
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    auth = (await login_body(client, "op@qifu.cn"))["auth"]
    clock.advance(timedelta(minutes=16))
    expired = await gql(client, REFRESH, {"t": auth["refreshToken"], "d": "BODY"})
    assert expired["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]


async def test_sessions_end_after_7_days_however_active(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    token = (await login_body(client, "a@qifu.cn"))["auth"]["refreshToken"]
    for _ in range(7 * 24 * 60 // 20):  # refresh every 20 minutes for a week
        clock.advance(timedelta(minutes=20))
        result = await gql(client, REFRESH, {"t": token, "d": "BODY"})
        if result["data"]["refreshToken"]["errors"]:
            break
        token = result["data"]["refreshToken"]["auth"]["refreshToken"]
    assert result["data"]["refreshToken"]["errors"] == [{"code": "SESSION_EXPIRED"}]
    session = await Session.all().first()
    assert session is not None
    assert clock.now() - session.created_at >= timedelta(days=7)
    assert clock.now() - session.created_at < timedelta(days=7, minutes=21)


async def test_access_token_expires_after_15_minutes(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    auth = (await login_body(client, "a@qifu.cn"))["auth"]
    clock.advance(timedelta(minutes=15, seconds=1))
    result = await gql(client, "{ users { totalCount } }", token=auth["accessToken"])
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_me_tells_a_rejected_token_from_no_token(client: httpx.AsyncClient) -> None:
    anonymous = await gql(client, ME)
    assert anonymous == {"data": {"me": None}}
    await make_user("a@qifu.cn")
    auth = (await login_body(client, "a@qifu.cn"))["auth"]
    clock.advance(timedelta(minutes=31))  # idle: the session has ended
    rejected = await gql(client, ME, token=auth["accessToken"])
    assert rejected["data"]["me"] is None
    assert rejected["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
