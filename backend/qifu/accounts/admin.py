"""Administration of accounts from the command line."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from qifu.accounts import passwords
from qifu.accounts.models import STAFF_ROLES, Role, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock, crypto
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_email, check_text, normalise_email, raise_all
from qifu.settings import settings


async def create_hub_admin(
    *,
    email: str,
    name: str,
    password: str,
    totp_secret: str | None = None,
    role: Role = Role.HUB_ADMIN,
) -> User:
    """Create a verified staff account (hub admin, or a platform-wide operator until operators
    are appointed per platform), or grant the role to an existing account. Staff enrol a
    second factor at first login; only automated tests (QIFU_ENV=test) may preset one."""
    if role not in STAFF_ROLES:
        raise DomainError(ErrorCode.INVALID, "role")
    if totp_secret and not settings().is_test:
        raise DomainError(ErrorCode.FORBIDDEN, "totpSecret", "只能在测试环境预置两步验证密钥")
    email_n = normalise_email(email)
    raise_all(
        check_email(email),
        check_text(name, "name", max_len=100),
        passwords.check_policy(password, email_n),
    )
    async with in_transaction():
        user = await User.get_or_none(email=email_n)
        now = clock.now()
        if user is None:
            user = await User.create(
                email=email_n,
                name=name.strip(),
                password_hash=passwords.hash_password(password),
                email_verified_at=now,
                password_changed_at=now,
                created_at=now,
                updated_at=now,
            )
        await grant_role(user, role)
        if totp_secret:
            user.totp_secret_enc = crypto.encrypt(totp_secret)
            user.totp_enabled_at = now
            await user.save(update_fields=["totp_secret_enc", "totp_enabled_at"])
        await audit.record(
            audit.Actor(label="cli"),
            "account.create_admin",
            "User",
            user.id,
            detail={"role": role.value},
        )
    return user
