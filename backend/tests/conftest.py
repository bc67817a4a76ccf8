"""Fixtures: one real database per test run (SQLite file or a uniquely named PostgreSQL
database, built by the migration chain and dropped at the end), emptied between tests."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import asyncpg
import httpx
import pytest
from tortoise import Tortoise, connections

from qifu.app import create_app
from qifu.core import calendar, clock
from qifu.db import tortoise_config
from qifu.migrations import apply
from qifu.settings import Settings, configure

DIALECT = os.environ.get("QIFU_TEST_DB", "sqlite")
PG_URL = os.environ.get("QIFU_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def _pg_admin_url() -> str:
    return PG_URL.replace("postgres://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def tmp_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qifu-data")


@pytest.fixture(scope="session")
async def database(tmp_data: Path) -> AsyncIterator[Settings]:
    name = f"qifu_test_{uuid.uuid4().hex[:12]}"
    if DIALECT == "postgres":
        admin = await asyncpg.connect(_pg_admin_url())
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        url = _with_database(PG_URL, name)
    else:
        url = f"sqlite://{tmp_data / (name + '.sqlite3')}"
    settings = configure(
        Settings(env="test", data_dir=tmp_data, database_url=url, embedded_worker=False)
    )
    await apply(settings)
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    try:
        yield settings
    finally:
        await Tortoise.close_connections()
        if DIALECT == "postgres":
            admin = await asyncpg.connect(_pg_admin_url())
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()


async def empty_tables() -> None:
    """Every table emptied (each test starts from an empty database)."""
    conn = connections.get("default")
    models = Tortoise.apps["models"].values()
    tables = [m._meta.db_table for m in models if m._meta.db_table != "aerich"]
    if conn.capabilities.dialect == "postgres":
        joined = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {joined} RESTART IDENTITY CASCADE")
    else:
        # Foreign keys off while emptying: the tables go in model order, not dependency order.
        deletes = "".join(f'DELETE FROM "{t}";' for t in tables)
        await conn.execute_script(f"PRAGMA foreign_keys = OFF;{deletes}PRAGMA foreign_keys = ON;")


@pytest.fixture(autouse=True)
async def clean(database: Settings) -> AsyncIterator[None]:
    configure(database)
    yield
    configure(database)  # a test may have configured other settings
    await empty_tables()
    calendar.invalidate()
    clock.reset()


@pytest.fixture
def settings(database: Settings) -> Settings:
    return database


@pytest.fixture
async def client(database: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(database, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def port() -> Iterator[int]:
    yield free_port()
