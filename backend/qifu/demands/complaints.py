"""Complaints (投诉): demands of kind COMPLAINT against an institution, a service product or
the operators of a platform. They run the loop of ``services`` unchanged; what differs is
said here (the target, the handling platform) and in ``services.handler_for`` (the operators
themselves handle them, as HandlerType.PLATFORM).

- The target must exist: an institution that was ever admitted (active, suspended or exited;
  never one only applied or rejected), a service product anybody can see, or a platform.
  Its name is kept as it was when the complaint was made.
- The handling platform is the enterprise's window platform, except that a complaint against
  the operators of a platform goes to the platform above it (the hub handles complaints
  against itself).
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.catalog.models import ServiceProduct
from qifu.catalog.policies import public_q
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.demands import policies, services
from qifu.demands.models import ComplaintTarget, Demand, DemandCategory, DemandChannel
from qifu.demands.policies import Me
from qifu.demands.services import Against, To
from qifu.orgs.models import (
    CertificationStatus,
    Enterprise,
    Institution,
    InstitutionStatus,
    Platform,
)

CATEGORY = DemandCategory.OTHER  # complaints have no category of their own
# Institutions the public has seen at some time: a complaint may outlive their admission.
EVER_ADMITTED = frozenset(
    {InstitutionStatus.ACTIVE, InstitutionStatus.SUSPENDED, InstitutionStatus.EXITED}
)


@dataclass(frozen=True)
class ComplaintData:
    target_type: ComplaintTarget
    target_id: int
    title: str
    description: str
    contact_name: str = ""
    contact_phone: str = ""
    attachment_ids: tuple[int, ...] = ()

    def as_demand(self) -> services.DemandData:
        return services.DemandData(
            category=CATEGORY,
            title=self.title,
            description=self.description,
            contact_name=self.contact_name,
            contact_phone=self.contact_phone,
            attachment_ids=self.attachment_ids,
        )


async def against(enterprise: Enterprise, target_type: ComplaintTarget, target_id: int) -> Against:
    """The target (NOT_FOUND on targetId when there is none to complain about) and the platform
    that handles the complaint."""
    if target_type is ComplaintTarget.INSTITUTION:
        institution = await Institution.get_or_none(id=target_id)
        if institution is not None and institution.status in EVER_ADMITTED:
            return Against(target_type, target_id, institution.name, enterprise.platform_id)
    elif target_type is ComplaintTarget.SERVICE:
        product = await ServiceProduct.filter(public_q(), id=target_id).first()
        if product is not None:
            return Against(target_type, target_id, product.name, enterprise.platform_id)
    else:
        platform = await Platform.get_or_none(id=target_id)
        if platform is not None:
            # Not judged by themselves: the platform above handles it (the hub, itself).
            handler = platform.parent_id or platform.id
            return Against(target_type, target_id, platform.name, handler)
    raise DomainError(ErrorCode.NOT_FOUND, "targetId")


async def submit_complaint(
    who: Actor, user: User, me: Me, enterprise_id: int, data: ComplaintData
) -> Demand:
    """A member of a VERIFIED enterprise complains online."""
    services._validate(data.as_demand())
    if enterprise_id not in me.scope.enterprise_member_of:
        raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
    async with in_transaction():
        enterprise = await Enterprise.get_or_none(id=enterprise_id)
        if enterprise is None:
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status != CertificationStatus.VERIFIED:
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "enterpriseId")
        target = await against(enterprise, data.target_type, data.target_id)
        return await services._create(
            who, user, enterprise, data.as_demand(), DemandChannel.ONLINE, target
        )


async def record_complaint(
    who: Actor,
    user: User,
    me: Me,
    enterprise_id: int,
    data: ComplaintData,
    channel: DemandChannel,
) -> Demand:
    """An operator records a complaint that came by phone, at the window or by letter, for an
    enterprise of the operator's subtree."""
    services._validate(data.as_demand())
    if channel is DemandChannel.ONLINE:
        raise DomainError(ErrorCode.INVALID, "channel")
    async with in_transaction():
        enterprise = await Enterprise.get_or_none(id=enterprise_id)
        platform = await Platform.get_or_none(id=enterprise.platform_id) if enterprise else None
        if enterprise is None or not policies.is_supervisor(me, platform):
            raise DomainError(ErrorCode.NOT_FOUND, "enterpriseId")
        if enterprise.status != CertificationStatus.VERIFIED:
            raise DomainError(ErrorCode.ENTERPRISE_NOT_VERIFIED, "enterpriseId")
        target = await against(enterprise, data.target_type, data.target_id)
        complaint = await services._create(who, user, enterprise, data.as_demand(), channel, target)
        await services._notify(
            complaint, {To.ENTERPRISE}, "平台已为您登记投诉", [f"登记渠道：{channel.value}"]
        )
        return complaint
