"""The SPA's directory operations issue the same number of SQL statements for 5 rows as for
100."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from qifu.orgs.models import (
    CertificationStatus,
    Enterprise,
    Expert,
    Institution,
    InstitutionStatus,
)
from tests.orgs.support import credit_code, make_network
from tests.spa_operations import spa_operation
from tests.support import count_sql, gql

# Exactly what the directory pages send (read from the SPA's generated operations).
ENTERPRISES = spa_operation("EnterpriseDirectory")
INSTITUTIONS = spa_operation("InstitutionDirectory")
EXPERTS = spa_operation("ExpertDirectory")


async def add_rows(start: int, count: int, platform_ids: list[int]) -> None:
    now = datetime.now(UTC)
    for n in range(start, start + count):
        platform_id = platform_ids[n % len(platform_ids)]
        await Enterprise.create(
            credit_code=credit_code(n),
            name=f"目录企业{n}",
            region_code="330302",
            industry_code="34",
            status=CertificationStatus.VERIFIED,
            tags=["专精特新"],
            platform_id=platform_id,
            created_at=now,
            updated_at=now,
        )
        await Institution.create(
            name=f"目录机构{n}",
            credit_code=credit_code(n),
            region_code="330302",
            platform_id=platform_id,
            service_domains=["LEGAL"],
            domain_keys="|LEGAL|",
            responder_name="负责人",
            agreement_version="2026-11",
            agreement_accepted_at=now,
            status=InstitutionStatus.ACTIVE,
            applicant_id=0,
            created_at=now,
            updated_at=now,
        )
        await Expert.create(
            name=f"专家{n}",
            expertise=["融资"],
            platform_id=platform_id,
            created_at=now,
            updated_at=now,
        )


async def test_directories_have_no_n_plus_one(client: httpx.AsyncClient) -> None:
    network = await make_network()
    platform_ids = [network.lucheng.id, network.wenzhou.id, network.hangzhou.id]
    await add_rows(0, 5, platform_ids)
    small: dict[str, int] = {}
    for name, query in (("e", ENTERPRISES), ("i", INSTITUTIONS), ("x", EXPERTS)):
        with count_sql() as sql:
            result = await gql(client, query, {"first": 100})
        assert len(next(iter(result["data"].values()))["edges"]) == 5
        small[name] = sql.count
    await add_rows(5, 95, platform_ids)
    for name, query in (("e", ENTERPRISES), ("i", INSTITUTIONS), ("x", EXPERTS)):
        with count_sql() as sql:
            result = await gql(client, query, {"first": 100})
        assert len(next(iter(result["data"].values()))["edges"]) == 100
        assert sql.count == small[name], (name, sql.statements)


async def test_an_industry_section_stands_for_its_divisions(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await add_rows(0, 2, [network.lucheng.id])  # 34 通用设备制造业, in section C
    query = """query($i: String) { enterpriseDirectory(industryCode: $i) { totalCount } }"""
    for code, expected in (("C", 2), ("34", 2), ("C34", 2), ("I", 0), ("65", 0)):
        result = await gql(client, query, {"i": code})
        assert result["data"]["enterpriseDirectory"]["totalCount"] == expected, code
