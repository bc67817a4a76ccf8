"""The background worker: delivers the outbox and runs the periodic jobs the domains register
(e.g. engagements' automatic confirmation). Runs inside ``qifu serve`` or as ``qifu worker``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from time import monotonic

from qifu.notify import mail

log = logging.getLogger("qifu.worker")

Job = Callable[[], Awaitable[int]]
_jobs: dict[str, tuple[Job, float]] = {}
_last_run: dict[str, float] = {}


def register_job(name: str, job: Job, every_seconds: float = 300.0) -> None:
    """A periodic job of a domain above notify (which never imports it)."""
    _jobs[name] = (job, every_seconds)


async def run_jobs(*, force: bool = False) -> dict[str, int]:
    """Run the jobs that are due (all with ``force``); a failing job does not stop the rest."""
    done: dict[str, int] = {}
    for name, (job, every) in list(_jobs.items()):
        if not force and monotonic() - _last_run.get(name, float("-inf")) < every:
            continue
        _last_run[name] = monotonic()
        try:
            done[name] = await job()
        except Exception:  # the next round retries; the error is logged with its traceback
            log.exception("job %s failed", name)
    return done


async def run_once() -> int:
    await run_jobs()
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
