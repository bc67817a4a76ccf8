"""Permission matrix of the catalog domain, written out by hand (not derived from
policies.py): every role × every operation → allowed (Y) or denied (-). A denied cell answers
exactly as the same operation on an unknown id does, and leaves the database unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.catalog.models import ProductStatus, ServiceProduct, ServiceProductReview
from qifu.orgs import enterprises
from tests.catalog.support import PRODUCT_INPUT, make_institution, make_product
from tests.conftest import empty_tables
from tests.orgs.support import credit_code, make_network
from tests.support import ACTOR, gql, login_token, make_user

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "i1_admin",
    "i2_admin",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]

NODE = "query($id: ID!) { node(id: $id) { id } }"
# operation: (query, variables with placeholders: PD draft, PP pending, PUB published — all
# of I1, an active 鹿城 institution under the 温州 window)
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "node(PD draft)": (NODE, {"id": "PD"}),
    "node(PP pending)": (NODE, {"id": "PP"}),
    "node(PUB published)": (NODE, {"id": "PUB"}),
    "node(PUB).reviews": (
        "query($id: ID!) { node(id: $id) { id ... on ServiceProduct { reviews { at } } } }",
        {"id": "PUB", "field": "reviews"},
    ),
    "node(PR).statusReason": (
        "query($id: ID!) { node(id: $id) { id ... on ServiceProduct { statusReason } } }",
        {"id": "PR"},
    ),
    "serviceProducts sees PUB": (
        "{ serviceProducts { edges { node { id } } } }",
        {"see": "PUB"},
    ),
    "serviceProducts sees PP": (
        "{ serviceProducts { edges { node { id } } } }",
        {"see": "PP"},
    ),
    "myServiceProducts(I1) sees PD": (
        "query($i: ID!) { myServiceProducts(institutionId: $i) { edges { node { id } } } }",
        {"i": "I1", "see": "PD"},
    ),
    "serviceProductsForReview sees PP": (
        "{ serviceProductsForReview { edges { node { id } } } }",
        {"see": "PP"},
    ),
    "createServiceProduct(I1)": (
        """mutation($i: ID!, $p: ServiceProductInput!) { createServiceProduct(input:
           {institutionId: $i, product: $p}) { errors { field code } } }""",
        {"i": "I1", "p": "INPUT"},
    ),
    "updateServiceProduct(PD)": (
        """mutation($id: ID!, $p: ServiceProductInput!) { updateServiceProduct(input:
           {productId: $id, product: $p}) { errors { field code } } }""",
        {"id": "PD", "p": "INPUT"},
    ),
    "submitServiceProduct(PD)": (
        """mutation($id: ID!) { submitServiceProduct(input: {productId: $id}) {
           errors { field code } } }""",
        {"id": "PD"},
    ),
    "approveServiceProduct(PP)": (
        """mutation($id: ID!) { approveServiceProduct(input: {productId: $id}) {
           errors { field code } } }""",
        {"id": "PP"},
    ),
    "rejectServiceProduct(PP)": (
        """mutation($id: ID!) { rejectServiceProduct(input: {productId: $id, reason: "不符合"})
           { errors { field code } } }""",
        {"id": "PP"},
    ),
    "takeServiceProductOffline(PUB)": (
        """mutation($id: ID!) { takeServiceProductOffline(input: {productId: $id,
           reason: "暂停服务"}) { errors { field code } } }""",
        {"id": "PUB"},
    ),
}

Y, N = True, False
# fmt: off
# The literal table.                   anon user e1a i1a i2a opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "node(PD draft)":                   (N,   N,   N,  Y,  N,  Y,   N,   Y),
    "node(PP pending)":                 (N,   N,   N,  Y,  N,  Y,   N,   Y),
    "node(PUB published)":              (Y,   Y,   Y,  Y,  Y,  Y,   Y,   Y),
    "node(PUB).reviews":                (N,   N,   N,  Y,  N,  Y,   N,   Y),
    "node(PR).statusReason":            (N,   N,   N,  Y,  N,  Y,   N,   Y),
    "serviceProducts sees PUB":         (Y,   Y,   Y,  Y,  Y,  Y,   Y,   Y),
    "serviceProducts sees PP":          (N,   N,   N,  N,  N,  N,   N,   N),
    "myServiceProducts(I1) sees PD":    (N,   N,   N,  Y,  N,  N,   N,   N),
    "serviceProductsForReview sees PP": (N,   N,   N,  N,  N,  Y,   N,   Y),
    "createServiceProduct(I1)":         (N,   N,   N,  Y,  N,  N,   N,   N),
    "updateServiceProduct(PD)":         (N,   N,   N,  Y,  N,  N,   N,   N),
    "submitServiceProduct(PD)":         (N,   N,   N,  Y,  N,  N,   N,   N),
    "approveServiceProduct(PP)":        (N,   N,   N,  N,  N,  Y,   N,   Y),
    "rejectServiceProduct(PP)":         (N,   N,   N,  N,  N,  Y,   N,   Y),
    "takeServiceProductOffline(PUB)":   (N,   N,   N,  Y,  N,  Y,   N,   Y),
}
# fmt: on


@dataclass
class World:
    ids: dict[str, str]
    tokens: dict[str, str | None]


async def build_world(client: httpx.AsyncClient) -> World:
    network = await make_network()
    e1_admin = await make_user("e1a@qifu.cn")
    i1_admin = await make_user("i1a@qifu.cn")
    i2_admin = await make_user("i2a@qifu.cn")
    await make_user("user@qifu.cn")
    await make_user("opwz@qifu.cn", operator_of=network.wenzhou.id)
    await make_user("ophz@qifu.cn", operator_of=network.hangzhou.id)
    await enterprises.create(
        ACTOR,
        e1_admin,
        enterprises.EnterpriseData(
            credit_code=credit_code(1),
            name="温州甲公司",
            region_code="330302",
            industry_code="34",
        ),
    )
    i1 = await make_institution(i1_admin, 41, "温州服务机构", "330302", hub_admin=network.admin)
    i2 = await make_institution(i2_admin, 42, "杭州服务机构", "330102", hub_admin=network.admin)
    # i2 has products of its own, so its admin is a real institution member in every cell.
    await make_product(i2_admin, i2, ProductStatus.PENDING, name="杭州产品")
    admin = network.admin
    pd = await make_product(i1_admin, i1, ProductStatus.DRAFT, name="草稿产品")
    pp = await make_product(i1_admin, i1, ProductStatus.PENDING, name="待审产品")
    pr = await make_product(i1_admin, i1, ProductStatus.REJECTED, reviewer=admin, name="退回")
    pub = await make_product(i1_admin, i1, ProductStatus.PUBLISHED, reviewer=admin, name="上架")

    tokens: dict[str, str | None] = {"anonymous": None}
    for role, email in [
        ("user", "user@qifu.cn"),
        ("e1_admin", "e1a@qifu.cn"),
        ("i1_admin", "i1a@qifu.cn"),
        ("i2_admin", "i2a@qifu.cn"),
        ("op_wenzhou", "opwz@qifu.cn"),
        ("op_hangzhou", "ophz@qifu.cn"),
        ("hub_admin", "hub@qifu.cn"),
    ]:
        tokens[role] = await login_token(client, email)

    def gid(kind: str, pk: int) -> str:
        return str(relay.GlobalID(kind, str(pk)))

    ids = {
        "PD": gid("ServiceProduct", pd.id),
        "PP": gid("ServiceProduct", pp.id),
        "PR": gid("ServiceProduct", pr.id),
        "PUB": gid("ServiceProduct", pub.id),
        "I1": gid("Institution", i1.id),
    }
    return World(ids, tokens)


async def snapshot() -> tuple[Any, ...]:
    return (
        sorted(
            (p.id, p.status, p.name, p.status_reason, p.updated_at)
            for p in await ServiceProduct.all()
        ),
        await ServiceProductReview.all().count(),
    )


def fill(variables: dict[str, Any], ids: dict[str, str], unknown: bool) -> dict[str, Any]:
    """Placeholders → the world's global IDs, or IDs of the same type that do not exist."""
    out: dict[str, Any] = {}
    for key, value in variables.items():
        if key in ("see", "field"):  # what the answer must show; not GraphQL variables
            continue
        if value == "INPUT":
            out[key] = {**PRODUCT_INPUT, "name": "改名的产品"}
        elif value in ids and unknown:
            kind = relay.GlobalID.from_id(ids[value]).type_name
            out[key] = str(relay.GlobalID(kind, "999999"))
        else:
            out[key] = ids.get(value, value)
    return out


