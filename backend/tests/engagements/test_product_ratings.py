"""A product's ratings: newest first and paged for anyone who may see the product, nothing
for a product they may not see; the product page's operations issue the same statements for
5 ratings as for 100."""

from __future__ import annotations

from datetime import timedelta

import httpx

from qifu.catalog.models import ProductStatus, ServiceProduct
from qifu.core import clock
from qifu.engagements.services import DIMENSIONS, KIND
from qifu.feedback.models import Evaluation
from tests.engagements.support import DIMENSIONS as RATED
from tests.engagements.support import S, World, drive, gid
from tests.spa_operations import spa_operation
from tests.support import count_sql, gql

RATINGS = """query($p: ID!, $first: Int, $offset: Int!) {
  productEvaluations(productId: $p, first: $first, offset: $offset) {
    totalCount items { overall comment reply dimensions { name score } } } }"""


async def add_ratings(world: World, count: int, start: int) -> None:
    """Ratings of the product by other raters, each a minute newer than the one before."""
    now = clock.now()
    await Evaluation.bulk_create(
        [
            Evaluation(
                subject_type=KIND,
                subject_id=10_000 + n,
                rater_id=world.users["e1_admin"].id,
                owner_type="Institution",
                owner_id=world.i1.id,
                target_type="ServiceProduct",
                target_id=world.product.id,
                overall=1 + n % 5,
                dimensions={name: 3 for name in DIMENSIONS},
                comment=f"第{n}条评价",
                created_at=now + timedelta(minutes=n),
            )
            for n in range(start, start + count)
        ]
    )


async def test_ratings_show_newest_first_to_anyone(client: httpx.AsyncClient, world: World) -> None:
    await drive(world, S.EVALUATED)
    await add_ratings(world, 3, 1)
    product = gid("ServiceProduct", world.product.id)
    page = await gql(client, RATINGS, {"p": product, "first": 2, "offset": 0})
    found = page["data"]["productEvaluations"]
    assert found["totalCount"] == 4
    assert [i["comment"] for i in found["items"]] == ["第3条评价", "第2条评价"]
    rest = await gql(client, RATINGS, {"p": product, "first": 2, "offset": 2})
    comments = [i["comment"] for i in rest["data"]["productEvaluations"]["items"]]
    assert comments == ["第1条评价", "专业高效"]
    assert rest["data"]["productEvaluations"]["items"][1]["dimensions"] == [
        {"name": name, "score": score} for name, score in RATED.items()
    ]


async def test_ratings_of_a_product_one_may_not_see_are_empty(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_ratings(world, 2, 1)
    product = gid("ServiceProduct", world.product.id)
    await ServiceProduct.filter(id=world.product.id).update(status=ProductStatus.OFFLINE)
    for role, expected in (("anonymous", 0), ("e2_admin", 0), ("i1_member", 2), ("hub_admin", 2)):
        got = await gql(client, RATINGS, {"p": product, "offset": 0}, token=world.tokens[role])
        assert got["data"]["productEvaluations"]["totalCount"] == expected, role
        assert len(got["data"]["productEvaluations"]["items"]) == expected, role
    unknown = await gql(client, RATINGS, {"p": gid("ServiceProduct", 999_999), "offset": 0})
    assert unknown["data"]["productEvaluations"] == {"totalCount": 0, "items": []}


async def test_product_page_operations_do_not_grow_with_ratings(
    client: httpx.AsyncClient, world: World
) -> None:
    product = gid("ServiceProduct", world.product.id)
    calls = [
        (spa_operation("ServiceProductPage"), {"id": product}),
        (spa_operation("ProductEvaluations"), {"productId": product, "first": 100, "offset": 0}),
    ]

    async def counts() -> list[int]:
        found = []
        for query, variables in calls:
            with count_sql() as counter:
                result = await gql(client, query, variables)
            assert "errors" not in result, result
            found.append(counter.count)
        return found

    await add_ratings(world, 5, 0)
    few = await counts()
    await add_ratings(world, 95, 5)
    many = await counts()
    assert few == many
    result = await gql(client, calls[1][0], calls[1][1])
    assert len(result["data"]["productEvaluations"]["items"]) == 100
