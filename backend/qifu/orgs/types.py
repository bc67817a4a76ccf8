"""GraphQL types of the platform network and enterprises."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.accounts.loaders import load_users_by_id
from qifu.api.errors import UserError
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode
from qifu.orgs import enterprises as enterprise_services
from qifu.orgs import institutions as institution_services
from qifu.orgs import platforms as platform_services
from qifu.orgs import policies
from qifu.orgs.loaders import (
    load_claims_by_credit_code,
    load_enterprises_by_id,
    load_handler_ids_by_department_id,
    load_institutions_by_id,
    load_members_by_enterprise_id,
    load_open_invitations_by_enterprise_id,
    load_operator_ids_by_platform_id,
    load_platforms_by_id,
    load_reviews_by_enterprise_id,
    load_scores_by_institution_id,
    load_status_changes_by_institution_id,
)
from qifu.orgs.models import CertificationStatus as CertificationStatusModel
from qifu.orgs.models import Department as DepartmentModel
from qifu.orgs.models import Enterprise as EnterpriseModel
from qifu.orgs.models import EnterpriseScale as EnterpriseScaleModel
from qifu.orgs.models import Expert as ExpertModel
from qifu.orgs.models import ExpertStatus as ExpertStatusModel
from qifu.orgs.models import Institution as InstitutionModel
from qifu.orgs.models import InstitutionStatus as InstitutionStatusModel
from qifu.orgs.models import Platform as PlatformModel
from qifu.orgs.models import PlatformKind as PlatformKindModel
from qifu.orgs.models import ServiceCategory as ServiceCategoryModel
from qifu.orgs.reference import industries, regions

CertificationStatus = strawberry.enum(CertificationStatusModel, name="CertificationStatus")
EnterpriseScale = strawberry.enum(EnterpriseScaleModel, name="EnterpriseScale")
PlatformKind = strawberry.enum(PlatformKindModel, name="PlatformKind")


@strawberry.type(description="A GB/T 2260 administrative division.")
class Region:
    code: str
    name: str
    full_name: str
    has_children: bool = False


def region(code: str) -> Region:
    found = regions.get(code)
    if found is None:
        return Region(code=code, name=code, full_name=code)
    return Region(
        code=code,
        name=found.name,
        full_name=regions.full_name(code),
        has_children=bool(regions.children(code)),
    )


@strawberry.type(description="A GB/T 4754-2017 industry: section (门类 A–T) or division (大类).")
class Industry:
    code: str
    name: str
    has_children: bool = False


def industry(code: str) -> Industry:
    found = industries.get(code)
    if found is None:
        return Industry(code=code, name=code)
    return Industry(code=code, name=found.name, has_children=bool(industries.children(code)))


@strawberry.type
class PlatformOperator:
    name: str
    email: str


@strawberry.type(name="Platform", description="The hub (枢纽平台) or a window platform (窗口平台).")
class PlatformNode(relay.Node):
    id: relay.NodeID[int]
    name: str
    kind: PlatformKind  # type: ignore[valid-type]
    region: Region
    parent_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, platform: PlatformModel) -> PlatformNode:
        return cls(
            id=platform.id,
            name=platform.name,
            kind=PlatformKindModel(platform.kind),
            region=region(platform.region_code),
            parent_id=platform.parent_id,
        )

    @strawberry.field(description="Operators appointed to this platform (hub admin only).")
    async def operators(self, info: Info) -> list[PlatformOperator]:
        if not policies.can_manage_platforms(info.context.scope):
            return []
        ids = await info.context.loader(load_operator_ids_by_platform_id).load(self.id)
        users = await info.context.loader(load_users_by_id).load_many(ids)
        return [PlatformOperator(name=u.name, email=u.email) for u in users if u]

    @strawberry.field
    async def parent(self, info: Info) -> PlatformNode | None:
        if self.parent_id is None:
            return None
        parent = await info.context.loader(load_platforms_by_id).load(self.parent_id)
        return PlatformNode.from_model(parent) if parent else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_platforms_by_id).load_many(ids)
        return [cls.from_model(p) if p else None for p in found]


@strawberry.type
class EnterpriseMember:
    user_id: strawberry.Private[int]
    name: str
    email: str
    is_admin: bool

    @strawberry.field(description="The member's user ID (for removeEnterpriseMember).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(relay.GlobalID("User", str(self.user_id))))


@strawberry.type
class PendingInvitation:
    email: str
    as_admin: bool
    expires_at: datetime


@strawberry.type
class EnterpriseReview:
    from_status: CertificationStatus  # type: ignore[valid-type]
    to_status: CertificationStatus  # type: ignore[valid-type]
    reason: str
    at: datetime


@strawberry.type(name="Enterprise", description="An enterprise and its certification.")
class EnterpriseNode(relay.Node):
    id: relay.NodeID[int]
    name: str
    credit_code: str
    region: Region
    industry: Industry
    scale: EnterpriseScale | None  # type: ignore[valid-type]
    tags: list[str]
    founded_on: date | None
    status: CertificationStatus  # type: ignore[valid-type]
    rejection_reason: str | None
    submitted_at: datetime | None
    verified_at: datetime | None
    model: strawberry.Private[EnterpriseModel]
    private: strawberry.Private[bool]

    @classmethod
    def from_model(cls, e: EnterpriseModel, *, private: bool) -> EnterpriseNode:
        return cls(
            id=e.id,
            name=e.name,
            credit_code=e.credit_code,
            region=region(e.region_code),
            industry=industry(e.industry_code),
            scale=EnterpriseScaleModel(e.scale) if e.scale else None,
            tags=list(e.tags or []),
            founded_on=e.founded_on,
            status=CertificationStatusModel(e.status),
            rejection_reason=e.rejection_reason or None,
            submitted_at=e.submitted_at,
            verified_at=e.verified_at,
            model=e,
            private=private,
        )

    @strawberry.field(description="Members and responsible operators only.")
    def employees(self) -> int | None:
        return self.model.employees if self.private else None

    @strawberry.field(description="Operating revenue in 万元; members and operators only.")
    def revenue_wan(self) -> Decimal | None:
        return self.model.revenue_wan if self.private else None

    @strawberry.field
    def address(self) -> str | None:
        return self.model.address if self.private else None

    @strawberry.field
    def contact_name(self) -> str | None:
        return self.model.contact_name if self.private else None

    @strawberry.field
    def contact_phone(self) -> str | None:
        return enterprise_services.contact_phone(self.model) or None if self.private else None

    @strawberry.field
    def contact_email(self) -> str | None:
        return self.model.contact_email if self.private else None

    @strawberry.field
    async def platform(self, info: Info) -> PlatformNode:
        found = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        return PlatformNode.from_model(found)

    @strawberry.field(description="The certification history (members and operators).")
    async def reviews(self, info: Info) -> list[EnterpriseReview]:
        if not self.private:
            return []
        rows = await info.context.loader(load_reviews_by_enterprise_id).load(self.id)
        return [
            EnterpriseReview(
                from_status=CertificationStatusModel(r.from_status),
                to_status=CertificationStatusModel(r.to_status),
                reason=r.reason,
                at=r.at,
            )
            for r in rows
        ]

    @strawberry.field(description="The business licence image (members and operators).")
    async def licence(self, info: Info) -> StoredFileNode | None:
        if not self.private or self.model.licence_file_id is None:
            return None
        found = await info.context.loader(load_stored_files_by_id).load(self.model.licence_file_id)
        return StoredFileNode.from_model(found) if found else None

    @strawberry.field(description="Members and whether each is an admin (members, operators).")
    async def members(self, info: Info) -> list[EnterpriseMember]:
        if not self.private:
            return []
        members = await info.context.loader(load_members_by_enterprise_id).load(self.id)
        users = await info.context.loader(load_users_by_id).load_many([m[0] for m in members])
        return [
            EnterpriseMember(user_id=uid, name=user.name, email=user.email, is_admin=admin)
            for (uid, admin), user in zip(members, users, strict=True)
            if user is not None and user.deleted_at is None
        ]

    @strawberry.field(description="Invitations not yet accepted (the enterprise's admins).")
    async def pending_invitations(self, info: Info) -> list[PendingInvitation]:
        if self.id not in info.context.scope.enterprise_admin_of:
            return []
        rows = await info.context.loader(load_open_invitations_by_enterprise_id).load(self.id)
        return [
            PendingInvitation(email=r.email, as_admin=r.as_admin, expires_at=r.expires_at)
            for r in rows
        ]

    @strawberry.field(
        description="Other records claiming the same credit code (operators compare them)."
    )
    async def other_claims(self, info: Info) -> list[EnterpriseNode]:
        if not info.context.scope.is_staff or not self.private:
            return []
        claims = await info.context.loader(load_claims_by_credit_code).load(self.credit_code)
        return [EnterpriseNode.from_model(e, private=False) for e in claims if e.id != self.id]

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_enterprises_by_id).load_many(ids)
        return [await visible_node(info, e) if e else None for e in found]


async def visible_node(info: Info, enterprise: EnterpriseModel) -> EnterpriseNode | None:
    """The enterprise as this viewer may see it: whole, public fields only, or not at all."""
    ctx = info.context
    paths = await operator_paths(info)
    platform = await ctx.loader(load_platforms_by_id).load(enterprise.platform_id)
    if policies.can_see_private_fields(ctx.scope, paths, enterprise, platform):
        return EnterpriseNode.from_model(enterprise, private=True)
    if policies.is_public(enterprise):
        return EnterpriseNode.from_model(enterprise, private=False)
    return None


async def operator_paths(info: Info) -> list[str] | None:
    """The operator's subtree paths, once per request."""
    ctx = info.context
    return await ctx.memo("operator_paths", lambda: platform_services.operator_paths(ctx.scope))


