"""Tickets and venue codes: what is issued reads back, and forged, expired, mistyped or stale
ones are recognised without anything stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from qifu.checkin import tokens

NOW = datetime(2026, 12, 1, 9, 0, 10, tzinfo=UTC)
LATER = NOW + timedelta(hours=3)


def test_token_round_trip() -> None:
    token = tokens.issue_token("activity", 7, 42, LATER)
    assert tokens.read_token(token, NOW) == tokens.Claims("activity", 7, 42)


def test_token_expires_at_the_end_of_the_window() -> None:
    token = tokens.issue_token("activity", 7, 42, LATER)
    assert tokens.read_token(token, LATER - timedelta(seconds=1)).holder_id == 42
    with pytest.raises(tokens.TokenExpired):
        tokens.read_token(token, LATER)


@pytest.mark.parametrize(
    "token",
    [
        jwt.encode({"k": "activity", "s": 7, "h": 42, "exp": 2_000_000_000}, "x" * 32, "HS256"),
        jwt.encode({"k": "activity", "s": 7, "h": 42}, "x" * 32, "HS256"),
        "not.a.token",
        "",
    ],
    ids=["other key", "no exp", "garbage", "empty"],
)
def test_forged_or_garbage_token_is_invalid(token: str) -> None:
    with pytest.raises(tokens.TokenInvalid):
        tokens.read_token(token, NOW)


def test_tampered_token_is_invalid() -> None:
    token = tokens.issue_token("activity", 7, 42, LATER)
    header, _, signature = token.split(".")
    other = tokens.issue_token("activity", 7, 43, LATER).split(".")[1]
    with pytest.raises(tokens.TokenInvalid):
        tokens.read_token(f"{header}.{other}.{signature}", NOW)


@pytest.mark.parametrize("holder_id", [0, 1, 31, 32, 12345, 32**5 - 1])
def test_code_round_trip(holder_id: int) -> None:
    code = tokens.issue_code("activity", holder_id)
    assert len(code) <= tokens.MAX_CODE_LENGTH
    assert code == code.upper() and not set(code) & set("0O1I")
    assert tokens.read_code("activity", code) == holder_id
    # Typed in lower case or grouped with spaces or dashes, it still reads.
    spaced = f"{code[:3]} {code[3:5]}-{code[5:]}".lower()
    assert tokens.read_code("activity", spaced) == holder_id


def test_mistyped_or_forged_code_is_invalid() -> None:
    code = tokens.issue_code("activity", 12345)
    for i in range(len(code)):
        for c in "2AZ":
            if c != code[i]:
                assert tokens.read_code("activity", code[:i] + c + code[i + 1 :]) is None
    assert tokens.read_code("activity", code[:-1]) is None  # a character left out
    assert tokens.read_code("activity", code + "2") is None
    assert tokens.read_code("lesson", code) is None  # another kind's MAC
    assert tokens.read_code("activity", code.replace(code[0], "0")) is None
    assert tokens.read_code("activity", "") is None


def test_venue_code_current_and_previous_period_only() -> None:
    period = tokens.venue_period(NOW)
    current = tokens.venue_code("activity", 7, period)
    previous = tokens.venue_code("activity", 7, period - 1)
    old = tokens.venue_code("activity", 7, period - 2)
    assert len(current) == 6 and current.isdigit()
    assert tokens.venue_code_matches("activity", 7, current, NOW)
    assert tokens.venue_code_matches("activity", 7, previous, NOW)
    assert not tokens.venue_code_matches("activity", 7, old, NOW) or old in (current, previous)
    assert not tokens.venue_code_matches("activity", 8, current, NOW) or (
        tokens.venue_code("activity", 8, period) == current
    )
    # The next period's screen shows a new code; the one shown now is then the previous one.
    nxt = NOW + timedelta(seconds=tokens.VENUE_PERIOD_SECONDS)
    assert tokens.venue_code_matches("activity", 7, current, nxt)
    assert tokens.venue_expires_at(NOW) == datetime(2026, 12, 1, 9, 0, 30, tzinfo=UTC)
