"""Who may read a stored file.

The uploader always may. Beyond that, each purpose has a list of read rules; a file is
readable when any rule of its purpose says yes. Every purpose starts with ``staff_can_read``
(operators and hub admins). Domains above ``files`` add their own rules at import time,
e.g. orgs for business licences::

    from qifu.files.models import FilePurpose
    from qifu.files.policies import register_reader

    @register_reader(FilePurpose.BUSINESS_LICENCE)
    async def enterprise_members_read_licence(viewer, grants, file) -> bool:
        ...  # a member of the enterprise that holds this licence, or its operators

and a domain that narrows staff access for a purpose (say, operators of the enterprise's own
platform subtree only) removes the default with ``unregister_reader(purpose,
staff_can_read)`` and registers its own rule. ``files`` never imports those domains.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence

from qifu.accounts.models import STAFF_ROLES, Role, RoleGrant, User
from qifu.files.models import FilePurpose, StoredFile

ReadRule = Callable[[User, Sequence[RoleGrant], StoredFile], Awaitable[bool]]
# Says a file is public (anyone, signed in or not, may read it), e.g. the image of a listed
# service product; the domain that attached the file decides.
PublicRule = Callable[[StoredFile], Awaitable[bool]]


async def staff_can_read(viewer: User, grants: Sequence[RoleGrant], file: StoredFile) -> bool:
    return any(Role(g.role) in STAFF_ROLES for g in grants)


_rules: dict[FilePurpose, list[ReadRule]] = {p: [staff_can_read] for p in FilePurpose}


def register_reader(*purposes: FilePurpose) -> Callable[[ReadRule], ReadRule]:
    """Decorator: ``rule`` also grants reading files of these purposes (all when none)."""

    def register(rule: ReadRule) -> ReadRule:
        for purpose in purposes or tuple(FilePurpose):
            if rule not in _rules[purpose]:
                _rules[purpose].append(rule)
        return rule

    return register


_public_rules: dict[FilePurpose, list[PublicRule]] = {p: [] for p in FilePurpose}


def register_public(*purposes: FilePurpose) -> Callable[[PublicRule], PublicRule]:
    """Decorator: ``rule`` may declare files of these purposes public (all when none)."""

    def register(rule: PublicRule) -> PublicRule:
        for purpose in purposes or tuple(FilePurpose):
            if rule not in _public_rules[purpose]:
                _public_rules[purpose].append(rule)
        return rule

    return register


async def is_public(file: StoredFile) -> bool:
    for rule in _public_rules[FilePurpose(file.purpose)]:
        if await rule(file):
            return True
    return False


def unregister_reader(purposes: Iterable[FilePurpose], rule: ReadRule) -> None:
    for purpose in purposes:
        if rule in _rules[purpose]:
            _rules[purpose].remove(rule)


def readers(purpose: FilePurpose) -> tuple[ReadRule, ...]:
    return tuple(_rules[purpose])


def is_owner(viewer: User | None, file: StoredFile) -> bool:
    return viewer is not None and file.owner_id == viewer.id


async def can_read(viewer: User | None, grants: Sequence[RoleGrant], file: StoredFile) -> bool:
    """Whether ``viewer`` (with these role grants) may see the file and its bytes."""
    if viewer is None or viewer.deleted_at is not None or not viewer.is_active:
        return await is_public(file)
    if is_owner(viewer, file):
        return True
    for rule in _rules[FilePurpose(file.purpose)]:
        if await rule(viewer, grants, file):
            return True
    return await is_public(file)


def can_upload(viewer: User | None) -> bool:
    """Any logged-in, active account may upload; what the file is then attached to decides
    who else sees it."""
    return viewer is not None and viewer.deleted_at is None and viewer.is_active
