"""Demo training courses for `qifu seed --demo`: fifteen courses over the categories and
modes in every state, with lessons, enrollments, attendance, quizzes, attempts, certificates
and ratings. Written directly (past times cannot be made through the services); run once,
with the rest of the demo data.

The demo enterprise account (enterprise@qifu.demo) is enrolled in several courses, holds a
certificate and may take the quiz of an ongoing course; the institution account
(institution@qifu.demo) provides courses with results and ratings to look at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.orgs.models import CertificationStatus, Enterprise, Institution, Platform
from qifu.training import certificates, grading
from qifu.training.attendance import rate_of
from qifu.training.evaluations import DIMENSIONS, KIND, OWNER_TYPES, TARGET
from qifu.training.models import (
    AttemptStatus,
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    Certificate,
    Course,
    CourseCategory,
    CourseMode,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    LessonKind,
    ProviderType,
    QuestionType,
    Quiz,
    QuizAttempt,
)
from qifu.training.models import Question as QuestionModel

S = CourseStatus
C = CourseCategory
M = CourseMode
INST, PLAT = ProviderType.INSTITUTION, ProviderType.PLATFORM
LAW = "温州市中小企业法律服务中心"
DIGITAL = "杭州数字化转型服务中心"
CONSULTING = "西湖管理咨询有限公司"
TALENT = "杭州人才服务集团"
STARTUP = "宁波市创业服务中心"
GUARANTEE = "温州科创融资担保有限公司"
MARKET = "甬商市场开拓服务有限公司"
WZ = "温州市企业服务综合平台"
HZ = "杭州市企业服务平台"
ENTERPRISE = "enterprise@qifu.demo"


@dataclass(frozen=True)
class Spec:
    title: str
    category: CourseCategory
    mode: CourseMode
    provider: tuple[ProviderType, str]
    state: CourseStatus
    start: int  # days from today
    days: int
    learners: int = 0
    quiz: bool = True
    reason: str = ""
    verified_only: bool = False


SPECS = (
    Spec("企业合同风险防范实务", C.LEGAL, M.OFFLINE, (INST, LAW), S.ENDED, -40, 10, 18),
    Spec("中小企业劳动用工合规", C.LEGAL, M.MIXED, (INST, LAW), S.ONGOING, -3, 14, 14),
    Spec("知识产权布局与维权", C.LEGAL, M.LIVE, (INST, LAW), S.PUBLISHED, 12, 7, 6),
    Spec(
        "制造业数字化转型路线图",
        C.DIGITAL_TRANSFORMATION,
        M.MIXED,
        (INST, DIGITAL),
        S.ENDED,
        -30,
        14,
        20,
    ),
    Spec(
        "工业互联网平台选型",
        C.DIGITAL_TRANSFORMATION,
        M.RECORDED,
        (INST, DIGITAL),
        S.ONGOING,
        -5,
        20,
        12,
    ),
    Spec(
        "精益管理与现场改善",
        C.MANAGEMENT,
        M.OFFLINE,
        (INST, CONSULTING),
        S.ENDED,
        -60,
        5,
        10,
        quiz=False,
    ),
    Spec("企业战略解码工作坊", C.MANAGEMENT, M.LIVE, (INST, CONSULTING), S.PENDING, 20, 5),
    Spec("高技能人才培养体系", C.TALENT, M.MIXED, (INST, TALENT), S.PUBLISHED, 8, 10, 4),
    Spec("创业企业股权设计", C.ENTREPRENEURSHIP, M.LIVE, (INST, STARTUP), S.DRAFT, 30, 3),
    Spec(
        "科技型企业融资路径",
        C.FINANCING,
        M.LIVE,
        (INST, GUARANTEE),
        S.CANCELLED,
        5,
        3,
        5,
        reason="讲师行程调整，课程取消，后续另行通知",
    ),
    Spec(
        "跨境电商市场开拓",
        C.MARKETING,
        M.RECORDED,
        (INST, MARKET),
        S.REJECTED,
        25,
        10,
        reason="请补充课程大纲与讲师资质说明",
    ),
    Spec(
        "2026 年惠企政策解读", C.POLICY, M.LIVE, (PLAT, WZ), S.ENDED, -20, 2, 16, verified_only=True
    ),
    Spec("专精特新企业申报辅导", C.POLICY, M.MIXED, (PLAT, WZ), S.ONGOING, -2, 10, 9),
    Spec("研发费用加计扣除实操", C.TECHNICAL_SKILLS, M.RECORDED, (PLAT, HZ), S.PUBLISHED, 6, 14, 3),
    Spec("安全生产管理人员培训", C.OTHER, M.OFFLINE, (PLAT, HZ), S.ENDED, -15, 3, 8, quiz=False),
)
KINDS = {
    M.LIVE: (LessonKind.LIVE, LessonKind.LIVE, LessonKind.LIVE),
    M.RECORDED: (LessonKind.VIDEO, LessonKind.VIDEO, LessonKind.VIDEO, LessonKind.VIDEO),
    M.OFFLINE: (LessonKind.IN_PERSON, LessonKind.IN_PERSON),
    M.MIXED: (LessonKind.LIVE, LessonKind.VIDEO, LessonKind.IN_PERSON),
}
LESSON_TITLES = ("导论与案例", "方法与工具", "实操演练", "复盘与答疑")
QUESTIONS = (
    (
        QuestionType.SINGLE,
        "本课程介绍的第一步工作是？",
        ("现状诊断", "直接采购", "等待政策"),
        ["A"],
        3,
        "先诊断现状，才能确定改进的重点。",
    ),
    (
        QuestionType.MULTIPLE,
        "以下哪些做法有助于降低风险？",
        ("留存书面证据", "口头约定", "定期复核", "专人负责"),
        ["A", "C", "D"],
        4,
        "口头约定难以举证，其余三项都是有效做法。",
    ),
    (
        QuestionType.TRUE_FALSE,
        "课程中的方法只适用于大型企业。",
        (),
        ["F"],
        3,
        "方法同样适用于中小企业，可按规模取舍。",
    ),
)
COMMENTS = ("内容很实用，案例贴近实际", "讲师讲解清楚，收获很大", "希望增加互动环节", "")


def _at(day: datetime, hour: int) -> datetime:
    local = datetime.combine(day.astimezone(clock.SHANGHAI).date(), time(hour), clock.SHANGHAI)
    return local.astimezone(day.tzinfo)


async def _providers() -> dict[tuple[ProviderType, str], tuple[int, int, str]]:
    """(provider id, platform id, region) by (type, name)."""
    found: dict[tuple[ProviderType, str], tuple[int, int, str]] = {}
    for inst in await Institution.all():
        found[(INST, inst.name)] = (inst.id, inst.platform_id, inst.region_code)
    for p in await Platform.all():
        found[(PLAT, p.name)] = (p.id, p.id, p.region_code)
    return found


async def seed_training(accounts: dict[str, User]) -> int:
    """Create the demo courses; returns how many (none when the providers are missing)."""
    now = clock.now()
    providers = await _providers()
    people = [accounts[ENTERPRISE]] if ENTERPRISE in accounts else []
    people += list(await User.filter(email__startswith="attendee").order_by("id"))
    verified = await _verified_people(people)
    creator = accounts.get("admin@qifu.demo")
    made = 0
    for n, spec in enumerate(SPECS):
        if spec.provider not in providers:
            continue
        provider_id, platform_id, region = providers[spec.provider]
        starts = _at(now + timedelta(days=spec.start), 9)
        ends = _at(starts + timedelta(days=spec.days), 17)
        created = min(starts - timedelta(days=25), now - timedelta(days=1))
        course = await Course.create(
            provider_type=spec.provider[0],
            provider_id=provider_id,
            provider_name=spec.provider[1],
            platform_id=platform_id,
            created_by_id=creator.id if creator else 0,
            title=spec.title,
            category=spec.category,
            mode=spec.mode,
            teachers=[{"name": "陈立新", "title": "高级讲师", "expertId": None}],
            description=f"{spec.provider[1]}主办的{spec.title}课程，结合案例讲解与实操演练。",
            audience="中小企业管理人员与业务骨干",
            region_code=region,
            capacity=max(30, spec.learners + 10),
            verified_only=spec.verified_only,
            enroll_opens_at=created + timedelta(days=1),
            enroll_closes_at=starts + timedelta(days=spec.days // 2),
            starts_at=starts,
            ends_at=ends,
            attendance_threshold=80,
            contact=f"培训部 0577-8900{n:04d}",
            status=spec.state,
            status_reason=spec.reason,
            enrolled_count=spec.learners,
            created_at=created,
            updated_at=min(created + timedelta(days=2), now),
        )
        lessons = await _lessons(course, spec)
        found = await _quiz(course) if spec.quiz else None
        enrollments = [
            await Enrollment.create(
                course_id=course.id,
                user_id=person.id,
                status=EnrollmentStatus.ENROLLED,
                created_at=course.enroll_opens_at + timedelta(hours=j + 1),
                updated_at=course.enroll_opens_at + timedelta(hours=j + 1),
            )
            for j, person in enumerate(
                (verified if spec.verified_only else people)[: spec.learners]
            )
        ]
        if spec.state in (S.ONGOING, S.ENDED):
            await _learning(course, spec, lessons, enrollments, found, now)
        made += 1
    return made


async def _verified_people(people: list[User]) -> list[User]:
    """Those of ``people`` who are members of a VERIFIED enterprise, in their order."""
    grants = await RoleGrant.filter(
        user_id__in=[p.id for p in people],
        role__in=[Role.ENTERPRISE_MEMBER, Role.ENTERPRISE_ADMIN],
        scope_type=ScopeType.ENTERPRISE,
    ).values("user_id", "scope_id")
    ok = {
        int(e["id"])
        for e in await Enterprise.filter(
            id__in=[g["scope_id"] for g in grants if g["scope_id"] is not None],
            status=CertificationStatus.VERIFIED,
        ).values("id")
    }
    members = {int(g["user_id"]) for g in grants if g["scope_id"] in ok}
    return [p for p in people if p.id in members]


async def _lessons(course: Course, spec: Spec) -> list[Lesson]:
    out = []
    kinds = KINDS[spec.mode]
    step = max(1, spec.days // len(kinds))
    for n, kind in enumerate(kinds):
        day = course.starts_at + timedelta(days=min(n * step, spec.days - 1))
        timed = kind is not LessonKind.VIDEO
        out.append(
            await Lesson.create(
                course_id=course.id,
                position=n + 1,
                title=f"第{n + 1}讲 {LESSON_TITLES[n % len(LESSON_TITLES)]}",
                kind=kind,
                description="",
                stream_link=f"https://live.qifu.demo/room/{course.id}-{n + 1}"
                if kind is LessonKind.LIVE
                else "",
                video_link=f"https://video.qifu.demo/{course.id}/{n + 1}.mp4"
                if kind is LessonKind.VIDEO
                else "",
                duration_seconds=2400 if kind is LessonKind.VIDEO else 0,
                venue="温州市民中心三楼培训室" if kind is LessonKind.IN_PERSON else "",
                starts_at=_at(day, 14) if timed else None,
                ends_at=_at(day, 16) if timed else None,
                created_at=course.created_at,
                updated_at=course.created_at,
            )
        )
    return out


async def _quiz(course: Course) -> Quiz:
    found = await Quiz.create(
        course_id=course.id,
        title=f"{course.title}结业考核",
        pass_mark=6,
        attempt_limit=2,
        time_limit_minutes=30,
        shuffle_questions=True,
        shuffle_options=False,
        created_at=course.created_at,
        updated_at=course.created_at,
    )
    for n, (kind, text, options, correct, points, explanation) in enumerate(QUESTIONS):
        await QuestionModel.create(
            quiz_id=found.id,
            position=n + 1,
            type=kind,
            text=text,
            options=[{"key": "T", "text": "正确"}, {"key": "F", "text": "错误"}]
            if kind is QuestionType.TRUE_FALSE
            else [{"key": "ABCD"[i], "text": t} for i, t in enumerate(options)],
            correct_keys=correct,
            points=points,
            explanation=explanation,
            created_at=course.created_at,
            updated_at=course.created_at,
        )
    return found


def _status(j: int, n: int) -> AttendanceStatus:
    """Most attend; every fifth learner misses lessons, every seventh comes late once."""
    if j % 5 == 4 and n % 2 == 0:
        return AttendanceStatus.ABSENT
    if j % 7 == 3 and n == 0:
        return AttendanceStatus.LATE
    if j % 11 == 6 and n == 1:
        return AttendanceStatus.EXCUSED
    return AttendanceStatus.PRESENT


async def _learning(
    course: Course,
    spec: Spec,
    lessons: list[Lesson],
    enrollments: list[Enrollment],
    found: Quiz | None,
    now: datetime,
) -> None:
    over = [ls for ls in lessons if (ls.ends_at or course.ends_at) <= now]
    questions = list(await QuestionModel.filter(quiz_id=found.id)) if found else []
    graded = [
        grading.GradedQuestion(q.id, QuestionType(q.type), q.points, tuple(q.correct_keys))
        for q in questions
    ]
    for j, e in enumerate(enrollments):
        counts = {s: 0 for s in AttendanceStatus}
        for n, lesson in enumerate(over):
            status = _status(j, n)
            counts[status] += 1
            if status is AttendanceStatus.ABSENT:
                continue  # nothing recorded: shown ABSENT once over
            source = {
                LessonKind.LIVE: AttendanceSource.LIVE_JOIN,
                LessonKind.VIDEO: AttendanceSource.VIDEO,
                LessonKind.IN_PERSON: AttendanceSource.CHECKIN,
            }[LessonKind(lesson.kind)]
            if status is AttendanceStatus.EXCUSED:
                source = AttendanceSource.PROVIDER
            await Attendance.create(
                lesson_id=lesson.id,
                enrollment_id=e.id,
                user_id=e.user_id,
                status=status,
                source=source,
                note="因公出差，已提交请假说明" if status is AttendanceStatus.EXCUSED else "",
                watched_seconds=2400 if LessonKind(lesson.kind) is LessonKind.VIDEO else 0,
                updated_at=lesson.ends_at or min(course.ends_at, now),
            )
        best = await _attempts(course, found, graded, e, j, now) if found else Decimal(0)
        if S(course.status) is not S.ENDED:
            continue
        rate = rate_of(
            counts[AttendanceStatus.PRESENT],
            counts[AttendanceStatus.LATE],
            counts[AttendanceStatus.EXCUSED],
            len(lessons),
        )
        passed = found is None or (best is not None and best >= found.pass_mark)
        if rate >= course.attendance_threshold and passed:
            user = await User.get(id=e.user_id)
            await Certificate.create(
                enrollment_id=e.id,
                course_id=course.id,
                user_id=e.user_id,
                code=certificates.new_code(),
                holder_name=user.name,
                course_title=course.title,
                provider_name=course.provider_name,
                attendance_rate=rate,
                score=best or Decimal(0),
                issued_at=course.ends_at + timedelta(hours=1),
            )
        if j % 3 != 2:
            overall = 5 if j % 4 else 4 if j % 8 else 3
            await Evaluation.create(
                subject_type=KIND,
                subject_id=course.id,
                rater_id=e.user_id,
                owner_type=OWNER_TYPES[ProviderType(course.provider_type)],
                owner_id=course.provider_id,
                target_type=TARGET,
                target_id=course.id,
                overall=overall,
                dimensions={d: max(3, overall - (k + j) % 2) for k, d in enumerate(DIMENSIONS)},
                comment=COMMENTS[j % len(COMMENTS)],
                reply="感谢您的反馈，我们会持续改进课程。" if j % 6 == 0 else "",
                replied_by_id=course.created_by_id if j % 6 == 0 else None,
                replied_at=course.ends_at + timedelta(days=2) if j % 6 == 0 else None,
                created_at=course.ends_at + timedelta(days=1, hours=j),
            )


ANSWER_SETS = (
    {"SINGLE": ["A"], "MULTIPLE": ["A", "C", "D"], "TRUE_FALSE": ["F"]},  # 10
    {"SINGLE": ["A"], "MULTIPLE": ["A", "C"], "TRUE_FALSE": ["F"]},  # 8.67
    {"SINGLE": ["B"], "MULTIPLE": ["A", "B"], "TRUE_FALSE": ["T"]},  # 0
    {"SINGLE": ["A"], "MULTIPLE": ["C"], "TRUE_FALSE": ["T"]},  # 4.33
)


async def _attempts(
    course: Course,
    found: Quiz,
    graded: list[grading.GradedQuestion],
    e: Enrollment,
    j: int,
    now: datetime,
) -> Decimal | None:
    """Most learners took the quiz (some twice); the demo account of an ongoing course has not
    yet, so it can try it. Returns the best score (None without an attempt)."""
    if j % 6 == 5 or (j == 0 and S(course.status) is S.ONGOING):
        return None
    tries = (ANSWER_SETS[(j + 2) % 4], ANSWER_SETS[j % 2]) if j % 4 == 2 else (ANSWER_SETS[j % 4],)
    best: Decimal | None = None
    started = min(course.ends_at, now) - timedelta(days=1, hours=j % 12)
    for number, chosen in enumerate(tries, start=1):
        by_id = {q.question_id: chosen[q.type.value] for q in graded}
        result = grading.grade(graded, by_id, found.pass_mark)
        at = started + timedelta(hours=number)
        await QuizAttempt.create(
            quiz_id=found.id,
            enrollment_id=e.id,
            user_id=e.user_id,
            number=number,
            status=AttemptStatus.SUBMITTED,
            started_at=at,
            deadline_at=at + timedelta(minutes=found.time_limit_minutes),
            submitted_at=at + timedelta(minutes=12),
            layout=[{"question": q.question_id, "options": list(_keys(q))} for q in graded],
            answers={str(k): v for k, v in by_id.items()},
            score=result.score,
            max_score=result.max_score,
            passed=result.passed,
        )
        best = result.score if best is None else max(best, result.score)
    return best


def _keys(q: grading.GradedQuestion) -> tuple[str, ...]:
    if q.type is QuestionType.TRUE_FALSE:
        return ("T", "F")
    return ("A", "B", "C", "D") if q.type is QuestionType.MULTIPLE else ("A", "B", "C")
