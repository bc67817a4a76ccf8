"""The platform tree and operator appointments, by the hub admin."""

from __future__ import annotations

import asyncio

import httpx

from qifu.accounts.models import Role
from qifu.orgs.models import Platform, PlatformKind
from tests.support import gql, login_token, make_user

CREATE = """mutation($n: String!, $r: String!, $p: ID) {
  createPlatform(input: {name: $n, regionCode: $r, parentId: $p}) {
    platform { id name kind region { fullName } parent { name } } errors { field code } } }"""
APPOINT = """mutation($p: ID!, $e: String!, $a: Boolean!) {
  appointOperator(input: {platformId: $p, email: $e, appoint: $a}) {
    platform { operators { email } } errors { field code } } }"""


async def test_hub_admin_builds_the_tree_and_appoints_operators(
    client: httpx.AsyncClient,
) -> None:
    await make_user("hub@qifu.cn", roles=(Role.HUB_ADMIN,))
    admin = await login_token(client, "hub@qifu.cn")
    hub = (
        await gql(
            client, CREATE, {"n": "浙江省企业服务平台", "r": "330000", "p": None}, token=admin
        )
    )["data"]["createPlatform"]["platform"]
    assert hub["kind"] == "HUB" and hub["parent"] is None
    second_hub = await gql(client, CREATE, {"n": "另一个", "r": "320000", "p": None}, token=admin)
    assert second_hub["data"]["createPlatform"]["errors"][0]["code"] == "HUB_EXISTS"
    wenzhou = (
        await gql(
            client,
            CREATE,
            {"n": "温州市企业服务综合平台", "r": "330300", "p": hub["id"]},
            token=admin,
        )
    )["data"]["createPlatform"]
    assert wenzhou["errors"] == []
    assert wenzhou["platform"]["region"]["fullName"] == "浙江省温州市"
    outside = await gql(
        client, CREATE, {"n": "苏州", "r": "320500", "p": wenzhou["platform"]["id"]}, token=admin
    )
    assert outside["data"]["createPlatform"]["errors"] == [
        {"field": "regionCode", "code": "REGION_OUTSIDE_PARENT"}
    ]
    twin = await gql(client, CREATE, {"n": "温州二号", "r": "330300", "p": hub["id"]}, token=admin)
    assert twin["data"]["createPlatform"]["errors"] == [
        {"field": "regionCode", "code": "PLATFORM_EXISTS"}
    ]
    bad = await gql(client, CREATE, {"n": "x", "r": "123", "p": hub["id"]}, token=admin)
    assert bad["data"]["createPlatform"]["errors"][0]["code"] == "INVALID_REGION"
    assert await Platform.filter(kind=PlatformKind.WINDOW).count() == 1

    await make_user("op@qifu.cn")
    appointed = await gql(
        client, APPOINT, {"p": wenzhou["platform"]["id"], "e": "op@qifu.cn", "a": True}, token=admin
    )
    assert appointed["data"]["appointOperator"]["platform"]["operators"] == [
        {"email": "op@qifu.cn"}
    ]
    unknown = await gql(
        client, APPOINT, {"p": hub["id"], "e": "ghost@qifu.cn", "a": True}, token=admin
    )
    assert unknown["data"]["appointOperator"]["errors"] == [
        {"field": "email", "code": "NO_ACCOUNT"}
    ]
    removed = await gql(
        client,
        APPOINT,
        {"p": wenzhou["platform"]["id"], "e": "op@qifu.cn", "a": False},
        token=admin,
    )
    assert removed["data"]["appointOperator"]["platform"]["operators"] == []


async def test_only_the_hub_admin_shapes_the_network(client: httpx.AsyncClient) -> None:
    await make_user("op@qifu.cn", roles=(Role.OPERATOR,))
    operator = await login_token(client, "op@qifu.cn")
    result = await gql(client, CREATE, {"n": "x", "r": "330000", "p": None}, token=operator)
    assert result["data"]["createPlatform"]["errors"][0]["code"] == "FORBIDDEN"
    anonymous = await gql(client, CREATE, {"n": "x", "r": "330000", "p": None})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await Platform.all().count() == 0


async def test_reference_data_for_pickers(client: httpx.AsyncClient) -> None:
    provinces = (await gql(client, "{ regions { code name hasChildren } }"))["data"]["regions"]
    assert {"code": "330000", "name": "浙江省", "hasChildren": True} in provinces
    counties = (await gql(client, '{ regions(parent: "330300") { code fullName } }'))["data"]
    assert {"code": "330302", "fullName": "浙江省温州市鹿城区"} in counties["regions"]
    assert (await gql(client, '{ regions(parent: "nonsense") { code } }'))["data"]["regions"] == []
    sections = (await gql(client, "{ industries { code name } }"))["data"]["industries"]
    assert len(sections) == 20 and sections[2] == {"code": "C", "name": "制造业"}
    divisions = (await gql(client, '{ industries(parent: "C") { code } }'))["data"]["industries"]
    assert len(divisions) == 31
    scale = await gql(
        client,
        '{ suggestedEnterpriseScale(industryCode: "34", employees: 350, revenueWan: "8000") }',
    )
    assert scale["data"]["suggestedEnterpriseScale"] == "MEDIUM"


async def test_two_admins_creating_the_same_window_at_once_make_one(
    client: httpx.AsyncClient,
) -> None:
    await make_user("hub@qifu.cn", roles=(Role.HUB_ADMIN,))
    admin = await login_token(client, "hub@qifu.cn")
    hub = (
        await gql(
            client, CREATE, {"n": "浙江省企业服务平台", "r": "330000", "p": None}, token=admin
        )
    )["data"]["createPlatform"]["platform"]
    results = await asyncio.gather(
        *[
            gql(client, CREATE, {"n": f"温州平台{i}", "r": "330300", "p": hub["id"]}, token=admin)
            for i in range(4)
        ]
    )
    outcomes = sorted(
        "ok"
        if r["data"]["createPlatform"]["errors"] == []
        else r["data"]["createPlatform"]["errors"][0]["code"]
        for r in results
    )
    assert outcomes == ["PLATFORM_EXISTS"] * 3 + ["ok"]
    assert await Platform.filter(region_code="330300").count() == 1
