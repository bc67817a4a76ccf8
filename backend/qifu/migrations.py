"""The two aerich migration chains (SQLite and PostgreSQL write different DDL).

``generate`` and ``check`` work offline: they compare the models with the state stored in the
chain's last migration file, so no database is needed. Each dialect runs in its own process
because aerich and tortoise keep global state.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from qifu.db import MIGRATIONS_DIR, migrations_location, tortoise_config
from qifu.settings import Settings

DIALECTS = ("sqlite", "postgres")
_OFFLINE_URLS = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://offline@127.0.0.1:5432/offline",
}


def _offline_config(dialect: str) -> dict:
    return tortoise_config(Settings(database_url=_OFFLINE_URLS[dialect]))


def _chain_dir(dialect: str) -> Path:
    return MIGRATIONS_DIR / dialect / "models"


async def _generate(dialect: str, name: str) -> str:
    command = Command(_offline_config(dialect), app="models", location=migrations_location(dialect))
    try:
        if not any(_chain_dir(dialect).glob("*.py")):
            await command.init_migrations(safe=True)
            return "created initial migration"
        await command.init(offline=True)
        version = await command.migrate(name, no_input=True, offline=True)
        return f"created {version}" if version else "no changes"
    finally:
        await Tortoise.close_connections()


async def _check(dialect: str) -> bool:
    """True when the chain's last state equals the models: `aerich migrate` run on a copy of
    the chain must find no changes (the copy keeps the real folder untouched)."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(_chain_dir(dialect), Path(tmp) / "models")
        command = Command(_offline_config(dialect), app="models", location=tmp)
        try:
            await command.init(offline=True)
            return not await command.migrate("drift_check", no_input=True, offline=True)
        finally:
            await Tortoise.close_connections()


async def apply(settings: Settings) -> list[str]:
    """Apply the chain of the configured database's dialect; returns the versions applied."""
    command = Command(
        tortoise_config(settings), app="models", location=migrations_location(settings.dialect)
    )
    try:
        await command.init()
        return await command.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()


def run_per_dialect(action: str, *args: str) -> int:
    """Run ``action`` for each dialect in a fresh interpreter; returns the worst exit code."""
    worst = 0
    for dialect in DIALECTS:
        proc = subprocess.run(
            [sys.executable, "-m", "qifu.migrations", action, dialect, *args], check=False
        )
        worst = max(worst, proc.returncode)
    return worst


def main(argv: list[str]) -> int:
    action, dialect, *rest = argv
    if action == "generate":
        print(f"{dialect}: {asyncio.run(_generate(dialect, rest[0] if rest else 'update'))}")
        return 0
    if action == "check":
        ok = asyncio.run(_check(dialect))
        print(f"{dialect}: {'No changes detected' if ok else 'models differ from migrations'}")
        return 0 if ok else 1
    raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
