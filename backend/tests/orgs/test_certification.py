"""An enterprise records itself, submits certification, is rejected with a reason, fixes and
resubmits, and an operator of its platform subtree verifies it."""

from __future__ import annotations

from typing import Any

import httpx
from strawberry import relay

from qifu.orgs.models import CertificationStatus, Enterprise, EnterpriseReview, VerifiedCreditCode
from tests.files.support import png, upload_ok
from tests.orgs.support import credit_code, make_network
from tests.support import gql, login_token, make_user

ENTERPRISE_FIELDS = """enterprise { id name creditCode status rejectionReason scale
  region { code fullName } industry { code name } platform { name } contactPhone
  reviews { fromStatus toStatus reason } }
  errors { field code message }"""
CREATE = f"""mutation($e: EnterpriseInput!) {{ createEnterprise(input: {{enterprise: $e}}) {{
  {ENTERPRISE_FIELDS} }} }}"""
UPDATE = f"""mutation($id: ID!, $e: EnterpriseInput!) {{
  updateEnterprise(input: {{enterpriseId: $id, enterprise: $e}}) {{ {ENTERPRISE_FIELDS} }} }}"""
SUBMIT = f"""mutation($id: ID!) {{ submitEnterpriseCertification(input: {{enterpriseId: $id}}) {{
  {ENTERPRISE_FIELDS} }} }}"""
APPROVE = f"""mutation($id: ID!) {{ approveEnterprise(input: {{enterpriseId: $id}}) {{
  {ENTERPRISE_FIELDS} }} }}"""
REJECT = f"""mutation($id: ID!, $r: String!) {{
  rejectEnterprise(input: {{enterpriseId: $id, reason: $r}}) {{ {ENTERPRISE_FIELDS} }} }}"""
QUEUE = """query($s: CertificationStatus) { enterprisesForReview(status: $s) { totalCount
  edges { node { id name otherClaims { id name } } } } }"""


async def with_licence(client: httpx.AsyncClient, token: str, **overrides: Any) -> dict[str, Any]:
    """The enterprise input with a freshly uploaded business licence of this user."""
    licence = await upload_ok(
        client, png(), filename="营业执照.png", purpose="BUSINESS_LICENCE", token=token
    )
    return enterprise_input(licenceFileId=licence["id"], **overrides)


def enterprise_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "creditCode": credit_code(1),
        "name": "温州鹿城精密机械有限公司",
        "regionCode": "330302",
        "industryCode": "34",  # 通用设备制造业
        "employees": 350,
        "revenueWan": "8000",
        "contactName": "王经理",
        "contactPhone": "13900001111",
        "tags": ["专精特新"],
    }
    values.update(overrides)
    return values


async def test_the_whole_certification_loop(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("boss@qifu.cn")
    owner = await login_token(client, "boss@qifu.cn")
    await make_user("wz-op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "wz-op@qifu.cn")

    created = (await gql(client, CREATE, {"e": enterprise_input()}, token=owner))["data"][
        "createEnterprise"
    ]
    assert created["errors"] == []
    enterprise = created["enterprise"]
    assert enterprise["status"] == "UNVERIFIED"
    assert enterprise["platform"]["name"] == "鹿城区企业服务窗口"  # the deepest covering window
    assert enterprise["region"]["fullName"] == "浙江省温州市鹿城区"
    assert enterprise["scale"] == "MEDIUM"  # 工业: ≥ 300 people and ≥ 2000 万元 (both)
    assert enterprise["contactPhone"] == "13900001111"
    eid = enterprise["id"]

    # No licence, no review: the operator checks the record against it.
    unlicensed = (await gql(client, SUBMIT, {"id": eid}, token=owner))["data"]
    assert unlicensed["submitEnterpriseCertification"]["errors"] == [
        {
            "field": "licenceFileId",
            "code": "LICENCE_REQUIRED",
            "message": "提交认证前请上传营业执照",
        }
    ]
    assert (await Enterprise.get()).status == CertificationStatus.UNVERIFIED
    licensed = await gql(
        client, UPDATE, {"id": eid, "e": await with_licence(client, owner)}, token=owner
    )
    assert licensed["data"]["updateEnterprise"]["errors"] == []

    submitted = (await gql(client, SUBMIT, {"id": eid}, token=owner))["data"]
    assert submitted["submitEnterpriseCertification"]["enterprise"]["status"] == "PENDING"
    # While pending the record is locked for its admin.
    locked = await gql(client, UPDATE, {"id": eid, "e": enterprise_input()}, token=owner)
    assert locked["data"]["updateEnterprise"]["errors"][0]["code"] == "INVALID_TRANSITION"

    queue = (await gql(client, QUEUE, {"s": "PENDING"}, token=operator))["data"]
    assert [e["node"]["id"] for e in queue["enterprisesForReview"]["edges"]] == [eid]

    no_reason = await gql(client, REJECT, {"id": eid, "r": "  "}, token=operator)
    assert no_reason["data"]["rejectEnterprise"]["errors"] == [
        {"field": "reason", "code": "REASON_REQUIRED", "message": "请填写原因"}
    ]
    rejected = (await gql(client, REJECT, {"id": eid, "r": "营业执照照片不清晰"}, token=operator))[
        "data"
    ]["rejectEnterprise"]["enterprise"]
    assert rejected["status"] == "REJECTED"

    seen = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on Enterprise { status rejectionReason } } }",
        {"id": eid},
        token=owner,
    )
    assert seen["data"]["node"] == {"status": "REJECTED", "rejectionReason": "营业执照照片不清晰"}

    fixed = await gql(
        client,
        UPDATE,
        {"id": eid, "e": enterprise_input(address="鹿城区车站大道 1 号")},
        token=owner,
    )
    assert fixed["data"]["updateEnterprise"]["errors"] == []
    await gql(client, SUBMIT, {"id": eid}, token=owner)
    approved = (await gql(client, APPROVE, {"id": eid}, token=operator))["data"][
        "approveEnterprise"
    ]["enterprise"]
    assert approved["status"] == "VERIFIED"
    assert [(r["fromStatus"], r["toStatus"]) for r in approved["reviews"]] == [
        ("UNVERIFIED", "PENDING"),
        ("PENDING", "REJECTED"),
        ("REJECTED", "PENDING"),
        ("PENDING", "VERIFIED"),
    ]
    assert await VerifiedCreditCode.filter(credit_code=credit_code(1)).count() == 1
    # The fix above did not mention the licence, so it was kept.
    assert (await Enterprise.get()).licence_file_id is not None


