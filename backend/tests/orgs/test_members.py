"""Enterprise members: invitations by email, removal, handing over the admin role."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from qifu.accounts.models import Role, RoleGrant
from qifu.core import clock
from qifu.orgs.models import Invitation
from tests.orgs.support import credit_code, make_network
from tests.support import gql, last_mail_to, link_token, login_token, make_user

CREATE = """mutation($e: EnterpriseInput!) { createEnterprise(input: {enterprise: $e}) {
  enterprise { id } errors { code } } }"""
INVITE = """mutation($id: ID!, $email: String!, $admin: Boolean!) {
  inviteEnterpriseMember(input: {enterpriseId: $id, email: $email, asAdmin: $admin}) {
    invitation { email asAdmin } errors { field code } } }"""
ACCEPT = """mutation($t: String!) { acceptEnterpriseInvitation(input: {token: $t}) {
  enterprise { id name members { id name isAdmin } } errors { field code } } }"""
MEMBERS = """query($id: ID!) { node(id: $id) { ... on Enterprise {
  members { id email isAdmin } pendingInvitations { email } } } }"""
REMOVE = """mutation($e: ID!, $u: ID!) { removeEnterpriseMember(input: {enterpriseId: $e,
  userId: $u}) { enterprise { members { email } } errors { field code } } }"""
SET_ADMIN = """mutation($e: ID!, $u: ID!, $a: Boolean!) { setEnterpriseMemberAdmin(input: {
  enterpriseId: $e, userId: $u, isAdmin: $a}) { enterprise { members { email isAdmin } }
  errors { field code } } }"""


async def enterprise_of(client: httpx.AsyncClient, token: str) -> str:
    data: dict[str, Any] = {
        "creditCode": credit_code(3),
        "name": "温州测试科技有限公司",
        "regionCode": "330302",
        "industryCode": "65",
    }
    result = await gql(client, CREATE, {"e": data}, token=token)
    return str(result["data"]["createEnterprise"]["enterprise"]["id"])


async def test_invite_accept_and_hand_over_admin(client: httpx.AsyncClient) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    await make_user("colleague@qifu.cn", name="同事")
    boss = await login_token(client, "boss@qifu.cn")
    colleague = await login_token(client, "colleague@qifu.cn")
    eid = await enterprise_of(client, boss)

    invited = await gql(
        client, INVITE, {"id": eid, "email": "Colleague@qifu.cn", "admin": False}, token=boss
    )
    assert invited["data"]["inviteEnterpriseMember"]["errors"] == []
    mail = await last_mail_to("colleague@qifu.cn")
    assert "温州测试科技有限公司" in mail.subject
    pending = (await gql(client, MEMBERS, {"id": eid}, token=boss))["data"]["node"]
    assert pending["pendingInvitations"] == [{"email": "colleague@qifu.cn"}]

    joined = await gql(client, ACCEPT, {"t": link_token(mail)}, token=colleague)
    payload = joined["data"]["acceptEnterpriseInvitation"]
    assert payload["errors"] == []
    members = {m["name"]: m for m in payload["enterprise"]["members"]}
    assert members["同事"]["isAdmin"] is False

    again = await gql(client, ACCEPT, {"t": link_token(mail)}, token=colleague)
    assert again["data"]["acceptEnterpriseInvitation"]["errors"][0]["code"] == "INVALID_TOKEN"

    # Hand over: make the colleague admin, then the boss steps down.
    colleague_id = members["同事"]["id"]
    boss_id = next(m["id"] for m in payload["enterprise"]["members"] if m["name"] != "同事")
    up = await gql(client, SET_ADMIN, {"e": eid, "u": colleague_id, "a": True}, token=boss)
    assert up["data"]["setEnterpriseMemberAdmin"]["errors"] == []
    down = await gql(client, SET_ADMIN, {"e": eid, "u": boss_id, "a": False}, token=boss)
    roles = {
        m["email"]: m["isAdmin"]
        for m in down["data"]["setEnterpriseMemberAdmin"]["enterprise"]["members"]
    }
    assert roles == {"boss@qifu.cn": False, "colleague@qifu.cn": True}
    # The new admin may not step down: there must always be one.
    last = await gql(client, SET_ADMIN, {"e": eid, "u": colleague_id, "a": False}, token=colleague)
    assert last["data"]["setEnterpriseMemberAdmin"]["errors"] == [
        {"field": "userId", "code": "LAST_ENTERPRISE_ADMIN"}
    ]
    # The former admin is an ordinary member now and cannot remove anyone.
    denied = await gql(client, REMOVE, {"e": eid, "u": colleague_id}, token=boss)
    assert denied["data"]["removeEnterpriseMember"]["errors"][0]["code"] == "NOT_FOUND"
    removed = await gql(client, REMOVE, {"e": eid, "u": boss_id}, token=colleague)
    assert removed["data"]["removeEnterpriseMember"]["enterprise"]["members"] == [
        {"email": "colleague@qifu.cn"}
    ]


async def test_an_invitation_is_only_for_its_address_and_expires(
    client: httpx.AsyncClient,
) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    await make_user("other@qifu.cn")
    await make_user("invited@qifu.cn")
    boss = await login_token(client, "boss@qifu.cn")
    eid = await enterprise_of(client, boss)
    await gql(client, INVITE, {"id": eid, "email": "invited@qifu.cn", "admin": True}, token=boss)
    token = link_token(await last_mail_to("invited@qifu.cn"))

    other = await login_token(client, "other@qifu.cn")
    wrong = await gql(client, ACCEPT, {"t": token}, token=other)
    assert wrong["data"]["acceptEnterpriseInvitation"]["errors"][0]["code"] == (
        "INVITATION_FOR_OTHER_EMAIL"
    )
    assert "invited@qifu.cn" not in str(wrong)  # which address was invited stays private

    clock.advance(timedelta(days=8))
    invited = await login_token(client, "invited@qifu.cn")
    late = await gql(client, ACCEPT, {"t": token}, token=invited)
    assert late["data"]["acceptEnterpriseInvitation"]["errors"][0]["code"] == "TOKEN_EXPIRED"
    assert await RoleGrant.filter(role=Role.ENTERPRISE_MEMBER).count() == 1  # the boss only


async def test_only_admins_invite_and_bad_addresses_are_refused(
    client: httpx.AsyncClient,
) -> None:
    await make_network()
    await make_user("boss@qifu.cn")
    await make_user("stranger@qifu.cn")
    boss = await login_token(client, "boss@qifu.cn")
    stranger = await login_token(client, "stranger@qifu.cn")
    eid = await enterprise_of(client, boss)
    denied = await gql(
        client, INVITE, {"id": eid, "email": "x@qifu.cn", "admin": False}, token=stranger
    )
    assert denied["data"]["inviteEnterpriseMember"]["errors"][0]["code"] == "NOT_FOUND"
    bad = await gql(client, INVITE, {"id": eid, "email": "nope", "admin": False}, token=boss)
    assert bad["data"]["inviteEnterpriseMember"]["errors"][0]["code"] == "INVALID_EMAIL"
    member = await gql(
        client, INVITE, {"id": eid, "email": "boss@qifu.cn", "admin": False}, token=boss
    )
    assert member["data"]["inviteEnterpriseMember"]["errors"][0]["code"] == "ALREADY_MEMBER"
    assert await Invitation.all().count() == 0
    hidden = await gql(client, MEMBERS, {"id": eid}, token=stranger)
    assert hidden["data"]["node"] is None
