"""The personal-information rights of a user: a copy of their data, and deletion.

Deletion anonymises the account instead of removing the row, so that records the platform
must keep (audit trail, later service archives) stay, attributed to "已注销用户".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from qifu.accounts import passwords, services
from qifu.accounts.models import (
    EmailToken,
    RecoveryCode,
    Role,
    RoleGrant,
    Session,
    User,
)
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.models import AuditEvent

DELETED_NAME = "已注销用户"


@dataclass(frozen=True)
class PersonalData:
    """What a domain above accounts holds about a user: its part of the export, and what to
    erase (inside the deletion's transaction) when the account is deleted."""

    export: Callable[[User], Awaitable[Any]]
    erase: Callable[[User], Awaitable[None]]


_holders: dict[str, PersonalData] = {}


def register(name: str, holder: PersonalData) -> None:
    _holders[name] = holder


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


async def export_data(user: User) -> dict[str, Any]:
    """Everything the platform holds about the user, as JSON-ready data."""
    grants = await RoleGrant.filter(user_id=user.id).order_by("id")
    sessions = await Session.filter(user_id=user.id).order_by("created_at")
    events = await AuditEvent.filter(actor_id=user.id).order_by("id")
    return {
        "format": "qifu-personal-data/1",
        "exportedAt": _iso(clock.now()),
        "account": {
            "email": user.email,
            "name": user.name,
            "phone": services.phone_of(user) or None,
            "emailVerifiedAt": _iso(user.email_verified_at),
            "createdAt": _iso(user.created_at),
            "passwordChangedAt": _iso(user.password_changed_at),
            "twoStepVerification": user.totp_enabled_at is not None,
        },
        "privacyConsent": {
            "noticeVersion": user.privacy_notice_version or None,
            "acceptedAt": _iso(user.privacy_accepted_at),
        },
        "roles": [
            {"role": g.role, "scopeType": g.scope_type, "scopeId": g.scope_id} for g in grants
        ],
        "sessions": [
            {
                "startedAt": _iso(s.created_at),
                "lastActivityAt": _iso(s.last_activity_at),
                "endedAt": _iso(s.revoked_at),
                "ip": s.ip,
                "userAgent": s.user_agent,
            }
            for s in sessions
        ],
        "activity": [
            {"at": _iso(e.at), "action": e.action, "success": e.success, "ip": e.ip} for e in events
        ],
        **{name: await holder.export(user) for name, holder in sorted(_holders.items())},
    }


async def delete_account(who: Actor, user: User, roles: set[Role], password: str) -> None:
    if not passwords.verify_password(user.password_hash, password):
        raise DomainError(ErrorCode.WRONG_PASSWORD, "password")
    async with in_transaction():
        if Role.HUB_ADMIN in roles:
            others = await RoleGrant.filter(role=Role.HUB_ADMIN).exclude(user_id=user.id)
            active = await User.filter(
                id__in=[g.user_id for g in others], deleted_at=None, is_active=True
            ).count()
            if active == 0:
                raise DomainError(ErrorCode.LAST_ADMIN, "password")
        now = clock.now()
        user.email = f"deleted-{user.id}@deleted.invalid"
        user.name = DELETED_NAME
        user.phone_enc = user.phone_index = ""
        user.password_hash = passwords.hash_password(crypto.new_token())
        user.totp_secret_enc = user.totp_pending_enc = ""
        user.totp_enabled_at = None
        user.is_active = False
        user.deleted_at = user.updated_at = now
        await user.save()
        await RecoveryCode.filter(user_id=user.id).delete()
        await EmailToken.filter(user_id=user.id).delete()
        await RoleGrant.filter(user_id=user.id).delete()
        for holder in _holders.values():
            await holder.erase(user)
        await Session.filter(user_id=user.id, revoked_at=None).update(
            revoked_at=now, revoked_reason="account_deleted"
        )
        await audit.record(who, "account.delete", "User", user.id)
