"""Users, their role grants, sessions with rotating refresh tokens, and single-use mail tokens."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Role(StrEnum):
    ENTERPRISE_MEMBER = "ENTERPRISE_MEMBER"
    ENTERPRISE_ADMIN = "ENTERPRISE_ADMIN"
    INSTITUTION_MEMBER = "INSTITUTION_MEMBER"
    INSTITUTION_ADMIN = "INSTITUTION_ADMIN"
    EXPERT = "EXPERT"
    DEPARTMENT_HANDLER = "DEPARTMENT_HANDLER"
    OPERATOR = "OPERATOR"
    HUB_ADMIN = "HUB_ADMIN"


STAFF_ROLES = frozenset({Role.OPERATOR, Role.HUB_ADMIN})


class ScopeType(StrEnum):
    """What a role grant is scoped to; the organisations themselves live in later domains."""

    PLATFORM = "PLATFORM"
    ENTERPRISE = "ENTERPRISE"
    INSTITUTION = "INSTITUTION"
    DEPARTMENT = "DEPARTMENT"
    EXPERT = "EXPERT"


class User(Model):
    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=100)
    # Personal data: encrypted at rest, with a keyed blind index for exact look-ups.
    phone_enc = fields.CharField(max_length=200, default="")
    phone_index = fields.CharField(max_length=64, default="", db_index=True)
    password_hash = fields.CharField(max_length=200)
    email_verified_at = fields.DatetimeField(null=True)
    is_active = fields.BooleanField(default=True)
    deleted_at = fields.DatetimeField(null=True)
    privacy_notice_version = fields.CharField(max_length=20, default="")
    privacy_accepted_at = fields.DatetimeField(null=True)
    password_changed_at = fields.DatetimeField(null=True)
    # Second factor: an encrypted TOTP secret; the last accepted time step stops replays.
    totp_secret_enc = fields.CharField(max_length=200, default="")
    totp_pending_enc = fields.CharField(max_length=200, default="")
    totp_enabled_at = fields.DatetimeField(null=True)
    totp_last_step = fields.BigIntField(default=0)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    grants: fields.ReverseRelation[RoleGrant]

    class Meta:
        table = "user_account"


class RoleGrant(Model):
    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="grants", on_delete=fields.CASCADE
    )
    user_id: int
    role = fields.CharEnumField(Role, max_length=30)
    scope_type = fields.CharEnumField(ScopeType, max_length=20)
    scope_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "role_grant"
        unique_together = (("user", "role", "scope_type", "scope_id"),)


class Session(Model):
    """One login on one client: the family of its refresh tokens."""

    id = fields.CharField(max_length=36, primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.CASCADE
    )
    user_id: int
    created_at = fields.DatetimeField()
    last_activity_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    revoked_reason = fields.CharField(max_length=40, default="")
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=300, default="")

    class Meta:
        table = "auth_session"


class RefreshToken(Model):
    id = fields.BigIntField(primary_key=True)
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    session_id: str
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    rotated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refresh_token"


class EmailTokenPurpose(StrEnum):
    VERIFY_EMAIL = "VERIFY_EMAIL"
    RESET_PASSWORD = "RESET_PASSWORD"


class EmailToken(Model):
    """A single-use link sent by mail; only its hash is stored."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="email_tokens", on_delete=fields.CASCADE
    )
    user_id: int
    purpose = fields.CharEnumField(EmailTokenPurpose, max_length=20)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "email_token"


class LoginThrottle(Model):
    """Failure counter for one key (a normalised email or a client IP)."""

    key = fields.CharField(max_length=300, primary_key=True)
    failures = fields.IntField(default=0)
    window_started_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "login_throttle"


class RecoveryCode(Model):
    """A single-use second-factor code for when the authenticator is lost; stored hashed."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="recovery_codes", on_delete=fields.CASCADE
    )
    user_id: int
    code_hash = fields.CharField(max_length=64)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "recovery_code"
        unique_together = (("user", "code_hash"),)
