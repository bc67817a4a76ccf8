"""Second factor: staff must enrol at first login; codes, recovery codes, replay, reset."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pyotp
from strawberry import relay

from qifu.accounts.models import Role, User
from qifu.accounts.services import grant_role
from qifu.core import clock
from qifu.core.models import AuditEvent
from tests.support import PASSWORD, gql, login_token, make_user

LOGIN = """mutation($e: String!, $p: String!, $t: String, $r: String) {
  login(input: {email: $e, password: $p, totpCode: $t, recoveryCode: $r,
                refreshTokenDelivery: BODY}) {
    auth { accessToken user { totpEnabled totpRequired } }
    totpRequired totpEnrolmentRequired enrolmentToken errors { field code } } }"""
START = """mutation($t: String) { startTotpEnrolment(input: {enrolmentToken: $t}) {
  secret otpauthUri qrCode errors { field code } } }"""
CONFIRM = """mutation($c: String!, $t: String) {
  confirmTotpEnrolment(input: {code: $c, enrolmentToken: $t, refreshTokenDelivery: BODY}) {
    recoveryCodes auth { accessToken } errors { field code } } }"""


async def login(client: httpx.AsyncClient, email: str, **extra: Any) -> dict[str, Any]:
    variables = {"e": email, "p": PASSWORD, "t": None, "r": None, **extra}
    return (await gql(client, LOGIN, variables))["data"]["login"]


async def enrol_at_login(client: httpx.AsyncClient, email: str) -> tuple[str, list[str]]:
    first = await login(client, email)
    assert first["auth"] is None and first["totpEnrolmentRequired"]
    token = first["enrolmentToken"]
    started = (await gql(client, START, {"t": token}))["data"]["startTotpEnrolment"]
    assert started["errors"] == []
    assert started["otpauthUri"].startswith("otpauth://totp/")
    assert started["qrCode"].startswith("data:image/svg+xml;base64,")
    secret = started["secret"]
    confirmed = (await gql(client, CONFIRM, {"c": pyotp.TOTP(secret).at(clock.now()), "t": token}))[
        "data"
    ]["confirmTotpEnrolment"]
    assert confirmed["errors"] == [] and confirmed["auth"]["accessToken"]
    return secret, confirmed["recoveryCodes"]


async def make_operator_without_totp(email: str) -> User:
    user = await make_user(email)
    await grant_role(user, Role.OPERATOR)
    return user


async def test_operator_must_enrol_then_logs_in_with_a_code(client: httpx.AsyncClient) -> None:
    await make_operator_without_totp("op@qifu.cn")
    secret, codes = await enrol_at_login(client, "op@qifu.cn")
    assert len(codes) == 10 and len(set(codes)) == 10

    clock.advance(timedelta(seconds=30))
    challenge = await login(client, "op@qifu.cn")
    assert challenge["totpRequired"] and challenge["auth"] is None
    ok = await login(client, "op@qifu.cn", t=pyotp.TOTP(secret).at(clock.now()))
    assert ok["errors"] == [] and ok["auth"]["user"] == {"totpEnabled": True, "totpRequired": True}


async def test_a_code_cannot_be_replayed(client: httpx.AsyncClient) -> None:
    await make_operator_without_totp("op@qifu.cn")
    secret, _ = await enrol_at_login(client, "op@qifu.cn")
    clock.advance(timedelta(seconds=30))
    code = pyotp.TOTP(secret).at(clock.now())
    assert (await login(client, "op@qifu.cn", t=code))["errors"] == []
    replay = await login(client, "op@qifu.cn", t=code)
    assert replay["errors"] == [{"field": "totpCode", "code": "INVALID_TOTP"}]


async def test_recovery_codes_work_once(client: httpx.AsyncClient) -> None:
    await make_operator_without_totp("op@qifu.cn")
    _, codes = await enrol_at_login(client, "op@qifu.cn")
    used = await login(client, "op@qifu.cn", r=codes[0].upper())
    assert used["errors"] == [] and used["auth"]
    again = await login(client, "op@qifu.cn", r=codes[0])
    assert again["errors"] == [{"field": "recoveryCode", "code": "INVALID_TOTP"}]
    token = used["auth"]["accessToken"]
    me = await gql(client, "{ me { recoveryCodesLeft } }", token=token)
    assert me["data"]["me"]["recoveryCodesLeft"] == 9


async def test_wrong_codes_count_towards_the_lock(client: httpx.AsyncClient) -> None:
    await make_operator_without_totp("op@qifu.cn")
    secret, _ = await enrol_at_login(client, "op@qifu.cn")
    for _ in range(5):
        assert (await login(client, "op@qifu.cn", t="000000"))["errors"][0]["code"] in {
            "INVALID_TOTP",
            "INVALID_CREDENTIALS",
        }
    clock.advance(timedelta(seconds=30))
    locked = await login(client, "op@qifu.cn", t=pyotp.TOTP(secret).at(clock.now()))
    assert locked["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_enrolment_token_is_needed_and_only_works_for_its_user(
    client: httpx.AsyncClient,
) -> None:
    anonymous = await gql(client, START, {"t": None})
    assert anonymous["data"]["startTotpEnrolment"]["errors"][0]["code"] == "INVALID_TOKEN"
    forged = await gql(client, START, {"t": "not-a-token"})
    assert forged["data"]["startTotpEnrolment"]["errors"][0]["code"] == "INVALID_TOKEN"
    await make_operator_without_totp("op@qifu.cn")
    token = (await login(client, "op@qifu.cn"))["enrolmentToken"]
    clock.advance(timedelta(minutes=11))
    expired = await gql(client, START, {"t": token})
    assert expired["data"]["startTotpEnrolment"]["errors"][0]["code"] == "INVALID_TOKEN"


async def test_wrong_first_code_does_not_enable(client: httpx.AsyncClient) -> None:
    user = await make_operator_without_totp("op@qifu.cn")
    token = (await login(client, "op@qifu.cn"))["enrolmentToken"]
    await gql(client, START, {"t": token})
    wrong = await gql(client, CONFIRM, {"c": "123456", "t": token})
    assert wrong["data"]["confirmTotpEnrolment"]["errors"] == [
        {"field": "code", "code": "INVALID_TOTP"}
    ]
    assert (await User.get(id=user.id)).totp_enabled_at is None


async def test_ordinary_users_may_opt_in_and_out(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    token = await login_token(client, "a@qifu.cn")
    started = (await gql(client, START, {}, token=token))["data"]["startTotpEnrolment"]
    code = pyotp.TOTP(started["secret"]).at(clock.now())
    confirmed = (await gql(client, CONFIRM, {"c": code}, token=token))["data"][
        "confirmTotpEnrolment"
    ]
    assert confirmed["errors"] == [] and confirmed["auth"] is None
    assert (await login(client, "a@qifu.cn"))["totpRequired"]
    disable = """mutation($p: String!) { disableTotp(input: {password: $p}) {
                   user { totpEnabled } errors { code } } }"""
    off = (await gql(client, disable, {"p": PASSWORD}, token=token))["data"]["disableTotp"]
    assert off == {"user": {"totpEnabled": False}, "errors": []}
    assert (await login(client, "a@qifu.cn"))["auth"]


async def test_staff_cannot_turn_the_second_factor_off(client: httpx.AsyncClient) -> None:
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    token = await login_token(client, "op@qifu.cn")
    result = await gql(
        client,
        "mutation($p: String!) { disableTotp(input: {password: $p}) { errors { code } } }",
        {"p": PASSWORD},
        token=token,
    )
    assert result["data"]["disableTotp"]["errors"] == [{"code": "TOTP_REQUIRED_FOR_ROLE"}]


async def test_hub_admin_resets_a_lost_second_factor(client: httpx.AsyncClient) -> None:
    op = await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    op_session = await login_token(client, "op@qifu.cn")
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    admin = await login_token(client, "admin@qifu.cn")
    reset = """mutation($id: ID!) { resetUserTotp(input: {userId: $id}) {
                 user { totpEnabled } errors { code } } }"""
    gid = str(relay.GlobalID("User", str(op.id)))
    # Another operator may not.
    denied = await gql(client, reset, {"id": gid}, token=op_session)
    assert denied["data"]["resetUserTotp"]["errors"] == [{"code": "NOT_FOUND"}]
    done = await gql(client, reset, {"id": gid}, token=admin)
    assert done["data"]["resetUserTotp"] == {"user": {"totpEnabled": False}, "errors": []}
    assert (await gql(client, "{ me { email } }", token=op_session))["data"]["me"] is None
    assert (await login(client, "op@qifu.cn"))["totpEnrolmentRequired"]
    event = await AuditEvent.get(action="account.totp_reset")
    assert event.actor_label == "admin@qifu.cn"


async def test_first_staff_login_is_audited_with_the_actor(client: httpx.AsyncClient) -> None:
    await make_operator_without_totp("op@qifu.cn")
    await enrol_at_login(client, "op@qifu.cn")
    events = {e.action: e for e in await AuditEvent.filter(actor_label="op@qifu.cn")}
    assert {"account.totp_start", "account.totp_enable", "account.login"} <= set(events)
    assert events["account.login"].detail == {"second_factor": "enrolment"}
