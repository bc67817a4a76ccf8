"""Mutations of the platform network and enterprises: thin wrappers over the services."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError
from qifu.orgs import enterprises, institutions, library, members, platforms
from qifu.orgs.models import Enterprise, InstitutionStatus, ServiceCategory
from qifu.orgs.models import EnterpriseScale as EnterpriseScaleModel
from qifu.orgs.types import (
    AcceptEnterpriseInvitationInput,
    AddExpertInput,
    ApplyInstitutionInput,
    AppointDepartmentHandlerInput,
    AppointOperatorInput,
    ChangeInstitutionStatusInput,
    CreateDepartmentInput,
    CreateEnterpriseInput,
    CreatePlatformInput,
    DepartmentNode,
    DepartmentPayload,
    EnterpriseIdInput,
    EnterpriseInput,
    EnterpriseMemberInput,
    EnterpriseNode,
    EnterprisePayload,
    ExpertInput,
    ExpertNode,
    ExpertPayload,
    InstitutionNode,
    InstitutionPayload,
    InviteEnterpriseMemberInput,
    InviteEnterpriseMemberPayload,
    PendingInvitation,
    PlatformNode,
    PlatformPayload,
    RejectEnterpriseInput,
    RetireExpertInput,
    SetEnterpriseMemberAdminInput,
    UpdateEnterpriseInput,
    UpdateExpertInput,
)


def _data(value: EnterpriseInput) -> enterprises.EnterpriseData:
    return enterprises.EnterpriseData(
        credit_code=value.credit_code,
        name=value.name,
        region_code=value.region_code,
        industry_code=value.industry_code,
        scale=EnterpriseScaleModel(value.scale) if value.scale else None,
        employees=value.employees,
        revenue_wan=value.revenue_wan,
        founded_on=value.founded_on,
        address=value.address,
        contact_name=value.contact_name,
        contact_phone=value.contact_phone,
        contact_email=value.contact_email,
        tags=tuple(value.tags),
        licence_file_id=(
            decode_node_id(value.licence_file_id, "StoredFile", "licenceFileId")
            if value.licence_file_id
            else None
        ),
        keep_licence=value.licence_file_id is strawberry.UNSET,
    )


def _payload(enterprise: Enterprise) -> EnterprisePayload:
    return EnterprisePayload(enterprise=EnterpriseNode.from_model(enterprise, private=True))


@strawberry.type
class OrgMutations:
    @strawberry.mutation(description="Create the hub (no parent) or a window platform.")
    async def create_platform(self, info: Info, input: CreatePlatformInput) -> PlatformPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            parent_id = (
                decode_node_id(input.parent_id, "Platform", "parentId") if input.parent_id else None
            )
            platform = await platforms.create_platform(
                ctx.actor(),
                ctx.scope,
                name=input.name,
                region_code=input.region_code,
                parent_id=parent_id,
            )
        except DomainError as e:
            return PlatformPayload(errors=user_errors(e, ctx.lang))
        return PlatformPayload(platform=PlatformNode.from_model(platform))

    @strawberry.mutation(description="Appoint or remove an operator of a platform (hub admin).")
    async def appoint_operator(self, info: Info, input: AppointOperatorInput) -> PlatformPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            platform = await platforms.appoint_operator(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.platform_id, "Platform", "platformId"),
                input.email,
                appoint=input.appoint,
            )
        except DomainError as e:
            return PlatformPayload(errors=user_errors(e, ctx.lang))
        return PlatformPayload(platform=PlatformNode.from_model(platform))

    @strawberry.mutation(description="Record my enterprise; I become its admin.")
    async def create_enterprise(
        self, info: Info, input: CreateEnterpriseInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            enterprise = await enterprises.create(ctx.actor(), user, _data(input.enterprise))
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation
    async def update_enterprise(
        self, info: Info, input: UpdateEnterpriseInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            enterprise = await enterprises.update(
                ctx.actor(),
                user,
                ctx.scope,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                _data(input.enterprise),
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation(description="Submit the enterprise for certification (注册认证).")
    async def submit_enterprise_certification(
        self, info: Info, input: EnterpriseIdInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            enterprise = await enterprises.submit(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation(description="Certify an enterprise (operator of its platform).")
    async def approve_enterprise(self, info: Info, input: EnterpriseIdInput) -> EnterprisePayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            enterprise = await enterprises.approve(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation(description="Reject a certification with the reason the enterprise sees.")
    async def reject_enterprise(
        self, info: Info, input: RejectEnterpriseInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            enterprise = await enterprises.reject(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                input.reason,
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation(description="Invite a colleague by email (the enterprise's admins).")
    async def invite_enterprise_member(
        self, info: Info, input: InviteEnterpriseMemberInput
    ) -> InviteEnterpriseMemberPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            invitation = await members.invite(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId"),
                input.email,
                as_admin=input.as_admin,
            )
        except DomainError as e:
            return InviteEnterpriseMemberPayload(errors=user_errors(e, ctx.lang))
        return InviteEnterpriseMemberPayload(
            invitation=PendingInvitation(
                email=invitation.email,
                as_admin=invitation.as_admin,
                expires_at=invitation.expires_at,
            )
        )

    @strawberry.mutation(description="Join the enterprise an emailed invitation names.")
    async def accept_enterprise_invitation(
        self, info: Info, input: AcceptEnterpriseInvitationInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            enterprise = await members.accept(ctx.actor(), user, input.token)
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(enterprise)

    @strawberry.mutation(description="Remove a member (admins; the last admin stays).")
    async def remove_enterprise_member(
        self, info: Info, input: EnterpriseMemberInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            enterprise_id = decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId")
            await members.remove(
                ctx.actor(),
                ctx.scope,
                enterprise_id,
                decode_node_id(input.user_id, "User", "userId"),
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(await Enterprise.get(id=enterprise_id))

    @strawberry.mutation(
        description="Give or take a member's admin role; an enterprise keeps at least one admin."
    )
    async def set_enterprise_member_admin(
        self, info: Info, input: SetEnterpriseMemberAdminInput
    ) -> EnterprisePayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            enterprise_id = decode_node_id(input.enterprise_id, "Enterprise", "enterpriseId")
            await members.set_admin(
                ctx.actor(),
                ctx.scope,
                enterprise_id,
                decode_node_id(input.user_id, "User", "userId"),
                is_admin=input.is_admin,
            )
        except DomainError as e:
            return EnterprisePayload(errors=user_errors(e, ctx.lang))
        return _payload(await Enterprise.get(id=enterprise_id))


def _expert_data(value: ExpertInput) -> library.ExpertData:
    return library.ExpertData(
        name=value.name,
        expertise=tuple(value.expertise),
        region_code=value.region_code,
        title=value.title,
        organisation=value.organisation,
        bio=value.bio,
        available=value.available,
        user_email=value.user_email,
    )


@strawberry.type
class OrgLibraryMutations:
    @strawberry.mutation(description="Apply to join as a service institution (服务机构入驻).")
    async def apply_institution(
        self, info: Info, input: ApplyInstitutionInput
    ) -> InstitutionPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            institution = await institutions.apply(
                ctx.actor(),
                user,
                institutions.Application(
                    name=input.name,
                    credit_code=input.credit_code,
                    region_code=input.region_code,
                    service_domains=tuple(ServiceCategory(d) for d in input.service_domains),
                    service_areas=tuple(input.service_areas),
                    responder_name=input.responder_name,
                    responder_phone=input.responder_phone,
                    accept_agreement=input.accept_agreement,
                    agreement_version=input.agreement_version,
                    description=input.description,
                    contact_name=input.contact_name,
                    contact_phone=input.contact_phone,
                    contact_email=input.contact_email,
                    qualification_file_ids=tuple(
                        decode_node_id(f, "StoredFile", "qualificationFileIds")
                        for f in input.qualification_file_ids
                    ),
                ),
            )
        except DomainError as e:
            return InstitutionPayload(errors=user_errors(e, ctx.lang))
        return InstitutionPayload(institution=InstitutionNode.from_model(institution, private=True))

    @strawberry.mutation(
        description="Admit, reject, suspend, reinstate or exit an institution (operators); "
        "every change but admitting needs a reason."
    )
    async def change_institution_status(
        self, info: Info, input: ChangeInstitutionStatusInput
    ) -> InstitutionPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            institution = await institutions.change_status(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.institution_id, "Institution", "institutionId"),
                InstitutionStatus(input.to),
                input.reason,
            )
        except DomainError as e:
            return InstitutionPayload(errors=user_errors(e, ctx.lang))
        return InstitutionPayload(institution=InstitutionNode.from_model(institution, private=True))

    @strawberry.mutation(description="Record a government department (operators).")
    async def create_department(
        self, info: Info, input: CreateDepartmentInput
    ) -> DepartmentPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            department = await library.create_department(
                ctx.actor(), ctx.scope, name=input.name, region_code=input.region_code
            )
        except DomainError as e:
            return DepartmentPayload(errors=user_errors(e, ctx.lang))
        return DepartmentPayload(department=DepartmentNode.from_model(department))

    @strawberry.mutation(description="Appoint or remove a department's handler (operators).")
    async def appoint_department_handler(
        self, info: Info, input: AppointDepartmentHandlerInput
    ) -> DepartmentPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            department = await library.appoint_handler(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.department_id, "Department", "departmentId"),
                input.email,
                appoint=input.appoint,
            )
        except DomainError as e:
            return DepartmentPayload(errors=user_errors(e, ctx.lang))
        return DepartmentPayload(department=DepartmentNode.from_model(department))

    @strawberry.mutation(description="Add an expert to the library (入库, operators).")
    async def add_expert(self, info: Info, input: AddExpertInput) -> ExpertPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            expert = await library.add_expert(ctx.actor(), ctx.scope, _expert_data(input.expert))
        except DomainError as e:
            return ExpertPayload(errors=user_errors(e, ctx.lang))
        return ExpertPayload(expert=ExpertNode.from_model(expert))

    @strawberry.mutation
    async def update_expert(self, info: Info, input: UpdateExpertInput) -> ExpertPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            expert = await library.update_expert(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.expert_id, "Expert", "expertId"),
                _expert_data(input.expert),
            )
        except DomainError as e:
            return ExpertPayload(errors=user_errors(e, ctx.lang))
        return ExpertPayload(expert=ExpertNode.from_model(expert))

    @strawberry.mutation(description="Retire an expert from the library (出库) with a reason.")
    async def retire_expert(self, info: Info, input: RetireExpertInput) -> ExpertPayload:
        ctx: Context = info.context
        ctx.require_user()
        try:
            expert = await library.retire_expert(
                ctx.actor(),
                ctx.scope,
                decode_node_id(input.expert_id, "Expert", "expertId"),
                input.reason,
            )
        except DomainError as e:
            return ExpertPayload(errors=user_errors(e, ctx.lang))
        return ExpertPayload(expert=ExpertNode.from_model(expert))
