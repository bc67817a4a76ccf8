"""The background worker: delivers the outbox. Runs inside ``qifu serve`` or as ``qifu worker``."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from qifu.notify import mail

log = logging.getLogger("qifu.worker")


async def run_once() -> int:
    return await mail.deliver_due()


async def run_forever(interval: float = 1.0, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    log.info("worker started")
    while not stop.is_set():
        try:
            sent = await run_once()
        except Exception:  # keep the worker alive; the error is logged with its traceback
            log.exception("worker iteration failed")
            sent = 0
        if sent:
            continue
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
    log.info("worker stopped")
