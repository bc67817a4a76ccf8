"""JWT access tokens (HS256 pinned, ``kid`` from the configured key set) and refresh tokens.

A refresh token is random; its successor is derived from it with a keyed hash, so a client
that presents an already-rotated token within the grace window gets the very same successor
(two tabs refreshing at once) without the server ever storing a token in plain text.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from qifu.core import clock
from qifu.core.crypto import new_token
from qifu.settings import settings

ALGORITHM = "HS256"
# Headers that would let a token pick its own key or demand unknown processing.
_FORBIDDEN_HEADERS = {"jku", "jwk", "x5u", "x5c", "crit"}


class InvalidAccessToken(Exception):
    pass


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    session_id: str
    issued_at: datetime
    expires_at: datetime


def issue_access_token(user_id: int, session_id: str) -> tuple[str, datetime]:
    s = settings()
    now = clock.now()
    expires = now + timedelta(minutes=s.access_token_minutes)
    payload = {
        "iss": s.jwt_issuer,
        "aud": s.jwt_audience,
        "sub": str(user_id),
        "sid": session_id,
        "iat": int(now.timestamp()),
        "exp": int(expires.timestamp()),
        "jti": uuid.uuid4().hex,
    }
    key = s.signing_keys()[s.jwt_active_kid]
    token = jwt.encode(payload, key, algorithm=ALGORITHM, headers={"kid": s.jwt_active_kid})
    return token, expires


def decode_access_token(token: str) -> AccessClaims:
    s = settings()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise InvalidAccessToken("malformed") from exc
    kid = header.get("kid")
    keys = s.signing_keys()
    if (
        header.get("alg") != ALGORITHM
        or not isinstance(kid, str)
        or kid not in keys
        or _FORBIDDEN_HEADERS & set(header)
    ):
        raise InvalidAccessToken("header")
    try:
        # Time claims are checked below against core.clock, which tests may move forward.
        claims: dict[str, Any] = jwt.decode(
            token,
            keys[kid],
            algorithms=[ALGORITHM],
            audience=s.jwt_audience,
            issuer=s.jwt_issuer,
            options={
                "require": ["exp", "iat", "iss", "aud", "sub", "jti"],
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
    except jwt.PyJWTError as exc:
        raise InvalidAccessToken(type(exc).__name__) from exc
    now = clock.now().timestamp()
    if not isinstance(claims["exp"], int) or not isinstance(claims["iat"], int):
        raise InvalidAccessToken("time claims")
    if claims["exp"] <= now or claims["iat"] > now + 60:
        raise InvalidAccessToken("expired")
    sid = claims.get("sid")
    if not isinstance(sid, str):
        raise InvalidAccessToken("sid")
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError) as exc:
        raise InvalidAccessToken("sub") from exc
    return AccessClaims(
        user_id=user_id,
        session_id=sid,
        issued_at=datetime.fromtimestamp(claims["iat"], clock.now().tzinfo),
        expires_at=datetime.fromtimestamp(claims["exp"], clock.now().tzinfo),
    )


ENROLMENT_AUDIENCE = "qifu-totp-enrolment"


def issue_enrolment_token(user_id: int) -> str:
    """Proves a correct password for a staff account that must now enrol a second factor."""
    s = settings()
    now = clock.now()
    payload = {
        "iss": s.jwt_issuer,
        "aud": ENROLMENT_AUDIENCE,
        "sub": str(user_id),
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=10)).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    key = s.signing_keys()[s.jwt_active_kid]
    return jwt.encode(payload, key, algorithm=ALGORITHM, headers={"kid": s.jwt_active_kid})


def decode_enrolment_token(token: str) -> int:
    s = settings()
    try:
        header = jwt.get_unverified_header(token)
        kid = header.get("kid")
        if header.get("alg") != ALGORITHM or kid not in s.signing_keys():
            raise InvalidAccessToken("header")
        claims = jwt.decode(
            token,
            s.signing_keys()[kid],
            algorithms=[ALGORITHM],
            audience=ENROLMENT_AUDIENCE,
            issuer=s.jwt_issuer,
            options={"require": ["exp", "sub"], "verify_exp": False, "verify_iat": False},
        )
    except jwt.PyJWTError as exc:
        raise InvalidAccessToken(type(exc).__name__) from exc
    if claims["exp"] <= clock.now().timestamp():
        raise InvalidAccessToken("expired")
    return int(claims["sub"])


def new_refresh_token() -> str:
    return new_token(32)


def successor_of(refresh_token: str) -> str:
    key = hashlib.sha256(b"refresh-successor:" + settings().secret_key.encode()).digest()
    return hmac.new(key, refresh_token.encode(), hashlib.sha256).hexdigest()
