"""Account rules: registration, verification, login with throttling, sessions, passwords."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from qifu.accounts import mails, passwords, policies, tokens, totp
from qifu.accounts.models import (
    STAFF_ROLES,
    EmailToken,
    EmailTokenPurpose,
    LoginThrottle,
    RecoveryCode,
    RefreshToken,
    Role,
    RoleGrant,
    ScopeType,
    Session,
    User,
)
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import (
    check_email,
    check_phone,
    check_text,
    normalise_email,
    normalise_phone,
    raise_all,
)
from qifu.settings import settings


@dataclass
class AuthResult:
    user: User
    session: Session
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    session_expires_at: datetime


# ---------------------------------------------------------------- helpers


def acting_as(who: Actor, user: User) -> Actor:
    """The audit actor for a request without an access token that proved to be ``user``'s
    (a mailed link, a refresh token, an enrolment token)."""
    if who.user_id is not None:
        return who
    return Actor(user.id, user.email, who.ip, who.user_agent)


def set_phone(user: User, phone: str) -> None:
    normalised = normalise_phone(phone) if phone else ""
    user.phone_enc = crypto.encrypt(normalised)
    user.phone_index = crypto.blind_index(normalised)


def phone_of(user: User) -> str:
    return crypto.decrypt(user.phone_enc)


async def roles_of(user: User) -> set[Role]:
    return {Role(g.role) for g in await RoleGrant.filter(user_id=user.id).only("role")}


async def grants_of(user: User) -> list[RoleGrant]:
    return list(await RoleGrant.filter(user_id=user.id).order_by("id"))


async def grant_role(
    user: User, role: Role, scope_type: ScopeType = ScopeType.PLATFORM, scope_id: int | None = None
) -> RoleGrant:
    grant, _ = await RoleGrant.get_or_create(
        user_id=user.id,
        role=role,
        scope_type=scope_type,
        scope_id=scope_id,
        defaults={"created_at": clock.now()},
    )
    return grant


def _idle_limit(roles: set[Role]) -> timedelta:
    s = settings()
    minutes = s.staff_session_idle_minutes if roles & STAFF_ROLES else s.session_idle_minutes
    return timedelta(minutes=minutes)


async def _new_email_token(user: User, purpose: EmailTokenPurpose, ttl: timedelta) -> str:
    token = crypto.new_token()
    await EmailToken.create(
        user_id=user.id,
        purpose=purpose,
        token_hash=crypto.token_hash(token),
        created_at=clock.now(),
        expires_at=clock.now() + ttl,
    )
    return token


async def _use_email_token(token: str, purpose: EmailTokenPurpose) -> EmailToken:
    """Consume a mailed token under a row lock, so two clicks cannot both use it."""
    row = (
        await EmailToken.filter(token_hash=crypto.token_hash(token or ""), purpose=purpose)
        .select_for_update()
        .first()
    )
    if row is None or row.used_at is not None:
        raise DomainError(ErrorCode.INVALID_TOKEN, "token")
    if row.expires_at <= clock.now():
        raise DomainError(ErrorCode.TOKEN_EXPIRED, "token")
    row.used_at = clock.now()
    await row.save(update_fields=["used_at"])
    return row


# ---------------------------------------------------------------- registration


async def register(
    who: Actor,
    *,
    email: str,
    password: str,
    name: str,
    phone: str = "",
    accept_privacy_notice: bool,
    privacy_notice_version: str,
) -> str:
    """Create an unverified account and mail a verification link; returns the normalised email.

    An email that already has an account gets a mail saying so instead, and the caller sees
    the same answer, so registration does not reveal which addresses have accounts.
    """
    email_n = normalise_email(email)
    raise_all(
        check_email(email),
        passwords.check_policy(password, email_n),
        check_text(name, "name", max_len=100),
        check_phone(phone),
        None
        if accept_privacy_notice and privacy_notice_version == settings().privacy_notice_version
        else DomainError(ErrorCode.PRIVACY_NOT_ACCEPTED, "acceptPrivacyNotice"),
    )
    password_hash = passwords.hash_password(password)
    async with in_transaction():
        existing = await User.get_or_none(email=email_n)
        if existing is not None:
            if existing.deleted_at is None:
                await mails.send_already_registered(email_n, existing.name)
            await audit.record(
                who,
                "account.register",
                "User",
                existing.id,
                success=False,
                detail={"reason": "email exists"},
            )
            return email_n
        now = clock.now()
        user = User(
            email=email_n,
            name=name.strip(),
            password_hash=password_hash,
            privacy_notice_version=privacy_notice_version,
            privacy_accepted_at=now,
            password_changed_at=now,
            created_at=now,
            updated_at=now,
        )
        set_phone(user, phone)
        await user.save()
        token = await _new_email_token(
            user,
            EmailTokenPurpose.VERIFY_EMAIL,
            timedelta(hours=settings().email_verification_hours),
        )
        await mails.send_verification(email_n, user.name, token)
        await audit.record(acting_as(who, user), "account.register", "User", user.id)
    return email_n


async def verify_email(who: Actor, token: str) -> User:
    async with in_transaction():
        row = await _use_email_token(token, EmailTokenPurpose.VERIFY_EMAIL)
        user = await User.get(id=row.user_id)
        if user.email_verified_at is None:
            user.email_verified_at = clock.now()
            await user.save(update_fields=["email_verified_at"])
        await audit.record(acting_as(who, user), "account.verify_email", "User", user.id)
    return user


async def resend_verification(who: Actor, email: str) -> None:
    raise_all(check_email(email))
    async with in_transaction():
        user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
        if user is None or user.email_verified_at is not None:
            return
        token = await _new_email_token(
            user,
            EmailTokenPurpose.VERIFY_EMAIL,
            timedelta(hours=settings().email_verification_hours),
        )
        await mails.send_verification(user.email, user.name, token)
        await audit.record(who, "account.resend_verification", "User", user.id)


# ---------------------------------------------------------------- throttling


async def _throttle_locked(key: str) -> bool:
    row = await LoginThrottle.get_or_none(key=key)
    return bool(row and row.locked_until and row.locked_until > clock.now())


async def _throttle_fail(key: str, limit: int) -> None:
    s = settings()
    now = clock.now()
    window = timedelta(minutes=s.login_window_minutes)
    async with in_transaction():
        row = await LoginThrottle.filter(key=key).select_for_update().first()
        if row is None:
            row, created = await LoginThrottle.get_or_create(
                key=key, defaults={"failures": 0, "window_started_at": now}
            )
            if not created:
                row = await LoginThrottle.filter(key=key).select_for_update().get()
        if row.window_started_at + window <= now:
            row.failures, row.window_started_at = 0, now
        row.failures += 1
        if row.failures >= limit:
            row.locked_until = now + timedelta(minutes=s.login_lock_minutes)
            row.failures, row.window_started_at = 0, now
        await row.save()


async def _throttle_clear(key: str) -> None:
    await LoginThrottle.filter(key=key).delete()


def _email_key(email: str) -> str:
    return "email:" + normalise_email(email)


async def unlock_user(who: Actor, roles: set[Role], user_id: int) -> User:
    """Operators lift a login lock (the user then gets 5 fresh attempts)."""
    user = await User.get_or_none(id=user_id, deleted_at=None)
    if user is None or not policies.can_unlock_users(roles):
        raise DomainError(ErrorCode.NOT_FOUND, "userId")
    async with in_transaction():
        await _throttle_clear(_email_key(user.email))
        await audit.record(who, "account.unlock", "User", user.id)
    return user


async def locked_until_by_email(emails: Sequence[str]) -> list[datetime | None]:
    keys = [_email_key(e) for e in emails]
    rows = {r.key: r.locked_until for r in await LoginThrottle.filter(key__in=keys)}
    now = clock.now()
    return [until if (until := rows.get(key)) is not None and until > now else None for key in keys]


# ---------------------------------------------------------------- sessions


async def start_session(user: User, who: Actor) -> AuthResult:
    now = clock.now()
    session = await Session.create(
        id=str(uuid.uuid4()),
        user_id=user.id,
        created_at=now,
        last_activity_at=now,
        ip=who.ip[:64],
        user_agent=who.user_agent[:300],
    )
    refresh = tokens.new_refresh_token()
    await RefreshToken.create(
        session_id=session.id, token_hash=crypto.token_hash(refresh), created_at=now
    )
    return _auth_result(user, session, refresh)


def _auth_result(user: User, session: Session, refresh: str) -> AuthResult:
    access, expires = tokens.issue_access_token(user.id, session.id)
    absolute = session.created_at + timedelta(days=settings().session_absolute_days)
    return AuthResult(user, session, access, expires, refresh, absolute)


async def _revoke_sessions(user_id: int, reason: str, *, except_id: str | None = None) -> None:
    query = Session.filter(user_id=user_id, revoked_at=None)
    if except_id:
        query = query.exclude(id=except_id)
    await query.update(revoked_at=clock.now(), revoked_reason=reason)


@dataclass
class LoginChallenge:
    """The password was right; a second step is needed before a session starts."""

    totp_required: bool = False
    enrolment_token: str | None = None


async def login(
    who: Actor,
    *,
    email: str,
    password: str,
    totp_code: str | None = None,
    recovery_code: str | None = None,
) -> AuthResult | LoginChallenge:
    """Same answer and similar timing for unknown email, wrong password and locked account."""
    s = settings()
    email_key = _email_key(email)
    ip_key = f"ip:{who.ip}"
    locked = await _throttle_locked(email_key) or await _throttle_locked(ip_key)
    user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
    if user is None:
        passwords.burn_time(password)
        ok = False
    else:
        ok = passwords.verify_password(user.password_hash, password)
    if locked or not ok or user is None or not user.is_active:
        if not locked:
            await _throttle_fail(email_key, s.login_max_failures)
            await _throttle_fail(ip_key, s.login_ip_max_failures)
        await audit.record(
            who,
            "account.login",
            "User",
            user.id if user else "",
            success=False,
            detail={"reason": "locked" if locked else "credentials"},
        )
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "password")
    if user.email_verified_at is None:
        raise DomainError(ErrorCode.EMAIL_NOT_VERIFIED, "email")
    roles = await roles_of(user)
    if user.totp_enabled_at is None and roles & STAFF_ROLES:
        return LoginChallenge(enrolment_token=tokens.issue_enrolment_token(user.id))
    if user.totp_enabled_at is not None:
        if not totp_code and not recovery_code:
            return LoginChallenge(totp_required=True)
        if not await _second_factor_ok(user, totp_code, recovery_code):
            await _throttle_fail(email_key, s.login_max_failures)
            await audit.record(
                who,
                "account.login",
                "User",
                user.id,
                success=False,
                detail={"reason": "second factor"},
            )
            raise DomainError(
                ErrorCode.INVALID_TOTP, "recoveryCode" if recovery_code else "totpCode"
            )
    async with in_transaction():
        await _throttle_clear(email_key)
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.hash_password(password)
            await user.save(update_fields=["password_hash"])
        result = await start_session(user, who)
        await audit.record(
            Actor(user.id, user.email, who.ip, who.user_agent),
            "account.login",
            "User",
            user.id,
            detail={
                "second_factor": "recovery" if recovery_code else "totp" if totp_code else "none"
            },
        )
    return result


async def _second_factor_ok(user: User, totp_code: str | None, recovery_code: str | None) -> bool:
    """Check and consume a TOTP step or a recovery code under a row lock (no replays)."""
    async with in_transaction():
        locked = await User.filter(id=user.id).select_for_update().get()
        if totp_code:
            step = totp.matching_step(
                crypto.decrypt(locked.totp_secret_enc), totp_code, locked.totp_last_step
            )
            if step is None:
                return False
            locked.totp_last_step = step
            await locked.save(update_fields=["totp_last_step"])
            return True
        used = await RecoveryCode.filter(
            user_id=user.id, code_hash=totp.recovery_hash(recovery_code or ""), used_at=None
        ).update(used_at=clock.now())
        return used == 1


# ---------------------------------------------------------------- second factor


async def enrolling_user(current: User | None, enrolment_token: str | None) -> User:
    """The logged-in user, or the staff member whose password an enrolment token proved."""
    if enrolment_token:
        try:
            user_id = tokens.decode_enrolment_token(enrolment_token)
        except tokens.InvalidAccessToken as exc:
            raise DomainError(ErrorCode.INVALID_TOKEN, "enrolmentToken") from exc
        user = await User.get_or_none(id=user_id, deleted_at=None, is_active=True)
        if user is None:
            raise DomainError(ErrorCode.INVALID_TOKEN, "enrolmentToken")
        return user
    if current is None:
        raise DomainError(ErrorCode.INVALID_TOKEN, "enrolmentToken")
    return current


async def start_totp_enrolment(who: Actor, user: User) -> totp.Enrolment:
    if user.totp_enabled_at is not None:
        raise DomainError(ErrorCode.TOTP_ALREADY_ENABLED)
    enrolment = totp.new_enrolment(user.email)
    async with in_transaction():
        user.totp_pending_enc = crypto.encrypt(enrolment.secret)
        await user.save(update_fields=["totp_pending_enc"])
        await audit.record(acting_as(who, user), "account.totp_start", "User", user.id)
    return enrolment


async def confirm_totp_enrolment(
    who: Actor, user: User, code: str, *, with_session: bool
) -> tuple[list[str], AuthResult | None]:
    """Turn the second factor on; returns the recovery codes (shown once) and, for a staff
    member enrolling at login, the session that login could not start yet."""
    async with in_transaction():
        user = await User.filter(id=user.id).select_for_update().get()
        if user.totp_enabled_at is not None:
            raise DomainError(ErrorCode.TOTP_ALREADY_ENABLED)
        if not user.totp_pending_enc:
            raise DomainError(ErrorCode.TOTP_NOT_STARTED, "code")
        secret = crypto.decrypt(user.totp_pending_enc)
        step = totp.matching_step(secret, code, 0)
        if step is None:
            raise DomainError(ErrorCode.INVALID_TOTP, "code")
        user.totp_secret_enc, user.totp_pending_enc = user.totp_pending_enc, ""
        user.totp_enabled_at, user.totp_last_step = clock.now(), step
        await user.save(
            update_fields=[
                "totp_secret_enc",
                "totp_pending_enc",
                "totp_enabled_at",
                "totp_last_step",
            ]
        )
        codes = await _replace_recovery_codes(user)
        session = await start_session(user, who) if with_session else None
        await audit.record(acting_as(who, user), "account.totp_enable", "User", user.id)
        if session:
            await audit.record(
                acting_as(who, user),
                "account.login",
                "User",
                user.id,
                detail={"second_factor": "enrolment"},
            )
    return codes, session


async def _replace_recovery_codes(user: User) -> list[str]:
    await RecoveryCode.filter(user_id=user.id).delete()
    codes = totp.new_recovery_codes()
    now = clock.now()
    await RecoveryCode.bulk_create(
        [
            RecoveryCode(user_id=user.id, code_hash=totp.recovery_hash(c), created_at=now)
            for c in codes
        ]
    )
    return codes


async def regenerate_recovery_codes(who: Actor, user: User, password: str) -> list[str]:
    if not passwords.verify_password(user.password_hash, password):
        raise DomainError(ErrorCode.WRONG_PASSWORD, "password")
    if user.totp_enabled_at is None:
        raise DomainError(ErrorCode.TOTP_NOT_STARTED)
    async with in_transaction():
        codes = await _replace_recovery_codes(user)
        await audit.record(who, "account.recovery_codes", "User", user.id)
    return codes


async def disable_totp(who: Actor, user: User, roles: set[Role], password: str) -> User:
    if roles & STAFF_ROLES:
        raise DomainError(ErrorCode.TOTP_REQUIRED_FOR_ROLE)
    if not passwords.verify_password(user.password_hash, password):
        raise DomainError(ErrorCode.WRONG_PASSWORD, "password")
    async with in_transaction():
        await _clear_second_factor(user)
        await audit.record(who, "account.totp_disable", "User", user.id)
    return user


async def _clear_second_factor(user: User) -> None:
    user.totp_secret_enc = user.totp_pending_enc = ""
    user.totp_enabled_at = None
    await user.save(update_fields=["totp_secret_enc", "totp_pending_enc", "totp_enabled_at"])
    await RecoveryCode.filter(user_id=user.id).delete()


async def reset_user_totp(who: Actor, roles: set[Role], user_id: int) -> User:
    """The hub admin clears a user's lost second factor; the user enrols again at next login."""
    user = await User.get_or_none(id=user_id, deleted_at=None)
    if user is None or not policies.is_hub_admin(roles):
        raise DomainError(ErrorCode.NOT_FOUND, "userId")
    async with in_transaction():
        await _clear_second_factor(user)
        await _revoke_sessions(user.id, "totp_reset")
        await audit.record(who, "account.totp_reset", "User", user.id)
    return user


