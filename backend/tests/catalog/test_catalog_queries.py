"""The supermarket list issues the same number of SQL statements for 5 rows as for 100: the
full query here, and the SPA's own supermarket operation."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import httpx

from qifu.catalog.models import Pricing, ProductNature, ProductStatus, ServiceForm, ServiceProduct
from qifu.files.models import FilePurpose, StoredFile
from qifu.orgs.models import Institution, InstitutionStatus, ServiceCategory
from tests.orgs.support import credit_code, make_network
from tests.spa_operations import spa_operation
from tests.support import count_sql, gql, make_user

# Exactly what the supermarket page sends (read from the SPA's generated operations).
SPA_SUPERMARKET = spa_operation("ServiceSupermarket")
SUPERMARKET = """query($first: Int, $sort: ServiceProductSort!) {
  serviceProducts(first: $first, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name category pricing price priceMin priceMax form nature publishedAt
      serviceAreas { code fullName } audienceScales audienceIndustries { code name }
      rating requestCount
      images { id name contentType }
      platform { name }
      institution { id name score { value satisfactionRate } }
    } }
  }
}"""


async def add_rows(start: int, count: int, institution_ids: list[int], owner_id: int) -> None:
    now = datetime.now(UTC)
    categories = list(ServiceCategory)
    for n in range(start, start + count):
        institution = await Institution.get(id=institution_ids[n % len(institution_ids)])
        image = await StoredFile.create(
            key=secrets.token_urlsafe(16),
            sha256="0" * 64,
            size=10,
            content_type="image/png",
            original_name=f"{n}.png",
            purpose=FilePurpose.LOGO,
            owner_id=owner_id,
            created_at=now,
        )
        await ServiceProduct.create(
            name=f"服务{n}",
            category=categories[n % len(categories)],
            description="说明",
            process_steps=["一", "二"],
            pricing=Pricing.FREE,
            nature=ProductNature.PUBLIC_BENEFIT,
            form=ServiceForm.ONLINE,
            contact_name="联系人",
            contact_phone_enc="",
            audience_scales=["SMALL"],
            scale_keys="|SMALL|",
            audience_industries=["34"],
            industry_keys="|34|",
            service_areas=["330300"],
            area_keys="|330300|",
            image_file_ids=[image.id],
            image_keys=f"|{image.id}|",
            institution_id=institution.id,
            platform_id=institution.platform_id,
            status=ProductStatus.PUBLISHED,
            created_at=now,
            updated_at=now,
            published_at=now,
        )


async def test_supermarket_has_no_n_plus_one(client: httpx.AsyncClient) -> None:
    network = await make_network()
    owner = await make_user("owner@qifu.cn")
    now = datetime.now(UTC)
    institution_ids = []
    for n, platform in enumerate((network.lucheng, network.wenzhou, network.hangzhou)):
        institution = await Institution.create(
            name=f"机构{n}",
            credit_code=credit_code(200 + n),
            region_code=platform.region_code,
            platform_id=platform.id,
            responder_name="负责人",
            agreement_version="2026-11",
            agreement_accepted_at=now,
            status=InstitutionStatus.ACTIVE,
            applicant_id=owner.id,
            created_at=now,
            updated_at=now,
        )
        institution_ids.append(institution.id)
    await add_rows(0, 5, institution_ids, owner.id)
    queries = {"full": SUPERMARKET, "spa": SPA_SUPERMARKET}
    small: dict[tuple[str, str], int] = {}
    for name, query in queries.items():
        for sort in ("NEWEST", "RATING", "POPULARITY"):
            with count_sql() as sql:
                result = await gql(client, query, {"first": 100, "sort": sort})
            assert "errors" not in result, result
            assert len(result["data"]["serviceProducts"]["edges"]) == 5
            small[name, sort] = sql.count
    await add_rows(5, 95, institution_ids, owner.id)
    for name, query in queries.items():
        for sort in ("NEWEST", "RATING", "POPULARITY"):
            with count_sql() as sql:
                result = await gql(client, query, {"first": 100, "sort": sort})
            edges = result["data"]["serviceProducts"]["edges"]
            assert len(edges) == 100
            assert sql.count == small[name, sort], (name, sort, sql.statements)
            if name == "full":
                assert all(len(e["node"]["images"]) == 1 for e in edges)
