"""Unified social credit code (统一社会信用代码, GB 32100-2015), checked by python-stdnum.

Structure: 1 registering authority, 2 entity type, 3–8 the registering authority's region code
(GB/T 2260), 9–17 organisation code, 18 check character. Letters I, O, Z, S and V are never
used, so they are reported on their own: they are the usual typos for 1, 0, 2, 5 and U.
"""

from __future__ import annotations

import unicodedata

from stdnum.cn import uscc as _stdnum
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

LENGTH = 18
FORBIDDEN = frozenset("IOZSV")


class InvalidUSCC(ValueError):
    """Why a code was refused; ``reason`` is one of length, forbidden, character, checksum."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def normalise(code: str) -> str:
    """Upper-case without any whitespace; full-width characters (ＡＢ１２) become ASCII."""
    return "".join(unicodedata.normalize("NFKC", code).split()).upper()


def validate(code: str) -> str:
    """The normalised code, or InvalidUSCC (a ValueError) saying what is wrong."""
    code = _stdnum.compact(normalise(code))  # stdnum also drops hyphens
    try:
        return str(_stdnum.validate(code))
    except InvalidLength:
        raise InvalidUSCC(
            "length", f"a unified social credit code has {LENGTH} characters, not {len(code)}"
        ) from None
    except InvalidFormat:
        bad = sorted({c for c in code if c in FORBIDDEN})
        if bad:
            raise InvalidUSCC(
                "forbidden", f"letters I, O, Z, S and V are not used (found {', '.join(bad)})"
            ) from None
        if not code[:8].isdigit():
            raise InvalidUSCC(
                "character", "characters 1–8 (authority, type, region code) must be digits"
            ) from None
        raise InvalidUSCC(
            "character", "only digits and capital letters except I, O, Z, S, V are allowed"
        ) from None
    except InvalidChecksum:
        raise InvalidUSCC("checksum", "the check character (18th) does not match") from None


def is_valid(code: str) -> bool:
    try:
        validate(code)
    except InvalidUSCC:
        return False
    return True


def region_code(code: str) -> str:
    """Characters 3–8 of a valid code: the registering authority's GB/T 2260 region code."""
    return validate(code)[2:8]
