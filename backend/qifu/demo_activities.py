"""Demo activities for `make run`: 25 activities of the demo institutions, departments and
window platforms in every state — drafts, under review, rejected, published (open, full with
a waitlist, with approval, sign-up closed), ongoing, ended, summarized with ratings, and
cancelled — with registrations, check-ins, evaluations and summaries. Added together with the
demo network (once); no mails are queued for them.

They are written directly with a consistent timeline (the services always act "now", and the
clock cannot be moved outside tests): the state agrees with the start and end times, so the
worker's first round changes nothing; the places and waitlist counters agree with the
registrations; check-ins belong to confirmed registrations of started activities; only people
who checked in rate, after the end. 50 invented attendees (no usable password) fill the
places, each a member of a demo enterprise; 张晓明 (user@) and 李企业 (enterprise@) take part
too, so their "my activities" and a rating are there to try.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from qifu.accounts import passwords
from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.activities.evaluations import DIMENSIONS, KIND, OWNER_TYPES, TARGET
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    ActivitySummary,
    ActivityType,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.checkin.models import CheckIn, CheckInMethod
from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.orgs.models import (
    CertificationStatus,
    Department,
    Enterprise,
    Institution,
    Platform,
    PlatformKind,
)

S = ActivityStatus
R = RegistrationStatus
T = ActivityType
INST, DEPT, PLAT = OrganiserType.INSTITUTION, OrganiserType.DEPARTMENT, OrganiserType.PLATFORM
ATTENDEES = 50
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
)


@dataclass(frozen=True)
class Spec:
    name: str
    type: ActivityType
    organiser: tuple[OrganiserType, str]  # kind and the organiser's full name
    state: ActivityStatus
    start: timedelta  # from now; whole days start at 09:30 Shanghai time
    hours: float
    capacity: int
    registrations: int = 0
    cancelled: int = 0
    rejected: int = 0
    pending: int = 0
    checked_in: int = 0
    rated: int = 0
    walk_ins: int = 0
    approval: bool = False
    verified_only: bool = False
    online: bool = False
    reason: str = ""
    # Demo accounts signed up first (by e-mail), before the invented attendees.
    demo_people: tuple[str, ...] = ()
    # How long before the start sign-up closes.
    deadline_before: timedelta = timedelta(days=1)


def _day(n: int) -> timedelta:
    return timedelta(days=n)


LAW = "温州市中小企业法律服务中心"
IP = "瓯越知识产权代理有限公司"
GUARANTEE = "温州科创融资担保有限公司"
DIGITAL = "杭州数字化转型服务中心"
CONSULTING = "西湖管理咨询有限公司"
TALENT = "杭州人才服务集团"
STARTUP = "宁波市创业服务中心"
MARKET = "甬商市场开拓服务有限公司"
WZ_ECON = "温州市经济和信息化局"
HZ_SAMR = "杭州市市场监督管理局"
NB_TECH = "宁波市科学技术局"
WZ = "温州市企业服务综合平台"
HZ = "杭州市企业服务平台"
NB = "宁波市中小企业公共服务平台"
USER = "user@qifu.demo"
ENTERPRISE = "enterprise@qifu.demo"

SPECS: tuple[Spec, ...] = (
    Spec(f"{LAW}企业合规经营专题讲座", T.TRAINING_SESSION, (INST, LAW), S.DRAFT, _day(20), 3, 60),
    Spec(f"{HZ}跨境电商出海沙龙", T.OTHER, (PLAT, HZ), S.DRAFT, _day(25), 2.5, 80),
    Spec(
        f"{WZ_ECON}数字化改造政策宣讲会",
        T.POLICY_BRIEFING,
        (DEPT, WZ_ECON),
        S.PENDING,
        _day(18),
        3,
        150,
    ),
    Spec(
        f"{DIGITAL}中小企业数字化转型诊断会", T.OTHER, (INST, DIGITAL), S.PENDING, _day(15), 4, 50
    ),
    Spec(
        "瓯越知产专利申请实务培训",
        T.TRAINING_SESSION,
        (INST, IP),
        S.REJECTED,
        _day(14),
        3,
        40,
        reason="活动名称中的主办方请使用全称“瓯越知识产权代理有限公司”，修改后重新提交。",
    ),
    Spec(
        f"{WZ}2026年银企对接会",
        T.MATCHMAKING,
        (PLAT, WZ),
        S.PUBLISHED,
        _day(7),
        3,
        80,
        registrations=23,
        cancelled=2,
        demo_people=(ENTERPRISE,),
    ),
    Spec(
        f"{GUARANTEE}科技型企业融资路演",
        T.ROADSHOW,
        (INST, GUARANTEE),
        S.PUBLISHED,
        _day(5),
        2.5,
        12,
        registrations=16,
        demo_people=(USER,),
    ),
    Spec(
        f"{NB_TECH}科技型中小企业评价政策宣讲会",
        T.POLICY_BRIEFING,
        (DEPT, NB_TECH),
        S.PUBLISHED,
        _day(9),
        2,
        40,
        registrations=10,
        rejected=1,
        pending=3,
        approval=True,
    ),
    Spec(
        f"{STARTUP}创业项目路演日",
        T.ROADSHOW,
        (INST, STARTUP),
        S.PUBLISHED,
        _day(12),
        4,
        30,
        registrations=8,
        verified_only=True,
    ),
    Spec(
        f"{CONSULTING}精益管理线上公开课",
        T.TRAINING_SESSION,
        (INST, CONSULTING),
        S.PUBLISHED,
        _day(3),
        2,
        200,
        registrations=35,
        cancelled=3,
        online=True,
        demo_people=(USER,),
    ),
    Spec(
        f"{NB}外贸企业稳订单政策解读会",
        T.POLICY_BRIEFING,
        (PLAT, NB),
        S.PUBLISHED,
        timedelta(hours=12),
        2,
        60,
        registrations=41,
        cancelled=1,
        deadline_before=timedelta(hours=14),  # closed already
    ),
    Spec(
        f"{WZ}专精特新企业培育交流会",
        T.MATCHMAKING,
        (PLAT, WZ),
        S.ONGOING,
        timedelta(hours=-1),
        3,
        50,
        registrations=38,
        checked_in=27,
        demo_people=(ENTERPRISE,),
    ),
    Spec(
        f"{MARKET}2026宁波中小企业产品展销会",
        T.EXHIBITION,
        (INST, MARKET),
        S.ONGOING,
        timedelta(hours=-26),
        56,
        300,
        registrations=45,
        cancelled=2,
        checked_in=30,
    ),
    Spec(
        f"{HZ_SAMR}质量提升与标准化政策宣讲会",
        T.POLICY_BRIEFING,
        (DEPT, HZ_SAMR),
        S.ENDED,
        _day(-3),
        3,
        60,
        registrations=44,
        cancelled=4,
        checked_in=36,
        rated=8,
    ),
    Spec(
        f"{TALENT}高校毕业生专场招聘对接会",
        T.MATCHMAKING,
        (INST, TALENT),
        S.ENDED,
        _day(-2),
        4,
        100,
        registrations=48,
        checked_in=40,
        rated=5,
    ),
    Spec(
        f"{LAW}劳动用工风险防范讲座",
        T.TRAINING_SESSION,
        (INST, LAW),
        S.ENDED,
        _day(-1),
        2.5,
        40,
        registrations=30,
        cancelled=2,
        checked_in=24,
        demo_people=(USER, ENTERPRISE),
    ),
    Spec(
        f"{WZ}2026年第一期惠企政策宣讲会",
        T.POLICY_BRIEFING,
        (PLAT, WZ),
        S.SUMMARIZED,
        _day(-40),
        3,
        120,
        registrations=48,
        cancelled=3,
        checked_in=41,
        rated=12,
        walk_ins=6,
    ),
    Spec(
        f"{IP}专利布局与维权实务培训",
        T.TRAINING_SESSION,
        (INST, IP),
        S.SUMMARIZED,
        _day(-30),
        3,
        45,
        registrations=40,
        checked_in=35,
        rated=9,
    ),
    Spec(
        f"{WZ_ECON}工业企业技改政策解读会",
        T.POLICY_BRIEFING,
        (DEPT, WZ_ECON),
        S.SUMMARIZED,
        _day(-25),
        2.5,
        100,
        registrations=46,
        cancelled=1,
        checked_in=39,
        rated=10,
        walk_ins=3,
        demo_people=(ENTERPRISE,),
    ),
    Spec(
        f"{DIGITAL}工业互联网应用路演",
        T.ROADSHOW,
        (INST, DIGITAL),
        S.SUMMARIZED,
        _day(-20),
        4,
        60,
        registrations=42,
        checked_in=33,
        rated=7,
    ),
    Spec(
        f"{HZ}银企对接会（第三期）",
        T.MATCHMAKING,
        (PLAT, HZ),
        S.SUMMARIZED,
        _day(-15),
        3,
        50,
        registrations=50,
        cancelled=2,
        checked_in=44,
        rated=11,
    ),
    Spec(
        f"{STARTUP}创业大赛复赛路演",
        T.ROADSHOW,
        (INST, STARTUP),
        S.SUMMARIZED,
        _day(-10),
        5,
        30,
        registrations=30,
        checked_in=28,
        rated=6,
        walk_ins=2,
    ),
    Spec(
        f"{GUARANTEE}小微企业融资沙龙",
        T.MATCHMAKING,
        (INST, GUARANTEE),
        S.CANCELLED,
        _day(4),
        2,
        40,
        registrations=18,
        reason="受台风“海葵”影响，为保障参会人员安全，本次活动取消，改期另行通知。",
        demo_people=(USER,),
    ),
    Spec(
        f"{NB}跨境物流对接会",
        T.MATCHMAKING,
        (PLAT, NB),
        S.CANCELLED,
        _day(16),
        3,
        80,
        reason="与市商务局同期活动合并举办，本场取消。",
    ),
    Spec(
        f"{HZ_SAMR}食品经营企业安全培训",
        T.TRAINING_SESSION,
        (DEPT, HZ_SAMR),
        S.CANCELLED,
        _day(22),
        2,
        100,
        reason="培训内容调整，待新版规范发布后重新安排。",
    ),
)

CONTENT = {
    T.POLICY_BRIEFING: "邀请政策制定部门的同志现场解读最新惠企政策的适用范围、申报条件和办理流程，"
    "并设互动答疑环节，帮助企业用足用好政策。",
    T.ROADSHOW: "精选优质项目现场路演，投资机构和金融机构代表点评交流，促进项目与资本精准对接。",
    T.MATCHMAKING: "搭建供需对接平台，组织企业与金融机构、服务机构面对面洽谈，现场登记对接需求。",
    T.TRAINING_SESSION: "由资深讲师系统讲授实务要点，结合典型案例分析常见问题，课后提供资料下载。",
    T.EXHIBITION: "集中展示中小企业的新产品、新技术，设置采购洽谈区和直播带货区。",
    T.OTHER: "围绕企业关心的热点问题开展交流研讨，邀请专家和企业代表分享经验。",
}
AGENDA = {
    T.POLICY_BRIEFING: [
        ("09:30", "签到入场", ""),
        ("10:00", "政策解读", "主讲嘉宾"),
        ("11:30", "互动答疑", ""),
    ],
    T.ROADSHOW: [("14:00", "项目路演", "参赛团队"), ("16:00", "专家点评", "投资机构代表")],
    T.MATCHMAKING: [("09:30", "产品推介", "金融机构代表"), ("10:30", "分组对接洽谈", "")],
    T.TRAINING_SESSION: [("09:30", "专题讲授", "主讲老师"), ("11:00", "案例研讨", "")],
    T.EXHIBITION: [("09:00", "开幕式", ""), ("10:00", "展位参观与采购洽谈", "")],
    T.OTHER: [("14:00", "主题分享", "特邀嘉宾"), ("15:30", "交流讨论", "")],
}
SCORES = (5, 4, 5, 5, 3, 4, 5, 4, 5, 2, 4, 5)
COMMENTS = (
    "讲解清楚，材料实用，希望多举办。",
    "对接效率很高，现场就约了两家银行。",
    "内容很有针对性，解决了我们的实际问题。",
    "",
    "场地有点小，后排听不太清楚。",
    "组织有序，签到很方便。",
    "",
    "希望下次能提前发放资料。",
    "干货很多，受益匪浅。",
    "时间安排太紧，答疑环节不够。",
    "",
    "嘉宾水平高，案例贴近企业实际。",
)
SUMMARIES = (
    "本次活动共有{attendance}人参加。主讲嘉宾围绕活动主题作了系统讲解，现场答复企业提问十余个，"
    "会后收集企业需求{needs}条，已交有关部门和服务机构跟进办理。",
    "活动现场气氛热烈，{attendance}位企业代表参加。与会企业普遍反映内容实用，"
    "平台将根据评价意见优化后续活动安排，并对{needs}项对接意向持续跟踪。",
)


def _name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)]


def _start(offset: timedelta, now: datetime) -> datetime:
    """Whole days at 09:30 Shanghai time; other offsets on the hour."""
    if offset.seconds == 0 and offset.microseconds == 0:
        day = (now + offset).astimezone(clock.SHANGHAI).date()
        return datetime.combine(day, time(9, 30), clock.SHANGHAI).astimezone(now.tzinfo)
    moment = now + offset
    return moment.replace(minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class Pool:
    people: list[User]
    verified: list[User]  # members of VERIFIED enterprises


async def _attendees(now: datetime) -> Pool:
    """The invented attendees, each a member of a demo enterprise (no usable password)."""
    unusable = passwords.hash_password(secrets.token_urlsafe(24))
    enterprises = list(await Enterprise.all().order_by("id").values_list("id", "status"))
    people, verified = [], []
    for i in range(ATTENDEES):
        user = await User.create(
            email=f"attendee{i + 1:02d}@qifu.demo",
            name=_name(i),
            password_hash=unusable,
            email_verified_at=now,
            created_at=now,
            updated_at=now,
        )
        await RoleGrant.create(
            user_id=user.id,
            role=Role.ENTERPRISE_MEMBER,
            scope_type=ScopeType.ENTERPRISE,
            scope_id=enterprises[i % len(enterprises)][0],
            created_at=now,
        )
        people.append(user)
        if enterprises[i % len(enterprises)][1] == CertificationStatus.VERIFIED:
            verified.append(user)
    return Pool(people, verified)


@dataclass(frozen=True)
class Organiser:
    platform_id: int
    region_code: str
    creator_id: int


async def _organisers(
    accounts: dict[str, User],
) -> dict[tuple[OrganiserType, str], tuple[int, Organiser]]:
    admin = accounts["admin@qifu.demo"].id
    own = {
        LAW: accounts["institution@qifu.demo"].id,
        WZ_ECON: accounts["department@qifu.demo"].id,
        WZ: accounts["operator@qifu.demo"].id,
    }
    found: dict[tuple[OrganiserType, str], tuple[int, Organiser]] = {}
    for inst in await Institution.all():
        found[(INST, inst.name)] = (
            inst.id,
            Organiser(inst.platform_id, inst.region_code, own.get(inst.name, admin)),
        )
    for dept in await Department.all():
        found[(DEPT, dept.name)] = (
            dept.id,
            Organiser(dept.platform_id, dept.region_code, own.get(dept.name, admin)),
        )
    for p in await Platform.filter(kind=PlatformKind.WINDOW):
        found[(PLAT, p.name)] = (p.id, Organiser(p.id, p.region_code, own.get(p.name, admin)))
    return found


async def seed_activities(accounts: dict[str, User]) -> int:
    """Create the demo activities; returns how many."""
    now = clock.now()
    pool = await _attendees(now)
    organisers = await _organisers(accounts)
    for n, spec in enumerate(SPECS):
        organiser_id, org = organisers[spec.organiser]
        starts = _start(spec.start, now)
        ends = starts + timedelta(hours=spec.hours)
        deadline = starts - spec.deadline_before
        created = min(starts - timedelta(days=20), now - timedelta(days=1))
        activity = await Activity.create(
            organiser_type=spec.organiser[0],
            organiser_id=organiser_id,
            organiser_name=spec.organiser[1],
            platform_id=org.platform_id,
            created_by_id=org.creator_id,
            name=spec.name,
            type=spec.type,
            content=f"{spec.organiser[1]}主办。{CONTENT[spec.type]}",
            agenda=[
                {"time": t, "title": title, "speaker": who} for t, title, who in AGENDA[spec.type]
            ],
            venue="" if spec.online else f"{spec.organiser[1]}报告厅",
            online_link="https://meeting.qifu.demo/room/" + f"{n + 1:04d}" if spec.online else "",
            region_code=org.region_code,
            starts_at=starts,
            ends_at=ends,
            signup_deadline=deadline,
            capacity=spec.capacity,
            audience_scales=["SMALL", "MICRO"] if n % 3 == 0 else [],
            needs_approval=spec.approval,
            verified_only=spec.verified_only,
            contact=f"联系人：活动组 0577-8800{n:04d}",
            status=spec.state,
            status_reason=spec.reason,
            created_at=created,
            updated_at=min(created + timedelta(days=2), now),
        )
        await _registrations(activity, spec, n, pool, accounts, now)
    return len(SPECS)


async def _registrations(
    activity: Activity,
    spec: Spec,
    n: int,
    pool: Pool,
    accounts: dict[str, User],
    now: datetime,
) -> None:
    if not spec.registrations:
        return
    demo = [accounts[e] for e in spec.demo_people]
    candidates = pool.verified if activity.verified_only else pool.people
    others = [
        candidates[(n * 7 + j) % len(candidates)] for j in range(spec.registrations - len(demo))
    ]
    people = demo + others
    closed = min(activity.signup_deadline, now)
    opened = activity.created_at + (closed - activity.created_at) / 4
    span = closed - opened
    confirmed: list[Registration] = []
    waitlisted = 0
    for j, person in enumerate(people):
        # The demo accounts keep a live place; the first others cancelled or were turned away.
        k = j - len(demo)
        reason = ""
        if spec.state is S.CANCELLED:
            status, reason = R.CANCELLED, "活动已取消"
        elif 0 <= k < spec.cancelled:
            status = R.CANCELLED
        elif 0 <= k - spec.cancelled < spec.rejected:
            status, reason = R.REJECTED, "本场名额优先安排本地区企业"
        elif 0 <= k - spec.cancelled - spec.rejected < spec.pending:
            status = R.PENDING_APPROVAL
        elif len(confirmed) < spec.capacity:
            status = R.CONFIRMED
        else:
            status = R.WAITLISTED
        signed = opened + span * (j + 1) / (len(people) + 1)
        registration = await Registration.create(
            activity_id=activity.id,
            user_id=person.id,
            note="两人参加" if j % 9 == 4 else "",
            status=status,
            waitlist_seq=waitlisted + 1 if status is R.WAITLISTED else None,
            reason=reason,
            created_at=signed,
            updated_at=signed,
        )
        if status is R.CONFIRMED:
            confirmed.append(registration)
        elif status is R.WAITLISTED:
            waitlisted += 1
    activity.confirmed_count = 0 if spec.state is S.CANCELLED else len(confirmed)
    activity.waitlist_count = waitlisted
    await activity.save(update_fields=["confirmed_count", "waitlist_count"])
    if spec.checked_in:
        await _check_ins(activity, spec, confirmed)
    if spec.state is S.SUMMARIZED:
        await ActivitySummary.create(
            activity_id=activity.id,
            text=SUMMARIES[n % 2].format(
                attendance=spec.checked_in + spec.walk_ins, needs=spec.rated + 5
            ),
            photo_file_ids=[],
            attendance=spec.checked_in + spec.walk_ins,
            updated_by_id=activity.created_by_id,
            created_at=activity.ends_at + timedelta(days=1),
            updated_at=activity.ends_at + timedelta(days=1),
        )


async def _check_ins(activity: Activity, spec: Spec, confirmed: list[Registration]) -> None:
    attended = confirmed[: spec.checked_in]
    for j, registration in enumerate(attended):
        by_scan = j % 3 != 2
        await CheckIn.create(
            kind="activity",
            subject_id=activity.id,
            holder_id=registration.id,
            user_id=registration.user_id,
            method=CheckInMethod.QR if by_scan else CheckInMethod.VENUE,
            nonce=f"demo-{activity.id}-{registration.id}",
            checked_in_by_id=activity.created_by_id if by_scan else None,
            checked_in_at=activity.starts_at - timedelta(minutes=30) + timedelta(minutes=j),
        )
    for j, registration in enumerate(attended[: spec.rated]):
        overall = SCORES[j % len(SCORES)]
        rated_at = activity.ends_at + timedelta(hours=2 + 3 * j)
        replied = spec.state is S.SUMMARIZED and overall <= 3
        await Evaluation.create(
            subject_type=KIND,
            subject_id=activity.id,
            rater_id=registration.user_id,
            owner_type=OWNER_TYPES[OrganiserType(activity.organiser_type)],
            owner_id=activity.organiser_id,
            target_type=TARGET,
            target_id=activity.id,
            overall=overall,
            dimensions={
                d: max(1, min(5, overall + (i + j) % 3 - 1)) for i, d in enumerate(DIMENSIONS)
            },
            comment=COMMENTS[j % len(COMMENTS)],
            reply="感谢您的反馈，我们会在后续活动中改进。" if replied else "",
            replied_by_id=activity.created_by_id if replied else None,
            replied_at=rated_at + timedelta(hours=20) if replied else None,
            created_at=rated_at,
        )
