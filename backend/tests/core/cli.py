"""Run the ``qifu`` command in a subprocess against the test database, as an operator would."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from qifu.settings import Settings

BACKEND = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


async def run_qifu(settings: Settings, *args: str, cwd: Path) -> Run:
    # Only what the command needs: no inherited QIFU_* variable, and no .env (cwd is empty).
    env = {k: v for k, v in os.environ.items() if not k.startswith("QIFU_")}
    env.update(
        QIFU_ENV="test",
        QIFU_DATABASE_URL=settings.database_url,
        QIFU_DATA_DIR=str(cwd),
        PYTHONPATH=str(BACKEND),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "qifu.cli",
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return Run(process.returncode, out.decode(), err.decode())
