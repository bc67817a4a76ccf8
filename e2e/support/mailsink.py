"""A local SMTP sink for the e2e suite: every message received is written as an .eml file.

    python mailsink.py --dir e2e/.mail [--host 127.0.0.1] [--port 8025]

Each file is written under a temporary name and renamed, so a reader never sees half a mail.
The sink exits on SIGTERM/SIGINT, and also when the process that started it goes away.
"""

from __future__ import annotations

import argparse
import os
import signal
import threading
import time
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller


class SaveToDirectory:
    def __init__(self, directory: Path):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}.eml"
        rcpt = ", ".join(envelope.rcpt_tos)
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        data = f"X-Envelope-To: {rcpt}\r\n".encode() + content
        partial = self.directory / f".{name}.part"
        partial.write_bytes(data)
        os.replace(partial, self.directory / name)
        return "250 Message accepted for delivery"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default=os.environ.get("QIFU_MAIL_DIR", ".mail"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8025)
    args = parser.parse_args()

    directory = Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    controller = Controller(SaveToDirectory(directory), hostname=args.host, port=args.port)
    controller.start()
    print(f"mail sink on {args.host}:{args.port} writing to {directory}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    parent = os.getppid()
    try:
        while not stop.wait(1.0):
            if os.getppid() != parent:  # our starter died without cleaning up
                break
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
