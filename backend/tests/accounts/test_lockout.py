"""Login throttling: per email (existing or not), per client IP, aliases, trusted proxies."""

from __future__ import annotations

from datetime import timedelta

import httpx
from strawberry import relay

from qifu.accounts.models import Role
from qifu.app import create_app
from qifu.core import clock
from qifu.core.models import AuditEvent
from qifu.settings import Settings
from tests.support import PASSWORD, gql, login_token, make_user

LOGIN = """mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p,
  refreshTokenDelivery: BODY}) { auth { accessToken } errors { code message } } }"""
UNLOCK = """mutation($id: ID!) { unlockUser(input: {userId: $id}) {
  user { email lockedUntil } errors { field code } } }"""


def aliased_logins(count: int) -> str:
    return " ".join(
        f'a{i}: login(input: {{email: "a@qifu.cn", password: "Guess-{i}-Xx"}}) '
        "{ errors { code } }"
        for i in range(count)
    )


async def attempt(client: httpx.AsyncClient, email: str, password: str) -> dict:
    return (await gql(client, LOGIN, {"e": email, "p": password}))["data"]["login"]


async def test_five_failures_lock_the_email_for_15_minutes(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    answers = [await attempt(client, "a@qifu.cn", "Wrong-Pass-1") for _ in range(5)]
    assert all(a["errors"][0]["code"] == "INVALID_CREDENTIALS" for a in answers)
    locked = await attempt(client, "a@qifu.cn", PASSWORD)
    # The locked answer is the wrong-password answer: nothing to learn from it.
    assert locked == answers[0]
    clock.advance(timedelta(minutes=14))
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"]
    clock.advance(timedelta(minutes=2))
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"] == []


async def test_failures_outside_the_window_do_not_add_up(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    for _ in range(4):
        await attempt(client, "a@qifu.cn", "Wrong-Pass-1")
    clock.advance(timedelta(minutes=16))
    for _ in range(4):
        await attempt(client, "a@qifu.cn", "Wrong-Pass-1")
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"] == []


async def test_unknown_emails_lock_the_same_way(client: httpx.AsyncClient) -> None:
    answers = [await attempt(client, "ghost@qifu.cn", "Wrong-Pass-1") for _ in range(6)]
    assert len({str(a) for a in answers}) == 1
    await make_user("ghost@qifu.cn")  # registered while locked: still locked
    assert (await attempt(client, "ghost@qifu.cn", PASSWORD))["errors"]


async def test_email_variants_share_one_counter(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    for variant in ("a@qifu.cn", "A@QIFU.CN", " a@qifu.cn", "a@Qifu.cn ", "A@qifu.cn"):
        await attempt(client, variant, "Wrong-Pass-1")
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"]


async def test_aliases_cannot_multiply_attempts(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    many = aliased_logins(100)
    refused = await gql(client, "mutation { " + many + " }")
    assert refused.get("data") is None  # refused before any resolver ran
    few = aliased_logins(20)
    counted = await gql(client, "mutation { " + few + " }")
    assert all(v["errors"][0]["code"] == "INVALID_CREDENTIALS" for v in counted["data"].values())
    # 20 aliased failures counted as 20: the account is locked, so the right password fails.
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"]
    assert await AuditEvent.filter(action="account.login", success=False).count() >= 20


async def test_batched_requests_are_not_accepted(client: httpx.AsyncClient) -> None:
    body = [
        {"query": LOGIN, "variables": {"e": "a@qifu.cn", "p": f"Guess-{i}-Xx"}} for i in range(10)
    ]
    response = await client.post("/graphql", json=body)
    assert response.status_code == 400


async def test_one_ip_is_limited_across_many_emails(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user("real@qifu.cn")
    for i in range(settings.login_ip_max_failures):
        await attempt(client, f"spray{i}@qifu.cn", "Wrong-Pass-1")
    assert (await attempt(client, "real@qifu.cn", PASSWORD))["errors"]


async def test_forwarded_for_is_believed_only_from_trusted_proxies(settings: Settings) -> None:
    await make_user("real@qifu.cn")
    trusted = settings.model_copy(update={"trusted_proxies": ["10.0.0.0/8"]})

    async def spray(peer: str, forwarded: str, app_settings: Settings) -> None:
        app = create_app(app_settings, run_worker=False)
        transport = httpx.ASGITransport(app=app, client=(peer, 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for i in range(settings.login_ip_max_failures):
                await gql(
                    c,
                    LOGIN,
                    {"e": f"s{i}@qifu.cn", "p": "Wrong-Pass-1"},
                    headers={"x-forwarded-for": forwarded},
                )

    # An untrusted peer cannot move its failures onto another address by a header.
    await spray("192.0.2.1", "198.51.100.7", settings)
    events = await AuditEvent.filter(action="account.login", success=False).limit(1)
    assert events[0].ip == "192.0.2.1"
    # Behind a trusted proxy the forwarded client address is the one limited.
    await spray("10.0.0.2", "203.0.113.9", trusted)
    latest = await AuditEvent.filter(action="account.login").order_by("-id").first()
    assert latest is not None and latest.ip == "203.0.113.9"
    app = create_app(trusted, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("10.0.0.2", 5000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        blocked = await gql(
            c,
            LOGIN,
            {"e": "real@qifu.cn", "p": PASSWORD},
            headers={"x-forwarded-for": "203.0.113.9"},
        )
        other = await gql(
            c,
            LOGIN,
            {"e": "real@qifu.cn", "p": PASSWORD},
            headers={"x-forwarded-for": "203.0.113.10"},
        )
    assert blocked["data"]["login"]["errors"]
    assert other["data"]["login"]["errors"] == []


async def test_staff_unlock_a_locked_account(client: httpx.AsyncClient) -> None:
    await make_user("a@qifu.cn")
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    admin = await login_token(client, "admin@qifu.cn")
    for _ in range(5):
        await attempt(client, "a@qifu.cn", "Wrong-Pass-1")
    users = await gql(
        client,
        '{ users(search: "a@qifu") { edges { node { id email lockedUntil } } } }',
        token=admin,
    )
    edges = users["data"]["users"]["edges"]
    (node,) = [e["node"] for e in edges if e["node"]["email"] == "a@qifu.cn"]
    assert node["lockedUntil"] is not None
    result = await gql(client, UNLOCK, {"id": node["id"]}, token=admin)
    assert result["data"]["unlockUser"] == {
        "user": {"email": "a@qifu.cn", "lockedUntil": None},
        "errors": [],
    }
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"] == []
    assert await AuditEvent.filter(action="account.unlock").count() == 1


async def test_non_staff_cannot_unlock(client: httpx.AsyncClient) -> None:
    target = await make_user("a@qifu.cn")
    await make_user("b@qifu.cn")
    token = await login_token(client, "b@qifu.cn")
    for _ in range(5):
        await attempt(client, "a@qifu.cn", "Wrong-Pass-1")
    gid = str(relay.GlobalID("User", str(target.id)))
    result = await gql(client, UNLOCK, {"id": gid}, token=token)
    assert result["data"]["unlockUser"]["errors"] == [{"field": "userId", "code": "NOT_FOUND"}]
    assert (await attempt(client, "a@qifu.cn", PASSWORD))["errors"]
