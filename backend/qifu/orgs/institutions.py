"""Service institutions: application, review, suspension and exit (R2, R3), each change with
a reason kept as history; a dynamic score computed from the services they deliver."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock, crypto
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import (
    MOBILE,
    check_contact_phone,
    check_optional_email,
    check_phone,
    check_text,
    normalise_email,
    normalise_phone,
    raise_all,
)
from qifu.files.models import FilePurpose
from qifu.orgs import agreement, file_access, platforms
from qifu.orgs.models import (
    Institution,
    InstitutionCodeClaim,
    InstitutionStatus,
    InstitutionStatusChange,
    Platform,
    ServiceCategory,
)
from qifu.orgs.reference import regions, uscc
from qifu.orgs.scopes import Scope

S = InstitutionStatus
TRANSITIONS: dict[S, frozenset[S]] = {
    S.APPLIED: frozenset({S.ACTIVE, S.REJECTED}),
    S.ACTIVE: frozenset({S.SUSPENDED}),
    S.SUSPENDED: frozenset({S.ACTIVE, S.EXITED}),
    S.REJECTED: frozenset(),
    S.EXITED: frozenset(),
}
RELEASED = frozenset({S.REJECTED, S.EXITED})


@dataclass
class Application:
    name: str
    credit_code: str
    region_code: str
    service_domains: tuple[ServiceCategory, ...]
    service_areas: tuple[str, ...]
    responder_name: str
    responder_phone: str
    accept_agreement: bool
    agreement_version: str
    description: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    qualification_file_ids: tuple[int, ...] = ()


def _validate(app: Application) -> str:
    code = uscc.normalise(app.credit_code)
    raise_all(
        check_text(app.name, "name", max_len=200),
        None if uscc.is_valid(code) else DomainError(ErrorCode.INVALID_CREDIT_CODE, "creditCode"),
        None
        if regions.is_valid(app.region_code)
        else DomainError(ErrorCode.INVALID_REGION, "regionCode"),
        None if app.service_domains else DomainError(ErrorCode.REQUIRED, "serviceDomains"),
        None
        if app.service_areas and all(regions.is_valid(a) for a in app.service_areas)
        else DomainError(ErrorCode.INVALID_REGION, "serviceAreas"),
        check_text(app.responder_name, "responderName", max_len=50),
        check_phone(app.responder_phone, "responderPhone")
        or (None if app.responder_phone else DomainError(ErrorCode.REQUIRED, "responderPhone")),
        check_text(app.description, "description", required=False, max_len=5000),
        check_text(app.contact_name, "contactName", required=False, max_len=50),
        check_contact_phone(app.contact_phone, "contactPhone"),
        check_optional_email(app.contact_email, "contactEmail"),
        None
        if app.accept_agreement and app.agreement_version == agreement.VERSION
        else DomainError(ErrorCode.AGREEMENT_NOT_ACCEPTED, "acceptAgreement"),
    )
    return code


def _public_phone(raw: str) -> str:
    """Mobile numbers without separators; a landline as written (0577-88886666 reads better)."""
    phone = normalise_phone(raw) if raw.strip() else ""
    return phone if not phone or MOBILE.match(phone) else raw.strip()


def responder_phone(institution: Institution) -> str:
    return crypto.decrypt(institution.responder_phone_enc)


def contact_phone(institution: Institution) -> str:
    return crypto.decrypt(institution.contact_phone_enc)


async def apply(who: Actor, user: User, app: Application) -> Institution:
    """Apply to join; the applicant becomes the institution's admin."""
    code = _validate(app)
    if len(app.qualification_file_ids) > 20:
        raise DomainError(ErrorCode.INVALID, "qualificationFileIds")
    for file_id in app.qualification_file_ids:
        await file_access.attachable(
            user, file_id, FilePurpose.QUALIFICATION, "qualificationFileIds", keep=set()
        )
    async with in_transaction():
        platform = await platforms.platform_for_region(app.region_code)
        now = clock.now()
        institution = await Institution.create(
            name=app.name.strip(),
            credit_code=code,
            region_code=app.region_code,
            platform_id=platform.id,
            description=app.description.strip(),
            service_domains=sorted({d.value for d in app.service_domains}),
            domain_keys="|" + "|".join(sorted({d.value for d in app.service_domains})) + "|",
            service_areas=sorted(set(app.service_areas)),
            qualification_file_ids=list(app.qualification_file_ids),
            contact_name=app.contact_name.strip(),
            contact_phone_enc=crypto.encrypt(_public_phone(app.contact_phone)),
            contact_email=normalise_email(app.contact_email),
            responder_name=app.responder_name.strip(),
            responder_phone_enc=crypto.encrypt(normalise_phone(app.responder_phone)),
            agreement_version=app.agreement_version,
            agreement_accepted_at=now,
            applicant_id=user.id,
            created_at=now,
            updated_at=now,
        )
        await InstitutionStatusChange.create(
            institution_id=institution.id,
            from_status=None,
            to_status=S.APPLIED,
            actor_id=user.id,
            at=now,
        )
        try:
            await InstitutionCodeClaim.create(credit_code=code, institution_id=institution.id)
        except IntegrityError as exc:
            raise DomainError(ErrorCode.INSTITUTION_EXISTS, "creditCode") from exc
        await grant_role(user, Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, institution.id)
        await grant_role(user, Role.INSTITUTION_ADMIN, ScopeType.INSTITUTION, institution.id)
        await audit.record(who, "institution.apply", "Institution", institution.id)
    return institution


async def change_status(
    who: Actor, scope: Scope, institution_id: int, to: S, reason: str
) -> Institution:
    """Operators of the institution's platform subtree decide; every change needs a reason
    except admitting an applicant."""
    if len(reason) > 1000:
        raise DomainError(ErrorCode.TOO_LONG, "reason")
    async with in_transaction():
        institution = await Institution.filter(id=institution_id).select_for_update().first()
        if institution is None:
            raise DomainError(ErrorCode.NOT_FOUND, "institutionId")
        paths = await platforms.operator_paths(scope)
        if paths is not None:
            platform = await Platform.get(id=institution.platform_id)
            if not any(platform.path.startswith(p) for p in paths):
                raise DomainError(ErrorCode.NOT_FOUND, "institutionId")
        current = S(institution.status)
        if to not in TRANSITIONS[current]:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "institutionId")
        if not reason.strip() and not (current is S.APPLIED and to is S.ACTIVE):
            raise DomainError(ErrorCode.REASON_REQUIRED, "reason")
        now = clock.now()
        await InstitutionStatusChange.create(
            institution_id=institution.id,
            from_status=current,
            to_status=to,
            actor_id=who.user_id,
            reason=reason.strip(),
            at=now,
        )
        if to in RELEASED:  # the organisation may apply again
            await InstitutionCodeClaim.filter(institution_id=institution.id).delete()
        institution.status = to
        institution.status_reason = reason.strip()
        institution.updated_at = now
        await institution.save(update_fields=["status", "status_reason", "updated_at"])
        await audit.record(
            who,
            f"institution.{to.value.lower()}",
            "Institution",
            institution.id,
            detail={"from": current.value, "reason": reason},
        )
    return institution
