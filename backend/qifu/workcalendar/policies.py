"""Who may see or change the working-day calendar."""

from __future__ import annotations

from qifu.accounts.models import STAFF_ROLES, Role


def can_edit_calendar(roles: set[Role]) -> bool:
    return Role.HUB_ADMIN in roles


def can_see_calendar_warnings(roles: set[Role]) -> bool:
    return bool(roles & STAFF_ROLES)
