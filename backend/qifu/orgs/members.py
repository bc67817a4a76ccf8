"""Enterprise membership: invitations by email, removal, and the admin role (never none)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock, crypto, outbox
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_email, normalise_email, raise_all
from qifu.notify.mail import render
from qifu.orgs.models import Enterprise, Invitation
from qifu.orgs.scopes import Scope
from qifu.settings import settings

INVITATION_DAYS = 7
MEMBER_ROLES = (Role.ENTERPRISE_MEMBER, Role.ENTERPRISE_ADMIN)


async def _admin_enterprise(scope: Scope, enterprise_id: int) -> Enterprise:
    enterprise = await Enterprise.filter(id=enterprise_id).select_for_update().first()
    if enterprise is None or enterprise.id not in scope.enterprise_admin_of:
        raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    return enterprise


async def member_user_ids(enterprise_id: int) -> dict[int, bool]:
    """user id → is admin."""
    members: dict[int, bool] = {}
    for grant in await RoleGrant.filter(
        scope_type=ScopeType.ENTERPRISE, scope_id=enterprise_id, role__in=list(MEMBER_ROLES)
    ):
        members[grant.user_id] = members.get(grant.user_id, False) or (
            grant.role == Role.ENTERPRISE_ADMIN
        )
    return members


async def invite(
    who: Actor, scope: Scope, enterprise_id: int, email: str, *, as_admin: bool
) -> Invitation:
    raise_all(check_email(email))
    email_n = normalise_email(email)
    async with in_transaction():
        enterprise = await _admin_enterprise(scope, enterprise_id)
        existing = await User.get_or_none(email=email_n, deleted_at=None)
        if existing and existing.id in await member_user_ids(enterprise.id):
            raise DomainError(ErrorCode.ALREADY_MEMBER, "email")
        token = crypto.new_token()
        now = clock.now()
        invitation = await Invitation.create(
            enterprise_id=enterprise.id,
            email=email_n,
            as_admin=as_admin,
            token_hash=crypto.token_hash(token),
            invited_by_id=who.user_id or 0,
            created_at=now,
            expires_at=now + timedelta(days=INVITATION_DAYS),
        )
        link = f"{settings().public_url.rstrip('/')}/invitations/accept?token={quote(token)}"
        text, html = render(
            "企业成员邀请",
            [
                "您好！",
                f"{who.label or '企业管理员'} 邀请您加入企服平台上的企业“{enterprise.name}”。",
                f"请在 {INVITATION_DAYS} 天内登录（没有账号请先注册）并接受邀请。",
            ],
            ("接受邀请", link),
        )
        await outbox.enqueue_email(email_n, f"【企服】邀请您加入{enterprise.name}", text, html)
        await audit.record(
            who,
            "enterprise.invite",
            "Enterprise",
            enterprise.id,
            detail={"email": email_n, "admin": as_admin},
        )
    return invitation


async def accept(who: Actor, user: User, token: str) -> Enterprise:
    """The invited person, logged in with the invited address, joins."""
    async with in_transaction():
        invitation = (
            await Invitation.filter(token_hash=crypto.token_hash(token or ""))
            .select_for_update()
            .first()
        )
        if (
            invitation is None
            or invitation.accepted_at is not None
            or invitation.revoked_at is not None
        ):
            raise DomainError(ErrorCode.INVALID_TOKEN, "token")
        if invitation.email != user.email:
            # The link holder learns only that another address was invited, not which.
            raise DomainError(ErrorCode.INVITATION_FOR_OTHER_EMAIL, "token")
        if invitation.expires_at <= clock.now():
            raise DomainError(ErrorCode.TOKEN_EXPIRED, "token")
        invitation.accepted_at = clock.now()
        await invitation.save(update_fields=["accepted_at"])
        await grant_role(
            user, Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, invitation.enterprise_id
        )
        if invitation.as_admin:
            await grant_role(
                user, Role.ENTERPRISE_ADMIN, ScopeType.ENTERPRISE, invitation.enterprise_id
            )
        await audit.record(who, "enterprise.join", "Enterprise", invitation.enterprise_id)
        return await Enterprise.get(id=invitation.enterprise_id)


async def remove(who: Actor, scope: Scope, enterprise_id: int, user_id: int) -> None:
    async with in_transaction():
        enterprise = await _admin_enterprise(scope, enterprise_id)
        members = await member_user_ids(enterprise.id)
        if user_id not in members:
            raise DomainError(ErrorCode.NOT_FOUND, "userId")
        if members[user_id] and sum(members.values()) == 1:
            raise DomainError(ErrorCode.LAST_ENTERPRISE_ADMIN, "userId")
        await RoleGrant.filter(
            user_id=user_id,
            scope_type=ScopeType.ENTERPRISE,
            scope_id=enterprise.id,
            role__in=list(MEMBER_ROLES),
        ).delete()
        await audit.record(
            who, "enterprise.remove_member", "Enterprise", enterprise.id, detail={"userId": user_id}
        )


async def set_admin(
    who: Actor, scope: Scope, enterprise_id: int, user_id: int, *, is_admin: bool
) -> None:
    """Give or take the admin role; an enterprise always keeps at least one admin, so handing
    it over is: make the colleague admin, then step down."""
    async with in_transaction():
        enterprise = await _admin_enterprise(scope, enterprise_id)
        members = await member_user_ids(enterprise.id)
        if user_id not in members:
            raise DomainError(ErrorCode.NOT_FOUND, "userId")
        if is_admin:
            user = await User.get(id=user_id)
            await grant_role(user, Role.ENTERPRISE_ADMIN, ScopeType.ENTERPRISE, enterprise.id)
        else:
            if members[user_id] and sum(members.values()) == 1:
                raise DomainError(ErrorCode.LAST_ENTERPRISE_ADMIN, "userId")
            user = await User.get(id=user_id)
            await grant_role(user, Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, enterprise.id)
            await RoleGrant.filter(
                user_id=user_id,
                role=Role.ENTERPRISE_ADMIN,
                scope_type=ScopeType.ENTERPRISE,
                scope_id=enterprise.id,
            ).delete()
        await audit.record(
            who,
            "enterprise.set_admin",
            "Enterprise",
            enterprise.id,
            detail={"userId": user_id, "admin": is_admin},
        )
