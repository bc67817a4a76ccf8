"""The audit hash chain holds under concurrent writes, and an edited or deleted row is found
by ``verify()`` and by ``qifu audit verify``."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from tortoise import connections

from qifu.core import audit
from qifu.core.models import AuditEvent
from qifu.settings import Settings
from tests.core.cli import run_qifu
from tests.support import PASSWORD, gql

REGISTER = """mutation($input: RegisterInput!) {
  register(input: $input) { email errors { code } } }"""


async def register_concurrently(client: httpx.AsyncClient, count: int) -> None:
    inputs = [
        {
            "email": f"user{i:03}@example.cn",
            "password": PASSWORD,
            "name": f"用户{i}",
            "acceptPrivacyNotice": True,
            "privacyNoticeVersion": "2026-11",
        }
        for i in range(count)
    ]
    results = await asyncio.gather(*(gql(client, REGISTER, {"input": i}) for i in inputs))
    assert [r["data"]["register"] for r in results] == [
        {"email": i["email"], "errors": []} for i in inputs
    ]


async def audit_ids() -> list[int]:
    return list(await AuditEvent.all().order_by("id").values_list("id", flat=True))


async def raw_sql(sql: str) -> None:
    await connections.get("default").execute_script(sql)


async def test_chain_survives_concurrent_mutations_and_an_edited_row_is_named(
    client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    await register_concurrently(client, 50)
    ids = await audit_ids()
    assert len(ids) == 50
    assert await AuditEvent.filter(action="account.register", success=True).count() == 50

    result = await audit.verify()
    assert (result.ok, result.checked) == (True, 50)
    intact = await run_qifu(settings, "audit", "verify", cwd=tmp_path)
    assert intact.code == 0, intact.err
    assert "intact: 50 record(s)" in intact.out

    middle = ids[len(ids) // 2]
    await raw_sql(f"UPDATE audit_event SET actor_label = 'someone else' WHERE id = {middle}")

    result = await audit.verify()
    assert (result.first_bad_id, result.checked) == (middle, len(ids) // 2)
    broken = await run_qifu(settings, "audit", "verify", cwd=tmp_path)
    assert broken.code == 1
    assert f"broken at record id {middle} " in broken.err


async def test_a_deleted_row_is_detected_at_the_row_after_it(
    client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    await register_concurrently(client, 10)
    ids = await audit_ids()
    assert (await audit.verify()).ok

    await raw_sql(f"DELETE FROM audit_event WHERE id = {ids[4]}")

    assert (await audit.verify()).first_bad_id == ids[5]
    broken = await run_qifu(settings, "audit", "verify", cwd=tmp_path)
    assert broken.code == 1
    assert f"broken at record id {ids[5]} " in broken.err


async def test_a_recomputed_hash_does_not_hide_an_edit(client: httpx.AsyncClient) -> None:
    # Rewriting a row's own hash to match its new content still breaks the link to the next row.
    await register_concurrently(client, 3)
    first, second, _ = await audit_ids()
    event = await AuditEvent.get(id=first)
    event.actor_label = "someone else"
    event.hash = audit._digest(audit._content(event), event.prev_hash)
    await event.save(update_fields=["actor_label", "hash"])

    assert (await audit.verify()).first_bad_id == second


async def test_removing_the_newest_rows_is_detected_by_the_head(
    client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    await register_concurrently(client, 5)
    ids = await audit_ids()
    await raw_sql(f"DELETE FROM audit_event WHERE id >= {ids[-2]}")

    result = await audit.verify()
    assert result.first_bad_id == ids[-2]
    assert result.checked == len(ids) - 2
    broken = await run_qifu(settings, "audit", "verify", cwd=tmp_path)
    assert broken.code == 1
