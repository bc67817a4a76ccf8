"""The business licence of an enterprise and an institution's qualifications: attached from
the uploader's own files of the right purpose, readable by members and staff only."""

from __future__ import annotations

from typing import Any

import httpx

from qifu.orgs.models import Enterprise, Institution
from tests.files.support import png, upload_ok
from tests.orgs.support import credit_code, make_network
from tests.support import gql, login_token, make_user

CREATE = """mutation($e: EnterpriseInput!) { createEnterprise(input: {enterprise: $e}) {
  enterprise { id licence { id name purpose } } errors { field code } } }"""
FILE_NODE = "query($id: ID!) { node(id: $id) { id } }"


def enterprise(**overrides: Any) -> dict[str, Any]:
    values = {
        "creditCode": credit_code(5),
        "name": "温州执照测试有限公司",
        "regionCode": "330302",
        "industryCode": "34",
    }
    values.update(overrides)
    return values


async def test_licence_attached_and_read_by_members_only(client: httpx.AsyncClient) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    await make_user("other@qifu.cn")
    boss = await login_token(client, "boss@qifu.cn")
    other = await login_token(client, "other@qifu.cn")
    licence = await upload_ok(
        client, png(), filename="执照.png", purpose="BUSINESS_LICENCE", token=boss
    )
    created = (
        await gql(client, CREATE, {"e": enterprise(licenceFileId=licence["id"])}, token=boss)
    )["data"]["createEnterprise"]
    assert created["errors"] == []
    assert created["enterprise"]["licence"]["purpose"] == "BUSINESS_LICENCE"
    assert (await gql(client, FILE_NODE, {"id": licence["id"]}, token=boss))["data"]["node"]
    hidden = await gql(client, FILE_NODE, {"id": licence["id"]}, token=other)
    assert hidden["data"]["node"] is None


async def test_only_own_files_of_the_right_purpose(client: httpx.AsyncClient) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    await make_user("other@qifu.cn")
    boss = await login_token(client, "boss@qifu.cn")
    other = await login_token(client, "other@qifu.cn")
    theirs = await upload_ok(client, png(), purpose="BUSINESS_LICENCE", token=other)
    stolen = await gql(client, CREATE, {"e": enterprise(licenceFileId=theirs["id"])}, token=boss)
    assert stolen["data"]["createEnterprise"]["errors"] == [
        {"field": "licenceFileId", "code": "NOT_FOUND"}
    ]
    logo = await upload_ok(client, png(), purpose="LOGO", token=boss)
    wrong = await gql(client, CREATE, {"e": enterprise(licenceFileId=logo["id"])}, token=boss)
    assert wrong["data"]["createEnterprise"]["errors"] == [
        {"field": "licenceFileId", "code": "INVALID"}
    ]
    assert await Enterprise.all().count() == 0


async def test_qualifications_of_an_institution(client: httpx.AsyncClient) -> None:
    await make_network()
    await make_user("inst@qifu.cn")
    token = await login_token(client, "inst@qifu.cn")
    document = await upload_ok(client, png(), purpose="QUALIFICATION", token=token)
    applied = await gql(
        client,
        """mutation($i: ApplyInstitutionInput!) { applyInstitution(input: $i) {
             institution { qualifications { id } } errors { field code } } }""",
        {
            "i": {
                "name": "温州资质测试机构",
                "creditCode": credit_code(6),
                "regionCode": "330302",
                "serviceDomains": ["LEGAL"],
                "serviceAreas": ["330300"],
                "responderName": "负责人",
                "responderPhone": "13700000000",
                "acceptAgreement": True,
                "agreementVersion": "2026-11",
                "qualificationFileIds": [document["id"]],
            }
        },
        token=token,
    )
    payload = applied["data"]["applyInstitution"]
    assert payload["errors"] == []
    assert payload["institution"]["qualifications"] == [{"id": document["id"]}]
    assert (await Institution.get()).qualification_file_ids