async def recovery_codes_left(user: User) -> int:
    return await RecoveryCode.filter(user_id=user.id, used_at=None).count()


async def session_state(session: Session, roles: set[Role]) -> ErrorCode | None:
    """Why a session can no longer be used, or None while it is alive."""
    now = clock.now()
    if session.revoked_at is not None:
        return ErrorCode.SESSION_EXPIRED
    if session.created_at + timedelta(days=settings().session_absolute_days) <= now:
        return ErrorCode.SESSION_EXPIRED
    if session.last_activity_at + _idle_limit(roles) <= now:
        return ErrorCode.SESSION_EXPIRED
    return None


async def refresh(who: Actor, refresh_token: str) -> AuthResult:
    """Rotate a refresh token. A token presented again after rotation returns the same
    successor within the grace window; later, it revokes the whole session (token theft)."""
    if not refresh_token:
        raise DomainError(ErrorCode.INVALID_TOKEN, "refreshToken")
    async with in_transaction():
        result = await _rotate(who, refresh_token)
    # Raised after the commit, so the revocation of a reused token's family is kept.
    if result is None:
        raise DomainError(ErrorCode.SESSION_EXPIRED, "refreshToken")
    return result


async def _rotate(who: Actor, refresh_token: str) -> AuthResult | None:
    now = clock.now()
    row = (
        await RefreshToken.filter(token_hash=crypto.token_hash(refresh_token))
        .select_for_update()
        .first()
    )
    if row is None:
        raise DomainError(ErrorCode.INVALID_TOKEN, "refreshToken")
    session = await Session.filter(id=row.session_id).select_for_update().get()
    user = await User.get(id=session.user_id)
    if (
        await session_state(session, await roles_of(user)) is not None
        or user.deleted_at is not None
        or not user.is_active
    ):
        raise DomainError(ErrorCode.SESSION_EXPIRED, "refreshToken")
    successor = tokens.successor_of(refresh_token)
    if row.rotated_at is not None:
        if now - row.rotated_at <= timedelta(seconds=settings().refresh_grace_seconds):
            return _auth_result(user, session, successor)
        session.revoked_at, session.revoked_reason = now, "refresh_reuse"
        await session.save(update_fields=["revoked_at", "revoked_reason"])
        await audit.record(
            acting_as(who, user), "account.refresh_reuse", "Session", session.id, success=False
        )
        return None
    row.rotated_at = now
    await row.save(update_fields=["rotated_at"])
    await RefreshToken.create(
        session_id=session.id, token_hash=crypto.token_hash(successor), created_at=now
    )
    session.last_activity_at = now
    await session.save(update_fields=["last_activity_at"])
    await audit.record(acting_as(who, user), "account.refresh", "Session", session.id)
    return _auth_result(user, session, successor)


