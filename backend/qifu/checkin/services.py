"""Checking a holder in to a subject: by the organiser (scanned token or typed code) or by the
holder at the venue (rotating code). Every answer is a ``CheckInResult``; only an unknown or
not-permitted subject raises (NOT_FOUND, as for an id that does not exist)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.checkin import registry, tokens
from qifu.checkin.models import CheckIn, CheckInMethod
from qifu.checkin.registry import CheckInKind, Holder, HolderState
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode

NONCE_MAX = 64


class CheckInResult(StrEnum):
    OK = "OK"
    ALREADY_CHECKED_IN = "ALREADY_CHECKED_IN"
    NOT_REGISTERED = "NOT_REGISTERED"
    REGISTRATION_CANCELLED = "REGISTRATION_CANCELLED"
    ACTIVITY_CANCELLED = "ACTIVITY_CANCELLED"
    WAITLISTED = "WAITLISTED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    WRONG_ACTIVITY = "WRONG_ACTIVITY"
    TOO_EARLY = "TOO_EARLY"
    TOO_LATE = "TOO_LATE"
    INVALID = "INVALID"


_BY_STATE = {
    HolderState.CANCELLED: CheckInResult.REGISTRATION_CANCELLED,
    HolderState.WAITLISTED: CheckInResult.WAITLISTED,
    HolderState.PENDING_APPROVAL: CheckInResult.PENDING_APPROVAL,
    HolderState.NOT_ADMITTED: CheckInResult.NOT_REGISTERED,
}


@dataclass(frozen=True)
class Outcome:
    result: CheckInResult
    holder_id: int | None = None
    # The check-in's time: the first one for OK on a retry and for ALREADY_CHECKED_IN.
    checked_in_at: datetime | None = None


def _check_nonce(nonce: str) -> None:
    if not nonce:
        raise DomainError(ErrorCode.REQUIRED, "nonce")
    if len(nonce) > NONCE_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "nonce")


async def check_in(
    actor: Actor, staff: Any, kind_name: str, subject_id: int, code: str, nonce: str
) -> Outcome:
    """The organiser checks a holder in with the holder's QR token or typed code."""
    kind = registry.kind(kind_name)
    if not await kind.may_check_in(staff, subject_id):
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    _check_nonce(nonce)
    code = code.strip()
    if "." in code:
        try:
            claims = tokens.read_token(code, clock.now())
        except tokens.TokenExpired as e:
            # Past the window only a retry of a scan that succeeded is still answered OK.
            late = e.claims
            retried = await CheckIn.get_or_none(
                kind=kind.name, subject_id=subject_id, holder_id=late.holder_id, nonce=nonce
            )
            if late.kind == kind.name and retried is not None:
                return _answer(retried, nonce)
            return Outcome(CheckInResult.TOO_LATE)
        except tokens.TokenInvalid:
            return Outcome(CheckInResult.INVALID)
        if claims.kind != kind.name:
            return Outcome(CheckInResult.INVALID)
        holder_id, method = claims.holder_id, CheckInMethod.QR
    else:
        found = tokens.read_code(kind.name, code)
        if found is None:
            return Outcome(CheckInResult.INVALID)
        holder_id, method = found, CheckInMethod.CODE
    holder = await kind.holder(holder_id)
    if holder is None:
        return Outcome(CheckInResult.INVALID)
    return await _settle(actor, kind, subject_id, holder, method, nonce, actor.user_id)


async def self_check_in(
    actor: Actor, user_id: int, kind_name: str, subject_id: int, venue_code: str, nonce: str
) -> Outcome:
    """The holder checks in with the code shown on the venue's screen."""
    kind = registry.kind(kind_name)
    if await kind.subject(subject_id) is None:
        raise DomainError(ErrorCode.NOT_FOUND, "activityId")
    _check_nonce(nonce)
    if not tokens.venue_code_matches(kind.name, subject_id, venue_code, clock.now()):
        return Outcome(CheckInResult.INVALID)
    holder = await kind.holder_of_user(subject_id, user_id)
    if holder is None:
        return Outcome(CheckInResult.NOT_REGISTERED)
    return await _settle(actor, kind, subject_id, holder, CheckInMethod.VENUE, nonce, None)


def _answer(row: CheckIn, nonce: str) -> Outcome:
    # The same nonce is the client retrying the request that succeeded: answer as then.
    result = CheckInResult.OK if row.nonce == nonce else CheckInResult.ALREADY_CHECKED_IN
    return Outcome(result, row.holder_id, row.checked_in_at)


async def _settle(
    actor: Actor,
    kind: CheckInKind,
    subject_id: int,
    holder: Holder,
    method: CheckInMethod,
    nonce: str,
    by: int | None,
) -> Outcome:
    if holder.subject_id != subject_id:
        return Outcome(CheckInResult.WRONG_ACTIVITY)
    existing = await CheckIn.get_or_none(kind=kind.name, subject_id=subject_id, holder_id=holder.id)
    if existing is not None:
        return _answer(existing, nonce)
    subject = await kind.subject(subject_id)
    if subject is None:
        return Outcome(CheckInResult.INVALID)
    if subject.cancelled:
        return Outcome(CheckInResult.ACTIVITY_CANCELLED, holder.id)
    if holder.state in _BY_STATE:
        return Outcome(_BY_STATE[holder.state], holder.id)
    now = clock.now()
    if now < subject.opens_at:
        return Outcome(CheckInResult.TOO_EARLY, holder.id)
    if now > subject.closes_at:
        return Outcome(CheckInResult.TOO_LATE, holder.id)
    try:
        async with in_transaction():
            row = await CheckIn.create(
                kind=kind.name,
                subject_id=subject_id,
                holder_id=holder.id,
                user_id=holder.user_id,
                method=method,
                nonce=nonce,
                checked_in_by_id=by,
                checked_in_at=now,
            )
            await audit.record(
                actor,
                "checkin.create",
                "CheckIn",
                row.id,
                detail={"kind": kind.name, "subject": subject_id, "method": method.value},
            )
    except IntegrityError:
        # A concurrent scan of the same holder committed first: the constraint decided.
        first = await CheckIn.get(kind=kind.name, subject_id=subject_id, holder_id=holder.id)
        return _answer(first, nonce)
    return Outcome(CheckInResult.OK, holder.id, row.checked_in_at)
