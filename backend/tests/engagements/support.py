"""Engagement test data made through the services: verified enterprises, active institutions,
a published product, and engagements driven into any state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import httpx
from strawberry import relay

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role, grants_of
from qifu.catalog.models import ProductStatus, ServiceProduct
from qifu.engagements import services
from qifu.engagements.models import Engagement, EngagementStatus
from qifu.files import services as file_services
from qifu.files.models import FilePurpose
from qifu.orgs import enterprises
from qifu.orgs.models import Enterprise, Institution
from qifu.orgs.scopes import Scope, scope_of
from tests.catalog.support import make_institution, make_product
from tests.orgs.support import Network, credit_code, licence_file_id, make_network, png_upload
from tests.support import ACTOR, login_token, make_user

S = EngagementStatus
DIMENSIONS = {"professionalism": 5, "timeliness": 4, "communication": 5, "result": 4}
# (role, email) of everybody in the world; "anonymous" has no account.
ACCOUNTS = [
    ("user", "user@qifu.cn"),
    ("e1_admin", "e1a@qifu.cn"),
    ("e1_member", "e1m@qifu.cn"),
    ("e2_admin", "e2a@qifu.cn"),
    ("i1_member", "i1m@qifu.cn"),
    ("i2_member", "i2m@qifu.cn"),
    ("op_wenzhou", "opwz@qifu.cn"),
    ("op_hangzhou", "ophz@qifu.cn"),
    ("hub_admin", "hub@qifu.cn"),
]


def gid(kind: str, pk: int) -> str:
    return str(relay.GlobalID(kind, str(pk)))


async def verified_enterprise(
    admin: User, serial: int, name: str, region: str, network: Network
) -> Enterprise:
    enterprise = await enterprises.create(
        ACTOR,
        admin,
        enterprises.EnterpriseData(
            credit_code=credit_code(serial, region),
            name=name,
            region_code=region,
            industry_code="34",
            licence_file_id=await licence_file_id(admin),
        ),
    )
    await enterprises.submit(ACTOR, scope_of(await grants_of(admin)), enterprise.id)
    hub = scope_of(await grants_of(network.admin))
    return await enterprises.approve(ACTOR, hub, enterprise.id)


async def attachment(owner: User) -> int:
    stored = await file_services.upload(ACTOR, owner, png_upload(), purpose=FilePurpose.ATTACHMENT)
    return int(stored.id)


@dataclass
class World:
    network: Network
    users: dict[str, User]
    e1: Enterprise
    e2: Enterprise
    i1: Institution
    i2: Institution
    product: ServiceProduct
    tokens: dict[str, str | None] = field(default_factory=dict)

    async def scope(self, role: str) -> Scope:
        return scope_of(await grants_of(self.users[role]))


async def make_world(client: httpx.AsyncClient | None = None) -> World:
    """E1 (温州 鹿城, verified; admin and member), E2 (杭州, verified), I1 (温州 鹿城, active,
    with the published product) and I2 (杭州, active); operators of 温州 and 杭州."""
    network = await make_network()
    users: dict[str, User] = {"hub_admin": network.admin}
    for role, email in ACCOUNTS:
        if role == "hub_admin":
            continue
        operator_of = {"op_wenzhou": network.wenzhou.id, "op_hangzhou": network.hangzhou.id}
        users[role] = await make_user(email, operator_of=operator_of.get(role))
    e1 = await verified_enterprise(users["e1_admin"], 1, "温州甲公司", "330302", network)
    await grant_role(users["e1_member"], Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, e1.id)
    e2 = await verified_enterprise(users["e2_admin"], 2, "杭州乙公司", "330102", network)
    i1_admin = await make_user("i1a@qifu.cn")
    i2_admin = await make_user("i2a@qifu.cn")
    i1 = await make_institution(i1_admin, 41, "温州服务机构", "330302", hub_admin=network.admin)
    i2 = await make_institution(i2_admin, 42, "杭州服务机构", "330102", hub_admin=network.admin)
    await grant_role(users["i1_member"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i1.id)
    await grant_role(users["i2_member"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, i2.id)
    product = await make_product(
        i1_admin, i1, ProductStatus.PUBLISHED, reviewer=network.admin, name="合同审查服务"
    )
    world = World(network, users, e1, e2, i1, i2, product)
    if client is not None:
        world.tokens["anonymous"] = None
        for role, email in ACCOUNTS:
            world.tokens[role] = await login_token(client, email)
    return world


async def drive(world: World, to: S, *, enterprise: str = "e1_admin") -> Engagement:
    """A new engagement of E1 for the product, moved through the services into ``to``."""
    ent_user, ent = world.users[enterprise], await world.scope(enterprise)
    inst_user, inst = world.users["i1_member"], await world.scope("i1_member")
    e = await services.request_service(
        ACTOR, ent_user, ent, world.product.id, world.e1.id, "需要审查三份采购合同"
    )
    if to is S.REQUESTED:
        return e
    if to is S.DECLINED:
        return await services.decline(ACTOR, inst_user, inst, e.id, "本月排期已满")
    if to is S.CANCELLED:
        return await services.cancel(ACTOR, ent_user, ent, e.id, "需求已变化")
    e = await services.investigate(ACTOR, inst_user, inst, e.id, "已电话沟通需求", [])
    if to is S.INVESTIGATING:
        return e
    agreement = services.Agreement(
        file_id=await attachment(inst_user),
        fee=Decimal("800.00"),
        period_start=date(2026, 12, 1),
        period_end=date(2026, 12, 31),
    )
    e = await services.agree(ACTOR, inst_user, inst, e.id, agreement)
    if to is S.AGREED:
        return e
    plan = services.Plan(
        plan="逐份审查并出具意见",
        personnel=("陈律师", "王助理"),
        planned_start_on=date(2026, 12, 2),
        planned_delivery_on=date(2026, 12, 20),
    )
    e = await services.plan(ACTOR, inst_user, inst, e.id, plan)
    if to is S.PLANNED:
        return e
    e = await services.start(ACTOR, inst_user, inst, e.id)
    if to is S.IN_SERVICE:
        return e
    e = await services.deliver(ACTOR, inst_user, inst, e.id, "三份合同的审查意见书", None)
    if to is S.DELIVERED:
        return e
    e = await services.confirm(ACTOR, ent_user, ent, e.id)
    if to is S.CONFIRMED:
        return e
    await services.evaluate(
        ACTOR, ent_user, ent, e.id, overall=5, dimensions=dict(DIMENSIONS), comment="专业高效"
    )
    assert to is S.EVALUATED
    return await Engagement.get(id=e.id)
