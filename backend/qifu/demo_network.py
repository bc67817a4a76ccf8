"""The demo platform network for `make run`: a hub, three window platforms, about 30
enterprises across scales and industries, 10 institutions, 3 departments and 15 experts, all
invented. Created once: when the hub exists, nothing is added again."""

from __future__ import annotations

from decimal import Decimal

from stdnum.cn import uscc

from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import clock, crypto
from qifu.core.audit import Actor
from qifu.demo_licence import store_demo_licence
from qifu.orgs import agreement, enterprises
from qifu.orgs.models import (
    CertificationStatus,
    Department,
    Enterprise,
    EnterpriseReview,
    Expert,
    Institution,
    InstitutionCodeClaim,
    InstitutionStatus,
    InstitutionStatusChange,
    Platform,
    PlatformKind,
    ServiceCategory,
    VerifiedCreditCode,
)

WINDOWS = (
    ("温州市企业服务综合平台", "330300", ("330302", "330303", "330304")),
    ("杭州市企业服务平台", "330100", ("330102", "330105", "330106")),
    ("宁波市中小企业公共服务平台", "330200", ("330203", "330205", "330206")),
)
# (name stem, industry division, employees, revenue 万元, tags)
ENTERPRISES: tuple[tuple[str, str, int, Decimal, list[str]], ...] = (
    ("瓯江精密机械", "34", 420, Decimal("26000"), ["专精特新"]),
    ("鹿城鞋服", "19", 160, Decimal("5200"), []),
    ("龙湾电气", "38", 85, Decimal("3100"), ["高新技术企业"]),
    ("瓯海眼镜", "35", 45, Decimal("900"), []),
    ("温州云算软件", "65", 60, Decimal("1800"), ["科技型中小企业"]),
    ("大罗山茶业", "15", 18, Decimal("260"), []),
    ("江心屿文旅", "72", 12, Decimal("150"), []),
    ("南塘餐饮管理", "62", 95, Decimal("1500"), []),
    ("五马街百货", "52", 40, Decimal("2300"), []),
    ("温州泵阀科技", "34", 1200, Decimal("52000"), ["专精特新小巨人", "高新技术企业"]),
    ("西湖数智科技", "65", 230, Decimal("9000"), ["高新技术企业"]),
    ("拱墅丝绸", "17", 300, Decimal("21000"), []),
    ("上城医药流通", "51", 70, Decimal("12000"), []),
    ("钱塘新材料", "29", 140, Decimal("4800"), ["专精特新"]),
    ("杭州好运物流", "54", 260, Decimal("6000"), []),
    ("西溪设计咨询", "72", 25, Decimal("600"), ["创新型中小企业"]),
    ("龙井农业开发", "01", 30, Decimal("320"), []),
    ("湖滨电子商务", "52", 55, Decimal("800"), []),
    ("杭州智能装备", "39", 510, Decimal("31000"), ["专精特新", "高新技术企业"]),
    ("运河文化传媒", "86", 8, Decimal("90"), []),
    ("北仑港口机械", "34", 880, Decimal("45000"), ["专精特新小巨人"]),
    ("海曙服装", "18", 350, Decimal("15000"), []),
    ("江北新能源", "38", 120, Decimal("7000"), ["高新技术企业"]),
    ("宁波模具", "35", 65, Decimal("2600"), ["专精特新"]),
    ("天一阁书店", "52", 15, Decimal("300"), []),
    ("甬江水产加工", "13", 210, Decimal("8800"), []),
    ("宁波海运服务", "55", 48, Decimal("3900"), []),
    ("慈城建筑工程", "47", 600, Decimal("40000"), []),
    ("四明山民宿", "61", 9, Decimal("80"), []),
    ("宁波软件园信息", "65", 33, Decimal("700"), ["科技型中小企业"]),
)
STATUS_CYCLE = (
    CertificationStatus.VERIFIED,
    CertificationStatus.VERIFIED,
    CertificationStatus.VERIFIED,
    CertificationStatus.PENDING,
    CertificationStatus.VERIFIED,
    CertificationStatus.REJECTED,
    CertificationStatus.VERIFIED,
    CertificationStatus.UNVERIFIED,
)
INSTITUTIONS = (
    ("温州市中小企业法律服务中心", 0, [ServiceCategory.LEGAL], InstitutionStatus.ACTIVE),
    (
        "瓯越知识产权代理有限公司",
        0,
        [ServiceCategory.TECHNOLOGY, ServiceCategory.LEGAL],
        InstitutionStatus.ACTIVE,
    ),
    ("温州科创融资担保有限公司", 0, [ServiceCategory.FINANCING], InstitutionStatus.ACTIVE),
    (
        "杭州数字化转型服务中心",
        1,
        [ServiceCategory.DIGITAL_TRANSFORMATION],
        InstitutionStatus.ACTIVE,
    ),
    ("西湖管理咨询有限公司", 1, [ServiceCategory.MANAGEMENT_CONSULTING], InstitutionStatus.ACTIVE),
    ("杭州人才服务集团", 1, [ServiceCategory.TALENT], InstitutionStatus.ACTIVE),
    (
        "钱塘检验检测认证有限公司",
        1,
        [ServiceCategory.TESTING_CERTIFICATION],
        InstitutionStatus.APPLIED,
    ),
    (
        "宁波市创业服务中心",
        2,
        [ServiceCategory.ENTREPRENEURSHIP, ServiceCategory.POLICY],
        InstitutionStatus.ACTIVE,
    ),
    ("甬商市场开拓服务有限公司", 2, [ServiceCategory.MARKET], InstitutionStatus.ACTIVE),
    ("北仑生产性服务有限公司", 2, [ServiceCategory.PRODUCTION], InstitutionStatus.SUSPENDED),
)
SUSPENSION_REASON = "服务满意度偏低，暂停整改"
DEPARTMENTS = (
    ("温州市经济和信息化局", 0),
    ("杭州市市场监督管理局", 1),
    ("宁波市科学技术局", 2),
)
EXPERTS = (
    ("林志远", ["融资", "股权投资"], "高级经济师", "温州大学商学院"),
    ("陈佳怡", ["知识产权", "专利"], "专利代理师", "瓯越知识产权"),
    ("王海涛", ["智能制造", "工业互联网"], "教授级高工", "浙江工业大学"),
    ("赵敏", ["劳动法", "合同法"], "律师", "浙江瓯江律师事务所"),
    ("孙立群", ["财税", "审计"], "注册会计师", "温州立信会计师事务所"),
    ("周晓峰", ["数字化转型", "信息安全"], "高级工程师", "杭州市大数据局"),
    ("吴雅琴", ["市场营销", "跨境电商"], "副教授", "浙江工商大学"),
    ("郑国强", ["质量管理", "标准化"], "高级工程师", "杭州市标准化研究院"),
    ("冯慧", ["人力资源", "组织发展"], "高级人力资源管理师", "杭州人才服务集团"),
    ("何建平", ["新能源", "储能"], "研究员", "宁波材料所"),
    ("许文静", ["外贸", "物流"], "高级经济师", "宁波港集团"),
    ("邓杰", ["模具设计", "精密加工"], "高级技师", "宁波模具行业协会"),
    ("曹宇航", ["政策解读", "产业规划"], "研究员", "宁波市发展规划研究院"),
    ("彭丽华", ["食品安全", "检验检测"], "高级工程师", "宁波检验检测研究院"),
    ("蒋文博", ["创业辅导", "商业模式"], "创业导师", "宁波市创业服务中心"),
)


