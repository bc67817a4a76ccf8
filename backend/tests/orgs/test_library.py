"""Departments with handlers, and the expert library: add, edit, retire; directories."""

from __future__ import annotations

import httpx

from qifu.accounts.models import Role, RoleGrant
from qifu.orgs.models import Expert, ExpertStatus
from tests.orgs.support import make_network
from tests.support import gql, login_token, make_user

ADD = """mutation($e: ExpertInput!) { addExpert(input: {expert: $e}) {
  expert { id name expertise status } errors { field code } } }"""
RETIRE = """mutation($id: ID!, $r: String!) { retireExpert(input: {expertId: $id, reason: $r}) {
  expert { status } errors { field code } } }"""
EXPERTS = "{ expertDirectory { totalCount edges { node { name } } } }"


async def test_expert_library_in_and_out(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")
    await make_user("prof@qifu.cn")
    expert = {
        "name": "李教授",
        "expertise": ["知识产权", "技术转移"],
        "regionCode": "330300",
        "title": "教授",
        "organisation": "温州大学",
        "userEmail": "prof@qifu.cn",
    }
    added = (await gql(client, ADD, {"e": expert}, token=operator))["data"]["addExpert"]
    assert added["errors"] == [] and added["expert"]["status"] == "ACTIVE"
    assert await RoleGrant.filter(role=Role.EXPERT).count() == 1
    assert (await gql(client, EXPERTS))["data"]["expertDirectory"]["totalCount"] == 1

    no_reason = await gql(client, RETIRE, {"id": added["expert"]["id"], "r": " "}, token=operator)
    assert no_reason["data"]["retireExpert"]["errors"][0]["code"] == "REASON_REQUIRED"
    retired = await gql(
        client, RETIRE, {"id": added["expert"]["id"], "r": "本人申请出库"}, token=operator
    )
    assert retired["data"]["retireExpert"]["expert"]["status"] == "RETIRED"
    assert (await gql(client, EXPERTS))["data"]["expertDirectory"]["totalCount"] == 0
    node = await gql(
        client, "query($id: ID!) { node(id: $id) { id } }", {"id": added["expert"]["id"]}
    )
    assert node["data"]["node"] is None  # retired experts are not public


async def test_experts_outside_the_subtree_are_refused(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("hz@qifu.cn", operator_of=network.hangzhou.id)
    operator = await login_token(client, "hz@qifu.cn")
    expert = {"name": "王专家", "expertise": ["融资"], "regionCode": "330300"}
    result = await gql(client, ADD, {"e": expert}, token=operator)
    assert result["data"]["addExpert"]["errors"] == [
        {"field": "regionCode", "code": "REGION_OUTSIDE_SCOPE"}
    ]
    await make_user("user@qifu.cn")
    user = await login_token(client, "user@qifu.cn")
    denied = await gql(client, ADD, {"e": {**expert, "regionCode": "330100"}}, token=user)
    assert denied["data"]["addExpert"]["errors"][0]["code"] == "FORBIDDEN"
    bad = await gql(
        client, ADD, {"e": {**expert, "regionCode": "330100", "expertise": []}}, token=operator
    )
    assert bad["data"]["addExpert"]["errors"][0]["field"] == "expertise"
    assert await Expert.all().count() == 0
    assert not await Expert.filter(status=ExpertStatus.ACTIVE).exists()


async def test_departments_and_handlers(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")
    await make_user("handler@qifu.cn")
    created = await gql(
        client,
        """mutation { createDepartment(input: {name: "温州市经济和信息化局", regionCode: "330300"})
             { department { id name region { fullName } } errors { code } } }""",
        token=operator,
    )
    department = created["data"]["createDepartment"]["department"]
    assert department["region"]["fullName"] == "浙江省温州市"
    appointed = await gql(
        client,
        """mutation($id: ID!) { appointDepartmentHandler(input: {departmentId: $id,
             email: "handler@qifu.cn"}) { errors { code } } }""",
        {"id": department["id"]},
        token=operator,
    )
    assert appointed["data"]["appointDepartmentHandler"]["errors"] == []
    assert await RoleGrant.filter(role=Role.DEPARTMENT_HANDLER).count() == 1
    listed = await gql(client, "{ departments { name } }", token=operator)
    assert listed["data"]["departments"] == [{"name": "温州市经济和信息化局"}]
    shown = await gql(
        client,
        "{ departments { platform { name } handlers { name email } } }",
        token=operator,
    )
    assert shown["data"]["departments"] == [
        {
            "platform": {"name": "温州市企业服务综合平台"},
            "handlers": [{"name": "测试用户", "email": "handler@qifu.cn"}],
        }
    ]
    # The department itself is public; who handles it is not.
    public = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on Department { name handlers { email } } } }",
        {"id": department["id"]},
    )
    assert public["data"]["node"] == {"name": "温州市经济和信息化局", "handlers": []}
    await make_user("hz@qifu.cn", operator_of=network.hangzhou.id)
    elsewhere = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on Department { handlers { email } } } }",
        {"id": department["id"]},
        token=await login_token(client, "hz@qifu.cn"),
    )
    assert elsewhere["data"]["node"] == {"handlers": []}
    ghost = await gql(
        client,
        """mutation($id: ID!) { appointDepartmentHandler(input: {departmentId: $id,
             email: "ghost@qifu.cn"}) { errors { field code } } }""",
        {"id": department["id"]},
        token=operator,
    )
    assert ghost["data"]["appointDepartmentHandler"]["errors"] == [
        {"field": "email", "code": "NO_ACCOUNT"}
    ]


