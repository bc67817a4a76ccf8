"""Queries of the platform network and enterprises."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from qifu.api.relay import Connection, paginate
from qifu.orgs import policies
from qifu.orgs.agreement import ServiceAgreement, service_agreement
from qifu.orgs.models import CertificationStatus as StatusModel
from qifu.orgs.models import Department, Enterprise, Expert, Institution, Platform
from qifu.orgs.models import EnterpriseScale as EnterpriseScaleModel
from qifu.orgs.models import ExpertStatus as ExpertStatusModel
from qifu.orgs.models import InstitutionStatus as InstitutionStatusModel
from qifu.orgs.models import ServiceCategory as ServiceCategoryModel
from qifu.orgs.reference import industries as industry_data
from qifu.orgs.reference import regions as region_data
from qifu.orgs.reference import scale
from qifu.orgs.scopes import platform_subtree_q
from qifu.orgs.types import (
    CertificationStatus,
    DepartmentNode,
    EnterpriseNode,
    EnterpriseScale,
    ExpertNode,
    Industry,
    InstitutionNode,
    InstitutionStatusEnum,
    PlatformNode,
    Region,
    ServiceCategoryEnum,
    industry,
    operator_paths,
    region,
)


def industry_filter(code: str) -> Q:
    """A section (门类, a letter) stands for its divisions; a numeric code for itself and the
    codes below it."""
    code = industry_data.normalise(code)
    if code.isalpha():
        divisions = [d.code for d in industry_data.divisions(code)]
        return Q(industry_code__in=divisions) if divisions else Q(id__in=[])
    return Q(industry_code__startswith=code)


@strawberry.type
class OrgQueries:
    @strawberry.field(description="The service agreement an institution accepts when it applies.")
    def service_agreement(self) -> ServiceAgreement:
        return service_agreement()

    @strawberry.field(description="The platform network: the hub first, then by position.")
    async def platforms(self) -> list[PlatformNode]:
        return [PlatformNode.from_model(p) for p in await Platform.all().order_by("path")]

    @strawberry.field(
        description="GB/T 2260 divisions under a region (provinces when parent is omitted)."
    )
    def regions(self, parent: str | None = None) -> list[Region]:
        if parent is not None and not region_data.is_valid(parent):
            return []
        return [region(r.code) for r in region_data.children(parent)]

    @strawberry.field(
        description="GB/T 4754-2017 industries under a code (the 20 sections when omitted)."
    )
    def industries(self, parent: str | None = None) -> list[Industry]:
        rows = industry_data.sections() if parent is None else industry_data.children(parent)
        return [industry(i.code) for i in rows]

    @strawberry.field(
        description="The scale the 2017 national classification gives these figures; null when "
        "the figures cannot decide it (the enterprise may still choose)."
    )
    def suggested_enterprise_scale(
        self,
        industry_code: str,
        employees: int | None = None,
        revenue_wan: Decimal | None = None,
    ) -> EnterpriseScale | None:  # type: ignore[valid-type]
        suggestion = scale.suggest_scale(industry_code, employees, revenue_wan)
        return EnterpriseScaleModel(suggestion) if suggestion else None

    @strawberry.field(description="The enterprises I belong to.")
    async def my_enterprises(self, info: Info) -> list[EnterpriseNode]:
        ctx = info.context
        ctx.require_user()
        rows = await Enterprise.filter(id__in=list(ctx.scope.enterprise_member_of)).order_by("id")
        return [EnterpriseNode.from_model(e, private=True) for e in rows]

    @strawberry.field(
        description="Enterprises an operator reviews: those of the operator's platform "
        "subtree, newest first, optionally by certification status."
    )
    async def enterprises_for_review(
        self,
        info: Info,
        status: CertificationStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
        search: str | None = None,
    ) -> Connection[EnterpriseNode]:
        ctx = info.context
        ctx.require_user()
        query = (
            policies.visible_enterprises(ctx.scope, await operator_paths(info))
            if ctx.scope.is_staff
            else Enterprise.filter(id__in=[])
        )
        if status is not None:
            query = query.filter(status=StatusModel(status))
        if search and search.strip():
            # By name or credit code, e.g. when recording a demand that came by phone.
            term = search.strip()
            query = query.filter(Q(name__icontains=term) | Q(credit_code__icontains=term))
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda e: EnterpriseNode.from_model(e, private=True),
        )


def region_prefix(code: str) -> str:
    """The code prefix a region's descendants share: 330000 → 33, 330300 → 3303."""
    for _ in range(2):
        if code.endswith("00"):
            code = code[:-2]
    return code


