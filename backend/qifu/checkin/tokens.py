"""What a person shows to check in: a signed QR token, a short typed code, or the venue
screen's rotating code. Nothing is stored for any of them: each is checked by its signature."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

import jwt

from qifu.core import crypto

# Upper case without 0/O/1/I, so a code read aloud or typed from paper is unambiguous.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_MAC_CHARS = 5  # 25 bits: a guessed or mistyped code passes once in ~33 million
MAX_CODE_LENGTH = 10
VENUE_PERIOD_SECONDS = 30


@dataclass(frozen=True)
class Claims:
    kind: str
    subject_id: int
    holder_id: int


class TokenInvalid(Exception):
    """Not signed by us, malformed, or not a check-in token."""


class TokenExpired(Exception):
    """Signed by us, but its subject's check-in window has closed."""

    def __init__(self, claims: Claims) -> None:
        super().__init__("check-in token expired")
        self.claims = claims


def _key() -> bytes:
    return crypto.signing_key("checkin-token")


def issue_token(kind: str, subject_id: int, holder_id: int, expires_at: datetime) -> str:
    claims = {"k": kind, "s": subject_id, "h": holder_id, "exp": int(expires_at.timestamp())}
    return jwt.encode(claims, _key(), algorithm="HS256")


def read_token(token: str, now: datetime) -> Claims:
    """The token's claims; ``exp`` is compared with our clock (which tests move), not the OS's."""
    try:
        claims = jwt.decode(
            token,
            _key(),
            algorithms=["HS256"],
            options={"verify_exp": False, "require": ["exp", "k", "s", "h"]},
        )
        found = Claims(str(claims["k"]), int(claims["s"]), int(claims["h"]))
        expires_at = datetime.fromtimestamp(int(claims["exp"]), UTC)
    except (jwt.InvalidTokenError, TypeError, ValueError) as e:
        raise TokenInvalid from e
    if now >= expires_at:
        raise TokenExpired(found)
    return found


def _encode(n: int) -> str:
    out = ""
    while True:
        n, digit = divmod(n, len(ALPHABET))
        out = ALPHABET[digit] + out
        if n == 0:
            return out


def _code_mac(kind: str, id_part: str) -> str:
    raw = base64.urlsafe_b64decode(crypto.mac("checkin-code", f"{kind}:{id_part}") + "==")
    return _encode(int.from_bytes(raw[:8], "big"))[-_MAC_CHARS:]


def issue_code(kind: str, holder_id: int) -> str:
    """The holder id in the alphabet above, then a MAC; ≤ 10 characters for ids < 32⁵."""
    id_part = _encode(holder_id)
    return id_part + _code_mac(kind, id_part)


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c not in " -")


def read_code(kind: str, code: str) -> int | None:
    """The holder id of a typed code, or None for a mistyped or forged one."""
    code = normalise_code(code)
    if not _MAC_CHARS < len(code) <= 16 or any(c not in ALPHABET for c in code):
        return None
    id_part, tag = code[:-_MAC_CHARS], code[-_MAC_CHARS:]
    if not hmac.compare_digest(tag, _code_mac(kind, id_part)):
        return None
    n = 0
    for c in id_part:
        n = n * len(ALPHABET) + ALPHABET.index(c)
    return n


def venue_period(now: datetime) -> int:
    return int(now.timestamp()) // VENUE_PERIOD_SECONDS


def venue_code(kind: str, subject_id: int, period: int) -> str:
    key = crypto.signing_key("checkin-venue")
    digest = hmac.new(key, f"{kind}:{subject_id}:{period}".encode(), hashlib.sha256).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 1_000_000:06d}"


def venue_expires_at(now: datetime) -> datetime:
    return datetime.fromtimestamp((venue_period(now) + 1) * VENUE_PERIOD_SECONDS, UTC)


def venue_code_matches(kind: str, subject_id: int, code: str, now: datetime) -> bool:
    """The current period's code or the previous one's (someone typing across the boundary)."""
    code = code.strip()
    period = venue_period(now)
    return any(
        hmac.compare_digest(code, venue_code(kind, subject_id, p)) for p in (period, period - 1)
    )
