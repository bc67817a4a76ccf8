"""The platform tree: one hub, window platforms below it by region (GB/T 2260)."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, RoleGrant, ScopeType, Session, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, normalise_email, raise_all
from qifu.orgs.models import Platform, PlatformKind
from qifu.orgs.reference import regions
from qifu.orgs.scopes import Scope


async def hub() -> Platform | None:
    return await Platform.get_or_none(kind=PlatformKind.HUB)


async def create_platform(
    who: Actor, scope: Scope, *, name: str, region_code: str, parent_id: int | None
) -> Platform:
    """The hub first (no parent), then window platforms under it or under another window
    platform whose region covers theirs."""
    if not scope.hub_admin:
        raise DomainError(ErrorCode.FORBIDDEN)
    raise_all(
        check_text(name, "name", max_len=100),
        None
        if regions.is_valid(region_code)
        else DomainError(ErrorCode.INVALID_REGION, "regionCode"),
    )
    async with in_transaction():
        parent = None
        if parent_id is not None:
            parent = await Platform.get_or_none(id=parent_id)
            if parent is None:
                raise DomainError(ErrorCode.NOT_FOUND, "parentId")
            if not regions.covers(parent.region_code, region_code) or (
                parent.region_code == region_code
            ):
                raise DomainError(ErrorCode.REGION_OUTSIDE_PARENT, "regionCode")
        elif await hub() is not None:
            raise DomainError(ErrorCode.HUB_EXISTS, "parentId")
        if await Platform.filter(region_code=region_code).exists():
            raise DomainError(ErrorCode.PLATFORM_EXISTS, "regionCode")
        now = clock.now()
        try:  # the unique index decides a race between two identical requests
            platform = await Platform.create(
                name=name.strip(),
                kind=PlatformKind.WINDOW if parent else PlatformKind.HUB,
                region_code=region_code,
                parent_id=parent.id if parent else None,
                path="",
                created_at=now,
                updated_at=now,
            )
        except IntegrityError:
            raise DomainError(ErrorCode.PLATFORM_EXISTS, "regionCode") from None
        platform.path = f"{parent.path if parent else '/'}{platform.id}/"
        await platform.save(update_fields=["path"])
        await audit.record(who, "platform.create", "Platform", platform.id)
    return platform


async def platform_for_region(region_code: str) -> Platform:
    """The deepest platform whose region covers ``region_code``; the hub when none does."""
    best: Platform | None = None
    for platform in await Platform.all():
        if (
            platform.kind is PlatformKind.WINDOW
            and regions.covers(platform.region_code, region_code)
            and (best is None or platform.path.count("/") > best.path.count("/"))
        ):
            best = platform
    if best is not None:
        return best
    root = await hub()
    if root is None:
        raise DomainError(ErrorCode.NO_PLATFORM, "regionCode")
    return root


async def operator_paths(scope: Scope) -> list[str] | None:
    """Paths of the subtrees an operator works in; None means the whole network."""
    if scope.network_wide:
        return None
    if not scope.operator_platform_ids:
        return []
    rows = await Platform.filter(id__in=list(scope.operator_platform_ids)).only("path")
    return [row.path for row in rows]


async def appoint_operator(
    who: Actor, scope: Scope, platform_id: int, email: str, *, appoint: bool
) -> Platform:
    """The hub admin appoints (or removes) an operator of a platform. The person needs an
    account; as staff they must bind a second factor at their next login."""
    if not scope.hub_admin:
        raise DomainError(ErrorCode.FORBIDDEN)
    async with in_transaction():
        platform = await Platform.get_or_none(id=platform_id)
        if platform is None:
            raise DomainError(ErrorCode.NOT_FOUND, "platformId")
        user = await User.get_or_none(email=normalise_email(email), deleted_at=None)
        if user is None:
            raise DomainError(ErrorCode.NO_ACCOUNT, "email")
        if appoint:
            await grant_role(user, Role.OPERATOR, ScopeType.PLATFORM, platform.id)
        else:
            await RoleGrant.filter(
                user_id=user.id,
                role=Role.OPERATOR,
                scope_type=ScopeType.PLATFORM,
                scope_id=platform.id,
            ).delete()
            # A staff member's open sessions end with the role they were opened for.
            await Session.filter(user_id=user.id, revoked_at=None).update(
                revoked_at=clock.now(), revoked_reason="role_removed"
            )
        await audit.record(
            who,
            "platform.appoint_operator" if appoint else "platform.remove_operator",
            "Platform",
            platform.id,
            detail={"userId": user.id},
        )
    return platform
