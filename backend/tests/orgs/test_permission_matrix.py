"""Permission matrix of the orgs domain, written out by hand (not derived from policies.py):
every role × every operation → allowed (Y) or denied (-). A denied cell answers exactly as the
same operation on an unknown id does, and leaves the database unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.accounts.models import Role, RoleGrant, ScopeType
from qifu.accounts.services import grant_role, grants_of
from qifu.orgs import agreement, enterprises, institutions
from qifu.orgs.models import (
    Department,
    Enterprise,
    Expert,
    Institution,
    Invitation,
    Platform,
)
from qifu.orgs.scopes import scope_of
from tests.orgs.support import credit_code, licence_file_id, make_network
from tests.support import ACTOR, gql, login_token, make_user

ROLES = [
    "anonymous",
    "user",
    "e1_admin",
    "e1_member",
    "e2_admin",
    "i1_admin",
    "op_wenzhou",
    "op_hangzhou",
    "hub_admin",
]

# operation: (query, variables with E1/I1/UNKNOWN placeholders)
OPS: dict[str, tuple[str, dict[str, Any]]] = {
    "node(E1)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "E1"}),
    "node(I1 applied)": ("query($id: ID!) { node(id: $id) { id } }", {"id": "I1"}),
    # A list "carries out" when it shows the Wenzhou record (E1 / I1) to the caller.
    "enterprisesForReview sees E1": (
        "{ enterprisesForReview { edges { node { id } } } }",
        {"see": "E1"},
    ),
    "institutionsForReview sees I1": (
        "{ institutionsForReview { edges { node { id } } } }",
        {"see": "I1"},
    ),
    "updateEnterprise": (
        """mutation($id: ID!, $e: EnterpriseInput!) { updateEnterprise(input: {enterpriseId: $id,
           enterprise: $e}) { errors { field code } } }""",
        {"id": "E1", "e": "INPUT"},
    ),
    "submitEnterpriseCertification": (
        """mutation($id: ID!) { submitEnterpriseCertification(input: {enterpriseId: $id}) {
           errors { field code } } }""",
        {"id": "E1"},
    ),
    "approveEnterprise": (
        """mutation($id: ID!) { approveEnterprise(input: {enterpriseId: $id}) {
           errors { field code } } }""",
        {"id": "E1P"},
    ),
    "rejectEnterprise": (
        """mutation($id: ID!) { rejectEnterprise(input: {enterpriseId: $id, reason: "不符合"}) {
           errors { field code } } }""",
        {"id": "E1P"},
    ),
    "inviteEnterpriseMember": (
        """mutation($id: ID!) { inviteEnterpriseMember(input: {enterpriseId: $id,
           email: "new@qifu.cn"}) { errors { field code } } }""",
        {"id": "E1"},
    ),
    "changeInstitutionStatus": (
        """mutation($id: ID!) { changeInstitutionStatus(input: {institutionId: $id, to: ACTIVE})
           { errors { field code } } }""",
        {"id": "I1"},
    ),
    "createPlatform": (
        """mutation { createPlatform(input: {name: "新平台", regionCode: "330700",
           parentId: "HUB"}) { errors { field code } } }""",
        {},
    ),
    "addExpert": (
        """mutation { addExpert(input: {expert: {name: "专家", expertise: ["融资"],
           regionCode: "330300"}}) { errors { field code } } }""",
        {},
    ),
    "createDepartment": (
        """mutation { createDepartment(input: {name: "部门", regionCode: "330300"}) {
           errors { field code } } }""",
        {},
    ),
}

Y, N = True, False
# fmt: off
# The literal table.                  anon user e1a e1m e2a i1a opwz ophz hub
MATRIX: dict[str, tuple[bool, ...]] = {
    "node(E1)":                       (N,   N,   Y,  Y,  N,  N,  Y,   N,   Y),
    "node(I1 applied)":               (N,   N,   N,  N,  N,  Y,  Y,   N,   Y),
    "enterprisesForReview sees E1":   (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "institutionsForReview sees I1":  (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "updateEnterprise":               (N,   N,   Y,  N,  N,  N,  N,   N,   N),
    "submitEnterpriseCertification":  (N,   N,   Y,  N,  N,  N,  N,   N,   N),
    "approveEnterprise":              (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "rejectEnterprise":               (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "inviteEnterpriseMember":         (N,   N,   Y,  N,  N,  N,  N,   N,   N),
    "changeInstitutionStatus":        (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "createPlatform":                 (N,   N,   N,  N,  N,  N,  N,   N,   Y),
    "addExpert":                      (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
    "createDepartment":               (N,   N,   N,  N,  N,  N,  Y,   N,   Y),
}
# fmt: on

ENTERPRISE_INPUT = {
    "creditCode": credit_code(21),
    "name": "温州一号公司",
    "regionCode": "330302",
    "industryCode": "34",
}


@dataclass
class World:
    ids: dict[str, str]
    tokens: dict[str, str | None]


async def build_world(client: httpx.AsyncClient) -> World:
    network = await make_network()
    e1_admin = await make_user("e1a@qifu.cn")
    e1_member = await make_user("e1m@qifu.cn")
    e2_admin = await make_user("e2a@qifu.cn")
    i1_admin = await make_user("i1a@qifu.cn")
    await make_user("user@qifu.cn")
    await make_user("opwz@qifu.cn", operator_of=network.wenzhou.id)
    await make_user("ophz@qifu.cn", operator_of=network.hangzhou.id)

    e1 = await enterprises.create(
        ACTOR,
        e1_admin,
        enterprises.EnterpriseData(
            credit_code=credit_code(1),
            name="温州甲公司",
            region_code="330302",
            industry_code="34",
            licence_file_id=await licence_file_id(e1_admin),
        ),
    )
    await grant_role(e1_member, Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, e1.id)
    e1p = await enterprises.create(
        ACTOR,
        e1_admin,
        enterprises.EnterpriseData(
            credit_code=credit_code(2),
            name="温州乙公司",
            region_code="330302",
            industry_code="34",
            licence_file_id=await licence_file_id(e1_admin),
        ),
    )
    await enterprises.submit(ACTOR, scope_of(await grants_of(e1_admin)), e1p.id)
    await enterprises.create(
        ACTOR,
        e2_admin,
        enterprises.EnterpriseData(
            credit_code=credit_code(3, "330102"),
            name="杭州丙公司",
            region_code="330102",
            industry_code="65",
        ),
    )
    i1 = await institutions.apply(
        ACTOR,
        i1_admin,
        institutions.Application(
            name="温州服务机构",
            credit_code=credit_code(4),
            region_code="330302",
            service_domains=(institutions.ServiceCategory.LEGAL,),
            service_areas=("330300",),
            responder_name="负责人",
            responder_phone="13700000000",
            accept_agreement=True,
            agreement_version=agreement.VERSION,
        ),
    )

    tokens: dict[str, str | None] = {"anonymous": None}
    for role, email in [
        ("user", "user@qifu.cn"),
        ("e1_admin", "e1a@qifu.cn"),
        ("e1_member", "e1m@qifu.cn"),
        ("e2_admin", "e2a@qifu.cn"),
        ("i1_admin", "i1a@qifu.cn"),
        ("op_wenzhou", "opwz@qifu.cn"),
        ("op_hangzhou", "ophz@qifu.cn"),
        ("hub_admin", "hub@qifu.cn"),
    ]:
        tokens[role] = await login_token(client, email)

    def gid(kind: str, pk: int) -> str:
        return str(relay.GlobalID(kind, str(pk)))

    ids = {
        "E1": gid("Enterprise", e1.id),
        "E1P": gid("Enterprise", e1p.id),
        "I1": gid("Institution", i1.id),
        "HUB": gid("Platform", network.hub.id),
    }
    return World(ids, tokens)


async def snapshot() -> tuple[Any, ...]:
    return (
        sorted((e.id, e.status, e.name) for e in await Enterprise.all()),
        sorted((i.id, i.status) for i in await Institution.all()),
        await Platform.all().count(),
        await Expert.all().count(),
        await Department.all().count(),
        await Invitation.all().count(),
        await RoleGrant.all().count(),
    )


def fill(variables: dict[str, Any], ids: dict[str, str], unknown: bool) -> dict[str, Any]:
    """Placeholders → the world's global IDs, or IDs of the same type that do not exist."""
    out: dict[str, Any] = {}
    for key, value in variables.items():
        if key == "see":  # what a list must show; not a GraphQL variable
            continue
        if value == "INPUT":
            out[key] = ENTERPRISE_INPUT
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


def carried_out(result: dict[str, Any], see: str | None) -> bool:
    if result.get("errors") or result.get("data") is None:
        return False
    value = next(iter(result["data"].values()))
    if value is None:
        return False
    if isinstance(value, dict) and "edges" in value:
        return any(edge["node"]["id"] == see for edge in value["edges"])
    return not (isinstance(value, dict) and value.get("errors"))


@pytest.mark.parametrize("operation", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
async def test_cell(client: httpx.AsyncClient, role: str, operation: str) -> None:
    world = await build_world(client)
    query, variables = OPS[operation]
    query = query.replace('"HUB"', f'"{world.ids["HUB"]}"')
    token = world.tokens[role]
    allowed = MATRIX[operation][ROLES.index(role)]
    before = await snapshot()
    result = await gql(client, query, fill(variables, world.ids, unknown=False), token=token)
    see = world.ids.get(variables.get("see", ""))
    assert carried_out(result, see) is allowed, result
    if not allowed:
        assert await snapshot() == before
        if any(v in world.ids for k, v in variables.items() if k != "see"):
            unknown = await gql(
                client, query, fill(variables, world.ids, unknown=True), token=token
            )
            assert without_request_ids(result) == without_request_ids(unknown)
