"""Register → verification mail → verify; bad input changes nothing."""

from __future__ import annotations

import httpx
import pytest

from qifu.accounts import services as accounts
from qifu.accounts.models import User
from qifu.core.models import AuditEvent, OutboxMessage
from tests.support import PASSWORD, gql, link_token

REGISTER = """mutation($input: RegisterInput!) {
  register(input: $input) { email errors { field code message } } }"""
VERIFY = """mutation($t: String!) { verifyEmail(input: {token: $t}) {
  verified errors { field code } } }"""


def register_input(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "email": "Li.Lei@Example.cn",
        "password": PASSWORD,
        "name": "李雷",
        "phone": "138 0013 8000",
        "acceptPrivacyNotice": True,
        "privacyNoticeVersion": "2026-11",
    }
    values.update(overrides)
    return values


async def test_register_mails_a_chinese_verification_link_and_verify_enables_login(
    client: httpx.AsyncClient,
) -> None:
    result = await gql(client, REGISTER, {"input": register_input()})
    assert result["data"]["register"] == {"email": "li.lei@example.cn", "errors": []}

    user = await User.get(email="li.lei@example.cn")
    assert user.email_verified_at is None
    assert user.privacy_notice_version == "2026-11" and user.privacy_accepted_at is not None
    # The phone is stored encrypted, with a blind index for exact look-ups.
    assert "13800138000" not in user.phone_enc
    assert accounts.phone_of(user) == "13800138000"

    mail = await OutboxMessage.get(recipient="li.lei@example.cn")
    assert mail.subject == "【企服】请验证您的邮箱"
    assert "验证邮箱" in mail.payload["text"] and "<a href=" in mail.payload["html"]
    assert mail.message_id.startswith("<") and mail.message_id.endswith(">")

    verified = await gql(client, VERIFY, {"t": link_token(mail)})
    assert verified["data"]["verifyEmail"] == {"verified": True, "errors": []}
    await user.refresh_from_db()
    assert user.email_verified_at is not None

    again = await gql(client, VERIFY, {"t": link_token(mail)})
    assert again["data"]["verifyEmail"]["errors"][0]["code"] == "INVALID_TOKEN"


async def test_unverified_account_cannot_log_in(client: httpx.AsyncClient) -> None:
    await gql(client, REGISTER, {"input": register_input()})
    result = await gql(
        client,
        """mutation($p: String!) { login(input: {email: "li.lei@example.cn", password: $p}) {
             auth { accessToken } errors { code } } }""",
        {"p": PASSWORD},
    )
    assert result["data"]["login"] == {"auth": None, "errors": [{"code": "EMAIL_NOT_VERIFIED"}]}


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"email": "not-an-email"}, "email", "INVALID_EMAIL"),
        ({"email": ""}, "email", "REQUIRED"),
        ({"password": "short1A"}, "password", "WEAK_PASSWORD"),
        ({"password": "alllowercase1"}, "password", "WEAK_PASSWORD"),
        ({"password": "Li.lei-2026!"}, "password", "WEAK_PASSWORD"),  # contains the email's name
        ({"name": "  "}, "name", "REQUIRED"),
        ({"name": "名" * 101}, "name", "TOO_LONG"),
        ({"phone": "12345"}, "phone", "INVALID_PHONE"),
        ({"acceptPrivacyNotice": False}, "acceptPrivacyNotice", "PRIVACY_NOT_ACCEPTED"),
        ({"privacyNoticeVersion": "2020-01"}, "acceptPrivacyNotice", "PRIVACY_NOT_ACCEPTED"),
    ],
)
async def test_bad_input_gets_a_user_error_and_changes_nothing(
    client: httpx.AsyncClient, overrides: dict[str, object], field: str, code: str
) -> None:
    result = await gql(client, REGISTER, {"input": register_input(**overrides)})
    errors = result["data"]["register"]["errors"]
    assert {"field": field, "code": code} in [
        {"field": e["field"], "code": e["code"]} for e in errors
    ]
    assert all(e["message"] for e in errors)
    assert await User.all().count() == 0
    assert await OutboxMessage.all().count() == 0


async def test_all_field_errors_are_reported_at_once(client: httpx.AsyncClient) -> None:
    result = await gql(
        client, REGISTER, {"input": register_input(email="x", password="x", name="")}
    )
    fields = {e["field"] for e in result["data"]["register"]["errors"]}
    assert fields == {"email", "password", "name"}


async def test_messages_follow_accept_language(client: httpx.AsyncClient) -> None:
    result = await gql(
        client,
        REGISTER,
        {"input": register_input(email="bad")},
        headers={"accept-language": "en-US,en;q=0.9"},
    )
    assert result["data"]["register"]["errors"][0]["message"] == "Not a valid email address"


async def test_registering_an_existing_email_reveals_nothing_and_mails_the_owner(
    client: httpx.AsyncClient,
) -> None:
    first = await gql(client, REGISTER, {"input": register_input()})
    second = await gql(client, REGISTER, {"input": register_input(name="冒名者")})
    assert first["data"] == second["data"]
    assert await User.filter(email="li.lei@example.cn").count() == 1
    user = await User.get(email="li.lei@example.cn")
    assert user.name == "李雷"
    subjects = [m.subject for m in await OutboxMessage.all().order_by("id")]
    assert subjects == ["【企服】请验证您的邮箱", "【企服】该邮箱已注册"]


async def test_registration_is_audited(client: httpx.AsyncClient) -> None:
    await gql(client, REGISTER, {"input": register_input()})
    event = await AuditEvent.get(action="account.register")
    assert event.success and event.ip == "127.0.0.1"


async def test_resend_verification_answers_the_same_for_unknown_email(
    client: httpx.AsyncClient,
) -> None:
    await gql(client, REGISTER, {"input": register_input()})
    query = """mutation($e: String!) { resendVerificationEmail(input: {email: $e}) {
                 errors { code } } }"""
    known = await gql(client, query, {"e": "li.lei@example.cn"})
    unknown = await gql(client, query, {"e": "nobody@example.cn"})
    assert known["data"] == unknown["data"]
    assert await OutboxMessage.filter(recipient="li.lei@example.cn").count() == 2
    assert await OutboxMessage.filter(recipient="nobody@example.cn").count() == 0