# ---- inputs and payloads


@strawberry.input
class CreatePlatformInput:
    name: str
    region_code: str
    parent_id: strawberry.ID | None = None


@strawberry.type
class PlatformPayload:
    platform: PlatformNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class EnterpriseInput:
    credit_code: str
    name: str
    region_code: str
    industry_code: str
    scale: EnterpriseScale | None = None  # type: ignore[valid-type]
    employees: int | None = None
    revenue_wan: Decimal | None = None
    founded_on: date | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    tags: list[str] = strawberry.field(default_factory=list)
    licence_file_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="An uploaded BUSINESS_LICENCE image (营业执照); on update, omit it to keep "
        "the current licence, null removes it.",
    )


@strawberry.input
class CreateEnterpriseInput:
    enterprise: EnterpriseInput


@strawberry.input
class UpdateEnterpriseInput:
    enterprise_id: strawberry.ID
    enterprise: EnterpriseInput


@strawberry.type
class EnterprisePayload:
    enterprise: EnterpriseNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class EnterpriseIdInput:
    enterprise_id: strawberry.ID


@strawberry.input
class RejectEnterpriseInput:
    enterprise_id: strawberry.ID
    reason: str


@strawberry.type
class ScaleSuggestion:
    scale: EnterpriseScale | None  # type: ignore[valid-type]


