"""Government departments with their handlers, and the expert library (R4)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, normalise_email, raise_all
from qifu.orgs import platforms
from qifu.orgs.models import Department, Expert, ExpertStatus, Platform
from qifu.orgs.reference import regions
from qifu.orgs.scopes import Scope


async def _operator_platform(scope: Scope, region_code: str, field: str) -> Platform:
    """The platform for a region, if the operator works there."""
    paths = await platforms.operator_paths(scope)
    if paths == []:  # not an operator anywhere
        raise DomainError(ErrorCode.FORBIDDEN)
    if not regions.is_valid(region_code):
        raise DomainError(ErrorCode.INVALID_REGION, field)
    platform = await platforms.platform_for_region(region_code)
    if paths is not None and not any(platform.path.startswith(p) for p in paths):
        raise DomainError(ErrorCode.REGION_OUTSIDE_SCOPE, field)
    return platform


async def _in_scope(scope: Scope, platform_id: int) -> bool:
    paths = await platforms.operator_paths(scope)
    if paths is None:
        return True
    platform = await Platform.get(id=platform_id)
    return any(platform.path.startswith(p) for p in paths)


# ---------------------------------------------------------------- departments


async def create_department(who: Actor, scope: Scope, *, name: str, region_code: str) -> Department:
    raise_all(check_text(name, "name", max_len=100))
    async with in_transaction():
        platform = await _operator_platform(scope, region_code, "regionCode")
        department = await Department.create(
            name=name.strip(),
            region_code=region_code,
            platform_id=platform.id,
            created_at=clock.now(),
        )
        await audit.record(who, "department.create", "Department", department.id)
    return department


async def appoint_handler(
    who: Actor, scope: Scope, department_id: int, email: str, *, appoint: bool
) -> Department:
    async with in_transaction():
        department = await Department.get_or_none(id=department_id)
        if department is None or not await _in_scope(scope, department.platform_id):
            raise DomainError(ErrorCode.NOT_FOUND, "departmentId")
        user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
        if user is None:
            raise DomainError(ErrorCode.NO_ACCOUNT, "email")
        if appoint:
            await grant_role(user, Role.DEPARTMENT_HANDLER, ScopeType.DEPARTMENT, department.id)
        else:
            await RoleGrant.filter(
                user_id=user.id,
                role=Role.DEPARTMENT_HANDLER,
                scope_type=ScopeType.DEPARTMENT,
                scope_id=department.id,
            ).delete()
        await audit.record(
            who,
            "department.handler",
            "Department",
            department.id,
            detail={"userId": user.id, "appoint": appoint},
        )
    return department


# ---------------------------------------------------------------- experts


@dataclass
class ExpertData:
    name: str
    expertise: tuple[str, ...]
    region_code: str
    title: str = ""
    organisation: str = ""
    bio: str = ""
    available: bool = True
    user_email: str = ""


def _check_expert(data: ExpertData) -> None:
    raise_all(
        check_text(data.name, "name", max_len=50),
        None
        if data.expertise
        and len(data.expertise) <= 10
        and all(0 < len(f.strip()) <= 30 for f in data.expertise)
        else DomainError(ErrorCode.INVALID, "expertise"),
        check_text(data.title, "title", required=False, max_len=100),
        check_text(data.organisation, "organisation", required=False, max_len=200),
        check_text(data.bio, "bio", required=False, max_len=5000),
    )


async def _link_user(expert: Expert, email: str) -> None:
    """An expert may have an account, through which demands reach them; relinking takes the
    expert role away from the account linked before."""
    user = None
    if email.strip():
        user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
        if user is None:
            raise DomainError(ErrorCode.NO_ACCOUNT, "userEmail")
    if expert.user_id is not None and (user is None or user.id != expert.user_id):
        await RoleGrant.filter(
            user_id=expert.user_id,
            role=Role.EXPERT,
            scope_type=ScopeType.EXPERT,
            scope_id=expert.id,
        ).delete()
    expert.user_id = user.id if user else None
    if user is not None:
        await grant_role(user, Role.EXPERT, ScopeType.EXPERT, expert.id)


async def add_expert(who: Actor, scope: Scope, data: ExpertData) -> Expert:
    _check_expert(data)
    async with in_transaction():
        platform = await _operator_platform(scope, data.region_code, "regionCode")
        now = clock.now()
        expert = await Expert.create(
            name=data.name.strip(),
            expertise=sorted({f.strip() for f in data.expertise}),
            title=data.title.strip(),
            organisation=data.organisation.strip(),
            bio=data.bio.strip(),
            available=data.available,
            region_code=data.region_code,
            platform_id=platform.id,
            created_at=now,
            updated_at=now,
        )
        await _link_user(expert, data.user_email)
        await expert.save()
        await audit.record(who, "expert.add", "Expert", expert.id)
    return expert


async def update_expert(who: Actor, scope: Scope, expert_id: int, data: ExpertData) -> Expert:
    _check_expert(data)
    async with in_transaction():
        expert = await Expert.filter(id=expert_id).select_for_update().first()
        if expert is None or not await _in_scope(scope, expert.platform_id):
            raise DomainError(ErrorCode.NOT_FOUND, "expertId")
        expert.name, expert.title = data.name.strip(), data.title.strip()
        expert.expertise = sorted({f.strip() for f in data.expertise})
        expert.organisation, expert.bio = data.organisation.strip(), data.bio.strip()
        expert.available, expert.updated_at = data.available, clock.now()
        # Moving the expert to another region moves them to that region's platform, which
        # must be one the operator works for too.
        platform = await _operator_platform(scope, data.region_code, "regionCode")
        expert.region_code, expert.platform_id = data.region_code, platform.id
        await _link_user(expert, data.user_email)
        await expert.save()
        await audit.record(who, "expert.update", "Expert", expert.id)
    return expert


async def retire_expert(who: Actor, scope: Scope, expert_id: int, reason: str) -> Expert:
    """出库: the expert leaves the library, with the reason kept."""
    if not reason.strip():
        raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
    async with in_transaction():
        expert = await Expert.filter(id=expert_id).select_for_update().first()
        if expert is None or not await _in_scope(scope, expert.platform_id):
            raise DomainError(ErrorCode.NOT_FOUND, "expertId")
        if expert.status is ExpertStatus.RETIRED:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "expertId")
        expert.status, expert.retire_reason = ExpertStatus.RETIRED, reason.strip()
        expert.updated_at = clock.now()
        await expert.save()
        await audit.record(who, "expert.retire", "Expert", expert.id, detail={"reason": reason})
    return expert