async def logout(who: Actor, session_id: str | None, refresh_token: str | None) -> None:
    async with in_transaction():
        if not session_id and refresh_token:
            row = await RefreshToken.get_or_none(token_hash=crypto.token_hash(refresh_token))
            session_id = row.session_id if row else None
        if not session_id:
            return
        await Session.filter(id=session_id, revoked_at=None).update(
            revoked_at=clock.now(), revoked_reason="logout"
        )
        await audit.record(who, "account.logout", "Session", session_id)


async def touch_session(session: Session) -> None:
    """Record activity, at most once a minute, so idle sessions expire but reads stay cheap."""
    now = clock.now()
    if now - session.last_activity_at >= timedelta(minutes=1):
        await Session.filter(id=session.id).update(last_activity_at=now)
        session.last_activity_at = now


# ---------------------------------------------------------------- passwords


async def change_password(
    who: Actor, user: User, *, current_password: str, new_password: str
) -> AuthResult:
    """Every session of the user ends; the client that changed it gets a new one."""
    if not passwords.verify_password(user.password_hash, current_password):
        await audit.record(who, "account.change_password", "User", user.id, success=False)
        raise DomainError(ErrorCode.WRONG_PASSWORD, "currentPassword")
    raise_all(passwords.check_policy(new_password, user.email, "newPassword"))
    if passwords.verify_password(user.password_hash, new_password):
        raise DomainError(ErrorCode.SAME_PASSWORD, "newPassword")
    async with in_transaction():
        user.password_hash = passwords.hash_password(new_password)
        user.password_changed_at = user.updated_at = clock.now()
        await user.save(update_fields=["password_hash", "password_changed_at", "updated_at"])
        await _revoke_sessions(user.id, "password_changed")
        await mails.send_password_changed(user.email, user.name)
        result = await start_session(user, who)
        await audit.record(who, "account.change_password", "User", user.id)
    return result