@strawberry.input
class InviteEnterpriseMemberInput:
    enterprise_id: strawberry.ID
    email: str
    as_admin: bool = False


@strawberry.type
class InviteEnterpriseMemberPayload:
    invitation: PendingInvitation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class AcceptEnterpriseInvitationInput:
    token: str


@strawberry.input
class EnterpriseMemberInput:
    enterprise_id: strawberry.ID
    user_id: strawberry.ID


@strawberry.input
class SetEnterpriseMemberAdminInput:
    enterprise_id: strawberry.ID
    user_id: strawberry.ID
    is_admin: bool


@strawberry.input
class AppointOperatorInput:
    platform_id: strawberry.ID
    email: str
    appoint: bool = strawberry.field(default=True, description="False removes the operator.")


# ---- institutions, departments, experts

ServiceCategoryEnum = strawberry.enum(ServiceCategoryModel, name="ServiceCategory")
InstitutionStatusEnum = strawberry.enum(InstitutionStatusModel, name="InstitutionStatus")
ExpertStatusEnum = strawberry.enum(ExpertStatusModel, name="ExpertStatus")


@strawberry.type(description="The dynamic score over 12 months (formula in the README).")
class InstitutionScore:
    value: float | None
    completion_rate: float | None
    timeliness_rate: float | None
    satisfaction_rate: float | None
    flagged_for_review: bool


@strawberry.type
class InstitutionStatusChange:
    from_status: InstitutionStatusEnum | None  # type: ignore[valid-type]
    to_status: InstitutionStatusEnum  # type: ignore[valid-type]
    reason: str
    at: datetime


