"""Secrets at rest: AES-GCM for personal data, keyed blind indexes, hashes of bearer tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from qifu.settings import settings

_VERSION = b"v1"


def _derive(purpose: bytes) -> bytes:
    s = settings()
    if purpose == b"data" and s.data_key:
        return bytes.fromhex(s.data_key)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"qifu", info=purpose).derive(
        s.secret_key.encode()
    )


def encrypt(plain: str) -> str:
    """AES-256-GCM with a random nonce; the result is text safe for a varchar column."""
    if not plain:
        return ""
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(b"data")).encrypt(nonce, plain.encode(), _VERSION)
    return "v1:" + base64.urlsafe_b64encode(nonce + sealed).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    raw = base64.urlsafe_b64decode(token.removeprefix("v1:"))
    return AESGCM(_derive(b"data")).decrypt(raw[:12], raw[12:], _VERSION).decode()


def blind_index(value: str) -> str:
    """A keyed hash for exact look-ups of an encrypted value without decrypting every row."""
    if not value:
        return ""
    return hmac.new(_derive(b"blind-index"), value.encode(), hashlib.sha256).hexdigest()


def mac(purpose: str, message: str) -> str:
    """HMAC-SHA256 of ``message`` under a key derived for ``purpose`` (signed links and
    codes), as URL-safe base64 without padding. Compare with ``hmac.compare_digest``."""
    key = _derive(b"mac:" + purpose.encode())
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def signing_key(purpose: str) -> bytes:
    """A 32-byte key derived for ``purpose`` (e.g. signing JWTs), never the secret itself."""
    return _derive(b"sign:" + purpose.encode())


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def token_hash(token: str) -> str:
    """Bearer tokens (refresh, email links) are stored only as this hash."""
    return hashlib.sha256(token.encode()).hexdigest()
