"""Who may do what with a course: its provider (an institution's members or a platform's
operators) manages it; the operators of the provider platform's subtree review it (the hub
admin and network-wide operators: every course)."""

from __future__ import annotations

from dataclasses import dataclass

from qifu.accounts.models import User
from qifu.orgs.models import Platform
from qifu.orgs.scopes import Scope
from qifu.training.models import Course, CourseStatus, ProviderType

# The states anybody may see (the public list and course page).
PUBLIC = frozenset({CourseStatus.PUBLISHED, CourseStatus.ONGOING, CourseStatus.ENDED})
# Enrollment and learning happen while the course is on offer.
ACTIVE = frozenset({CourseStatus.PUBLISHED, CourseStatus.ONGOING})


@dataclass(frozen=True)
class Who:
    """A person's standing for training: their scope and, for operators, their subtree."""

    user: User
    scope: Scope
    # The operator's platform subtree ("/1/4/"…); None: the whole network.
    paths: list[str] | None = None


def who_of(user: User, scope: Scope, paths: list[str] | None) -> Who:
    return Who(user, scope, paths)


def is_provider_of(who: Who, kind: ProviderType, provider_id: int) -> bool:
    if kind is ProviderType.INSTITUTION:
        return provider_id in who.scope.institution_member_of
    return who.scope.network_wide or provider_id in who.scope.operator_platform_ids


def is_provider(who: Who | None, course: Course) -> bool:
    if who is None:
        return False
    return is_provider_of(who, ProviderType(course.provider_type), course.provider_id)


def is_reviewer(who: Who | None, platform: Platform | None) -> bool:
    if who is None or platform is None or not who.scope.is_staff:
        return False
    return who.paths is None or any(platform.path.startswith(p) for p in who.paths)


def is_public(course: Course) -> bool:
    return CourseStatus(course.status) in PUBLIC
