"""Demo service products for `make run`: about 60 products of every category across the
active demo institutions, most of them published, some pending, rejected, drafts or offline.
Added together with the demo network (once: never again when the network exists)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from qifu.catalog import services
from qifu.catalog.models import (
    Pricing,
    ProductNature,
    ProductStatus,
    ServiceForm,
    ServiceProduct,
    ServiceProductReview,
)
from qifu.core import clock
from qifu.orgs.models import EnterpriseScale, Institution, InstitutionStatus, ServiceCategory
from qifu.orgs.reference import regions

C = ServiceCategory
SCALES_SME = (EnterpriseScale.SMALL, EnterpriseScale.MICRO, EnterpriseScale.MEDIUM)


@dataclass(frozen=True)
class Template:
    category: ServiceCategory
    scope: str  # 服务领域 (the region goes in front, the form behind)
    steps: tuple[str, ...]
    pricing: Pricing
    price: tuple[str, ...] = ()
    form: ServiceForm = ServiceForm.BOTH
    scales: tuple[EnterpriseScale, ...] = ()
    industries: tuple[str, ...] = ()


TEMPLATES = (
    Template(
        C.POLICY,
        "惠企政策申报辅导",
        ("需求登记", "政策匹配", "材料辅导", "申报跟踪"),
        Pricing.FREE,
        scales=SCALES_SME,
    ),
    Template(
        C.POLICY,
        "专精特新企业培育诊断",
        ("企业自评", "专家诊断", "出具报告"),
        Pricing.FIXED,
        ("3000",),
        ServiceForm.OFFLINE,
        industries=("C",),
    ),
    Template(
        C.FINANCING,
        "中小企业融资对接",
        ("融资需求登记", "银行撮合", "放款跟踪"),
        Pricing.FREE,
        scales=SCALES_SME,
    ),
    Template(
        C.FINANCING,
        "知识产权质押融资咨询",
        ("资产评估", "方案设计", "银行对接"),
        Pricing.RANGE,
        ("2000", "8000"),
    ),
    Template(
        C.ENTREPRENEURSHIP,
        "初创企业创业辅导",
        ("需求访谈", "导师匹配", "辅导", "回访"),
        Pricing.FREE,
        scales=(EnterpriseScale.MICRO,),
    ),
    Template(
        C.ENTREPRENEURSHIP,
        "创业孵化场地与工商代办",
        ("入驻申请", "代办登记", "入孵服务"),
        Pricing.FIXED,
        ("1200",),
        ServiceForm.OFFLINE,
        (EnterpriseScale.MICRO,),
    ),
    Template(
        C.TALENT,
        "人才招聘与引进",
        ("岗位需求分析", "人才推荐", "面试安排"),
        Pricing.RANGE,
        ("1000", "5000"),
    ),
    Template(
        C.TALENT,
        "企业员工技能培训",
        ("培训需求调研", "课程定制", "集中授课", "考核"),
        Pricing.FIXED,
        ("6000",),
        ServiceForm.OFFLINE,
    ),
    Template(
        C.TECHNOLOGY,
        "专利申请代理",
        ("技术交底", "检索分析", "撰写申请", "跟踪答复"),
        Pricing.FIXED,
        ("4500",),
        ServiceForm.ONLINE,
    ),
    Template(
        C.TECHNOLOGY,
        "科技成果转化对接",
        ("成果登记", "需求匹配", "洽谈签约"),
        Pricing.FREE,
        industries=("C", "I"),
    ),
    Template(
        C.MANAGEMENT_CONSULTING,
        "企业内部管理诊断",
        ("现场调研", "问题诊断", "改进方案"),
        Pricing.RANGE,
        ("5000", "20000"),
        ServiceForm.OFFLINE,
    ),
    Template(
        C.MANAGEMENT_CONSULTING,
        "财税合规咨询",
        ("资料收集", "风险评估", "合规建议"),
        Pricing.FIXED,
        ("2800",),
        ServiceForm.ONLINE,
    ),
    Template(
        C.LEGAL,
        "合同审查",
        ("提交合同", "律师审查", "出具意见"),
        Pricing.FIXED,
        ("800",),
        ServiceForm.ONLINE,
    ),
    Template(
        C.LEGAL,
        "劳动用工法律体检",
        ("制度收集", "合规审查", "体检报告", "培训"),
        Pricing.FREE,
        scales=SCALES_SME,
    ),
    Template(
        C.MARKET,
        "产品展会参展对接",
        ("展会推荐", "参展报名", "现场服务"),
        Pricing.RANGE,
        ("3000", "15000"),
        ServiceForm.OFFLINE,
    ),
    Template(
        C.MARKET,
        "跨境电商开店辅导",
        ("平台选择", "开店指导", "运营培训"),
        Pricing.FIXED,
        ("5000",),
        ServiceForm.ONLINE,
        industries=("C", "F"),
    ),
    Template(
        C.DIGITAL_TRANSFORMATION,
        "中小企业数字化诊断",
        ("线上问卷", "现场诊断", "转型方案"),
        Pricing.FREE,
        scales=SCALES_SME,
        industries=("C",),
    ),
    Template(
        C.DIGITAL_TRANSFORMATION,
        "工业互联网上云上平台",
        ("需求调研", "方案设计", "部署实施"),
        Pricing.RANGE,
        ("10000", "50000"),
        ServiceForm.ONLINE,
        industries=("C",),
    ),
    Template(
        C.TESTING_CERTIFICATION,
        "产品质量检验检测",
        ("送样", "检测", "出具报告"),
        Pricing.RANGE,
        ("500", "3000"),
        ServiceForm.OFFLINE,
        industries=("C",),
    ),
    Template(
        C.TESTING_CERTIFICATION,
        "质量管理体系认证辅导",
        ("差距分析", "体系建立", "内审", "认证"),
        Pricing.FIXED,
        ("12000",),
    ),
    Template(
        C.PRODUCTION,
        "共享检测设备与中试服务",
        ("预约", "中试", "结果交付"),
        Pricing.RANGE,
        ("2000", "10000"),
        ServiceForm.OFFLINE,
        industries=("C",),
    ),
    Template(
        C.PRODUCTION,
        "供应链物流优化咨询",
        ("现状调研", "优化方案", "实施跟踪"),
        Pricing.FIXED,
        ("6800",),
    ),
)
FORM_WORD = {
    ServiceForm.ONLINE: "线上服务",
    ServiceForm.OFFLINE: "线下服务",
    ServiceForm.BOTH: "服务",
}
# 60 products: 42 published, 6 pending, 4 rejected, 4 drafts, 4 offline.
COUNT = 60
REJECTION = "服务流程描述不完整，请补充各环节的办理时限"
OFFLINE_REASON = "服务团队调整，暂停受理"


def _state(n: int) -> ProductStatus:
    if n % 10 == 3:
        return ProductStatus.PENDING
    if n % 15 == 5:
        return ProductStatus.REJECTED
    if n % 15 == 11:
        return ProductStatus.DRAFT
    if n % 15 == 14:
        return ProductStatus.OFFLINE
    return ProductStatus.PUBLISHED


async def seed_catalog(creator_id: int | None = None) -> int:
    """The demo products; returns how many were made."""
    active = await Institution.filter(status=InstitutionStatus.ACTIVE).order_by("id")
    if not active:
        return 0
    now = clock.now()
    made = 0
    for n in range(COUNT):
        template = TEMPLATES[n % len(TEMPLATES)]
        fitting = [i for i in active if template.category.value in i.service_domains]
        institution = (fitting or active)[n // len(TEMPLATES) % len(fitting or active)]
        city = institution.service_areas[0] if institution.service_areas else "330000"
        area = "330000" if n % 7 == 0 else city
        region = regions.get(area)
        prices = [Decimal(p) for p in template.price]
        data = services.ProductData(
            name=f"{region.name if region else ''}{template.scope}{FORM_WORD[template.form]}",
            category=template.category,
            description=(
                f"{institution.name}面向{region.name if region else '本地'}企业提供"
                f"{template.scope}服务，流程规范、按时办结，服务结束后可在线评价。"
            ),
            process_steps=template.steps,
            pricing=template.pricing,
            price=prices[0] if template.pricing is Pricing.FIXED else None,
            price_min=prices[0] if template.pricing is Pricing.RANGE else None,
            price_max=prices[1] if template.pricing is Pricing.RANGE else None,
            nature=(
                ProductNature.PUBLIC_BENEFIT
                if template.pricing is Pricing.FREE
                else ProductNature.VALUE_ADDED
            ),
            form=template.form,
            contact_name="服务专员",
            contact_phone=f"1380000{n:04d}" if n % 2 else "0577-88886666",
            contact_email="service@qifu.demo",
            audience_scales=template.scales,
            audience_industries=template.industries,
            service_areas=(area,),
        )
        services.validate(data)
        state = _state(n)
        created = now - timedelta(days=COUNT - n, hours=n % 5)
        product = ServiceProduct(
            institution_id=institution.id,
            platform_id=institution.platform_id,
            status=state,
            created_by_id=creator_id,
            created_at=created,
            updated_at=created,
        )
        services._apply(product, data, [])
        steps: list[tuple[ProductStatus | None, ProductStatus, str]] = [
            (None, ProductStatus.DRAFT, "")
        ]
        if state is not ProductStatus.DRAFT:
            product.submitted_at = created
            steps.append((ProductStatus.DRAFT, ProductStatus.PENDING, ""))
        if state is ProductStatus.REJECTED:
            product.status_reason = REJECTION
            steps.append((ProductStatus.PENDING, ProductStatus.REJECTED, REJECTION))
        if state in (ProductStatus.PUBLISHED, ProductStatus.OFFLINE):
            product.published_at = created + timedelta(hours=2)
            steps.append((ProductStatus.PENDING, ProductStatus.PUBLISHED, ""))
        if state is ProductStatus.OFFLINE:
            product.status_reason = OFFLINE_REASON
            steps.append((ProductStatus.PUBLISHED, ProductStatus.OFFLINE, OFFLINE_REASON))
        await product.save()
        for from_status, to_status, reason in steps:
            await ServiceProductReview.create(
                product_id=product.id,
                from_status=from_status,
                to_status=to_status,
                reason=reason,
                at=created,
            )
        made += 1
    return made
