"""A real SMTP server (aiosmtpd) on a loopback port, and settings that point the mailer at it."""

from __future__ import annotations

import email.policy
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from qifu.settings import Settings, configure
from tests.conftest import free_port


class SmtpSink:
    """Keeps every mail it accepts; can be started late to play an outage that ends."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        # Replies to give to RCPT TO for an address, one per attempt; then it is accepted.
        self.rcpt_replies: dict[str, deque[str]] = {}
        # Runs in the server's thread when a mail arrives, before the server answers.
        self.on_data: Callable[[EmailMessage], None] | None = None
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    # aiosmtpd calls these from its own thread and event loop.
    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        with self._lock:
            replies = self.rcpt_replies.get(address)
            if replies:
                return replies.popleft()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = BytesParser(policy=email.policy.default).parsebytes(envelope.content)
        assert isinstance(parsed, EmailMessage)
        if self.on_data is not None:
            self.on_data(parsed)
        with self._lock:
            self.messages.append(parsed)
            self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def start(self) -> None:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def message_ids(self) -> Counter[str]:
        with self._lock:
            return Counter(str(m["Message-ID"]) for m in self.messages)


def _point_mailer_at(settings: Settings, sink: SmtpSink) -> None:
    # The autouse `clean` fixture configures the original settings again after the test.
    configure(settings.model_copy(update={"smtp_url": sink.url}))


@pytest.fixture
def smtp_down(settings: Settings) -> Iterator[SmtpSink]:
    """The mailer is configured for a port where nothing listens (until the test starts it)."""
    sink = SmtpSink(free_port())
    _point_mailer_at(settings, sink)
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def smtp(smtp_down: SmtpSink) -> SmtpSink:
    smtp_down.start()
    return smtp_down
