"""notificationAdded: each subscriber gets its own user's new notifications, live, only once
they are committed — also when they are written by another API process (PostgreSQL)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from qifu.accounts.models import Session
from qifu.core import clock
from qifu.notify import live as live_events
from qifu.notify import services as inbox
from qifu.settings import Settings
from tests.conftest import DIALECT
from tests.engagements.support import S, drive, gid, make_world
from tests.notify.live_support import live_server, qifu_serve, subscribe, until_subscribed
from tests.support import gql, login_token, make_user


async def notify_in_transaction(user_id: int, title: str) -> None:
    async with in_transaction():
        await inbox.notify([user_id], kind="test.live", title=title, link="/inbox")


async def test_each_subscriber_gets_only_its_own_notifications(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    alice = await make_user("alice@qifu.cn")
    bob = await make_user("bob@qifu.cn")
    alice_token = await login_token(client, "alice@qifu.cn")
    bob_token = await login_token(client, "bob@qifu.cn")
    async with (
        live_server(settings) as url,
        subscribe(url, alice_token) as alice_live,
        subscribe(url, bob_token) as bob_live,
    ):
        await until_subscribed(alice.id)
        await until_subscribed(bob.id)

        await notify_in_transaction(alice.id, "给 Alice 的通知")
        got = await alice_live.notification()
        assert got["title"] == "给 Alice 的通知"
        assert got["kind"] == "test.live" and got["link"] == "/inbox" and got["readAt"] is None
        await bob_live.nothing()

        # Bob's subscription works: it was silent because nothing was his.
        await inbox.notify([alice.id, bob.id], kind="test.live", title="给两位的通知")
        bobs = await bob_live.notification()
        assert bobs["title"] == "给两位的通知"
        assert (await alice_live.notification())["title"] == "给两位的通知"
        await alice_live.nothing(0.3)
        await bob_live.nothing(0.3)

        # What arrives is the inbox's own row, under the same id.
        mine = await gql(client, "{ myNotifications { edges { node { id } } } }", token=bob_token)
        assert mine["data"]["myNotifications"]["edges"][0]["node"]["id"] == bobs["id"]


async def test_a_rolled_back_notification_is_never_announced(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    alice = await make_user("alice@qifu.cn")
    token = await login_token(client, "alice@qifu.cn")
    async with live_server(settings) as url, subscribe(url, token) as live:
        await until_subscribed(alice.id)
        with pytest.raises(RuntimeError):
            async with in_transaction():
                await inbox.notify([alice.id], kind="test.live", title="回滚的通知")
                raise RuntimeError("the change failed")
        await live.nothing()

        # A savepoint inside, committed with the rest.
        async with in_transaction(), in_transaction():
            await inbox.notify([alice.id], kind="test.live", title="提交的通知")
        assert (await live.notification())["title"] == "提交的通知"
        await live.nothing(0.3)


async def test_anonymous_and_ended_sessions_are_refused(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    alice = await make_user("alice@qifu.cn")
    token = await login_token(client, "alice@qifu.cn")
    async with live_server(settings) as url:
        for credentials in (None, "not-a-token"):
            async with subscribe(url, credentials) as anonymous:
                refused = await anonymous.message()
                assert refused["type"] in {"next", "error"}, refused
                errors = refused["payload"]
                errors = errors["errors"] if isinstance(errors, dict) else errors
                assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"

        # A session revoked while the subscription is open ends it at the next event.
        async with subscribe(url, token) as live:
            await until_subscribed(alice.id)
            await Session.filter(user_id=alice.id).update(revoked_at=clock.now())
            await inbox.notify([alice.id], kind="test.live", title="登出之后")
            ended = await live.message()
            assert ended["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

        # And a revoked session cannot subscribe again.
        async with subscribe(url, token) as again:
            refused = await again.message()
            assert refused["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.skipif(DIALECT != "postgres", reason="LISTEN/NOTIFY across processes: PostgreSQL")
async def test_a_notification_written_by_another_api_process_reaches_only_its_user(
    settings: Settings, client: httpx.AsyncClient, tmp_path: Path
) -> None:
    world = await make_world(client)
    engagement = await drive(world, S.REQUESTED)
    enterprise, other = world.users["e1_admin"], world.users["e2_admin"]
    async with (
        live_server(settings) as url,
        subscribe(url, world.tokens["e1_admin"]) as enterprise_live,
        subscribe(url, world.tokens["e2_admin"]) as other_live,
        qifu_serve(settings, tmp_path) as second,
    ):
        await until_subscribed(enterprise.id)
        await until_subscribed(other.id)
        async with httpx.AsyncClient(base_url=second) as http:
            answer = await gql(
                http,
                """mutation($input: EngagementNoteInput!) {
                     investigateEngagement(input: $input) { errors { code } } }""",
                {"input": {"engagementId": gid("Engagement", engagement.id), "note": "已沟通"}},
                token=world.tokens["i1_member"],
            )
        assert answer["data"]["investigateEngagement"]["errors"] == [], answer
        got = await enterprise_live.notification(within=10)
        assert got["kind"].startswith("engagement.")
        assert got["link"] == f"/engagements/{gid('Engagement', engagement.id)}"
        await other_live.nothing()


@pytest.mark.skipif(DIALECT != "postgres", reason="the LISTEN connection: PostgreSQL")
async def test_the_listener_reconnects_when_its_connection_drops(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    alice = await make_user("alice@qifu.cn")
    token = await login_token(client, "alice@qifu.cn")
    async with live_server(settings) as url, subscribe(url, token) as live:
        await until_subscribed(alice.id)
        listener = live_events._listener
        assert listener is not None and listener.connected.is_set()
        killed = await connections.get("default").execute_query_dict(
            "SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
        )
        assert killed[0]["n"] == 1
        for _ in range(500):
            if not listener.connected.is_set():
                break
            await asyncio.sleep(0.01)
        await asyncio.wait_for(listener.connected.wait(), 10)

        await notify_in_transaction(alice.id, "重连之后")
        assert (await live.notification())["title"] == "重连之后"
