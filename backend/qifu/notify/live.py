"""Live announcements of new notifications, for the ``notificationAdded`` subscription.

A notification is announced only once the transaction that wrote it has committed, and an
announcement carries nothing but ids (recipient, notification): each subscriber loads the row
itself, only for its own user, so a rolled-back or foreign notification is never shown.

- **PostgreSQL**: ``announce`` runs ``pg_notify`` inside the writer's transaction; PostgreSQL
  delivers it on commit (and drops it on rollback) to every API process, each of which holds
  one ``LISTEN`` connection (``start``/``stop`` from the app's lifespan; reconnects if it drops)
  and hands the ids to its local subscribers.
- **SQLite** (one embedded process): the ids wait on the transaction and go to the local
  subscribers right after its commit; nothing is announced if it rolls back.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlparse, urlunparse
from weakref import WeakKeyDictionary

import asyncpg  # type: ignore[import-untyped]
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient

from qifu.settings import Settings

log = logging.getLogger("qifu.notify.live")

CHANNEL = "qifu_notifications"
# pg_notify payloads must stay under 8000 bytes: at most this many (user, id) pairs each.
PAIRS_PER_MESSAGE = 200
# Announcements a slow subscriber may have waiting before newer ones are dropped for it.
QUEUE_SIZE = 100
RECONNECT_DELAYS = (0.5, 1, 2, 5, 10)

Pair = tuple[int, int]  # (user id, notification id)


class Hub:
    """This process's subscribers, by user: each gets a queue of lists of notification ids."""

    def __init__(self) -> None:
        self._queues: dict[int, set[asyncio.Queue[list[int]]]] = defaultdict(set)

    @contextlib.contextmanager
    def subscribe(self, user_id: int) -> Iterator[asyncio.Queue[list[int]]]:
        queue: asyncio.Queue[list[int]] = asyncio.Queue(QUEUE_SIZE)
        self._queues[user_id].add(queue)
        try:
            yield queue
        finally:
            queues = self._queues.get(user_id)
            if queues is not None:
                queues.discard(queue)
                if not queues:
                    del self._queues[user_id]

    def subscribers(self, user_id: int) -> int:
        return len(self._queues.get(user_id, ()))

    def deliver(self, pairs: Iterable[Pair]) -> None:
        by_user: dict[int, list[int]] = defaultdict(list)
        for user_id, notification_id in pairs:
            by_user[user_id].append(notification_id)
        for user_id, ids in by_user.items():
            for queue in self._queues.get(user_id, ()):
                try:
                    queue.put_nowait(ids)
                except asyncio.QueueFull:
                    log.warning("live notifications dropped for a slow subscriber of %s", user_id)


hub = Hub()

# SQLite: what each open transaction will announce once it commits.
_pending: WeakKeyDictionary[BaseDBAsyncClient, list[Pair]] = WeakKeyDictionary()


def _after_commit(conn: BaseDBAsyncClient, pairs: list[Pair]) -> None:
    if not isinstance(conn, TransactionalDBClient) or conn._finalized:
        hub.deliver(pairs)  # autocommit: the rows are already committed
        return
    waiting = _pending.get(conn)
    if waiting is not None:
        waiting.extend(pairs)
        return
    _pending[conn] = list(pairs)
    commit: Callable[[], Any] = conn.commit

    async def commit_then_announce() -> None:
        await commit()
        hub.deliver(_pending.pop(conn, []))

    # Only this transaction object is wrapped; a rollback never reaches the announcement.
    setattr(conn, "commit", commit_then_announce)  # noqa: B010


async def announce(pairs: list[Pair]) -> None:
    """Announce new notifications, in the transaction that inserted them (see module doc)."""
    if not pairs:
        return
    conn = connections.get("default")
    if conn.capabilities.dialect != "postgres":
        _after_commit(conn, pairs)
        return
    for start in range(0, len(pairs), PAIRS_PER_MESSAGE):
        payload = json.dumps(pairs[start : start + PAIRS_PER_MESSAGE], separators=(",", ":"))
        await conn.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, payload])


def parse_payload(payload: str) -> list[Pair]:
    try:
        data = json.loads(payload)
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [
        (item[0], item[1])
        for item in data
        if isinstance(item, list)
        and len(item) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in item)
    ]


def listener_dsn(database_url: str) -> str:
    """asyncpg's DSN for the settings' URL, without tortoise's pool options."""
    parts = urlparse(database_url)
    scheme = "postgresql" if parts.scheme in {"postgres", "postgresql"} else parts.scheme
    return urlunparse(parts._replace(scheme=scheme, query=""))


class Listener:
    """One LISTEN connection for this process; reconnects until stopped."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.connected = asyncio.Event()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="qifu-notify-listener")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task

    def _on_notification(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        hub.deliver(parse_payload(payload))

    async def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            dropped = asyncio.Event()
            try:
                conn = await asyncpg.connect(self.dsn)
            except (OSError, asyncpg.PostgresError) as exc:
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                attempt += 1
                log.warning("notification listener cannot connect (retry in %ss): %s", delay, exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
                continue
            try:
                conn.add_termination_listener(lambda _conn, lost=dropped: lost.set())
                await conn.add_listener(CHANNEL, self._on_notification)
                attempt = 0
                self.connected.set()
                stop = asyncio.create_task(self._stop.wait())
                lost = asyncio.create_task(dropped.wait())
                await asyncio.wait({stop, lost}, return_when=asyncio.FIRST_COMPLETED)
                stop.cancel()
                lost.cancel()
                if not self._stop.is_set():
                    log.warning("notification listener lost its connection; reconnecting")
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("notification listener failed: %s", exc)
            finally:
                self.connected.clear()
                if not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await conn.close(timeout=5)


_listener: Listener | None = None


async def start(settings: Settings) -> None:
    """Begin receiving other processes' announcements (PostgreSQL only)."""
    global _listener
    if settings.dialect != "postgres" or _listener is not None:
        return
    _listener = Listener(listener_dsn(settings.database_url))
    _listener.start()
    # Serve at once even if the database is slow to answer; the listener keeps trying.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(_listener.connected.wait(), 5)


async def stop() -> None:
    global _listener
    if _listener is not None:
        await _listener.stop()
        _listener = None
