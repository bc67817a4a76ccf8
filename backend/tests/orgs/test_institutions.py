"""Institutions apply, are admitted or rejected, suspended and reinstated or exited, each with
a reason kept as history; their dynamic score; the public directory."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import httpx
import pytest

from qifu.orgs import scoring
from qifu.orgs.models import Institution, InstitutionStatus
from tests.orgs.support import credit_code, make_network
from tests.support import gql, login_token, make_user

APPLY = """mutation($i: ApplyInstitutionInput!) { applyInstitution(input: $i) {
  institution { id name status serviceDomains responderPhone platform { name } }
  errors { field code } } }"""
CHANGE = """mutation($id: ID!, $to: InstitutionStatus!, $r: String!) {
  changeInstitutionStatus(input: {institutionId: $id, to: $to, reason: $r}) {
    institution { status statusReason statusHistory { fromStatus toStatus reason } }
    errors { field code } } }"""
DIRECTORY = """query($d: ServiceCategory) { institutionDirectory(serviceDomain: $d) { totalCount
  edges { node { name responderPhone contactName score { value } } } } }"""


def application(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "温州中小企业法律服务中心",
        "creditCode": credit_code(11),
        "regionCode": "330302",
        "serviceDomains": ["LEGAL", "MANAGEMENT_CONSULTING"],
        "serviceAreas": ["330300"],
        "responderName": "陈律师",
        "responderPhone": "13700001234",
        "contactName": "服务台",
        "acceptAgreement": True,
        "agreementVersion": "2026-11",
    }
    values.update(overrides)
    return values


async def test_apply_admit_suspend_reinstate_exit(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("inst@qifu.cn")
    applicant = await login_token(client, "inst@qifu.cn")
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")

    applied = (await gql(client, APPLY, {"i": application()}, token=applicant))["data"][
        "applyInstitution"
    ]
    assert applied["errors"] == []
    institution = applied["institution"]
    assert institution["status"] == "APPLIED"
    assert institution["platform"]["name"] == "鹿城区企业服务窗口"
    assert institution["responderPhone"] == "13700001234"
    iid = institution["id"]
    assert (await gql(client, DIRECTORY, {"d": None}))["data"]["institutionDirectory"][
        "totalCount"
    ] == 0

    admitted = await gql(client, CHANGE, {"id": iid, "to": "ACTIVE", "r": ""}, token=operator)
    assert admitted["data"]["changeInstitutionStatus"]["institution"]["status"] == "ACTIVE"
    listed = (await gql(client, DIRECTORY, {"d": "LEGAL"}))["data"]["institutionDirectory"]
    assert listed["totalCount"] == 1
    public = listed["edges"][0]["node"]
    assert public["responderPhone"] is None and public["contactName"] == "服务台"
    assert (await gql(client, DIRECTORY, {"d": "FINANCING"}))["data"]["institutionDirectory"][
        "totalCount"
    ] == 0

    no_reason = await gql(client, CHANGE, {"id": iid, "to": "SUSPENDED", "r": ""}, token=operator)
    assert no_reason["data"]["changeInstitutionStatus"]["errors"] == [
        {"field": "reason", "code": "REASON_REQUIRED"}
    ]
    await gql(client, CHANGE, {"id": iid, "to": "SUSPENDED", "r": "满意度连续偏低"}, token=operator)
    back = await gql(client, CHANGE, {"id": iid, "to": "ACTIVE", "r": "整改完成"}, token=operator)
    assert back["data"]["changeInstitutionStatus"]["institution"]["status"] == "ACTIVE"
    await gql(client, CHANGE, {"id": iid, "to": "SUSPENDED", "r": "再次投诉"}, token=operator)
    exited = (
        await gql(client, CHANGE, {"id": iid, "to": "EXITED", "r": "淘汰退出"}, token=operator)
    )["data"]["changeInstitutionStatus"]["institution"]
    assert exited["status"] == "EXITED"
    assert [(h["fromStatus"], h["toStatus"], h["reason"]) for h in exited["statusHistory"]] == [
        (None, "APPLIED", ""),
        ("APPLIED", "ACTIVE", ""),
        ("ACTIVE", "SUSPENDED", "满意度连续偏低"),
        ("SUSPENDED", "ACTIVE", "整改完成"),
        ("ACTIVE", "SUSPENDED", "再次投诉"),
        ("SUSPENDED", "EXITED", "淘汰退出"),
    ]
    illegal = await gql(client, CHANGE, {"id": iid, "to": "ACTIVE", "r": "想回来"}, token=operator)
    assert illegal["data"]["changeInstitutionStatus"]["errors"][0]["code"] == "INVALID_TRANSITION"


async def test_other_platforms_and_members_cannot_decide(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("inst@qifu.cn")
    applicant = await login_token(client, "inst@qifu.cn")
    await make_user("hz@qifu.cn", operator_of=network.hangzhou.id)
    other = await login_token(client, "hz@qifu.cn")
    iid = (await gql(client, APPLY, {"i": application()}, token=applicant))["data"][
        "applyInstitution"
    ]["institution"]["id"]
    for token in (other, applicant):
        result = await gql(client, CHANGE, {"id": iid, "to": "ACTIVE", "r": ""}, token=token)
        assert result["data"]["changeInstitutionStatus"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await Institution.get()).status == InstitutionStatus.APPLIED


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"acceptAgreement": False}, "acceptAgreement", "AGREEMENT_NOT_ACCEPTED"),
        ({"serviceDomains": []}, "serviceDomains", "REQUIRED"),
        ({"serviceAreas": ["000000"]}, "serviceAreas", "INVALID_REGION"),
        ({"responderPhone": ""}, "responderPhone", "REQUIRED"),
        ({"creditCode": "123"}, "creditCode", "INVALID_CREDIT_CODE"),
        ({"contactEmail": "not-an-address"}, "contactEmail", "INVALID_EMAIL"),
        ({"contactEmail": "a" * 250 + "@x.cn"}, "contactEmail", "TOO_LONG"),
        ({"contactPhone": "12345"}, "contactPhone", "INVALID_CONTACT_PHONE"),
        ({"responderPhone": "0577-88886666"}, "responderPhone", "INVALID_PHONE"),
    ],
)
async def test_bad_applications_store_nothing(
    client: httpx.AsyncClient, overrides: dict[str, Any], field: str, code: str
) -> None:
    await make_network()
    await make_user("inst@qifu.cn")
    token = await login_token(client, "inst@qifu.cn")
    result = await gql(client, APPLY, {"i": application(**overrides)}, token=token)
    errors = result["data"]["applyInstitution"]["errors"]
    assert {"field": field, "code": code} in errors
    assert await Institution.all().count() == 0


@pytest.fixture
def reported_figures() -> Iterator[dict[int, tuple[int, int]]]:
    """A completion source as the service-delivering domains will register one."""
    figures: dict[int, tuple[int, int]] = {}

    async def completion(ids: Sequence[int], since: datetime) -> dict[int, scoring.Tally]:
        return {i: scoring.Tally(*figures[i]) for i in ids if i in figures}

    scoring.register(scoring.Component.COMPLETION, completion)
    yield figures
    scoring._sources[scoring.Component.COMPLETION].remove(completion)


async def test_score_comes_from_registered_sources(
    client: httpx.AsyncClient, reported_figures: dict[int, tuple[int, int]]
) -> None:
    await make_network()
    await make_user("inst@qifu.cn")
    token = await login_token(client, "inst@qifu.cn")
    await gql(client, APPLY, {"i": application()}, token=token)
    institution = await Institution.get()
    query = "{ myInstitutions { score { value completionRate flaggedForReview } } }"
    before = (await gql(client, query, token=token))["data"]["myInstitutions"][0]["score"]
    assert before == {"value": None, "completionRate": None, "flaggedForReview": False}
    reported_figures[institution.id] = (1, 2)
    after = (await gql(client, query, token=token))["data"]["myInstitutions"][0]["score"]
    assert after == {"value": 50.0, "completionRate": 0.5, "flaggedForReview": True}


def test_score_formula() -> None:
    c = scoring.Component
    assert scoring.combine({c.COMPLETION: 1.0, c.TIMELINESS: 0.5, c.SATISFACTION: 0.9}) == 82.0
    assert scoring.combine({c.COMPLETION: None, c.TIMELINESS: 1.0, c.SATISFACTION: 0.5}) == 75.0
    assert scoring.combine({c.COMPLETION: None, c.TIMELINESS: None, c.SATISFACTION: None}) is None


async def test_one_live_institution_per_credit_code(client: httpx.AsyncClient) -> None:
    network = await make_network()
    await make_user("inst@qifu.cn")
    await make_user("other@qifu.cn")
    first = await login_token(client, "inst@qifu.cn")
    second = await login_token(client, "other@qifu.cn")
    await make_user("op@qifu.cn", operator_of=network.wenzhou.id)
    operator = await login_token(client, "op@qifu.cn")
    # A landline is a fine public number; it is kept as written.
    applied = await gql(
        client, APPLY, {"i": application(contactPhone="0577-88886666")}, token=first
    )
    iid = applied["data"]["applyInstitution"]["institution"]["id"]

    for token in (first, second):  # pending: nobody applies for the same organisation again
        again = await gql(client, APPLY, {"i": application(name="另一个名字")}, token=token)
        assert again["data"]["applyInstitution"]["errors"] == [
            {"field": "creditCode", "code": "INSTITUTION_EXISTS"}
        ]
    assert await Institution.all().count() == 1

    # Rejected, the organisation may apply again (with what it fixed).
    await gql(client, CHANGE, {"id": iid, "to": "REJECTED", "r": "资质不全"}, token=operator)
    retried = await gql(client, APPLY, {"i": application()}, token=first)
    assert retried["data"]["applyInstitution"]["errors"] == []
    contact = await gql(
        client,
        "{ myInstitutions { status contactPhone appliedAt } }",
        token=first,
    )
    rows = contact["data"]["myInstitutions"]
    assert sorted(r["status"] for r in rows) == ["APPLIED", "REJECTED"]
    assert {r["contactPhone"] for r in rows} == {"0577-88886666", None}
    assert all(r["appliedAt"] for r in rows)


async def test_simultaneous_applications_for_one_code_admit_one(
    client: httpx.AsyncClient,
) -> None:
    await make_network()
    tokens = []
    for n in range(4):
        await make_user(f"inst{n}@qifu.cn")
        tokens.append(await login_token(client, f"inst{n}@qifu.cn"))
    results = await asyncio.gather(
        *[gql(client, APPLY, {"i": application()}, token=token) for token in tokens]
    )
    codes = sorted(
        (r["data"]["applyInstitution"]["errors"] or [{"code": "ok"}])[0]["code"] for r in results
    )
    assert codes == ["INSTITUTION_EXISTS"] * 3 + ["ok"]
    assert await Institution.all().count() == 1
