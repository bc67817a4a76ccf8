"""argon2id hashing and the 等保 level-3 password policy."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from qifu.core.errors import DomainError, ErrorCode
from qifu.settings import settings

# Production parameters: argon2-cffi's RFC 9106 low-memory profile (t=3, m=64 MiB, p=4), above
# OWASP's floor of m=19 MiB, t=2, p=1.
PRODUCTION: dict[str, int] = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# Tests hash thousands of passwords; the cheap profile is never used outside QIFU_ENV=test.
TEST: dict[str, int] = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}

MIN_LENGTH = 8
MAX_LENGTH = 128


@lru_cache(maxsize=2)
def _hasher(cheap: bool) -> PasswordHasher:
    params = TEST if cheap else PRODUCTION
    return PasswordHasher(
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=32,
        salt_len=16,
        type=Type.ID,
    )


def hasher() -> PasswordHasher:
    return _hasher(settings().is_test)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return hasher().check_needs_rehash(password_hash)


_DUMMY_HASH: dict[bool, str] = {}


def burn_time(password: str) -> None:
    """Verify against a dummy hash so an unknown email takes as long as a wrong password."""
    cheap = settings().is_test
    if cheap not in _DUMMY_HASH:
        _DUMMY_HASH[cheap] = _hasher(cheap).hash("dummy-password-for-timing")
    verify_password(_DUMMY_HASH[cheap], password)


def character_classes(password: str) -> int:
    return sum(
        [
            any(c.isupper() for c in password),
            any(c.islower() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )


def check_policy(password: str, email: str, field: str = "password") -> DomainError | None:
    if len(password) > MAX_LENGTH:
        return DomainError(ErrorCode.TOO_LONG, field)
    local = email.split("@", 1)[0].lower()
    if (
        len(password) < MIN_LENGTH
        or character_classes(password) < 3
        or (len(local) >= 3 and local in password.lower())
    ):
        return DomainError(ErrorCode.WEAK_PASSWORD, field)
    return None