async def test_operators_of_other_platforms_see_and_do_nothing(
    client: httpx.AsyncClient,
) -> None:
    network = await make_network()
    await make_user("boss@qifu.cn")
    owner = await login_token(client, "boss@qifu.cn")
    await make_user("hz-op@qifu.cn", operator_of=network.hangzhou.id)
    other = await login_token(client, "hz-op@qifu.cn")
    created = await gql(client, CREATE, {"e": await with_licence(client, owner)}, token=owner)
    eid = created["data"]["createEnterprise"]["enterprise"]["id"]
    await gql(client, SUBMIT, {"id": eid}, token=owner)

    queue = (await gql(client, QUEUE, {"s": None}, token=other))["data"]
    assert queue["enterprisesForReview"]["totalCount"] == 0
    node = await gql(client, "query($id: ID!) { node(id: $id) { id } }", {"id": eid}, token=other)
    assert node["data"]["node"] is None
    denied = await gql(client, APPROVE, {"id": eid}, token=other)
    unknown_id = str(relay.GlobalID("Enterprise", "999999"))
    unknown = await gql(client, APPROVE, {"id": unknown_id}, token=other)
    # Denied answers exactly as for an unknown id.
    assert denied["data"]["approveEnterprise"] == unknown["data"]["approveEnterprise"]
    assert (await Enterprise.get()).status == CertificationStatus.PENDING


async def test_a_second_claim_on_a_code_is_shown_beside_the_first_and_cannot_be_verified(
    client: httpx.AsyncClient,
) -> None:
    network = await make_network()
    await make_user("real@qifu.cn")
    await make_user("squatter@qifu.cn")
    real = await login_token(client, "real@qifu.cn")
    squatter = await login_token(client, "squatter@qifu.cn")
    await make_user("op@qifu.cn", operator_of=network.hub.id)
    operator = await login_token(client, "op@qifu.cn")

    first = await gql(
        client, CREATE, {"e": await with_licence(client, squatter, name="抢注公司")}, token=squatter
    )
    second = await gql(client, CREATE, {"e": await with_licence(client, real)}, token=real)
    first_id = first["data"]["createEnterprise"]["enterprise"]["id"]
    second_id = second["data"]["createEnterprise"]["enterprise"]["id"]
    for eid, token in ((first_id, squatter), (second_id, real)):
        await gql(client, SUBMIT, {"id": eid}, token=token)

    queue = (await gql(client, QUEUE, {"s": "PENDING"}, token=operator))["data"]
    claims = {
        e["node"]["id"]: e["node"]["otherClaims"] for e in queue["enterprisesForReview"]["edges"]
    }
    assert [c["id"] for c in claims[second_id]] == [first_id]

    ok = await gql(client, APPROVE, {"id": second_id}, token=operator)
    assert ok["data"]["approveEnterprise"]["errors"] == []
    taken = await gql(client, APPROVE, {"id": first_id}, token=operator)
    assert taken["data"]["approveEnterprise"]["errors"][0]["code"] == "CREDIT_CODE_TAKEN"
    assert (await Enterprise.get(name="抢注公司")).status == CertificationStatus.PENDING


async def test_bad_input_gets_user_errors_and_stores_nothing(client: httpx.AsyncClient) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    owner = await login_token(client, "boss@qifu.cn")
    good = credit_code(7)
    wrong_check = good[:-1] + ("0" if good[-1] != "0" else "1")
    cases = [
        ({"creditCode": wrong_check}, "creditCode", "INVALID_CREDIT_CODE"),
        ({"creditCode": good[:-1]}, "creditCode", "INVALID_CREDIT_CODE"),
        ({"creditCode": good[:10] + "I" + good[11:]}, "creditCode", "INVALID_CREDIT_CODE"),
        ({"name": ""}, "name", "REQUIRED"),
        ({"regionCode": "999999"}, "regionCode", "INVALID_REGION"),
        ({"industryCode": "99"}, "industryCode", "INVALID_INDUSTRY"),
        ({"employees": -1}, "employees", "INVALID"),
        ({"contactPhone": "12"}, "contactPhone", "INVALID_PHONE"),
    ]
    for overrides, field, code in cases:
        result = await gql(client, CREATE, {"e": enterprise_input(**overrides)}, token=owner)
        errors = result["data"]["createEnterprise"]["errors"]
        assert {"field": field, "code": code} in [
            {"field": e["field"], "code": e["code"]} for e in errors
        ], (overrides, errors)
    assert await Enterprise.all().count() == 0
    assert await EnterpriseReview.all().count() == 0
