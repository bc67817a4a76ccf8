"""Enterprise records and their certification (注册认证):
UNVERIFIED → PENDING → VERIFIED | REJECTED(reason), REJECTED → PENDING after fixing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_phone, check_text, normalise_phone, raise_all
from qifu.files.models import FilePurpose
from qifu.orgs import file_access, platforms
from qifu.orgs.models import (
    CertificationStatus,
    Enterprise,
    EnterpriseReview,
    EnterpriseScale,
    Platform,
    VerifiedCreditCode,
)
from qifu.orgs.reference import industries, regions, scale, uscc
from qifu.orgs.scopes import Scope

S = CertificationStatus
# Allowed certification transitions (who may take them is checked by each function).
TRANSITIONS: dict[S, frozenset[S]] = {
    S.UNVERIFIED: frozenset({S.PENDING}),
    S.PENDING: frozenset({S.VERIFIED, S.REJECTED}),
    S.REJECTED: frozenset({S.PENDING}),
    S.VERIFIED: frozenset(),
}
EDITABLE = frozenset({S.UNVERIFIED, S.REJECTED})
KNOWN_TAGS = ("专精特新", "专精特新小巨人", "高新技术企业", "科技型中小企业", "创新型中小企业")


@dataclass
class EnterpriseData:
    credit_code: str
    name: str
    region_code: str
    industry_code: str
    scale: EnterpriseScale | None = None
    employees: int | None = None
    revenue_wan: Decimal | None = None
    founded_on: date | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    tags: tuple[str, ...] = ()
    licence_file_id: int | None = None
    # An edit that does not mention the licence keeps it; only an explicit null removes it.
    keep_licence: bool = False


def _validate(data: EnterpriseData) -> str:
    """Every problem at once; returns the normalised credit code."""
    code = uscc.normalise(data.credit_code)
    problems: list[DomainError | None] = []
    try:
        uscc.validate(code)
    except ValueError:
        problems.append(DomainError(ErrorCode.INVALID_CREDIT_CODE, "creditCode"))
    problems += [
        check_text(data.name, "name", max_len=200),
        None
        if regions.is_valid(data.region_code)
        else DomainError(ErrorCode.INVALID_REGION, "regionCode"),
        None
        if industries.is_valid(data.industry_code)
        else DomainError(ErrorCode.INVALID_INDUSTRY, "industryCode"),
        None
        if data.employees is None or 0 <= data.employees <= 10_000_000
        else DomainError(ErrorCode.INVALID, "employees"),
        None
        if data.revenue_wan is None or Decimal(0) <= data.revenue_wan < Decimal(10) ** 13
        else DomainError(ErrorCode.INVALID, "revenueWan"),
        None
        if data.founded_on is None or data.founded_on <= clock.local_now().date()
        else DomainError(ErrorCode.INVALID, "foundedOn"),
        check_text(data.address, "address", required=False, max_len=300),
        check_text(data.contact_name, "contactName", required=False, max_len=50),
        check_phone(data.contact_phone, "contactPhone"),
        check_text(data.contact_email, "contactEmail", required=False, max_len=254),
        None
        if len(data.tags) <= 10 and all(0 < len(t.strip()) <= 20 for t in data.tags)
        else DomainError(ErrorCode.INVALID, "tags"),
    ]
    raise_all(*problems)
    return code


def suggested_scale(data: EnterpriseData) -> EnterpriseScale | None:
    suggestion = scale.suggest_scale(data.industry_code, data.employees, data.revenue_wan)
    return EnterpriseScale(suggestion) if suggestion else None


def _apply(enterprise: Enterprise, data: EnterpriseData, code: str) -> None:
    enterprise.credit_code = code
    enterprise.name = data.name.strip()
    enterprise.region_code = data.region_code
    enterprise.industry_code = data.industry_code
    enterprise.scale = data.scale or suggested_scale(data)  # type: ignore[assignment]
    enterprise.employees = data.employees
    enterprise.revenue_wan = data.revenue_wan
    enterprise.founded_on = data.founded_on
    enterprise.address = data.address.strip()
    enterprise.contact_name = data.contact_name.strip()
    phone = normalise_phone(data.contact_phone) if data.contact_phone else ""
    enterprise.contact_phone_enc = crypto.encrypt(phone)
    enterprise.contact_email = data.contact_email.strip()
    enterprise.tags = sorted({t.strip() for t in data.tags})
    enterprise.tag_keys = "|" + "|".join(enterprise.tags) + "|" if enterprise.tags else ""


def contact_phone(enterprise: Enterprise) -> str:
    return crypto.decrypt(enterprise.contact_phone_enc)


async def create(who: Actor, user: User, data: EnterpriseData) -> Enterprise:
    """A user records their enterprise and becomes its admin; certification comes next."""
    code = _validate(data)
    async with in_transaction():
        platform = await platforms.platform_for_region(data.region_code)
        now = clock.now()
        enterprise = Enterprise(
            platform_id=platform.id, created_by_id=user.id, created_at=now, updated_at=now
        )
        _apply(enterprise, data, code)
        enterprise.licence_file_id = await file_access.attachable(
            user, data.licence_file_id, FilePurpose.BUSINESS_LICENCE, "licenceFileId", keep=set()
        )
        await enterprise.save()
        await grant_role(user, Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, enterprise.id)
        await grant_role(user, Role.ENTERPRISE_ADMIN, ScopeType.ENTERPRISE, enterprise.id)
        await audit.record(who, "enterprise.create", "Enterprise", enterprise.id)
    return enterprise


async def _locked(enterprise_id: int) -> Enterprise | None:
    return await Enterprise.filter(id=enterprise_id).select_for_update().first()


async def update(
    who: Actor, user: User, scope: Scope, enterprise_id: int, data: EnterpriseData
) -> Enterprise:
    """Admins edit before verification or to fix a rejection; a verified record's identity
    (code, name, region) is fixed, the rest stays editable."""
    code = _validate(data)
    async with in_transaction():
        enterprise = await _locked(enterprise_id)
        if enterprise is None or enterprise.id not in scope.enterprise_admin_of:
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status is S.PENDING:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "enterpriseId")
        if enterprise.status is S.VERIFIED and (
            code != enterprise.credit_code
            or data.name.strip() != enterprise.name
            or data.region_code != enterprise.region_code
        ):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "creditCode")
        _apply(enterprise, data, code)
        if not data.keep_licence:
            kept = {enterprise.licence_file_id} - {None}
            enterprise.licence_file_id = await file_access.attachable(
                user,
                data.licence_file_id,
                FilePurpose.BUSINESS_LICENCE,
                "licenceFileId",
                keep=kept,  # type: ignore[arg-type]
            )
        if enterprise.status in EDITABLE:
            enterprise.platform_id = (await platforms.platform_for_region(data.region_code)).id
        enterprise.updated_at = clock.now()
        await enterprise.save()
        await audit.record(who, "enterprise.update", "Enterprise", enterprise.id)
    return enterprise


async def _transition(who: Actor, enterprise: Enterprise, to: S, *, reason: str = "") -> Enterprise:
    if to not in TRANSITIONS[S(enterprise.status)]:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "enterpriseId")
    now = clock.now()
    await EnterpriseReview.create(
        enterprise_id=enterprise.id,
        from_status=enterprise.status,
        to_status=to,
        actor_id=who.user_id,
        reason=reason,
        at=now,
    )
    enterprise.status = to
    enterprise.updated_at = now
    if to is S.PENDING:
        enterprise.submitted_at = now
        enterprise.rejection_reason = ""
    elif to is S.REJECTED:
        enterprise.rejection_reason = reason
    elif to is S.VERIFIED:
        enterprise.verified_at = now
    await enterprise.save()
    await audit.record(
        who,
        f"enterprise.{to.value.lower()}",
        "Enterprise",
        enterprise.id,
        detail={"reason": reason} if reason else None,
    )
    return enterprise


async def submit(who: Actor, scope: Scope, enterprise_id: int) -> Enterprise:
    async with in_transaction():
        enterprise = await _locked(enterprise_id)
        if enterprise is None or enterprise.id not in scope.enterprise_admin_of:
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.licence_file_id is None and enterprise.status in EDITABLE:
            # The operator reviews the record against the licence: no licence, no review.
            raise DomainError(ErrorCode.LICENCE_REQUIRED, "licenceFileId")
        return await _transition(who, enterprise, S.PENDING)


async def _reviewable(scope: Scope, enterprise_id: int) -> Enterprise:
    """The enterprise, locked, if it lies in the operator's platform subtree."""
    enterprise = await _locked(enterprise_id)
    if enterprise is None:
        raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    paths = await platforms.operator_paths(scope)
    if paths is not None:
        platform = await Platform.get(id=enterprise.platform_id)
        if not any(platform.path.startswith(p) for p in paths):
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    return enterprise


async def approve(who: Actor, scope: Scope, enterprise_id: int) -> Enterprise:
    async with in_transaction():
        enterprise = await _reviewable(scope, enterprise_id)
        if enterprise.status is not S.PENDING:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "enterpriseId")
        holder = await VerifiedCreditCode.get_or_none(credit_code=enterprise.credit_code)
        if holder is not None:
            raise DomainError(ErrorCode.CREDIT_CODE_TAKEN, "enterpriseId")
        try:
            await VerifiedCreditCode.create(
                credit_code=enterprise.credit_code, enterprise_id=enterprise.id
            )
        except IntegrityError as exc:  # another operator verified the same code just now
            raise DomainError(ErrorCode.CREDIT_CODE_TAKEN, "enterpriseId") from exc
        return await _transition(who, enterprise, S.VERIFIED)


async def reject(who: Actor, scope: Scope, enterprise_id: int, reason: str) -> Enterprise:
    if not reason.strip():
        raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
    if len(reason) > 1000:
        raise DomainError(ErrorCode.TOO_LONG, "reason")
    async with in_transaction():
        enterprise = await _reviewable(scope, enterprise_id)
        return await _transition(who, enterprise, S.REJECTED, reason=reason.strip())