@strawberry.type(name="Institution", description="A service institution (服务机构).")
class InstitutionNode(relay.Node):
    id: relay.NodeID[int]
    name: str
    credit_code: str
    region: Region
    description: str
    service_domains: list[ServiceCategoryEnum]  # type: ignore[valid-type]
    service_areas: list[Region]
    status: InstitutionStatusEnum  # type: ignore[valid-type]
    status_reason: str | None
    model: strawberry.Private[InstitutionModel]
    private: strawberry.Private[bool]

    @classmethod
    def from_model(cls, i: InstitutionModel, *, private: bool) -> InstitutionNode:
        return cls(
            id=i.id,
            name=i.name,
            credit_code=i.credit_code,
            region=region(i.region_code),
            description=i.description,
            service_domains=[ServiceCategoryModel(d) for d in i.service_domains],
            service_areas=[region(a) for a in i.service_areas],
            status=InstitutionStatusModel(i.status),
            status_reason=i.status_reason or None if private else None,
            model=i,
            private=private,
        )

    @strawberry.field(description="When the institution applied to join.")
    def applied_at(self) -> datetime:
        return self.model.created_at

    @strawberry.field(description="The named responder (members and operators).")
    def responder_name(self) -> str | None:
        return self.model.responder_name if self.private else None

    @strawberry.field
    def responder_phone(self) -> str | None:
        return institution_services.responder_phone(self.model) if self.private else None

    @strawberry.field(description="Public contact of an active institution.")
    def contact_name(self) -> str | None:
        return self.model.contact_name or None

    @strawberry.field
    def contact_phone(self) -> str | None:
        return institution_services.contact_phone(self.model) or None

    @strawberry.field
    def contact_email(self) -> str | None:
        return self.model.contact_email or None

    @strawberry.field
    async def score(self, info: Info) -> InstitutionScore:
        found = await info.context.loader(load_scores_by_institution_id).load(self.id)
        return InstitutionScore(
            value=found.value,
            completion_rate=found.completion_rate,
            timeliness_rate=found.timeliness_rate,
            satisfaction_rate=found.satisfaction_rate,
            flagged_for_review=found.flagged,
        )

    @strawberry.field(description="Qualification documents (members and operators).")
    async def qualifications(self, info: Info) -> list[StoredFileNode]:
        if not self.private:
            return []
        files = await info.context.loader(load_stored_files_by_id).load_many(
            list(self.model.qualification_file_ids or [])
        )
        return [StoredFileNode.from_model(f) for f in files if f is not None]

    @strawberry.field(description="Status history (members and operators).")
    async def status_history(self, info: Info) -> list[InstitutionStatusChange]:
        if not self.private:
            return []
        rows = await info.context.loader(load_status_changes_by_institution_id).load(self.id)
        return [
            InstitutionStatusChange(
                from_status=InstitutionStatusModel(r.from_status) if r.from_status else None,
                to_status=InstitutionStatusModel(r.to_status),
                reason=r.reason,
                at=r.at,
            )
            for r in rows
        ]

    @strawberry.field
    async def platform(self, info: Info) -> PlatformNode:
        found = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        return PlatformNode.from_model(found)

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_institutions_by_id).load_many(ids)
        return [await visible_institution(info, i) if i else None for i in found]


async def visible_institution(info: Info, i: InstitutionModel) -> InstitutionNode | None:
    ctx = info.context
    paths = await operator_paths(info)
    platform = await ctx.loader(load_platforms_by_id).load(i.platform_id)
    if policies.can_see_institution_private(ctx.scope, paths, i.id, platform):
        return InstitutionNode.from_model(i, private=True)
    if i.status == InstitutionStatusModel.ACTIVE:
        return InstitutionNode.from_model(i, private=False)
    return None


@strawberry.type
class DepartmentHandler:
    name: str
    email: str


async def _staff_sees_platform(info: Info, platform_id: int) -> bool:
    """Staff whose subtree holds the platform (the hub admin: all)."""
    if not info.context.scope.is_staff:
        return False
    paths = await operator_paths(info)
    if paths is None:
        return True
    platform = await info.context.loader(load_platforms_by_id).load(platform_id)
    return platform is not None and any(platform.path.startswith(p) for p in paths)


