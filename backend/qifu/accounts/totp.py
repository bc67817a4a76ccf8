"""TOTP second factor (RFC 6238, any authenticator app) and single-use recovery codes."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

import pyotp
import segno

from qifu.core import clock, crypto

ISSUER = "企服 Qifu"
RECOVERY_CODES = 10
# Accept the previous and the next 30-second step: phones' clocks drift.
VALID_WINDOW = 1


@dataclass(frozen=True)
class Enrolment:
    secret: str
    otpauth_uri: str
    qr_svg_data_uri: str


def new_enrolment(email: str) -> Enrolment:
    secret = pyotp.random_base32()
    uri = pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)
    svg = segno.make(uri, error="m").svg_inline(scale=5, border=2)
    data_uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return Enrolment(secret, uri, data_uri)


def matching_step(secret: str, code: str, last_step: int) -> int | None:
    """The time step the code belongs to, if it is valid and newer than the last one used."""
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    now = clock.now()
    current = totp.timecode(now)
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        step = current + offset
        if step > last_step and secrets.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def new_recovery_codes() -> list[str]:
    # 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx.
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(alphabet) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def normalise_recovery_code(code: str) -> str:
    return code.strip().lower().replace(" ", "").replace("-", "")


def recovery_hash(code: str) -> str:
    return crypto.token_hash("recovery:" + normalise_recovery_code(code))
