"""Subject kinds: a domain above feedback declares what of its own may be rated — the
dimensions, who may rate, who may reply, and what follows a rating — without feedback
importing it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from qifu.accounts.models import User
from qifu.core.audit import Actor
from qifu.orgs.scopes import Scope


@dataclass(frozen=True)
class Owner:
    """Who answers for a subject and what it is about (e.g. an institution and its product)."""

    owner_type: str
    owner_id: int
    target_type: str = ""
    target_id: int | None = None


@dataclass(frozen=True)
class SubjectKind:
    name: str
    dimensions: tuple[str, ...]
    # Inside the rating's transaction: lock the subject, raise DomainError (NOT_FOUND,
    # INVALID_TRANSITION …) when this user may not rate it now, else say who owns it.
    check_rater: Callable[[User, Scope, int], Awaitable[Owner]]
    # Whether the user may reply for the owner (False answers as an unknown evaluation).
    may_reply: Callable[[User, Scope, str, int], Awaitable[bool]]
    # Inside the same transaction, after the evaluation is stored (e.g. a state change).
    after_rating: Callable[[Actor, User, int], Awaitable[None]] | None = None


_kinds: dict[str, SubjectKind] = {}


def register(kind: SubjectKind) -> None:
    _kinds[kind.name] = kind


def kind(name: str) -> SubjectKind:
    return _kinds[name]


def dimension_order(name: str, scores: dict[str, int]) -> list[tuple[str, int]]:
    """The scores in the kind's order of dimensions (JSON columns need not keep key order)."""
    known = _kinds[name].dimensions if name in _kinds else ()
    rank = {d: n for n, d in enumerate(known)}
    return sorted(scores.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))
