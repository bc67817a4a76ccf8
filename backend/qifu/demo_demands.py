"""Demo demands for `make run`: 150 demands and 10 complaints in the states of the loop,
over every category and channel and the three windows, some of them overdue, and 5 more
demands open for offers with the institutions' pending offers. Added together
with the demo network (once); no mails are queued for them.

They are written directly with a consistent timeline (the services always act "now", and the
clock cannot be moved outside tests): every step has its DemandEvent, deadlines come from the
working calendar and the category's limits, and a step taken after its deadline also has the
escalation note and the marks the worker would have left, so the worker does not escalate the
demo's history again on its first round. Replied and resolved demands are younger than the
worker's 7 days, so they keep their state.

The demo enterprise (李企业) owns half of them and every one that needs an enterprise's own step
(withdrawing, answering, reopening, rating); the other verified enterprises have no accounts,
so their demands were recorded by the operators (phone, window, letter) and the system
resolved and closed them when they stayed silent.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from qifu.accounts.models import User
from qifu.catalog.models import ServiceProduct
from qifu.catalog.policies import public_q
from qifu.core import clock
from qifu.demands import services
from qifu.demands.complaints import CATEGORY as COMPLAINT_CATEGORY
from qifu.demands.models import (
    ComplaintTarget,
    Demand,
    DemandCategory,
    DemandChannel,
    DemandEvent,
    DemandEventKind,
    DemandKind,
    DemandOffer,
    DemandStatus,
    HandlerType,
    OfferStatus,
)
from qifu.feedback.models import Evaluation
from qifu.notify import services as inbox
from qifu.notify.models import Notification
from qifu.orgs.models import (
    CertificationStatus,
    Department,
    Enterprise,
    Expert,
    Institution,
    InstitutionStatus,
    Platform,
)

S = DemandStatus
DEMANDS = 150
OPEN_CALLS = 5
SILENCE = timedelta(days=7, minutes=5)  # the worker's automatic step after 7 days
WORKER_DELAY = timedelta(minutes=5)

# What enterprises ask, per category: (title, description).
ASKS: dict[DemandCategory, tuple[tuple[str, str], ...]] = {
    DemandCategory.POLICY_CONSULTATION: (
        (
            "咨询高新技术企业认定政策",
            "我公司研发投入逐年增加，想了解高新技术企业认定的条件和申报时间。",
        ),
        (
            "了解技改项目补助申报条件",
            "计划更新两条生产线，希望了解技改补助的比例、条件和所需材料。",
        ),
    ),
    DemandCategory.FINANCING: (
        ("申请技改贷款贴息", "企业计划购置新设备，想了解贷款贴息政策和办理流程。"),
        ("对接应收账款融资渠道", "下游客户回款周期长，希望对接应收账款质押融资的银行。"),
    ),
    DemandCategory.TECHNOLOGY: (
        ("寻找高校合作开发新材料", "希望与高校合作研发耐磨涂层材料，请推荐合适的团队。"),
        ("申请专利前的技术查新", "新产品准备申请发明专利，需要做一次技术查新和可专利性分析。"),
    ),
    DemandCategory.TALENT: (
        ("招聘数控技术人员", "新车间投产，急需十名熟练的数控操作和编程人员。"),
        ("申报人才公寓", "引进的两名博士需要人才公寓，想了解申请条件。"),
    ),
    DemandCategory.MARKET: (
        ("参加境外展会的补贴", "明年拟参加德国汉诺威工业展，想了解展位费补贴政策。"),
        ("拓展线上销售渠道", "希望对接跨境电商平台，了解入驻流程和扶持政策。"),
    ),
    DemandCategory.LEGAL: (
        ("审查外贸合同条款", "近期签订多份外贸合同，需要专业人员审查条款风险。"),
        ("商标被抢注的处理", "发现我司商标在境外被抢注，希望了解维权途径。"),
    ),
    DemandCategory.PRODUCTION: (
        ("厂房扩建用地审批", "企业拟在现有厂区扩建厂房，需要了解用地和规划审批流程。"),
        ("用电增容申请", "新增设备后用电负荷不足，希望协调办理用电增容。"),
    ),
    DemandCategory.EXPERT_CONSULTATION: (
        ("数字化改造方案论证", "希望请专家对我司的车间数字化改造方案做一次论证。"),
        ("股权激励方案咨询", "公司计划对核心员工实施股权激励，需要专家给出方案建议。"),
    ),
    DemandCategory.OTHER: (
        ("员工子女入学咨询", "外地骨干员工的子女明年入学，想了解积分入学办理方式。"),
        ("企业搬迁协调", "因道路拓宽需要搬迁部分仓库，希望协调过渡场地。"),
    ),
}
COMPLAINTS = (
    ("服务人员多次爽约", "约定的上门服务时间机构人员多次未到，也未提前告知。"),
    ("服务收费与约定不符", "服务结束后机构额外收取了协议中没有的费用。"),
    ("服务成果质量差", "交付的报告内容大量套用模板，与我司实际情况不符。"),
    ("服务态度恶劣", "咨询时工作人员态度敷衍，多次挂断电话。"),
    ("产品介绍与实际不符", "服务产品页面承诺的内容在实际服务中没有提供。"),
)
NOTES = {
    S.ACCEPTED: "已受理，将尽快交办。",
    S.NOT_ACCEPTED: "诉求内容不属于平台服务范围，请补充企业营业执照和具体需求后重新提交。",
    S.WITHDRAWN: "问题已自行解决。",
    S.WAITING_FOR_ENTERPRISE: "请补充近两年的财务报表和设备采购清单。",
    S.REPLIED: "已与相关部门对接，具体办理方式和所需材料见答复内容，如有疑问可随时联系。",
    S.REOPENED: "答复没有说明申请材料的具体要求。",
    S.RESOLVED: "问题已解决，感谢。",
}
ANSWER = "已上传补充材料。"
OPEN_NOTE = "征集有意承接的服务机构，请在提交承接意向时说明服务方案。"
PROPOSALS = (
    "我机构有同类项目经验，可在两周内安排专人上门对接，先行梳理需求后给出服务方案。",
    "可提供免费初次咨询，并协助准备申报材料，预计一个月内完成。",
)
TRANSFER_REASON = "该事项更适合由专业机构办理。"
AUTO_RESOLVE = "答复后 7 天未反馈，系统自动确认已解决"
AUTO_CLOSE = "解决后 7 天未评价，系统自动办结"


class Variant(StrEnum):
    PLAIN = "PLAIN"
    OVERDUE = "OVERDUE"  # still open past its deadline
    LATE_ACCEPT = "LATE_ACCEPT"
    LATE_REPLY = "LATE_REPLY"
    WAITED = "WAITED"  # the handler asked the enterprise once before replying
    TRANSFERRED = "TRANSFERRED"


V = Variant
# One round of 15; ten rounds make the 150 demands.
ROUND: tuple[tuple[S, Variant], ...] = (
    (S.SUBMITTED, V.PLAIN),
    (S.SUBMITTED, V.OVERDUE),
    (S.ACCEPTED, V.PLAIN),
    (S.NOT_ACCEPTED, V.PLAIN),
    (S.WITHDRAWN, V.PLAIN),
    (S.ASSIGNED, V.PLAIN),
    (S.ASSIGNED, V.OVERDUE),
    (S.ASSIGNED, V.TRANSFERRED),
    (S.WAITING_FOR_ENTERPRISE, V.PLAIN),
    (S.REPLIED, V.PLAIN),
    (S.REPLIED, V.WAITED),
    (S.REOPENED, V.PLAIN),
    (S.RESOLVED, V.PLAIN),
    (S.CLOSED, V.LATE_ACCEPT),
    (S.CLOSED, V.LATE_REPLY),
)
COMPLAINT_STATES: tuple[tuple[S, Variant], ...] = (
    (S.SUBMITTED, V.PLAIN),
    (S.SUBMITTED, V.OVERDUE),
    (S.ACCEPTED, V.PLAIN),
    (S.NOT_ACCEPTED, V.PLAIN),
    (S.ASSIGNED, V.PLAIN),
    (S.ASSIGNED, V.OVERDUE),
    (S.REPLIED, V.PLAIN),
    (S.RESOLVED, V.PLAIN),
    (S.CLOSED, V.PLAIN),
    (S.CLOSED, V.LATE_REPLY),
)
# The enterprise's own steps: only the demo enterprise has an account to take them.
NEEDS_ENTERPRISE = {S.WITHDRAWN, S.WAITING_FOR_ENTERPRISE, S.REOPENED}
PATHS: dict[S, tuple[S, ...]] = {
    S.SUBMITTED: (S.SUBMITTED,),
    S.NOT_ACCEPTED: (S.SUBMITTED, S.NOT_ACCEPTED),
    S.WITHDRAWN: (S.SUBMITTED, S.WITHDRAWN),
    S.ACCEPTED: (S.SUBMITTED, S.ACCEPTED),
    S.OPEN_FOR_OFFERS: (S.SUBMITTED, S.ACCEPTED, S.OPEN_FOR_OFFERS),
    S.ASSIGNED: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED),
    S.WAITING_FOR_ENTERPRISE: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED, S.WAITING_FOR_ENTERPRISE),
    S.REPLIED: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED, S.REPLIED),
    S.REOPENED: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED, S.REPLIED, S.REOPENED),
    S.RESOLVED: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED, S.REPLIED, S.RESOLVED),
    S.CLOSED: (S.SUBMITTED, S.ACCEPTED, S.ASSIGNED, S.REPLIED, S.RESOLVED, S.CLOSED),
}
# How long before now the last step was taken, by state: young enough that the worker has
# nothing to do with it, old enough for an overdue deadline to have passed.
TAIL: dict[S, timedelta] = {
    S.SUBMITTED: timedelta(minutes=20),
    S.ACCEPTED: timedelta(days=1),
    S.OPEN_FOR_OFFERS: timedelta(days=2),
    S.ASSIGNED: timedelta(days=1),
    S.WAITING_FOR_ENTERPRISE: timedelta(days=1),
    S.REPLIED: timedelta(days=2),
    S.REOPENED: timedelta(days=3),
    S.RESOLVED: timedelta(days=2),
}
OLD = timedelta(days=20)  # final states, and the start of the late variants
OVERDUE_AGE = timedelta(days=14)  # enough for 4 working hours or 5 working days to pass


@dataclass
class Actors:
    enterprise: User
    operator: User
    institution: User
    department: User
    expert: User


@dataclass
class Handler:
    type: HandlerType
    id: int
    name: str
    user: User | None  # the demo account that acts for it, if any


@dataclass
class Context:
    actors: Actors
    limits: dict[DemandCategory, services.Deadlines]
    now: datetime
    demo_enterprise_id: int
    demo_window_id: int
    transfer_to: Handler  # who a transferred demand went to


@dataclass
class Built:
    demand: Demand
    events: list[DemandEvent] = field(default_factory=list)
    rating: int | None = None


def _gid(demand_id: int) -> str:
    return base64.b64encode(f"Demand:{demand_id}".encode()).decode()


class Timeline:
    """The steps of one demand, from its submission forwards."""

    def __init__(self, demand: Demand, at: datetime) -> None:
        self.demand = demand
        self.at = at
        self.events: list[DemandEvent] = []

    def step(
        self,
        to: S,
        actor: User | None,
        actor_name: str,
        *,
        kind: DemandEventKind = DemandEventKind.TRANSITION,
        note: str = "",
        before: tuple[HandlerType | None, int | None] = (None, None),
    ) -> None:
        d = self.demand
        self.events.append(
            DemandEvent(
                kind=kind,
                from_status=S(d.status) if kind is DemandEventKind.TRANSITION else None,
                to_status=to,
                actor_id=actor.id if actor else None,
                actor_name=actor.name if actor else actor_name,
                note=note,
                handler_before_type=before[0],
                handler_before_id=before[1],
                handler_after_type=HandlerType(d.handler_type) if d.handler_type else None,
                handler_after_id=d.handler_id,
                at=self.at,
            )
        )
        d.status = to
        d.updated_at = self.at

    def escalated(self, due: datetime, what: str) -> datetime:
        """The note the worker leaves when a deadline passed; returns when."""
        at = due + WORKER_DELAY
        self.events.append(
            DemandEvent(
                kind=DemandEventKind.NOTE,
                from_status=None,
                to_status=S(self.demand.status),
                actor_id=None,
                actor_name="系统",
                note=f"已超过{what}时限（{due.astimezone(clock.SHANGHAI):%Y-%m-%d %H:%M}），"
                "已提请上级平台督办。",
                handler_after_type=self.demand.handler_type,
                handler_after_id=self.demand.handler_id,
                at=at,
            )
        )
        return at


def _age(state: S, variant: Variant, own: bool) -> timedelta:
    if variant is V.OVERDUE:
        return OVERDUE_AGE
    if variant in (V.LATE_ACCEPT, V.LATE_REPLY) or state in (S.NOT_ACCEPTED, S.WITHDRAWN):
        return OLD + OVERDUE_AGE
    if state is S.CLOSED:
        return OLD
    # The fixed gaps below, plus the tail before now.
    gaps = {
        S.SUBMITTED: timedelta(0),
        S.ACCEPTED: timedelta(hours=2),
        S.OPEN_FOR_OFFERS: timedelta(hours=4),
        S.ASSIGNED: timedelta(hours=3),
        S.WAITING_FOR_ENTERPRISE: timedelta(days=1, hours=3),
        S.REPLIED: timedelta(days=2, hours=3),
        S.REOPENED: timedelta(days=3, hours=3),
        S.RESOLVED: timedelta(days=3, hours=3),
    }[state]
    if variant is V.WAITED:
        gaps += timedelta(days=2)
    if state is S.RESOLVED and not own:
        gaps += SILENCE - timedelta(days=1)  # resolved by the worker, not the next day
    return gaps + TAIL[state]


async def _build(
    n: int,
    kind: DemandKind,
    state: S,
    variant: Variant,
    enterprise: Enterprise,
    platform: Platform,
    handler: Handler,
    ctx: Context,
    complaint: tuple[ComplaintTarget, int, str, str, str] | None = None,
) -> Built:
    actors, now = ctx.actors, ctx.now
    own = enterprise.id == ctx.demo_enterprise_id
    category = COMPLAINT_CATEGORY if complaint else list(DemandCategory)[n % len(DemandCategory)]
    if complaint:
        title, description = complaint[3], complaint[4]
    else:
        title, description = ASKS[category][(n // len(DemandCategory)) % 2]
    if own:
        channel = DemandChannel.PHONE if n % 5 == 4 and state not in NEEDS_ENTERPRISE else None
        channel = channel or DemandChannel.ONLINE
    else:
        channel = (DemandChannel.PHONE, DemandChannel.WINDOW, DemandChannel.LETTER)[n % 3]
    wenzhou = platform.id == ctx.demo_window_id
    operator = actors.operator if wenzhou else None
    operator_name = "温州运营专员" if wenzhou else f"{platform.name}运营人员"
    enterprise_user = actors.enterprise if own else None
    submitted = now - _age(state, variant, own) - timedelta(minutes=7 * (n % 11))
    limit = ctx.limits[category]
    demand = Demand(
        kind=kind,
        category=category,
        title=title,
        description=description,
        contact_name=enterprise.contact_name,
        contact_phone_enc=enterprise.contact_phone_enc,
        channel=channel,
        enterprise_id=enterprise.id,
        platform_id=platform.id,
        submitted_by_id=(
            actors.enterprise if channel is DemandChannel.ONLINE else actors.operator
        ).id,
        status=S.SUBMITTED,
        accept_due_at=await services.accept_deadline(submitted, limit.accept_working_hours),
        submitted_at=submitted,
        updated_at=submitted,
    )
    if complaint:
        demand.complaint_target_type = complaint[0]
        demand.complaint_target_id = complaint[1]
        demand.complaint_target_name = complaint[2]
    line = Timeline(demand, submitted)
    online = channel is DemandChannel.ONLINE
    line.step(
        S.SUBMITTED,
        enterprise_user if online else operator,
        "企业用户" if online else operator_name,
        note="" if online else f"渠道：{channel.value}",
    )
    path = PATHS[state]
    if state is S.SUBMITTED and variant is V.OVERDUE:
        demand.accept_reminded_at = demand.accept_due_at - timedelta(hours=1)
        demand.accept_escalated_at = line.escalated(demand.accept_due_at, "受理")
    for target in path[1:]:
        if target in (S.ACCEPTED, S.NOT_ACCEPTED):
            if variant is V.LATE_ACCEPT:
                demand.accept_reminded_at = demand.accept_due_at - timedelta(hours=1)
                demand.accept_escalated_at = line.escalated(demand.accept_due_at, "受理")
                line.at = demand.accept_due_at + timedelta(hours=3)
            else:
                line.at += timedelta(hours=2)
            demand.accepted_on_time = line.at <= demand.accept_due_at
            if target is S.ACCEPTED:
                demand.accepted_at = line.at
            else:
                demand.status_reason = NOTES[target]
            line.step(target, operator, operator_name, note=NOTES[target])
        elif target is S.OPEN_FOR_OFFERS:
            line.at += timedelta(hours=2)
            line.step(target, operator, operator_name, note=OPEN_NOTE)
        elif target is S.WITHDRAWN:
            line.at += timedelta(hours=5)
            demand.status_reason = NOTES[target]
            line.step(target, enterprise_user, "企业用户", note=NOTES[target])
        elif target is S.ASSIGNED:
            line.at += timedelta(hours=1)
            demand.handler_type, demand.handler_id = handler.type, handler.id
            demand.handler_keys = f"|{handler.type.value}:{handler.id}|"
            demand.assigned_at = line.at
            demand.reply_due_at = await services.reply_deadline(line.at, limit.reply_working_days)
            line.step(target, operator, operator_name)
            if variant is V.TRANSFERRED:
                line.at += timedelta(hours=3)
                before = (handler.type, handler.id)
                other = ctx.transfer_to
                demand.handler_type, demand.handler_id = other.type, other.id
                demand.handler_keys += f"{other.type.value}:{other.id}|"
                line.step(
                    S.ASSIGNED,
                    handler.user,
                    handler.name,
                    kind=DemandEventKind.TRANSFER,
                    note=TRANSFER_REASON,
                    before=before,
                )
            if variant is V.WAITED:
                line.at += timedelta(days=1)
                paused = line.at
                line.step(
                    S.WAITING_FOR_ENTERPRISE,
                    handler.user,
                    handler.name,
                    note=NOTES[S.WAITING_FOR_ENTERPRISE],
                )
                line.at += timedelta(days=1)
                demand.reply_due_at, stood = await services.resumed_deadline(
                    demand.reply_due_at, paused, line.at
                )
                demand.paused_seconds = int(stood.total_seconds())
                line.step(S.ASSIGNED, enterprise_user, "企业用户", note=ANSWER)
            if variant is V.OVERDUE:
                demand.reply_reminded_at = demand.reply_due_at - timedelta(days=1)
                demand.reply_escalated_at = line.escalated(demand.reply_due_at, "答复")
        elif target is S.WAITING_FOR_ENTERPRISE:
            line.at += timedelta(days=1)
            demand.paused_at = line.at
            line.step(target, handler.user, handler.name, note=NOTES[target])
        elif target is S.REPLIED:
            assert demand.reply_due_at is not None
            if variant is V.LATE_REPLY:
                demand.reply_reminded_at = demand.reply_due_at - timedelta(days=1)
                demand.reply_escalated_at = line.escalated(demand.reply_due_at, "答复")
                line.at = demand.reply_due_at + timedelta(days=1)
            else:
                line.at += timedelta(days=2)
            demand.reply = NOTES[target]
            demand.replied_at = line.at
            demand.replied_on_time = line.at <= demand.reply_due_at
            line.step(target, handler.user, handler.name, note=NOTES[target])
        elif target is S.REOPENED:
            line.at += timedelta(days=1)
            demand.status_reason = NOTES[target]
            line.step(target, enterprise_user, "企业用户", note=NOTES[target])
        elif target is S.RESOLVED:
            # An enterprise without an account never answers: the worker resolved it.
            line.at += timedelta(days=1) if own else SILENCE
            demand.resolved_at = line.at
            if own:
                line.step(target, enterprise_user, "企业用户", note=NOTES[target])
            else:
                line.step(target, None, "系统", note=AUTO_RESOLVE)
        elif target is S.CLOSED:
            line.at += timedelta(days=1) if own else SILENCE
            demand.closed_at = line.at
            if own:
                line.step(target, enterprise_user, "企业用户")
            else:
                line.step(target, None, "系统", note=AUTO_CLOSE)
    last = max(e.at for e in line.events)
    if last >= now or (state in (S.REPLIED, S.RESOLVED) and now - line.at >= SILENCE):
        raise AssertionError(f"demo demand {n} ({state}, {variant}) is out of its time")
    await demand.save()
    for event in line.events:
        event.demand_id = demand.id
    events = sorted(line.events, key=lambda e: e.at)
    rating = (5, 4, 3)[n % 3] if state is S.CLOSED and own else None
    return Built(demand, events, rating)


async def seed_demands(accounts: dict[str, User]) -> int:
    """Returns how many demands (complaints included) were made; 0 without the demo network."""
    actors = Actors(
        enterprise=accounts["enterprise@qifu.demo"],
        operator=accounts["operator@qifu.demo"],
        institution=accounts["institution@qifu.demo"],
        department=accounts["department@qifu.demo"],
        expert=accounts["expert@qifu.demo"],
    )
    enterprises = list(await Enterprise.filter(status=CertificationStatus.VERIFIED).order_by("id"))
    institutions = list(await Institution.filter(status=InstitutionStatus.ACTIVE).order_by("id"))
    departments = list(await Department.all().order_by("id"))
    experts = list(await Expert.filter(user_id=actors.expert.id))
    if not enterprises or not institutions or not departments or not experts:
        return 0
    platforms = {p.id: p for p in await Platform.all()}
    demo = enterprises[0]  # the demo enterprise is the first verified one (瓯江精密机械)
    handlers = [
        Handler(HandlerType.INSTITUTION, i.id, i.name, actors.institution if n == 0 else None)
        for n, i in enumerate(institutions)
    ]
    handlers += [
        Handler(HandlerType.DEPARTMENT, d.id, d.name, actors.department if n == 0 else None)
        for n, d in enumerate(departments)
    ]
    handlers.append(Handler(HandlerType.EXPERT, experts[0].id, experts[0].name, actors.expert))
    # Most demands go to the demo accounts' organisations, so every demo login has a list.
    rotation = [handlers[0], handlers[0], handlers[-1], handlers[len(institutions)], *handlers]
    ctx = Context(
        actors=actors,
        limits=dict(await services.category_settings()),
        now=clock.now(),
        demo_enterprise_id=demo.id,
        demo_window_id=demo.platform_id,
        transfer_to=handlers[1],
    )
    built: list[Built] = []
    others = [e for e in enterprises if e.id != demo.id] or [demo]
    for n in range(DEMANDS):
        state, variant = ROUND[n % len(ROUND)]
        own = n % 2 == 0 or state in NEEDS_ENTERPRISE
        enterprise = demo if own else others[n % len(others)]
        handler = rotation[n % len(rotation)]
        if variant is V.TRANSFERRED and handler is ctx.transfer_to:
            handler = handlers[0]
        built.append(
            await _build(
                n,
                DemandKind.DEMAND,
                state,
                variant,
                enterprise,
                platforms[enterprise.platform_id],
                handler,
                ctx,
            )
        )
    built += await _complaints(demo, platforms[demo.platform_id], institutions, ctx)
    built += await _open_calls(demo, platforms[demo.platform_id], institutions, handlers[0], ctx)
    await DemandEvent.bulk_create([e for b in built for e in b.events], batch_size=200)
    for b in built:
        if b.rating is not None:
            await _rate(b, actors)
    await _notify(built, ctx)
    return len(built)


async def _complaints(
    demo: Enterprise,
    platform: Platform,
    institutions: list[Institution],
    ctx: Context,
) -> list[Built]:
    """Complaints of the demo enterprise against institutions and service products, handled
    by the operators of its window (HandlerType.PLATFORM)."""
    products = list(await ServiceProduct.filter(public_q()).order_by("id").limit(5))
    targets: list[tuple[ComplaintTarget, int, str]] = [
        (ComplaintTarget.INSTITUTION, i.id, i.name) for i in institutions[1:4]
    ]
    targets += [(ComplaintTarget.SERVICE, p.id, p.name) for p in products[:3]]
    if not targets:
        return []
    operators = Handler(HandlerType.PLATFORM, platform.id, platform.name, ctx.actors.operator)
    found = []
    for m, (state, variant) in enumerate(COMPLAINT_STATES):
        target = targets[m % len(targets)]
        title, description = COMPLAINTS[m % len(COMPLAINTS)]
        found.append(
            await _build(
                DEMANDS + m,
                DemandKind.COMPLAINT,
                state,
                variant,
                demo,
                platform,
                operators,
                ctx,
                complaint=(*target, title, description),
            )
        )
    return found


async def _open_calls(
    demo: Enterprise,
    window: Platform,
    institutions: list[Institution],
    anyone: Handler,
    ctx: Context,
) -> list[Built]:
    """Demands of the demo enterprise open for offers, with pending offers of the active
    institutions on its window; the demo institution has offered on every other one, so it
    can still offer on the rest."""
    serving = [i for i in institutions if i.platform_id == window.id]
    found = []
    for m in range(OPEN_CALLS):
        b = await _build(
            DEMANDS + len(COMPLAINT_STATES) + m,
            DemandKind.DEMAND,
            S.OPEN_FOR_OFFERS,
            V.PLAIN,
            demo,
            window,
            anyone,
            ctx,
        )
        offerers = serving[1:] if m % 2 else serving
        for k, institution in enumerate(offerers):
            # The demo institution's admin applied for every demo institution.
            await DemandOffer.create(
                demand_id=b.demand.id,
                institution_id=institution.id,
                proposal=PROPOSALS[k % len(PROPOSALS)],
                status=OfferStatus.PENDING,
                offered_by_id=ctx.actors.institution.id,
                created_at=b.events[-1].at + timedelta(hours=3 + k),
            )
        found.append(b)
    return found


async def _rate(built: Built, actors: Actors) -> None:
    d = built.demand
    overall = built.rating or 5
    assert d.handler_type is not None and d.handler_id is not None and d.closed_at is not None
    await Evaluation.create(
        subject_type=services.KIND,
        subject_id=d.id,
        rater_id=actors.enterprise.id,
        owner_type=services.OWNER_TYPES[HandlerType(d.handler_type)],
        owner_id=d.handler_id,
        target_type="Demand",
        target_id=d.id,
        overall=overall,
        dimensions={"timeliness": overall, "attitude": overall, "result": max(overall - 1, 3)},
        comment="办理及时，问题已解决。" if overall >= 4 else "问题基本解决，答复可以更具体。",
        created_at=d.closed_at,
    )


async def _notify(built: list[Built], ctx: Context) -> None:
    """The demo users' inbox: the operator hears of new and overdue demands on the window,
    the demo enterprise of replies, the demo handlers of new assignments; the older half
    already read."""
    actors = ctx.actors
    handler_users = {actors.institution.id, actors.department.id, actors.expert.id}
    for b in built:
        d = b.demand
        last = b.events[-1]
        status = S(d.status)
        if status is S.SUBMITTED and d.platform_id == ctx.demo_window_id:
            to, title = [actors.operator.id], "新的企业诉求待受理"
        elif status is S.REPLIED and d.enterprise_id == ctx.demo_enterprise_id:
            to, title = [actors.enterprise.id], "您的诉求已答复"
        elif status is S.ASSIGNED and d.handler_type and d.handler_id:
            users = await services.handler_user_ids(HandlerType(d.handler_type), d.handler_id)
            to = sorted(users & (handler_users | {actors.operator.id}))
            title = "新的诉求交由您办理"
        else:
            continue
        if not to:
            continue
        await inbox.notify(
            to,
            kind=f"demand.{status.value.lower()}",
            title=title,
            body=f"诉求：{d.title}\n当前状态：{services.LABELS[status]}",
            link=f"/demands/{_gid(d.id)}",
            subject=("Demand", d.id),
        )
        read = last.at if d.id % 2 else None
        rows = Notification.filter(subject_type="Demand", subject_id=d.id)
        await rows.update(created_at=last.at, read_at=read)
