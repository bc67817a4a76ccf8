"""`make bench`: the users list through the whole stack vs a raw asyncpg query, on PostgreSQL.

Generates users in a throw-away database, then times N requests of a page of 100 users through
the GraphQL app (in process, ASGI) and the same page read with asyncpg directly; prints the
ratio. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable

import asyncpg
import httpx
from tortoise import Tortoise

from qifu.accounts import passwords
from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.app import create_app
from qifu.core import clock
from qifu.db import tortoise_config
from qifu.migrations import apply
from qifu.settings import Settings, configure

ADMIN_URL = os.environ.get(
    "QIFU_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
USERS = int(os.environ.get("QIFU_BENCH_USERS", "20000"))
ROUNDS = int(os.environ.get("QIFU_BENCH_ROUNDS", "200"))
QUERY = "{ users(first: 100) { edges { node { id email name roles { role } } } } }"


async def generate(count: int) -> User:
    now = clock.now()
    password_hash = passwords.hash_password("Bench-Pass-2026")
    batch = [
        User(
            email=f"u{i}@bench.cn",
            name=f"用户{i}",
            password_hash=password_hash,
            email_verified_at=now,
            created_at=now,
            updated_at=now,
        )
        for i in range(count)
    ]
    await User.bulk_create(batch, batch_size=2000)
    admin = await User.create(
        email="admin@bench.cn",
        name="管理员",
        password_hash=password_hash,
        email_verified_at=now,
        created_at=now,
        updated_at=now,
    )
    await RoleGrant.create(
        user_id=admin.id, role=Role.HUB_ADMIN, scope_type=ScopeType.PLATFORM, created_at=now
    )
    return admin


async def time_it(label: str, fn: Callable[[], Awaitable[None]], rounds: int) -> float:
    for _ in range(10):
        await fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        await fn()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples) * 1000
    p95 = sorted(samples)[int(rounds * 0.95)] * 1000
    print(f"{label:<28} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    return median


async def main() -> None:
    name = f"qifu_bench_{uuid.uuid4().hex[:8]}"
    admin_conn = await asyncpg.connect(ADMIN_URL)
    await admin_conn.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    settings = configure(
        Settings(
            env="test", database_url=url.replace("postgresql", "postgres", 1), embedded_worker=False
        )
    )
    try:
        await apply(settings)
        await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
        admin = await generate(USERS)
        from qifu.accounts.services import start_session

        session = await start_session(
            admin, __import__("qifu.core.audit", fromlist=["Actor"]).Actor()
        )
        app = create_app(settings, run_worker=False)
        transport = httpx.ASGITransport(app=app)
        headers = {"authorization": f"Bearer {session.access_token}"}
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

            async def via_graphql() -> None:
                response = await client.post("/graphql", json={"query": QUERY}, headers=headers)
                assert len(response.json()["data"]["users"]["edges"]) == 100

            pool = await asyncpg.create_pool(url, min_size=1, max_size=2)

            async def via_asyncpg() -> None:
                async with pool.acquire() as conn:
                    rows = await conn.fetch(
                        "SELECT id, email, name FROM user_account WHERE deleted_at IS NULL "
                        "ORDER BY id DESC LIMIT 100"
                    )
                    await conn.fetch(
                        "SELECT user_id, role FROM role_grant WHERE user_id = ANY($1)",
                        [r["id"] for r in rows],
                    )

            print(f"{USERS} users, {ROUNDS} rounds, page of 100 with roles")
            raw = await time_it("raw asyncpg (2 queries)", via_asyncpg, ROUNDS)
            full = await time_it("GraphQL users(first: 100)", via_graphql, ROUNDS)
            print(f"ratio GraphQL / raw: {full / raw:.1f}x")
            await pool.close()
    finally:
        await Tortoise.close_connections()
        await admin_conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin_conn.close()


if __name__ == "__main__":
    asyncio.run(main())