def _code(serial: int, region: str) -> str:
    body = f"91{region}MA{serial:07d}"
    return body + uscc.calc_check_digit(body)


async def seed_network(accounts: dict[str, User]) -> bool:
    """Returns False when the network exists already (nothing changed)."""
    if await Platform.exists(kind=PlatformKind.HUB):
        return False
    now = clock.now()
    hub = await Platform.create(
        name="浙江省企业服务平台",
        kind=PlatformKind.HUB,
        region_code="330000",
        path="",
        created_at=now,
        updated_at=now,
    )
    hub.path = f"/{hub.id}/"
    await hub.save(update_fields=["path"])
    windows = []
    for name, region, _ in WINDOWS:
        window = await Platform.create(
            name=name,
            kind=PlatformKind.WINDOW,
            region_code=region,
            parent_id=hub.id,
            path="",
            created_at=now,
            updated_at=now,
        )
        window.path = f"{hub.path}{window.id}/"
        await window.save(update_fields=["path"])
        windows.append(window)
    await grant_role(
        accounts["operator@qifu.demo"], Role.OPERATOR, ScopeType.PLATFORM, windows[0].id
    )

    # Every enterprise that went to review carries a (drawn, sample) licence image.
    licence = await store_demo_licence(Actor(label="seed"), accounts["enterprise@qifu.demo"])
    for serial, (stem, industry, people, revenue, tags) in enumerate(ENTERPRISES):
        w = serial // 10
        region = WINDOWS[w][2][serial % 3]
        status = STATUS_CYCLE[serial % len(STATUS_CYCLE)]
        data = enterprises.EnterpriseData(
            credit_code=_code(serial + 1, region),
            name=f"{stem}有限公司",
            region_code=region,
            industry_code=industry,
            employees=people,
            revenue_wan=revenue,
            tags=tuple(tags),
            contact_name="办公室",
            contact_phone=f"1390000{serial:04d}",
        )
        enterprise = Enterprise(
            platform_id=windows[w].id, created_at=now, updated_at=now, status=status
        )
        enterprises._apply(enterprise, data, data.credit_code)
        if status is not CertificationStatus.UNVERIFIED:
            enterprise.submitted_at = now
            enterprise.licence_file_id = licence.id
        if status is CertificationStatus.REJECTED:
            enterprise.rejection_reason = "营业执照照片不清晰，请重新上传"
        if status is CertificationStatus.VERIFIED:
            enterprise.verified_at = now
        await enterprise.save()
        if status is not CertificationStatus.UNVERIFIED:
            await EnterpriseReview.create(
                enterprise_id=enterprise.id,
                from_status=CertificationStatus.UNVERIFIED,
                to_status=CertificationStatus.PENDING,
                at=now,
            )
        if status in (CertificationStatus.VERIFIED, CertificationStatus.REJECTED):
            await EnterpriseReview.create(
                enterprise_id=enterprise.id,
                from_status=CertificationStatus.PENDING,
                to_status=status,
                reason=enterprise.rejection_reason,
                at=now,
            )
        if status is CertificationStatus.VERIFIED:
            await VerifiedCreditCode.create(
                credit_code=enterprise.credit_code, enterprise_id=enterprise.id
            )
        if serial == 0:
            owner = accounts["enterprise@qifu.demo"]
            await grant_role(owner, Role.ENTERPRISE_MEMBER, ScopeType.ENTERPRISE, enterprise.id)
            await grant_role(owner, Role.ENTERPRISE_ADMIN, ScopeType.ENTERPRISE, enterprise.id)

    for serial, (name, w, domains, state) in enumerate(INSTITUTIONS):
        region = WINDOWS[w][2][0]
        keys = sorted(d.value for d in domains)
        institution = await Institution.create(
            name=name,
            credit_code=_code(100 + serial, region),
            region_code=region,
            platform_id=windows[w].id,
            description=f"{name}为中小企业提供专业服务。",
            service_domains=keys,
            domain_keys="|" + "|".join(keys) + "|",
            service_areas=[WINDOWS[w][1]],
            contact_name="服务热线",
            contact_phone_enc=crypto.encrypt(f"1380000{serial:04d}"),
            responder_name="服务负责人",
            responder_phone_enc=crypto.encrypt(f"1370000{serial:04d}"),
            agreement_version=agreement.VERSION,
            agreement_accepted_at=now,
            status=state,
            status_reason=SUSPENSION_REASON if state is InstitutionStatus.SUSPENDED else "",
            applicant_id=accounts["institution@qifu.demo"].id,
            created_at=now,
            updated_at=now,
        )
        await InstitutionCodeClaim.create(
            credit_code=institution.credit_code, institution_id=institution.id
        )
        await InstitutionStatusChange.create(
            institution_id=institution.id,
            from_status=None,
            to_status=InstitutionStatus.APPLIED,
            at=now,
        )
        if state is not InstitutionStatus.APPLIED:
            await InstitutionStatusChange.create(
                institution_id=institution.id,
                from_status=InstitutionStatus.APPLIED,
                to_status=InstitutionStatus.ACTIVE,
                at=now,
            )
        if state is InstitutionStatus.SUSPENDED:
            await InstitutionStatusChange.create(
                institution_id=institution.id,
                from_status=InstitutionStatus.ACTIVE,
                to_status=state,
                reason=SUSPENSION_REASON,
                at=now,
            )
        if serial == 0:
            admin = accounts["institution@qifu.demo"]
            for role in (Role.INSTITUTION_MEMBER, Role.INSTITUTION_ADMIN):
                await grant_role(admin, role, ScopeType.INSTITUTION, institution.id)

    for serial, (name, w) in enumerate(DEPARTMENTS):
        department = await Department.create(
            name=name, region_code=WINDOWS[w][1], platform_id=windows[w].id, created_at=now
        )
        if serial == 0:
            await grant_role(
                accounts["department@qifu.demo"],
                Role.DEPARTMENT_HANDLER,
                ScopeType.DEPARTMENT,
                department.id,
            )

    for serial, (name, expertise, title, organisation) in enumerate(EXPERTS):
        w = serial // 5
        expert = await Expert.create(
            name=name,
            expertise=expertise,
            title=title,
            organisation=organisation,
            bio=f"{organisation}{title}，长期为中小企业提供{expertise[0]}方面的咨询。",
            region_code=WINDOWS[w][1],
            platform_id=windows[w].id,
            created_at=now,
            updated_at=now,
            user_id=accounts["expert@qifu.demo"].id if serial == 0 else None,
        )
        if serial == 0:
            await grant_role(accounts["expert@qifu.demo"], Role.EXPERT, ScopeType.EXPERT, expert.id)
    return True
