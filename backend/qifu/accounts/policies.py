"""Who may see or do what with accounts."""

from __future__ import annotations

from tortoise.queryset import QuerySet

from qifu.accounts.models import STAFF_ROLES, Role, User


def is_hub_admin(roles: set[Role]) -> bool:
    return Role.HUB_ADMIN in roles


def can_list_users(roles: set[Role]) -> bool:
    return is_hub_admin(roles)


def can_see_private_fields(viewer: User | None, roles: set[Role], subject_id: int) -> bool:
    """Contact details: the user themself and the hub admin."""
    return viewer is not None and (viewer.id == subject_id or is_hub_admin(roles))


def visible_users(viewer: User | None, roles: set[Role]) -> QuerySet[User]:
    if viewer is None:
        return User.filter(id__in=[])
    if is_hub_admin(roles):
        return User.all()
    return User.filter(id=viewer.id)


def can_unlock_users(roles: set[Role]) -> bool:
    return bool(roles & STAFF_ROLES)


def can_browse_audit(roles: set[Role]) -> bool:
    return is_hub_admin(roles)
