"""Check-in kinds: a domain above checkin (activities, later training lessons) says what its
subjects and holders are, when a subject's check-in window is open and who may check people
in, without checkin importing it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class HolderState(StrEnum):
    """What the holder's own state says about attending."""

    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    WAITLISTED = "WAITLISTED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    NOT_ADMITTED = "NOT_ADMITTED"  # e.g. a rejected registration


@dataclass(frozen=True)
class Holder:
    id: int
    subject_id: int
    user_id: int
    state: HolderState


@dataclass(frozen=True)
class Subject:
    id: int
    opens_at: datetime
    closes_at: datetime  # also when its QR tokens expire
    cancelled: bool


@dataclass(frozen=True)
class CheckInKind:
    name: str
    # Holders by id (None when unknown).
    holder: Callable[[int], Awaitable[Holder | None]]
    # A person's holder for a subject, for self check-in: (subject id, user id).
    holder_of_user: Callable[[int, int], Awaitable[Holder | None]]
    subject: Callable[[int], Awaitable[Subject | None]]
    # Whether this person (the subject package's own notion of who is signed in) may check
    # others in to the subject.
    may_check_in: Callable[[Any, int], Awaitable[bool]]


_kinds: dict[str, CheckInKind] = {}


def register(kind: CheckInKind) -> None:
    _kinds[kind.name] = kind


def kind(name: str) -> CheckInKind:
    return _kinds[name]