async def request_password_reset(who: Actor, email: str) -> None:
    """Mail a single-use link; the answer is the same whether the account exists or not."""
    raise_all(check_email(email))
    async with in_transaction():
        user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
        if user is None or not user.is_active:
            return
        token = await _new_email_token(
            user,
            EmailTokenPurpose.RESET_PASSWORD,
            timedelta(minutes=settings().password_reset_minutes),
        )
        await mails.send_password_reset(user.email, user.name, token)
        await audit.record(who, "account.request_password_reset", "User", user.id)


async def reset_password(who: Actor, *, token: str, new_password: str) -> User:
    async with in_transaction():
        row = await _use_email_token(token, EmailTokenPurpose.RESET_PASSWORD)
        user = await User.get(id=row.user_id)
        raise_all(passwords.check_policy(new_password, user.email, "newPassword"))
        now = clock.now()
        user.password_hash = passwords.hash_password(new_password)
        user.password_changed_at = user.updated_at = now
        # Following the link proves the mailbox is the user's.
        user.email_verified_at = user.email_verified_at or now
        await user.save(
            update_fields=[
                "password_hash",
                "password_changed_at",
                "updated_at",
                "email_verified_at",
            ]
        )
        # Other reset links sent before this one stop working too.
        await EmailToken.filter(
            user_id=user.id, purpose=EmailTokenPurpose.RESET_PASSWORD, used_at=None
        ).update(used_at=now)
        await _revoke_sessions(user.id, "password_reset")
        await _throttle_clear(_email_key(user.email))
        await audit.record(acting_as(who, user), "account.reset_password", "User", user.id)
    return user


# ---------------------------------------------------------------- profile


async def update_account(who: Actor, user: User, *, name: str, phone: str) -> User:
    raise_all(check_text(name, "name", max_len=100), check_phone(phone))
    async with in_transaction():
        user.name = name.strip()
        set_phone(user, phone)
        user.updated_at = clock.now()
        await user.save(update_fields=["name", "phone_enc", "phone_index", "updated_at"])
        await audit.record(
            who, "account.update", "User", user.id, detail={"fields": ["name", "phone"]}
        )
    return user
