"""Demo engagements for `make run`: two in every state, requested by the demo enterprise for
published products (the demo institution's first), with the archive of every step and
evaluations (one replied to). Added together with the demo network (once); no mails
are queued for them."""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from qifu.accounts.models import Role, RoleGrant, ScopeType
from qifu.catalog.models import ServiceProduct
from qifu.catalog.policies import public_q
from qifu.core import calendar, clock
from qifu.engagements.models import Engagement, EngagementStatus, EngagementStep
from qifu.engagements.services import LABELS
from qifu.feedback.models import Evaluation
from qifu.notify import services as inbox
from qifu.notify.models import Notification
from qifu.orgs.models import CertificationStatus, Enterprise, Institution

S = EngagementStatus
MAIN = (
    S.REQUESTED,
    S.INVESTIGATING,
    S.AGREED,
    S.PLANNED,
    S.IN_SERVICE,
    S.DELIVERED,
    S.CONFIRMED,
    S.EVALUATED,
)
PATHS: dict[S, tuple[S, ...]] = {s: MAIN[: MAIN.index(s) + 1] for s in MAIN}
PATHS[S.DECLINED] = (S.REQUESTED, S.DECLINED)
PATHS[S.CANCELLED] = (S.REQUESTED, S.INVESTIGATING, S.CANCELLED)
PER_STATE = 2
NEEDS = (
    "我公司计划明年扩大生产线，希望了解可申报的技改补助政策并协助准备材料。",
    "近期签订多份外贸合同，需要专业人员审查条款风险。",
    "希望对现有生产管理流程做一次数字化诊断，提出改造建议。",
)
NOTES = {
    S.INVESTIGATING: "已电话联系企业，了解具体需求。",
    S.AGREED: "双方已签订服务协议。",
    S.PLANNED: "服务方案已确定，按计划推进。",
    S.IN_SERVICE: "服务人员已进场。",
    S.DELIVERED: "服务成果报告已提交，请企业确认。",
    S.CONFIRMED: "",
    S.EVALUATED: "",
    S.DECLINED: "本月服务排期已满，建议选择其他机构。",
    S.CANCELLED: "企业需求发生变化，暂不需要该服务。",
}


async def _scoped(email_role: Role, user_id: int, scope_type: ScopeType) -> int | None:
    grant = await RoleGrant.filter(user_id=user_id, role=email_role, scope_type=scope_type).first()
    return grant.scope_id if grant else None


