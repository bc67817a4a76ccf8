"""Account mutations: thin wrappers that parse input, call a service and build the payload."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.accounts import privacy_rights
from qifu.accounts import services as accounts
from qifu.accounts.types import (
    AuthTokens,
    ChangePasswordInput,
    ChangePasswordPayload,
    ConfirmTotpEnrolmentInput,
    ConfirmTotpEnrolmentPayload,
    DeleteMyAccountPayload,
    DisableTotpPayload,
    LoginInput,
    LoginPayload,
    LogoutInput,
    LogoutPayload,
    PasswordConfirmationInput,
    RefreshTokenDelivery,
    RefreshTokenInput,
    RefreshTokenPayload,
    RegenerateRecoveryCodesPayload,
    RegisterInput,
    RegisterPayload,
    RequestPasswordResetInput,
    RequestPasswordResetPayload,
    ResendVerificationEmailInput,
    ResendVerificationEmailPayload,
    ResetPasswordInput,
    ResetPasswordPayload,
    ResetUserTotpInput,
    ResetUserTotpPayload,
    StartTotpEnrolmentInput,
    StartTotpEnrolmentPayload,
    UnlockUserInput,
    UnlockUserPayload,
    UpdateMyAccountInput,
    UpdateMyAccountPayload,
    UserNode,
    VerifyEmailInput,
    VerifyEmailPayload,
)
from qifu.api.context import Context
from qifu.api.cookies import clear_refresh_cookie, read_refresh_cookie, set_refresh_cookie
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError


def _tokens(
    ctx: Context, result: accounts.AuthResult, delivery: RefreshTokenDelivery
) -> AuthTokens:
    in_body = delivery is RefreshTokenDelivery.BODY
    if in_body:
        clear_refresh_cookie(ctx)
    else:
        set_refresh_cookie(ctx, result.refresh_token, result.session_expires_at)
    return AuthTokens(
        access_token=result.access_token,
        access_token_expires_at=result.access_expires_at,
        refresh_token=result.refresh_token if in_body else None,
        user=UserNode.from_model(result.user),
    )


@strawberry.type
class AccountMutations:
    @strawberry.mutation(description="Create an account; a verification link is mailed.")
    async def register(self, info: Info, input: RegisterInput) -> RegisterPayload:
        ctx: Context = info.context
        try:
            email = await accounts.register(
                ctx.actor(),
                email=input.email,
                password=input.password,
                name=input.name,
                phone=input.phone or "",
                accept_privacy_notice=input.accept_privacy_notice,
                privacy_notice_version=input.privacy_notice_version,
            )
        except DomainError as e:
            return RegisterPayload(errors=user_errors(e, ctx.lang))
        return RegisterPayload(email=email)

    @strawberry.mutation
    async def verify_email(self, info: Info, input: VerifyEmailInput) -> VerifyEmailPayload:
        ctx: Context = info.context
        try:
            await accounts.verify_email(ctx.actor(), input.token)
        except DomainError as e:
            return VerifyEmailPayload(errors=user_errors(e, ctx.lang))
        return VerifyEmailPayload(verified=True)

    @strawberry.mutation
    async def resend_verification_email(
        self, info: Info, input: ResendVerificationEmailInput
    ) -> ResendVerificationEmailPayload:
        ctx: Context = info.context
        try:
            await accounts.resend_verification(ctx.actor(), input.email)
        except DomainError as e:
            return ResendVerificationEmailPayload(errors=user_errors(e, ctx.lang))
        return ResendVerificationEmailPayload()

    @strawberry.mutation
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        ctx: Context = info.context
        try:
            result = await accounts.login(
                ctx.actor(),
                email=input.email,
                password=input.password,
                totp_code=input.totp_code,
                recovery_code=input.recovery_code,
            )
        except DomainError as e:
            return LoginPayload(errors=user_errors(e, ctx.lang))
        if isinstance(result, accounts.LoginChallenge):
            return LoginPayload(
                totp_required=result.totp_required,
                totp_enrolment_required=result.enrolment_token is not None,
                enrolment_token=result.enrolment_token,
            )
        return LoginPayload(auth=_tokens(ctx, result, input.refresh_token_delivery))

    @strawberry.mutation(description="Rotate the refresh token and get a new access token.")
    async def refresh_token(self, info: Info, input: RefreshTokenInput) -> RefreshTokenPayload:
        ctx: Context = info.context
        token = input.refresh_token or read_refresh_cookie(ctx)
        try:
            result = await accounts.refresh(ctx.actor(), token)
        except DomainError as e:
            if not input.refresh_token:
                clear_refresh_cookie(ctx)
            return RefreshTokenPayload(errors=user_errors(e, ctx.lang))
        return RefreshTokenPayload(auth=_tokens(ctx, result, input.refresh_token_delivery))

    @strawberry.mutation(description="End this session at once (access and refresh tokens).")
    async def logout(self, info: Info, input: LogoutInput) -> LogoutPayload:
        ctx: Context = info.context
        session_id = ctx.session.id if ctx.session else None
        await accounts.logout(
            ctx.actor(), session_id, input.refresh_token or read_refresh_cookie(ctx)
        )
        clear_refresh_cookie(ctx)
        return LogoutPayload()

    @strawberry.mutation(description="Change the password; every other session ends.")
    async def change_password(
        self, info: Info, input: ChangePasswordInput
    ) -> ChangePasswordPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            result = await accounts.change_password(
                ctx.actor(),
                user,
                current_password=input.current_password,
                new_password=input.new_password,
            )
        except DomainError as e:
            return ChangePasswordPayload(errors=user_errors(e, ctx.lang))
        return ChangePasswordPayload(auth=_tokens(ctx, result, input.refresh_token_delivery))

    @strawberry.mutation(description="Mail a reset link; answers the same for unknown emails.")
    async def request_password_reset(
        self, info: Info, input: RequestPasswordResetInput
    ) -> RequestPasswordResetPayload:
        ctx: Context = info.context
        try:
            await accounts.request_password_reset(ctx.actor(), input.email)
        except DomainError as e:
            return RequestPasswordResetPayload(errors=user_errors(e, ctx.lang))
        return RequestPasswordResetPayload()

    @strawberry.mutation
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
        ctx: Context = info.context
        try:
            await accounts.reset_password(
                ctx.actor(), token=input.token, new_password=input.new_password
            )
        except DomainError as e:
            return ResetPasswordPayload(errors=user_errors(e, ctx.lang))
        return ResetPasswordPayload()

    @strawberry.mutation(description="Begin binding an authenticator app (TOTP).")
    async def start_totp_enrolment(
        self, info: Info, input: StartTotpEnrolmentInput
    ) -> StartTotpEnrolmentPayload:
        ctx: Context = info.context
        try:
            user = await accounts.enrolling_user(ctx.user, input.enrolment_token)
            enrolment = await accounts.start_totp_enrolment(ctx.actor(), user)
        except DomainError as e:
            return StartTotpEnrolmentPayload(errors=user_errors(e, ctx.lang))
        return StartTotpEnrolmentPayload(
            secret=enrolment.secret,
            otpauth_uri=enrolment.otpauth_uri,
            qr_code=enrolment.qr_svg_data_uri,
        )

    @strawberry.mutation(description="Finish binding with a first code; returns recovery codes.")
    async def confirm_totp_enrolment(
        self, info: Info, input: ConfirmTotpEnrolmentInput
    ) -> ConfirmTotpEnrolmentPayload:
        ctx: Context = info.context
        try:
            user = await accounts.enrolling_user(ctx.user, input.enrolment_token)
            codes, session = await accounts.confirm_totp_enrolment(
                ctx.actor(), user, input.code, with_session=bool(input.enrolment_token)
            )
        except DomainError as e:
            return ConfirmTotpEnrolmentPayload(errors=user_errors(e, ctx.lang))
        auth = _tokens(ctx, session, input.refresh_token_delivery) if session else None
        return ConfirmTotpEnrolmentPayload(recovery_codes=codes, auth=auth)

    @strawberry.mutation(description="Turn the second factor off (not for staff).")
    async def disable_totp(
        self, info: Info, input: PasswordConfirmationInput
    ) -> DisableTotpPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            user = await accounts.disable_totp(ctx.actor(), user, ctx.roles, input.password)
        except DomainError as e:
            return DisableTotpPayload(errors=user_errors(e, ctx.lang))
        return DisableTotpPayload(user=UserNode.from_model(user))

    @strawberry.mutation(description="Replace all recovery codes with 10 new ones.")
    async def regenerate_recovery_codes(
        self, info: Info, input: PasswordConfirmationInput
    ) -> RegenerateRecoveryCodesPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            codes = await accounts.regenerate_recovery_codes(ctx.actor(), user, input.password)
        except DomainError as e:
            return RegenerateRecoveryCodesPayload(errors=user_errors(e, ctx.lang))
        return RegenerateRecoveryCodesPayload(recovery_codes=codes)

    @strawberry.mutation(description="Clear another user's second factor (hub admin, audited).")
    async def reset_user_totp(self, info: Info, input: ResetUserTotpInput) -> ResetUserTotpPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            user = await accounts.reset_user_totp(
                ctx.actor(), ctx.roles, decode_node_id(input.user_id, "User", "userId")
            )
        except DomainError as e:
            return ResetUserTotpPayload(errors=user_errors(e, ctx.lang))
        return ResetUserTotpPayload(user=UserNode.from_model(user))

    @strawberry.mutation(
        description="Delete my account: personal data is anonymised, sessions end at once."
    )
    async def delete_my_account(
        self, info: Info, input: PasswordConfirmationInput
    ) -> DeleteMyAccountPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            await privacy_rights.delete_account(ctx.actor(), user, ctx.roles, input.password)
        except DomainError as e:
            return DeleteMyAccountPayload(errors=user_errors(e, ctx.lang))
        clear_refresh_cookie(ctx)
        return DeleteMyAccountPayload(deleted=True)

    @strawberry.mutation(description="Lift a login lock (operators and the hub admin).")
    async def unlock_user(self, info: Info, input: UnlockUserInput) -> UnlockUserPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            user = await accounts.unlock_user(
                ctx.actor(), ctx.roles, decode_node_id(input.user_id, "User", "userId")
            )
        except DomainError as e:
            return UnlockUserPayload(errors=user_errors(e, ctx.lang))
        return UnlockUserPayload(user=UserNode.from_model(user))

    @strawberry.mutation
    async def update_my_account(
        self, info: Info, input: UpdateMyAccountInput
    ) -> UpdateMyAccountPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            user = await accounts.update_account(
                ctx.actor(), user, name=input.name, phone=input.phone or ""
            )
        except DomainError as e:
            return UpdateMyAccountPayload(errors=user_errors(e, ctx.lang))
        return UpdateMyAccountPayload(user=UserNode.from_model(user))
