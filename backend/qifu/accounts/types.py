"""GraphQL types of the accounts domain."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts import policies
from qifu.accounts import services as accounts
from qifu.accounts.loaders import load_grants_by_user_id, load_users_by_id
from qifu.accounts.models import STAFF_ROLES
from qifu.accounts.models import Role as RoleModel
from qifu.accounts.models import ScopeType as ScopeTypeModel
from qifu.accounts.models import User as UserModel
from qifu.api.errors import UserError

Role = strawberry.enum(RoleModel, name="Role")
ScopeType = strawberry.enum(ScopeTypeModel, name="ScopeType")


@strawberry.enum(description="How the client wants to receive its refresh token.")
class RefreshTokenDelivery(Enum):
    COOKIE = "COOKIE"  # httpOnly SameSite cookie, for the SPA
    BODY = "BODY"  # in the payload, for mini-programs and partner apps


@strawberry.type
class RoleGrant:
    role: Role  # type: ignore[valid-type]
    scope_type: ScopeType  # type: ignore[valid-type]
    scope_id: str | None


@strawberry.type(name="User", description="A person with an account.")
class UserNode(relay.Node):
    id: relay.NodeID[int]
    email: str
    name: str
    email_verified: bool
    is_active: bool
    created_at: datetime
    privacy_notice_version: str | None
    privacy_accepted_at: datetime | None
    model: strawberry.Private[UserModel]

    @classmethod
    def from_model(cls, user: UserModel) -> UserNode:
        return cls(
            id=user.id,
            email=user.email,
            name=user.name,
            email_verified=user.email_verified_at is not None,
            is_active=user.is_active,
            created_at=user.created_at,
            privacy_notice_version=user.privacy_notice_version or None,
            privacy_accepted_at=user.privacy_accepted_at,
            model=user,
        )

    @strawberry.field(description="Mobile phone; only the user and the hub admin see it.")
    def phone(self, info: Info) -> str | None:
        ctx = info.context
        if not policies.can_see_private_fields(ctx.user, ctx.roles, self.id):
            return None
        return accounts.phone_of(self.model) or None

    @strawberry.field(description="Whether logins need an authenticator code.")
    def totp_enabled(self) -> bool:
        return self.model.totp_enabled_at is not None

    @strawberry.field(description="Unused recovery codes (the user only).")
    async def recovery_codes_left(self, info: Info) -> int | None:
        viewer = info.context.user
        if viewer is None or viewer.id != self.id:
            return None
        return await accounts.recovery_codes_left(self.model)

    @strawberry.field(description="Until when logins are locked after failures (staff only).")
    async def locked_until(self, info: Info) -> datetime | None:
        if not policies.can_unlock_users(info.context.roles):
            return None
        return await info.context.loader(accounts.locked_until_by_email).load(self.email)

    @strawberry.field(description="Operators and admins must use a second factor.")
    async def totp_required(self, info: Info) -> bool:
        grants = await info.context.loader(load_grants_by_user_id).load(self.id)
        return any(RoleModel(g.role) in STAFF_ROLES for g in grants)

    @strawberry.field
    async def roles(self, info: Info) -> list[RoleGrant]:
        grants = await info.context.loader(load_grants_by_user_id).load(self.id)
        return [
            RoleGrant(
                role=RoleModel(g.role),
                scope_type=ScopeTypeModel(g.scope_type),
                scope_id=str(g.scope_id) if g.scope_id is not None else None,
            )
            for g in grants
        ]

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ctx = info.context
        users = await info.context.loader(load_users_by_id).load_many(
            [int(i) for i in node_ids if i.isdigit()]
        )
        visible = [
            cls.from_model(u)
            if u is not None
            and (ctx.user and (u.id == ctx.user.id or policies.is_hub_admin(ctx.roles)))
            else None
            for u in users
        ]
        return visible


@strawberry.type
class AuthTokens:
    access_token: str
    access_token_expires_at: datetime
    refresh_token: str | None = strawberry.field(
        description="Only when refreshTokenDelivery is BODY; otherwise an httpOnly cookie."
    )
    user: UserNode


@strawberry.type
class PrivacyNotice:
    version: str
    title: str
    body: str


# ---- inputs and payloads


@strawberry.input
class RegisterInput:
    email: str
    password: str
    name: str
    accept_privacy_notice: bool
    privacy_notice_version: str
    phone: str | None = None


@strawberry.type
class RegisterPayload:
    email: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class VerifyEmailInput:
    token: str


@strawberry.type
class VerifyEmailPayload:
    verified: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ResendVerificationEmailInput:
    email: str


@strawberry.type
class ResendVerificationEmailPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LoginInput:
    email: str
    password: str
    totp_code: str | None = strawberry.field(
        default=None, description="The authenticator's 6 digits, when totpRequired was true."
    )
    recovery_code: str | None = strawberry.field(
        default=None, description="A single-use recovery code instead of totpCode."
    )
    refresh_token_delivery: RefreshTokenDelivery = RefreshTokenDelivery.COOKIE


@strawberry.type
class LoginPayload:
    auth: AuthTokens | None = None
    totp_required: bool = strawberry.field(
        default=False, description="Password accepted; send it again with totpCode."
    )
    totp_enrolment_required: bool = strawberry.field(
        default=False,
        description="Operators and admins must enrol a second factor first: use enrolmentToken "
        "with startTotpEnrolment and confirmTotpEnrolment.",
    )
    enrolment_token: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class RefreshTokenInput:
    refresh_token: str | None = strawberry.field(
        default=None, description="Omit to use the refresh cookie."
    )
    refresh_token_delivery: RefreshTokenDelivery = RefreshTokenDelivery.COOKIE


@strawberry.type
class RefreshTokenPayload:
    auth: AuthTokens | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LogoutInput:
    refresh_token: str | None = None


@strawberry.type
class LogoutPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str
    refresh_token_delivery: RefreshTokenDelivery = RefreshTokenDelivery.COOKIE


@strawberry.type
class ChangePasswordPayload:
    auth: AuthTokens | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class RequestPasswordResetInput:
    email: str


@strawberry.type
class RequestPasswordResetPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ResetPasswordInput:
    token: str
    new_password: str


@strawberry.type
class ResetPasswordPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class UpdateMyAccountInput:
    name: str
    phone: str | None = None


@strawberry.input
class StartTotpEnrolmentInput:
    enrolment_token: str | None = strawberry.field(
        default=None, description="From login, for staff; omit when logged in."
    )


@strawberry.type
class StartTotpEnrolmentPayload:
    secret: str | None = strawberry.field(default=None, description="For manual entry.")
    otpauth_uri: str | None = None
    qr_code: str | None = strawberry.field(default=None, description="SVG image as a data URI.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ConfirmTotpEnrolmentInput:
    code: str
    enrolment_token: str | None = None
    refresh_token_delivery: RefreshTokenDelivery = RefreshTokenDelivery.COOKIE


@strawberry.type
class ConfirmTotpEnrolmentPayload:
    recovery_codes: list[str] = strawberry.field(
        default_factory=list, description="Shown once; each works once."
    )
    auth: AuthTokens | None = strawberry.field(
        default=None, description="A session, when enrolling with an enrolment token."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class PasswordConfirmationInput:
    password: str


@strawberry.type
class DisableTotpPayload:
    user: UserNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RegenerateRecoveryCodesPayload:
    recovery_codes: list[str] = strawberry.field(default_factory=list)
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ResetUserTotpInput:
    user_id: strawberry.ID


@strawberry.type
class ResetUserTotpPayload:
    user: UserNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteMyAccountPayload:
    deleted: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class UnlockUserInput:
    user_id: strawberry.ID


@strawberry.type
class UnlockUserPayload:
    user: UserNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class UpdateMyAccountPayload:
    user: UserNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
