"""Service products: validation, the review state machine and its history.

States (an explicit table below; anything else is INVALID_TRANSITION and changes nothing):

    DRAFT → PENDING                 the institution submits
    PENDING → PUBLISHED | REJECTED  an operator of the institution's platform subtree decides
    REJECTED → DRAFT                the institution edits the rejected product (then submits
                                    again: a rejected product is not resubmitted unchanged)
    PUBLISHED → OFFLINE             the institution, or an operator with a reason

OFFLINE is final: a product taken off the shelf is not edited back; the institution creates a
new one. Members edit only DRAFT and REJECTED products.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.catalog import file_access
from qifu.catalog.models import (
    Pricing,
    ProductNature,
    ProductStatus,
    ServiceForm,
    ServiceProduct,
    ServiceProductReview,
)
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import (
    MOBILE,
    check_contact_phone,
    check_optional_email,
    check_text,
    normalise_email,
    normalise_phone,
    raise_all,
)
from qifu.orgs import platforms
from qifu.orgs.models import (
    EnterpriseScale,
    Institution,
    InstitutionStatus,
    Platform,
    ServiceCategory,
)
from qifu.orgs.reference import industries, regions
from qifu.orgs.scopes import Scope

S = ProductStatus
TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.PENDING}),
    S.PENDING: frozenset({S.PUBLISHED, S.REJECTED}),
    S.REJECTED: frozenset({S.DRAFT}),
    S.PUBLISHED: frozenset({S.OFFLINE}),
    S.OFFLINE: frozenset(),
}
# Who moves a product into a state: the institution's members or the responsible operators.
BY_MEMBER = frozenset({S.PENDING, S.DRAFT, S.OFFLINE})
BY_OPERATOR = frozenset({S.PUBLISHED, S.REJECTED, S.OFFLINE})
EDITABLE = frozenset({S.DRAFT, S.REJECTED})

NAME_MAX = 100
DESCRIPTION_MAX = 5000
STEP_MAX = 200
MAX_STEPS = 20
MAX_CODES = 50
REASON_MAX = 1000
PRICE_LIMIT = Decimal("10000000000")  # 12 digits, 2 after the point


@dataclass
class ProductData:
    name: str
    category: ServiceCategory
    description: str
    process_steps: tuple[str, ...]
    pricing: Pricing
    nature: ProductNature
    form: ServiceForm
    contact_name: str
    contact_phone: str
    service_areas: tuple[str, ...]
    price: Decimal | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    contact_email: str = ""
    audience_scales: tuple[EnterpriseScale, ...] = ()
    audience_industries: tuple[str, ...] = ()
    image_ids: tuple[int, ...] = field(default_factory=tuple)


def _amount(value: Decimal | None, name: str) -> DomainError | None:
    if value is None:
        return None
    try:
        ok = value.is_finite() and value >= 0 and value < PRICE_LIMIT
        ok = ok and value == value.quantize(Decimal("0.01"))
    except InvalidOperation:
        ok = False
    return None if ok else DomainError(ErrorCode.INVALID, name)


def _check_pricing(data: ProductData) -> list[DomainError | None]:
    bad = [_amount(data.price, "price"), _amount(data.price_min, "priceMin")]
    bad.append(_amount(data.price_max, "priceMax"))
    if any(bad):
        return bad
    mismatch: DomainError | None = None
    if data.pricing is Pricing.FREE:
        if data.price is not None or data.price_min is not None or data.price_max is not None:
            mismatch = DomainError(ErrorCode.PRICE_MISMATCH, "price")
    elif data.pricing is Pricing.FIXED:
        if data.price is None or data.price <= 0:
            mismatch = DomainError(ErrorCode.PRICE_MISMATCH, "price")
        elif data.price_min is not None or data.price_max is not None:
            mismatch = DomainError(ErrorCode.PRICE_MISMATCH, "priceMin")
    elif data.price is not None:
        mismatch = DomainError(ErrorCode.PRICE_MISMATCH, "price")
    elif data.price_min is None or data.price_max is None or data.price_min >= data.price_max:
        mismatch = DomainError(ErrorCode.PRICE_MISMATCH, "priceMax")
    return [mismatch]


def _check_steps(steps: tuple[str, ...]) -> DomainError | None:
    if not steps or not all(s.strip() for s in steps):
        return DomainError(ErrorCode.REQUIRED, "processSteps")
    if len(steps) > MAX_STEPS:
        return DomainError(ErrorCode.TOO_MANY, "processSteps")
    if any(len(s) > STEP_MAX for s in steps):
        return DomainError(ErrorCode.TOO_LONG, "processSteps")
    return None


def _check_codes(
    codes: tuple[str, ...], name: str, valid: bool, code: ErrorCode, *, required: bool
) -> DomainError | None:
    if required and not codes:
        return DomainError(ErrorCode.REQUIRED, name)
    if len(codes) > MAX_CODES:
        return DomainError(ErrorCode.TOO_MANY, name)
    return None if valid else DomainError(code, name)


def validate(data: ProductData) -> None:
    """Every field error at once, so the form shows everything that is wrong in one go."""
    raise_all(
        check_text(data.name, "name", max_len=NAME_MAX),
        check_text(data.description, "description", max_len=DESCRIPTION_MAX),
        _check_steps(data.process_steps),
        *_check_pricing(data),
        check_text(data.contact_name, "contactName", max_len=50),
        check_contact_phone(data.contact_phone, "contactPhone")
        or (
            None if data.contact_phone.strip() else DomainError(ErrorCode.REQUIRED, "contactPhone")
        ),
        check_optional_email(data.contact_email, "contactEmail"),
        _check_codes(
            data.audience_industries,
            "audienceIndustries",
            all(industries.is_valid(c) for c in data.audience_industries),
            ErrorCode.INVALID_INDUSTRY,
            required=False,
        ),
        _check_codes(
            data.service_areas,
            "serviceAreas",
            all(regions.is_valid(c) for c in data.service_areas),
            ErrorCode.INVALID_REGION,
            required=True,
        ),
    )


def _keys(values: list[str]) -> str:
    return "|" + "|".join(values) + "|" if values else ""


def _public_phone(raw: str) -> str:
    phone = normalise_phone(raw)
    return phone if MOBILE.match(phone) else raw.strip()


def contact_phone(product: ServiceProduct) -> str:
    return crypto.decrypt(product.contact_phone_enc)


def _apply(product: ServiceProduct, data: ProductData, image_ids: list[int]) -> None:
    scales = [s.value for s in EnterpriseScale if s in set(data.audience_scales)]
    codes = sorted({industries.normalise(c) for c in data.audience_industries})
    areas = sorted(set(data.service_areas))
    product.name = data.name.strip()
    product.category = data.category
    product.description = data.description.strip()
    product.process_steps = [s.strip() for s in data.process_steps]
    product.pricing = data.pricing
    product.price = data.price
    product.price_min = data.price_min
    product.price_max = data.price_max
    product.nature = data.nature
    product.form = data.form
    product.contact_name = data.contact_name.strip()
    product.contact_phone_enc = crypto.encrypt(_public_phone(data.contact_phone))
    product.contact_email = normalise_email(data.contact_email)
    product.audience_scales = scales
    product.scale_keys = _keys(scales)
    product.audience_industries = codes
    product.industry_keys = _keys(codes)
    product.service_areas = areas
    product.area_keys = _keys(areas)
    product.image_file_ids = image_ids
    product.image_keys = file_access.image_keys(image_ids)


async def _member_institution(scope: Scope, institution_id: int, field: str) -> Institution:
    """The institution, when the actor is one of its members and it is ACTIVE."""
    if institution_id not in scope.institution_member_of:
        raise DomainError(ErrorCode.NOT_FOUND, field)
    institution = await Institution.get_or_none(id=institution_id)
    if institution is None:
        raise DomainError(ErrorCode.NOT_FOUND, field)
    if institution.status != InstitutionStatus.ACTIVE:
        raise DomainError(ErrorCode.INSTITUTION_NOT_ACTIVE, field)
    return institution


async def _is_responsible_operator(scope: Scope, product: ServiceProduct) -> bool:
    if not scope.is_staff:
        return False
    paths = await platforms.operator_paths(scope)
    if paths is None:
        return True
    platform = await Platform.get(id=product.platform_id)
    return any(platform.path.startswith(p) for p in paths)


async def _locked(product_id: int) -> ServiceProduct:
    product = await ServiceProduct.filter(id=product_id).select_for_update().first()
    if product is None:
        raise DomainError(ErrorCode.NOT_FOUND, "productId")
    return product


async def _move(who: Actor, product: ServiceProduct, to: S, reason: str = "") -> None:
    """Record the step in the history and the audit trail, then store the new state."""
    current = S(product.status)
    now = clock.now()
    await ServiceProductReview.create(
        product_id=product.id,
        from_status=current,
        to_status=to,
        actor_id=who.user_id,
        reason=reason,
        at=now,
    )
    product.status = to
    product.status_reason = reason if to in (S.REJECTED, S.OFFLINE) else ""
    product.updated_at = now
    fields = ["status", "status_reason", "updated_at"]
    if to is S.PENDING:
        product.submitted_at = now
        fields.append("submitted_at")
    if to is S.PUBLISHED:
        product.published_at = now
        fields.append("published_at")
    await product.save(update_fields=fields)
    await audit.record(
        who,
        f"service_product.{to.value.lower()}",
        "ServiceProduct",
        product.id,
        detail={"from": current.value, "reason": reason},
    )


async def create(
    who: Actor, user: User, scope: Scope, institution_id: int, data: ProductData
) -> ServiceProduct:
    """A member of an ACTIVE institution drafts a product."""
    await _member_institution(scope, institution_id, "institutionId")
    validate(data)
    image_ids = await file_access.check_images(user, data.image_ids, keep=set())
    async with in_transaction():
        institution = await _member_institution(scope, institution_id, "institutionId")
        now = clock.now()
        product = ServiceProduct(
            institution_id=institution.id,
            platform_id=institution.platform_id,
            status=S.DRAFT,
            created_by_id=user.id,
            created_at=now,
            updated_at=now,
        )
        _apply(product, data, image_ids)
        await product.save()
        await ServiceProductReview.create(
            product_id=product.id, from_status=None, to_status=S.DRAFT, actor_id=user.id, at=now
        )
        await audit.record(who, "service_product.create", "ServiceProduct", product.id)
    return product


async def update(
    who: Actor, user: User, scope: Scope, product_id: int, data: ProductData
) -> ServiceProduct:
    """Members edit a DRAFT or REJECTED product; a rejected one goes back to DRAFT."""
    async with in_transaction():
        product = await _locked(product_id)
        if product.institution_id not in scope.institution_member_of:
            raise DomainError(ErrorCode.NOT_FOUND, "productId")
        await _member_institution(scope, product.institution_id, "productId")
        current = S(product.status)
        if current not in EDITABLE:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "productId")
        validate(data)
        image_ids = await file_access.check_images(
            user, data.image_ids, keep=set(product.image_file_ids or [])
        )
        before = {"name": product.name, "status": current.value}
        _apply(product, data, image_ids)
        product.updated_at = clock.now()
        if current is S.REJECTED:
            await product.save()
            await _move(who, product, S.DRAFT, "")
        else:
            await product.save()
            await audit.record(
                who, "service_product.update", "ServiceProduct", product.id, detail=before
            )
    return product


async def _member_move(who: Actor, scope: Scope, product_id: int, to: S) -> ServiceProduct:
    assert to in BY_MEMBER
    async with in_transaction():
        product = await _locked(product_id)
        if product.institution_id not in scope.institution_member_of:
            raise DomainError(ErrorCode.NOT_FOUND, "productId")
        await _member_institution(scope, product.institution_id, "productId")
        if to not in TRANSITIONS[S(product.status)]:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "productId")
        await _move(who, product, to)
    return product


async def submit(who: Actor, scope: Scope, product_id: int) -> ServiceProduct:
    return await _member_move(who, scope, product_id, S.PENDING)


async def _operator_move(
    who: Actor, scope: Scope, product_id: int, to: S, reason: str
) -> ServiceProduct:
    assert to in BY_OPERATOR
    if len(reason) > REASON_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reason")
    async with in_transaction():
        product = await _locked(product_id)
        if not await _is_responsible_operator(scope, product):
            raise DomainError(ErrorCode.NOT_FOUND, "productId")
        if to not in TRANSITIONS[S(product.status)]:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "productId")
        if to is not S.PUBLISHED and not reason.strip():
            raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
        await _move(who, product, to, reason.strip())
    return product


async def approve(who: Actor, scope: Scope, product_id: int) -> ServiceProduct:
    return await _operator_move(who, scope, product_id, S.PUBLISHED, "")


async def reject(who: Actor, scope: Scope, product_id: int, reason: str) -> ServiceProduct:
    return await _operator_move(who, scope, product_id, S.REJECTED, reason)


async def take_offline(who: Actor, scope: Scope, product_id: int, reason: str) -> ServiceProduct:
    """The institution's members (reason optional), or the responsible operators (reason
    required)."""
    if len(reason) > REASON_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reason")
    async with in_transaction():
        product = await _locked(product_id)
        if product.institution_id in scope.institution_member_of:
            await _member_institution(scope, product.institution_id, "productId")
        elif await _is_responsible_operator(scope, product):
            if S.OFFLINE in TRANSITIONS[S(product.status)] and not reason.strip():
                raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
        else:
            raise DomainError(ErrorCode.NOT_FOUND, "productId")
        if S.OFFLINE not in TRANSITIONS[S(product.status)]:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "productId")
        await _move(who, product, S.OFFLINE, reason.strip())
    return product
