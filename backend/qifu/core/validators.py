"""Input validation shared by every domain; each check returns a DomainError or None."""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from qifu.core.errors import DomainError, ErrorCode, ValidationErrors

MOBILE = re.compile(r"^1[3-9]\d{9}$")
# A landline with its area code (0577-88886666, extension allowed) or a 400/800 number.
_LANDLINE = re.compile(r"^(0\d{2,3}\d{7,8}(\d{1,6})?|[48]00\d{7})$")


def normalise_email(raw: str) -> str:
    return raw.strip().lower()


def check_email(raw: str, field: str = "email") -> DomainError | None:
    email = normalise_email(raw)
    if not email:
        return DomainError(ErrorCode.REQUIRED, field)
    if len(email) > 254:
        return DomainError(ErrorCode.TOO_LONG, field)
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return DomainError(ErrorCode.INVALID_EMAIL, field)
    return None


def normalise_phone(raw: str) -> str:
    phone = re.sub(r"[\s-]", "", raw.strip())
    return phone[3:] if phone.startswith("+86") else phone


def check_phone(raw: str, field: str = "phone") -> DomainError | None:
    if raw and not MOBILE.match(normalise_phone(raw)):
        return DomainError(ErrorCode.INVALID_PHONE, field)
    return None


def check_contact_phone(raw: str, field: str) -> DomainError | None:
    """A public contact number: mobile or landline; empty is allowed."""
    if not raw.strip():
        return None
    phone = normalise_phone(raw)
    if MOBILE.match(phone) or _LANDLINE.match(phone):
        return None
    return DomainError(ErrorCode.INVALID_CONTACT_PHONE, field)


def check_optional_email(raw: str, field: str) -> DomainError | None:
    return check_email(raw, field) if raw.strip() else None


def check_text(
    value: str, field: str, *, required: bool = True, max_len: int = 200
) -> DomainError | None:
    if required and not value.strip():
        return DomainError(ErrorCode.REQUIRED, field)
    if len(value) > max_len:
        return DomainError(ErrorCode.TOO_LONG, field)
    return None


def raise_all(*checks: DomainError | None) -> None:
    errors = [e for e in checks if e is not None]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