UPDATE = """mutation($id: ID!, $e: ExpertInput!) {
  updateExpert(input: {expertId: $id, expert: $e}) {
    expert { accountEmail platform { name } } errors { field code } } }"""


async def test_relinking_an_expert_moves_the_expert_role(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")
    first = await make_user("first@qifu.cn")
    second = await make_user("second@qifu.cn")
    expert = {"name": "赵专家", "expertise": ["融资"], "regionCode": "330300"}
    added = await gql(client, ADD, {"e": {**expert, "userEmail": "first@qifu.cn"}}, token=operator)
    eid = added["data"]["addExpert"]["expert"]["id"]

    moved = await gql(
        client, UPDATE, {"id": eid, "e": {**expert, "userEmail": "second@qifu.cn"}}, token=operator
    )
    assert moved["data"]["updateExpert"]["expert"] == {
        "accountEmail": "second@qifu.cn",
        "platform": {"name": "温州市企业服务综合平台"},
    }
    holders = await RoleGrant.filter(role=Role.EXPERT).values_list("user_id", flat=True)
    assert list(holders) == [second.id] and first.id not in holders

    ghost = await gql(
        client, UPDATE, {"id": eid, "e": {**expert, "userEmail": "ghost@qifu.cn"}}, token=operator
    )
    assert ghost["data"]["updateExpert"]["errors"] == [{"field": "userEmail", "code": "NO_ACCOUNT"}]
    unlinked = await gql(client, UPDATE, {"id": eid, "e": expert}, token=operator)
    assert unlinked["data"]["updateExpert"]["expert"]["accountEmail"] is None
    assert not await RoleGrant.filter(role=Role.EXPERT).exists()
    # Anonymous visitors never learn the linked account.
    public = await gql(
        client, "query($id: ID!) { node(id: $id) { ... on Expert { accountEmail } } }", {"id": eid}
    )
    assert public["data"]["node"] == {"accountEmail": None}


async def test_an_expert_moves_only_within_the_operators_platforms(
    client: httpx.AsyncClient,
) -> None:
    network = await make_network()
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")
    expert = {"name": "孙专家", "expertise": ["技术转移"], "regionCode": "330300"}
    added = await gql(client, ADD, {"e": expert}, token=operator)
    eid = added["data"]["addExpert"]["expert"]["id"]
    query = """mutation($id: ID!, $e: ExpertInput!) {
      updateExpert(input: {expertId: $id, expert: $e}) {
        expert { region { code } platform { name } } errors { field code } } }"""

    moved = await gql(
        client, query, {"id": eid, "e": {**expert, "regionCode": "330302"}}, token=operator
    )
    assert moved["data"]["updateExpert"] == {
        "expert": {"region": {"code": "330302"}, "platform": {"name": "鹿城区企业服务窗口"}},
        "errors": [],
    }
    away = await gql(
        client, query, {"id": eid, "e": {**expert, "regionCode": "330102"}}, token=operator
    )
    assert away["data"]["updateExpert"]["errors"] == [
        {"field": "regionCode", "code": "REGION_OUTSIDE_SCOPE"}
    ]
    assert (await Expert.get()).region_code == "330302"
