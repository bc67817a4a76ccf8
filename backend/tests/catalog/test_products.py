"""Service products: the state machine, validation, the supermarket's filters and sorts,
images, and two operators deciding at once."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.accounts.models import Role, ScopeType
from qifu.accounts.services import grant_role, grants_of
from qifu.catalog import figures, services
from qifu.catalog.models import (
    Pricing,
    ProductStatus,
    ServiceForm,
    ServiceProduct,
    ServiceProductReview,
)
from qifu.core import clock
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import can_read
from qifu.orgs import institutions
from qifu.orgs.models import EnterpriseScale, InstitutionStatus, ServiceCategory
from qifu.orgs.scopes import scope_of
from tests.catalog.conftest import World
from tests.catalog.support import PRODUCT_INPUT, image_id, make_product, product_data
from tests.support import ACTOR, gql, make_user

S = ProductStatus
FIELDS = "product { id status statusReason } errors { field code }"
CREATE = f"""mutation($i: ID!, $p: ServiceProductInput!) {{
  createServiceProduct(input: {{institutionId: $i, product: $p}}) {{ {FIELDS} }} }}"""
UPDATE = f"""mutation($id: ID!, $p: ServiceProductInput!) {{
  updateServiceProduct(input: {{productId: $id, product: $p}}) {{ {FIELDS} }} }}"""
SUBMIT = f"""mutation($id: ID!) {{
  submitServiceProduct(input: {{productId: $id}}) {{ {FIELDS} }} }}"""
APPROVE = f"""mutation($id: ID!) {{
  approveServiceProduct(input: {{productId: $id}}) {{ {FIELDS} }} }}"""
REJECT = f"""mutation($id: ID!, $r: String!) {{
  rejectServiceProduct(input: {{productId: $id, reason: $r}}) {{ {FIELDS} }} }}"""
OFFLINE = f"""mutation($id: ID!, $r: String!) {{
  takeServiceProductOffline(input: {{productId: $id, reason: $r}}) {{ {FIELDS} }} }}"""

# action: (mutation, who, extra variables)
ACTIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "update": (UPDATE, "member", {"p": {**PRODUCT_INPUT, "name": "改过的服务"}}),
    "submit": (SUBMIT, "member", {}),
    "approve": (APPROVE, "op_wenzhou", {}),
    "reject": (REJECT, "op_wenzhou", {"r": "描述不清"}),
    "offline by member": (OFFLINE, "member", {"r": ""}),
    "offline by operator": (OFFLINE, "op_wenzhou", {"r": "服务已停止"}),
}
# The allowed moves: (from, action) → to. Every other pair is INVALID_TRANSITION.
ALLOWED: dict[tuple[ProductStatus, str], ProductStatus] = {
    (S.DRAFT, "update"): S.DRAFT,
    (S.REJECTED, "update"): S.DRAFT,
    (S.DRAFT, "submit"): S.PENDING,
    (S.PENDING, "approve"): S.PUBLISHED,
    (S.PENDING, "reject"): S.REJECTED,
    (S.PUBLISHED, "offline by member"): S.OFFLINE,
    (S.PUBLISHED, "offline by operator"): S.OFFLINE,
}


def gid(product: ServiceProduct) -> str:
    return str(relay.GlobalID("ServiceProduct", str(product.id)))


async def row(product_id: int) -> tuple[Any, ...]:
    p = await ServiceProduct.get(id=product_id)
    reviews = await ServiceProductReview.filter(product_id=product_id).count()
    return (p.status, p.name, p.status_reason, p.updated_at, p.published_at, reviews)


def payload(result: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in result, result
    return dict(next(iter(result["data"].values())))


@pytest.mark.parametrize("start", list(S))
async def test_state_machine(client: httpx.AsyncClient, world: World, start: ProductStatus) -> None:
    for action, (mutation, who, extra) in ACTIONS.items():
        product = await make_product(world.member, world.i1, start, reviewer=world.network.admin)
        before = await row(product.id)
        result = payload(
            await gql(client, mutation, {"id": gid(product), **extra}, token=world.tokens[who])
        )
        expected = ALLOWED.get((start, action))
        if expected is None:
            assert result["errors"] == [{"field": "productId", "code": "INVALID_TRANSITION"}], (
                start,
                action,
            )
            assert await row(product.id) == before, (start, action)
        else:
            assert result["errors"] == [], (start, action, result)
            assert result["product"]["status"] == expected.value
            after = await ServiceProduct.get(id=product.id)
            assert after.status == expected
            if expected is not start:
                last = await ServiceProductReview.filter(product_id=product.id).order_by("-id")
                assert (last[0].from_status, last[0].to_status) == (start, expected)


async def test_review_history_and_reasons(client: httpx.AsyncClient, world: World) -> None:
    product = await make_product(world.member, world.i1, S.PENDING)
    rejected = payload(
        await gql(
            client, REJECT, {"id": gid(product), "r": "  价格不明确 "}, token=world.tokens["hub"]
        )
    )
    assert rejected["product"]["statusReason"] == "价格不明确"
    no_reason = payload(
        await gql(client, REJECT, {"id": gid(product), "r": " "}, token=world.tokens["hub"])
    )
    assert no_reason["errors"] == [{"field": "productId", "code": "INVALID_TRANSITION"}]
    # Edit, resubmit, publish, and the operator takes it offline: a reason is required.
    assert (
        payload(
            await gql(
                client,
                UPDATE,
                {"id": gid(product), "p": PRODUCT_INPUT},
                token=world.tokens["member"],
            )
        )["product"]["status"]
        == "DRAFT"
    )
    await gql(client, SUBMIT, {"id": gid(product)}, token=world.tokens["member"])
    await gql(client, APPROVE, {"id": gid(product)}, token=world.tokens["op_wenzhou"])
    missing = payload(
        await gql(client, OFFLINE, {"id": gid(product), "r": ""}, token=world.tokens["op_wenzhou"])
    )
    assert missing["errors"] == [{"field": "reason", "code": "REASON_REQUIRED"}]
    history = await gql(
        client,
        """query($id: ID!) { node(id: $id) { ... on ServiceProduct { publishedAt
             reviews { fromStatus toStatus reason } } } }""",
        {"id": gid(product)},
        token=world.tokens["member"],
    )
    node = history["data"]["node"]
    assert node["publishedAt"]
    assert [(r["fromStatus"], r["toStatus"]) for r in node["reviews"]] == [
        (None, "DRAFT"),
        ("DRAFT", "PENDING"),
        ("PENDING", "REJECTED"),
        ("REJECTED", "DRAFT"),
        ("DRAFT", "PENDING"),
        ("PENDING", "PUBLISHED"),
    ]
    assert node["reviews"][2]["reason"] == "价格不明确"
    # Strangers see the published product but not its history.
    public = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on ServiceProduct { reviews { reason } } } }",
        {"id": gid(product)},
    )
    assert public["data"]["node"] == {"reviews": []}


BAD_INPUTS: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
    ({"name": " "}, {("name", "REQUIRED")}),
    ({"name": "服" * 101}, {("name", "TOO_LONG")}),
    ({"description": ""}, {("description", "REQUIRED")}),
    ({"description": "长" * 5001}, {("description", "TOO_LONG")}),
    ({"processSteps": []}, {("processSteps", "REQUIRED")}),
    ({"processSteps": ["一", " "]}, {("processSteps", "REQUIRED")}),
    ({"processSteps": ["步" * 201]}, {("processSteps", "TOO_LONG")}),
    ({"processSteps": ["步"] * 21}, {("processSteps", "TOO_MANY")}),
    ({"pricing": "FREE"}, {("price", "PRICE_MISMATCH")}),
    ({"price": None}, {("price", "PRICE_MISMATCH")}),
    ({"price": "0"}, {("price", "PRICE_MISMATCH")}),
    ({"price": "-5"}, {("price", "INVALID")}),
    ({"price": "1.005"}, {("price", "INVALID")}),
    ({"priceMin": "100"}, {("priceMin", "PRICE_MISMATCH")}),
    ({"pricing": "RANGE"}, {("price", "PRICE_MISMATCH")}),
    (
        {"pricing": "RANGE", "price": None, "priceMin": "500", "priceMax": "300"},
        {("priceMax", "PRICE_MISMATCH")},
    ),
    ({"pricing": "RANGE", "price": None, "priceMin": "500"}, {("priceMax", "PRICE_MISMATCH")}),
    ({"contactName": ""}, {("contactName", "REQUIRED")}),
    ({"contactPhone": ""}, {("contactPhone", "REQUIRED")}),
    ({"contactPhone": "12345"}, {("contactPhone", "INVALID_CONTACT_PHONE")}),
    ({"contactEmail": "not-an-email"}, {("contactEmail", "INVALID_EMAIL")}),
    ({"serviceAreas": []}, {("serviceAreas", "REQUIRED")}),
    ({"serviceAreas": ["330300", "339999"]}, {("serviceAreas", "INVALID_REGION")}),
    ({"audienceIndustries": ["34", "Z9"]}, {("audienceIndustries", "INVALID_INDUSTRY")}),
    (
        {"name": "", "serviceAreas": ["000000"], "contactPhone": "1"},
        {
            ("name", "REQUIRED"),
            ("serviceAreas", "INVALID_REGION"),
            ("contactPhone", "INVALID_CONTACT_PHONE"),
        },
    ),
]


@pytest.mark.parametrize(("changes", "expected"), BAD_INPUTS)
async def test_bad_input_is_refused_and_nothing_stored(
    client: httpx.AsyncClient,
    world: World,
    changes: dict[str, Any],
    expected: set[tuple[str, str]],
) -> None:
    i1 = str(relay.GlobalID("Institution", str(world.i1.id)))
    result = payload(
        await gql(
            client,
            CREATE,
            {"i": i1, "p": {**PRODUCT_INPUT, **changes}},
            token=world.tokens["member"],
        )
    )
    assert result["product"] is None
    assert {(e["field"], e["code"]) for e in result["errors"]} == expected
    assert await ServiceProduct.all().count() == 0
    # The same input on an existing draft changes nothing either.
    draft = await make_product(world.member, world.i1, S.DRAFT)
    before = await row(draft.id)
    again = payload(
        await gql(
            client,
            UPDATE,
            {"id": gid(draft), "p": {**PRODUCT_INPUT, **changes}},
            token=world.tokens["member"],
        )
    )
    assert {(e["field"], e["code"]) for e in again["errors"]} == expected
    assert await row(draft.id) == before


async def test_images_own_uploads_only_and_public_once_published(
    client: httpx.AsyncClient, world: World
) -> None:
    i1 = str(relay.GlobalID("Institution", str(world.i1.id)))

    def file_gid(pk: int) -> str:
        return str(relay.GlobalID("StoredFile", str(pk)))

    foreign = await image_id(world.other_member)
    licence = await image_id(world.member, FilePurpose.BUSINESS_LICENCE)
    for bad, code in ((foreign, "NOT_FOUND"), (licence, "INVALID"), (999999, "NOT_FOUND")):
        result = payload(
            await gql(
                client,
                CREATE,
                {"i": i1, "p": {**PRODUCT_INPUT, "imageIds": [file_gid(bad)]}},
                token=world.tokens["member"],
            )
        )
        assert result["errors"] == [{"field": "imageIds", "code": code}]
    too_many = [file_gid(await image_id(world.member)) for _ in range(10)]
    result = payload(
        await gql(
            client,
            CREATE,
            {"i": i1, "p": {**PRODUCT_INPUT, "imageIds": too_many}},
            token=world.tokens["member"],
        )
    )
    assert result["errors"] == [{"field": "imageIds", "code": "TOO_MANY"}]
    assert await ServiceProduct.all().count() == 0

    logo = await image_id(world.member)
    product = await make_product(world.member, world.i1, S.PENDING, image_ids=(logo,))
    stranger = await make_user("stranger@qifu.cn")
    stored = await StoredFile.get(id=logo)
    assert not await can_read(stranger, [], stored)
    await make_product(world.member, world.i1, S.DRAFT)
    path = f"/files/{stored.key}"
    assert (await client.get(path)).status_code == 404  # not listed: as if it did not exist
    await services.approve(ACTOR, scope_of(await grants_of(world.network.admin)), product.id)
    assert await can_read(stranger, [], stored)
    assert await can_read(None, [], stored)
    # Listed: the product page gives anonymous visitors a plain link that works unsigned in.
    shown = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on ServiceProduct { images { url } } } }",
        {"id": str(relay.GlobalID("ServiceProduct", str(product.id)))},
    )
    (image,) = shown["data"]["node"]["images"]
    assert image["url"].endswith(path) and "token=" not in image["url"]
    download = await client.get(path)
    assert download.status_code == 200 and download.headers["content-type"] == "image/png"
    # Off the shelf, the image is the institution's again.
    await services.take_offline(ACTOR, scope_of(await grants_of(world.member)), product.id, "")
    assert not await can_read(stranger, [], stored)
    assert not await can_read(None, [], stored)
    assert (await client.get(path)).status_code == 404


async def test_node_hides_unpublished_from_strangers(
    client: httpx.AsyncClient, world: World
) -> None:
    draft = await make_product(world.member, world.i1, S.DRAFT)
    query = "query($id: ID!) { node(id: $id) { id } }"
    unknown = str(relay.GlobalID("ServiceProduct", "999999"))
    for who in (None, world.tokens["other"], world.tokens["op_hangzhou"]):
        seen = await gql(client, query, {"id": gid(draft)}, token=who)
        assert seen == await gql(client, query, {"id": unknown}, token=who)
        assert seen["data"]["node"] is None
    for who in ("member", "op_wenzhou", "hub"):
        seen = await gql(client, query, {"id": gid(draft)}, token=world.tokens[who])
        assert seen["data"]["node"] == {"id": gid(draft)}


SEARCH = """query($c: ServiceCategory, $r: String, $s: EnterpriseScale, $ind: String,
  $p: PricingFilter, $f: ServiceForm, $q: String, $sort: ServiceProductSort, $after: String,
  $first: Int) {
  serviceProducts(category: $c, regionCode: $r, scale: $s, industryCode: $ind, pricing: $p,
    form: $f, search: $q, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { name rating requestCount institution { name score { value } } } }
  }
}"""


async def names(client: httpx.AsyncClient, **variables: Any) -> list[str]:
    result = await gql(client, SEARCH, variables)
    assert "errors" not in result, result
    return [e["node"]["name"] for e in result["data"]["serviceProducts"]["edges"]]


async def test_supermarket_filters(client: httpx.AsyncClient, world: World) -> None:
    admin = world.network.admin
    add = make_product
    await add(world.member, world.i1, reviewer=admin, name="鹿城", service_areas=("330302",))
    await add(
        world.member,
        world.i1,
        reviewer=admin,
        name="温州",
        service_areas=("330300",),
        category=ServiceCategory.FINANCING,
        audience_scales=(EnterpriseScale.SMALL, EnterpriseScale.MICRO),
        pricing=Pricing.FREE,
        price=None,
        form=ServiceForm.BOTH,
    )
    await add(
        world.member,
        world.i1,
        reviewer=admin,
        name="全省",
        service_areas=("330000",),
        audience_industries=("34",),
        pricing=Pricing.RANGE,
        price=None,
        price_min=Decimal("100"),
        price_max=Decimal("500"),
        form=ServiceForm.OFFLINE,
        description="专精特新企业知识产权服务",
    )
    await add(
        world.other_member,
        world.i2,
        reviewer=admin,
        name="杭州",
        service_areas=("330100",),
        audience_industries=("C",),
    )
    await add(world.member, world.i1, S.PENDING, name="待审", service_areas=("330000",))
    await add(world.member, world.i1, S.OFFLINE, reviewer=admin, name="已下架")

    assert await names(client) == ["杭州", "全省", "温州", "鹿城"]
    # Region: the area covers the region (itself or any region above it).
    assert await names(client, r="330302") == ["全省", "温州", "鹿城"]
    assert await names(client, r="330303") == ["全省", "温州"]
    assert await names(client, r="330300") == ["全省", "温州"]
    assert await names(client, r="330106") == ["杭州", "全省"]
    assert await names(client, r="330000") == ["全省"]
    assert await names(client, r="999999") == []
    # Audience: an empty list serves everyone.
    assert await names(client, s="MICRO") == ["杭州", "全省", "温州", "鹿城"]
    assert await names(client, s="LARGE") == ["杭州", "全省", "鹿城"]
    assert await names(client, ind="34") == ["杭州", "全省", "温州", "鹿城"]
    assert await names(client, ind="65") == ["温州", "鹿城"]
    assert await names(client, ind="C") == ["杭州", "全省", "温州", "鹿城"]
    assert await names(client, ind="C13") == ["杭州", "温州", "鹿城"]
    assert await names(client, ind="nonsense") == []
    # Free or fee, form, category, search.
    assert await names(client, p="FREE") == ["温州"]
    assert await names(client, p="FEE") == ["杭州", "全省", "鹿城"]
    assert await names(client, f="ONLINE") == ["杭州", "温州", "鹿城"]
    assert await names(client, f="OFFLINE") == ["全省", "温州"]
    assert await names(client, f="BOTH") == ["温州"]
    assert await names(client, c="FINANCING") == ["温州"]
    assert await names(client, q="专精特新") == ["全省"]
    assert await names(client, q="全省") == ["全省"]
    assert await names(client, r="330302", p="FEE", f="ONLINE") == ["鹿城"]
    # Keyset pages.
    first = (await gql(client, SEARCH, {"first": 3}))["data"]["serviceProducts"]
    assert first["totalCount"] == 4 and first["pageInfo"]["hasNextPage"]
    rest = await names(client, first=3, after=first["pageInfo"]["endCursor"])
    assert rest == ["鹿城"]
    # A suspended institution's products leave the shelf with it.
    hub = scope_of(await grants_of(admin))
    await institutions.change_status(ACTOR, hub, world.i2.id, InstitutionStatus.SUSPENDED, "整改")
    assert await names(client) == ["全省", "温州", "鹿城"]


async def test_sort_by_rating_and_popularity(client: httpx.AsyncClient, world: World) -> None:
    made = {}
    for name in ("甲", "乙", "丙", "丁"):
        made[name] = await make_product(
            world.member, world.i1, reviewer=world.network.admin, name=name
        )
    # Without sources: no rating, no requests, newest first.
    assert await names(client, sort="RATING") == ["丁", "丙", "乙", "甲"]
    assert await names(client, sort="POPULARITY") == ["丁", "丙", "乙", "甲"]

    async def rating_source(ids: Sequence[int]) -> dict[int, figures.Rating]:
        return {
            made["甲"].id: figures.Rating(4.5, 2),
            made["丙"].id: figures.Rating(3.0, 1),
            made["乙"].id: figures.Rating(4.5, 4),
        }

    async def request_source(ids: Sequence[int]) -> dict[int, int]:
        return {made["甲"].id: 1, made["丙"].id: 7}

    figures.register_rating_source(rating_source)
    figures.register_request_source(request_source)
    try:
        assert await names(client, sort="RATING") == ["乙", "甲", "丙", "丁"]
        assert await names(client, sort="POPULARITY") == ["丙", "甲", "丁", "乙"]
        page = (await gql(client, SEARCH, {"sort": "RATING", "first": 2}))["data"][
            "serviceProducts"
        ]
        assert [e["node"]["rating"] for e in page["edges"]] == [4.5, 4.5]
        assert page["pageInfo"]["hasNextPage"] and page["totalCount"] == 4
        rest = await names(client, sort="RATING", first=2, after=page["pageInfo"]["endCursor"])
        assert rest == ["丙", "丁"]
        counts = (await gql(client, SEARCH, {"sort": "POPULARITY"}))["data"]["serviceProducts"]
        assert [e["node"]["requestCount"] for e in counts["edges"]] == [7, 1, 0, 0]
    finally:
        figures.unregister(rating_source)
        figures.unregister(request_source)


async def test_my_products_and_review_queue(client: httpx.AsyncClient, world: World) -> None:
    await make_product(world.member, world.i1, S.DRAFT, name="草稿")
    await make_product(world.member, world.i1, S.PENDING, name="待审")
    await make_product(world.other_member, world.i2, S.PENDING, name="杭州待审")
    mine = """query($i: ID!, $s: ServiceProductStatus) { myServiceProducts(institutionId: $i,
      status: $s) { edges { node { name status } } } }"""
    i1 = str(relay.GlobalID("Institution", str(world.i1.id)))
    result = await gql(client, mine, {"i": i1}, token=world.tokens["member"])
    edges = result["data"]["myServiceProducts"]["edges"]
    assert [e["node"]["name"] for e in edges] == ["待审", "草稿"]
    result = await gql(client, mine, {"i": i1, "s": "DRAFT"}, token=world.tokens["member"])
    assert [e["node"]["name"] for e in result["data"]["myServiceProducts"]["edges"]] == ["草稿"]
    result = await gql(client, mine, {"i": i1}, token=world.tokens["other"])
    assert result["data"]["myServiceProducts"]["edges"] == []
    queue = """query($s: ServiceProductStatus) { serviceProductsForReview(status: $s) {
      edges { node { name } } } }"""
    for who, expected in (
        ("op_wenzhou", ["待审"]),
        ("op_hangzhou", ["杭州待审"]),
        ("hub", ["杭州待审", "待审"]),
        ("member", []),
    ):
        result = await gql(client, queue, {"s": "PENDING"}, token=world.tokens[who])
        got = [e["node"]["name"] for e in result["data"]["serviceProductsForReview"]["edges"]]
        assert got == expected, who


async def test_two_operators_deciding_at_once_one_wins(
    client: httpx.AsyncClient, world: World
) -> None:
    for _ in range(3):
        product = await make_product(world.member, world.i1, S.PENDING)
        results = await asyncio.gather(
            gql(client, APPROVE, {"id": gid(product)}, token=world.tokens["op_wenzhou"]),
            gql(client, REJECT, {"id": gid(product), "r": "不符合"}, token=world.tokens["hub"]),
            gql(client, APPROVE, {"id": gid(product)}, token=world.tokens["hub"]),
        )
        outcomes = sorted(
            "ok" if not payload(r)["errors"] else payload(r)["errors"][0]["code"] for r in results
        )
        assert outcomes == ["INVALID_TRANSITION", "INVALID_TRANSITION", "ok"]
        reviews = await ServiceProductReview.filter(
            product_id=product.id, from_status=S.PENDING
        ).count()
        assert reviews == 1


async def test_members_of_an_inactive_institution_cannot_publish(
    client: httpx.AsyncClient, world: World
) -> None:
    draft = await make_product(world.member, world.i1, S.DRAFT)
    colleague = await make_user("colleague@qifu.cn")
    await grant_role(colleague, Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, world.i1.id)
    logo = await image_id(world.member)
    await services.update(
        ACTOR,
        world.member,
        scope_of(await grants_of(world.member)),
        draft.id,
        product_data(image_ids=(logo,)),
    )
    # The institution's colleagues see its images before they are public; others do not.
    stored = await StoredFile.get(id=logo)
    assert await can_read(colleague, await grants_of(colleague), stored)
    assert not await can_read(world.other_member, await grants_of(world.other_member), stored)

    hub = scope_of(await grants_of(world.network.admin))
    await institutions.change_status(ACTOR, hub, world.i1.id, InstitutionStatus.SUSPENDED, "整改")
    before = await row(draft.id)
    result = payload(
        await gql(
            client,
            SUBMIT,
            {"id": gid(draft)},
            token=world.tokens["member"],
            headers={"accept-language": "en"},
        )
    )
    assert result["errors"] == [{"field": "productId", "code": "INSTITUTION_NOT_ACTIVE"}]
    assert await row(draft.id) == before
    i1 = str(relay.GlobalID("Institution", str(world.i1.id)))
    created = payload(
        await gql(client, CREATE, {"i": i1, "p": PRODUCT_INPUT}, token=world.tokens["member"])
    )
    assert created["errors"] == [{"field": "institutionId", "code": "INSTITUTION_NOT_ACTIVE"}]
    assert await ServiceProduct.all().count() == 1


async def test_newest_means_last_published_and_pages_by_key(
    client: httpx.AsyncClient, world: World
) -> None:
    early = await make_product(world.member, world.i1, S.PENDING, name="先建后发")
    for name in ("一", "二", "三"):
        await make_product(world.member, world.i1, reviewer=world.network.admin, name=name)
    clock.advance(timedelta(hours=1))
    await services.approve(ACTOR, scope_of(await grants_of(world.network.admin)), early.id)
    # Two published in the same instant: the later id first.
    same = await ServiceProduct.filter(name__in=["一", "二"]).order_by("id")
    await ServiceProduct.filter(id=same[1].id).update(published_at=same[0].published_at)
    assert await names(client) == ["先建后发", "三", "二", "一"]
    seen: list[str] = []
    after = None
    while True:
        page = (await gql(client, SEARCH, {"first": 1, "after": after}))["data"]["serviceProducts"]
        seen += [e["node"]["name"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == ["先建后发", "三", "二", "一"]
    bad = await gql(client, SEARCH, {"after": "bm9uc2Vuc2U"})
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