@strawberry.type
class DirectoryQueries:
    @strawberry.field(description="Verified enterprises (public fields), newest first.")
    async def enterprise_directory(
        self,
        search: str | None = None,
        region_code: str | None = None,
        industry_code: str | None = None,
        scale: EnterpriseScale | None = None,  # type: ignore[valid-type]
        tag: str | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[EnterpriseNode]:
        query = Enterprise.filter(status=StatusModel.VERIFIED)
        if search and search.strip():
            query = query.filter(name__icontains=search.strip())
        if region_code:
            query = query.filter(region_code__startswith=region_prefix(region_code))
        if industry_code:
            query = query.filter(industry_filter(industry_code))
        if scale:
            query = query.filter(scale=EnterpriseScaleModel(scale))
        if tag:
            query = query.filter(tag_keys__contains=f"|{tag.strip()}|")
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda e: EnterpriseNode.from_model(e, private=False),
        )

    @strawberry.field(description="Active service institutions, newest first.")
    async def institution_directory(
        self,
        search: str | None = None,
        service_domain: ServiceCategoryEnum | None = None,  # type: ignore[valid-type]
        region_code: str | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[InstitutionNode]:
        query = Institution.filter(status=InstitutionStatusModel.ACTIVE)
        if search and search.strip():
            query = query.filter(name__icontains=search.strip())
        if service_domain:
            query = query.filter(
                domain_keys__contains=f"|{ServiceCategoryModel(service_domain).value}|"
            )
        if region_code:
            query = query.filter(region_code__startswith=region_prefix(region_code))
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda i: InstitutionNode.from_model(i, private=False),
        )

    @strawberry.field(description="Experts in the library, newest first.")
    async def expert_directory(
        self,
        search: str | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[ExpertNode]:
        query = Expert.filter(status=ExpertStatusModel.ACTIVE)
        if search and search.strip():
            term = search.strip()
            query = query.filter(
                Q(name__icontains=term) | Q(organisation__icontains=term) | Q(title__icontains=term)
            )
        return await paginate(query, first=first, after=after, convert=ExpertNode.from_model)


@strawberry.type
class OrgConsoleQueries:
    @strawberry.field(description="Institutions an operator reviews (their platform subtree).")
    async def institutions_for_review(
        self,
        info: Info,
        status: InstitutionStatusEnum | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[InstitutionNode]:
        ctx = info.context
        ctx.require_user()
        paths = await operator_paths(info)
        if not ctx.scope.is_staff:
            query = Institution.filter(id__in=[])
        elif paths is None:
            query = Institution.all()
        else:
            query = Institution.filter(platform_subtree_q(paths))
        if status is not None:
            query = query.filter(status=InstitutionStatusModel(status))
        return await paginate(
            query,
            first=first,
            after=after,
            convert=lambda i: InstitutionNode.from_model(i, private=True),
        )

    @strawberry.field(description="The institutions I belong to.")
    async def my_institutions(self, info: Info) -> list[InstitutionNode]:
        ctx = info.context
        ctx.require_user()
        rows = await Institution.filter(id__in=list(ctx.scope.institution_member_of)).order_by("id")
        return [InstitutionNode.from_model(i, private=True) for i in rows]

    @strawberry.field(description="Departments of the operator's platform subtree.")
    async def departments(self, info: Info) -> list[DepartmentNode]:
        ctx = info.context
        ctx.require_user()
        if not ctx.scope.is_staff:
            return []
        paths = await operator_paths(info)
        query = Department.all() if paths is None else Department.filter(platform_subtree_q(paths))
        return [DepartmentNode.from_model(d) for d in await query.order_by("id")]

    @strawberry.field(description="The whole expert library of the subtree, retired included.")
    async def experts_for_management(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[ExpertNode]:
        ctx = info.context
        ctx.require_user()
        paths = await operator_paths(info)
        if not ctx.scope.is_staff:
            query = Expert.filter(id__in=[])
        else:
            query = Expert.all() if paths is None else Expert.filter(platform_subtree_q(paths))
        return await paginate(query, first=first, after=after, convert=ExpertNode.from_model)
