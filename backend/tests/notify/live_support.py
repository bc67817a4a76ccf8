"""A real server on a loopback port (WebSockets need one) and a graphql-transport-ws client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import websockets
from websockets.asyncio.client import ClientConnection

from qifu.app import create_app
from qifu.notify import live
from qifu.settings import Settings
from tests.conftest import free_port
from tests.core.cli import BACKEND

SUBSCRIPTION = "subscription { notificationAdded { id kind title link readAt } }"
PROTOCOL = "graphql-transport-ws"


@contextlib.asynccontextmanager
async def live_server(settings: Settings) -> AsyncIterator[str]:
    """This process's app served by uvicorn (the test owns Tortoise, so no lifespan: the
    notification listener is started here as the lifespan would). Yields the ws:// URL."""
    port = free_port()
    app = create_app(settings, run_worker=False)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, lifespan="off", log_config=None, ws="websockets-sansio"
    )
    server = uvicorn.Server(config)
    await live.start(settings)
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(500):
            if server.started:
                break
            await asyncio.sleep(0.01)
        assert server.started, "the test server did not start"
        yield f"ws://127.0.0.1:{port}/graphql"
    finally:
        server.should_exit = True
        await task
        await live.stop()


@contextlib.asynccontextmanager
async def qifu_serve(settings: Settings, data_dir: Path) -> AsyncIterator[str]:
    """A second API process: a real `qifu serve` on its own port, same database.
    Yields its http:// base URL once it is healthy."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QIFU_")}
    env.update(
        QIFU_ENV="test",
        QIFU_DATABASE_URL=settings.database_url,
        QIFU_DATA_DIR=str(data_dir),
        QIFU_EMBEDDED_WORKER="false",
        PYTHONPATH=str(BACKEND),
    )
    log = (data_dir / "serve.log").open("wb")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "qifu.cli",
        "serve",
        "--port",
        str(port),
        cwd=data_dir,
        env=env,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base) as http:
            for _ in range(300):
                assert process.returncode is None, (data_dir / "serve.log").read_text()
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get("/healthz")).status_code == 200:
                        break
                await asyncio.sleep(0.1)
            else:
                raise AssertionError("qifu serve did not become healthy")
        yield base
    finally:
        if process.returncode is None:
            process.terminate()
            await asyncio.wait_for(process.wait(), timeout=20)
        log.close()


class Subscriber:
    """One WebSocket with the notificationAdded subscription, as the SPA opens it."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws

    async def message(self, within: float = 5) -> dict[str, Any]:
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), within)
            assert isinstance(raw, str), "graphql-transport-ws needs text frames"
            message: dict[str, Any] = json.loads(raw)
            if message["type"] == "ping":
                await self.ws.send(json.dumps({"type": "pong"}))
                continue
            return message

    async def notification(self, within: float = 5) -> dict[str, Any]:
        message = await self.message(within)
        assert message["type"] == "next", message
        assert "errors" not in message["payload"], message
        notification: dict[str, Any] = message["payload"]["data"]["notificationAdded"]
        return notification

    async def nothing(self, within: float = 1.0) -> None:
        with contextlib.suppress(TimeoutError):
            message = await self.message(within)
            raise AssertionError(f"unexpected message: {message}")


@contextlib.asynccontextmanager
async def subscribe(url: str, token: str | None) -> AsyncIterator[Subscriber]:
    async with websockets.connect(url, subprotocols=[PROTOCOL]) as ws:  # type: ignore[list-item]
        init: dict[str, Any] = {"type": "connection_init", "payload": {}}
        if token:
            init["payload"]["authorization"] = f"Bearer {token}"
        await ws.send(json.dumps(init))
        subscriber = Subscriber(ws)
        assert (await subscriber.message())["type"] == "connection_ack"
        await ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        )
        yield subscriber


async def until_subscribed(user_id: int, count: int = 1) -> None:
    """Wait until this process's hub holds the user's subscription(s)."""
    for _ in range(500):
        if live.hub.subscribers(user_id) >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"user {user_id} never subscribed")