async def seed_engagements(enterprise_user_id: int, institution_user_id: int) -> int:
    """Returns how many engagements were made (0 when there are no products to request)."""
    demo_enterprise = await _scoped(Role.ENTERPRISE_ADMIN, enterprise_user_id, ScopeType.ENTERPRISE)
    demo_institution = await _scoped(
        Role.INSTITUTION_ADMIN, institution_user_id, ScopeType.INSTITUTION
    )
    enterprises = list(await Enterprise.filter(status=CertificationStatus.VERIFIED).order_by("id"))
    products = list(await ServiceProduct.filter(public_q()).order_by("id"))
    if not enterprises or not products:
        return 0
    enterprises.sort(key=lambda e: e.id != demo_enterprise)
    products.sort(key=lambda p: p.institution_id != demo_institution)
    institutions = {i.id: i for i in await Institution.all()}
    now = clock.now()
    made = 0
    for n, state in enumerate(s for s in PATHS for _ in range(PER_STATE)):
        product = products[(n // 3) % min(len(products), 4) if n % 3 else 0]
        enterprise = enterprises[0]  # the demo enterprise: its admin made every request
        institution = institutions[product.institution_id]
        created = now - timedelta(days=40 - n, hours=n % 6)
        engagement = Engagement(
            product_id=product.id,
            enterprise_id=enterprise.id,
            institution_id=institution.id,
            platform_id=institution.platform_id,
            requested_by_id=enterprise_user_id,
            need=NEEDS[n % len(NEEDS)],
            status=state,
            answer_due_at=await calendar.add_working_days(created, 2),
            created_at=created,
            updated_at=created,
        )
        path = PATHS[state]
        at = created
        steps: list[tuple[S | None, S, str, dict[str, object]]] = [
            (None, S.REQUESTED, engagement.need, {})
        ]
        for before, after in pairwise(path):
            at += timedelta(days=1, hours=2)
            detail: dict[str, object] = {}
            if after in (S.INVESTIGATING, S.DECLINED):
                engagement.answered_at = at
                engagement.answered_late = n % 5 == 0 and after is S.INVESTIGATING
                if engagement.answered_late:
                    engagement.answered_at = engagement.answer_due_at + timedelta(hours=5)
            if after is S.AGREED:
                engagement.fee = Decimal("0") if n % 2 else Decimal("3000.00")
                engagement.period_start = at.date()
                engagement.period_end = at.date() + timedelta(days=30)
                detail = {
                    "fee": str(engagement.fee),
                    "periodStart": engagement.period_start.isoformat(),
                    "periodEnd": engagement.period_end.isoformat(),
                }
            if after is S.PLANNED:
                engagement.plan = "第一周需求梳理，第二周现场服务，第三周出具成果报告。"
                engagement.personnel = ["陈律师", "王顾问"]
                start: date = at.date() + timedelta(days=1)
                engagement.planned_start_on = start
                engagement.planned_delivery_on = start + timedelta(days=21)
                detail = {
                    "personnel": engagement.personnel,
                    "plannedStartOn": start.isoformat(),
                    "plannedDeliveryOn": engagement.planned_delivery_on.isoformat(),
                }
            if after is S.DELIVERED:
                engagement.report = "服务成果报告：已完成约定的全部服务内容，详见附件。"
                engagement.delivered_at = at
                engagement.delivered_late = False
                engagement.confirm_due_at = at + timedelta(days=7)
            if after is S.CONFIRMED:
                engagement.confirmed_at = at
                engagement.confirm_due_at = None
            if after in (S.DECLINED, S.CANCELLED):
                engagement.status_reason = NOTES[after]
            steps.append((before, after, NOTES[after], detail))
        if state is S.DELIVERED:
            # Delivered recently, so the automatic confirmation is still ahead.
            engagement.delivered_at = now - timedelta(days=1)
            engagement.confirm_due_at = now + timedelta(days=6)
        engagement.updated_at = at
        await engagement.save()
        moment = created
        for source, target, note, detail in steps:
            by_enterprise = target in (S.REQUESTED, S.CANCELLED, S.CONFIRMED, S.EVALUATED)
            await EngagementStep.create(
                engagement_id=engagement.id,
                from_status=source,
                to_status=target,
                actor_id=enterprise_user_id if by_enterprise else institution_user_id,
                actor_name="李企业" if by_enterprise else "陈机构",
                note=note,
                detail=detail,
                at=moment,
            )
            moment += timedelta(days=1, hours=2)
        if state is S.EVALUATED:
            overall = 5 if n % 2 else 3
            await Evaluation.create(
                subject_type="ENGAGEMENT",
                subject_id=engagement.id,
                rater_id=enterprise_user_id,
                owner_type="Institution",
                owner_id=institution.id,
                target_type="ServiceProduct",
                target_id=product.id,
                overall=overall,
                dimensions={
                    "professionalism": overall,
                    "timeliness": 4,
                    "communication": overall,
                    "result": overall,
                },
                comment="服务专业，响应及时。"
                if overall >= 4
                else "结果基本满意，沟通可以更及时。",
                reply="感谢您的评价，我们会继续改进。" if overall < 4 else "",
                replied_by_id=institution_user_id if overall < 4 else None,
                replied_at=at if overall < 4 else None,
                created_at=at,
            )
        await _notify_last_step(engagement, steps[-1][1], product.name, at, n)
        made += 1
    return made


async def _notify_last_step(
    engagement: Engagement, state: S, product_name: str, at: datetime, n: int
) -> None:
    """The inbox of the demo users: the newest step of each engagement, told to the side that
    did not take it; the older half already read."""
    by_enterprise = state in (S.REQUESTED, S.CANCELLED, S.CONFIRMED, S.EVALUATED)
    recipient = engagement.institution_id if by_enterprise else engagement.enterprise_id
    scope_type = ScopeType.INSTITUTION if by_enterprise else ScopeType.ENTERPRISE
    grants = await RoleGrant.filter(scope_type=scope_type, scope_id=recipient)
    gid = base64.b64encode(f"Engagement:{engagement.id}".encode()).decode()
    await inbox.notify(
        [g.user_id for g in grants],
        kind=f"engagement.{state.value.lower()}",
        title=f"服务进展：{LABELS[state]}",
        body=f"服务产品：{product_name}\n当前环节：{LABELS[state]}",
        link=f"/engagements/{gid}",
        subject=("Engagement", engagement.id),
    )
    rows = Notification.filter(subject_type="Engagement", subject_id=engagement.id)
    await rows.update(created_at=at, read_at=at if n < 12 else None)