def without_request_ids(result: dict[str, Any]) -> dict[str, Any]:
    for error in result.get("errors") or []:
        error.get("extensions", {}).pop("requestId", None)
    return result


def carried_out(result: dict[str, Any], see: str | None, field: str | None) -> bool:
    """Did the operation do (mutations) or show (queries) what the cell is about?"""
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if value is None:
        return False
    if isinstance(value, dict) and "edges" in value:
        value = [edge["node"] for edge in value["edges"]]
    if isinstance(value, list):
        value = next((item for item in value if item["id"] == see), None)
        if value is None:
            return False
    if field is not None:
        return value.get(field) not in (None, [], "")
    if "statusReason" in value:
        return value["statusReason"] is not None
    return not value.get("errors")


def cell(role: str, operation: str) -> bool:
    return MATRIX[operation][ROLES.index(role)]


async def try_cell(client: httpx.AsyncClient, world: World, role: str, operation: str) -> None:
    query, variables = OPS[operation]
    token = world.tokens[role]
    allowed = cell(role, operation)
    before = await snapshot()
    result = await gql(client, query, fill(variables, world.ids, unknown=False), token=token)
    see = world.ids.get(variables.get("see", ""))
    assert carried_out(result, see, variables.get("field")) is allowed, (role, result)
    if not allowed:
        assert await snapshot() == before, role
        # A private field of a visible record is denied by being empty (checked above); a
        # denied record answers as an unknown id does.
        if (
            "field" not in variables
            and "statusReason" not in query
            and any(v in world.ids for k, v in variables.items() if k != "see")
        ):
            unknown = await gql(
                client, query, fill(variables, world.ids, unknown=True), token=token
            )
            assert without_request_ids(result) == without_request_ids(unknown), role


@pytest.mark.parametrize("operation", list(MATRIX))
async def test_operation(client: httpx.AsyncClient, operation: str) -> None:
    """Every denied role on one world (each leaves it unchanged), then every allowed role on a
    fresh world of its own, since an allowed mutation changes what the next one would see."""
    world = await build_world(client)
    for role in ROLES:
        if not cell(role, operation):
            await try_cell(client, world, role, operation)
    for role in ROLES:
        if cell(role, operation):
            await empty_tables()
            world = await build_world(client)
            await try_cell(client, world, role, operation)