@strawberry.type(name="Department", description="A government department (部门).")
class DepartmentNode(relay.Node):
    id: relay.NodeID[int]
    name: str
    region: Region
    platform_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, d: DepartmentModel) -> DepartmentNode:
        return cls(id=d.id, name=d.name, region=region(d.region_code), platform_id=d.platform_id)

    @strawberry.field
    async def platform(self, info: Info) -> PlatformNode:
        found = await info.context.loader(load_platforms_by_id).load(self.platform_id)
        assert found is not None
        return PlatformNode.from_model(found)

    @strawberry.field(description="Handlers with accounts (operators of its platform subtree).")
    async def handlers(self, info: Info) -> list[DepartmentHandler]:
        if not await _staff_sees_platform(info, self.platform_id):
            return []
        ids = await info.context.loader(load_handler_ids_by_department_id).load(self.id)
        users = await info.context.loader(load_users_by_id).load_many(ids)
        return [DepartmentHandler(name=u.name, email=u.email) for u in users if u]

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = {d.id: d for d in await DepartmentModel.filter(id__in=ids)}
        return [cls.from_model(found[i]) if i in found else None for i in ids]


@strawberry.type(name="Expert", description="An expert of the library (专家库).")
class ExpertNode(relay.Node):
    id: relay.NodeID[int]
    name: str
    expertise: list[str]
    title: str
    organisation: str
    bio: str
    available: bool
    status: ExpertStatusEnum  # type: ignore[valid-type]
    model: strawberry.Private[ExpertModel]

    @classmethod
    def from_model(cls, e: ExpertModel) -> ExpertNode:
        return cls(
            id=e.id,
            name=e.name,
            expertise=list(e.expertise),
            title=e.title,
            organisation=e.organisation,
            bio=e.bio,
            available=e.available,
            status=ExpertStatusModel(e.status),
            model=e,
        )

    @strawberry.field
    async def platform(self, info: Info) -> PlatformNode:
        found = await info.context.loader(load_platforms_by_id).load(self.model.platform_id)
        assert found is not None
        return PlatformNode.from_model(found)

    @strawberry.field(description="Where the expert works; it decides the platform.")
    def region(self) -> Region | None:
        return region(self.model.region_code) if self.model.region_code else None

    @strawberry.field(description="Why the expert left the library (operators).")
    async def retire_reason(self, info: Info) -> str | None:
        if not await _staff_sees_platform(info, self.model.platform_id):
            return None
        return self.model.retire_reason or None

    @strawberry.field(description="Email of the linked account (operators).")
    async def account_email(self, info: Info) -> str | None:
        if self.model.user_id is None or not await _staff_sees_platform(
            info, self.model.platform_id
        ):
            return None
        user = await info.context.loader(load_users_by_id).load(self.model.user_id)
        return user.email if user else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = {e.id: e for e in await ExpertModel.filter(id__in=ids)}
        staff = info.context.scope.is_staff
        return [
            cls.from_model(found[i])
            if i in found and (staff or found[i].status == ExpertStatusModel.ACTIVE)
            else None
            for i in ids
        ]


@strawberry.input
class ApplyInstitutionInput:
    name: str
    credit_code: str
    region_code: str
    service_domains: list[ServiceCategoryEnum]  # type: ignore[valid-type]
    service_areas: list[str]
    responder_name: str
    responder_phone: str
    accept_agreement: bool
    agreement_version: str
    description: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    qualification_file_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded QUALIFICATION files (资质证明)."
    )


@strawberry.type
class InstitutionPayload:
    institution: InstitutionNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangeInstitutionStatusInput:
    institution_id: strawberry.ID
    to: InstitutionStatusEnum  # type: ignore[valid-type]
    reason: str = ""


@strawberry.input
class CreateDepartmentInput:
    name: str
    region_code: str


@strawberry.input
class AppointDepartmentHandlerInput:
    department_id: strawberry.ID
    email: str
    appoint: bool = True


@strawberry.type
class DepartmentPayload:
    department: DepartmentNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ExpertInput:
    name: str
    expertise: list[str]
    region_code: str
    title: str = ""
    organisation: str = ""
    bio: str = ""
    available: bool = True
    user_email: str = strawberry.field(default="", description="Link the expert's account.")


@strawberry.input
class AddExpertInput:
    expert: ExpertInput


@strawberry.input
class UpdateExpertInput:
    expert_id: strawberry.ID
    expert: ExpertInput


@strawberry.input
class RetireExpertInput:
    expert_id: strawberry.ID
    reason: str


@strawberry.type
class ExpertPayload:
    expert: ExpertNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
