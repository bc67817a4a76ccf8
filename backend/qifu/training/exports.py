"""A course's statistics as an xlsx workbook (openpyxl), downloaded through a short-lived
signed link: ``GET /exports/courses/{id}.xlsx?token=…``. Sheets: the summary, attendance per
lesson and one row per learner (attendance, best score, certificate).

The token (``<expiry>.<user id>.<mac>``) is bound to the course and the user it was issued to,
for 10 minutes; on download the user must still provide or review the course. A bad or
expired token, an unknown course and someone who may not see the figures all get the same
404."""

from __future__ import annotations

import hmac
import io
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from urllib.parse import quote

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from tortoise.functions import Max

from qifu.accounts import services as accounts
from qifu.accounts.models import User
from qifu.core import clock, crypto
from qifu.orgs.platforms import operator_paths
from qifu.orgs.scopes import scope_of
from qifu.settings import Settings, settings
from qifu.training import attendance, policies, quiz, statistics
from qifu.training.models import Certificate, Course, Enrollment, EnrollmentStatus, QuizAttempt

TTL = timedelta(minutes=10)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PURPOSE = "course-export"
_MAC_CHARS = 32
_NUMBER = re.compile(r"[0-9]{1,15}")
STATUS_NAMES = {
    "DRAFT": "草稿",
    "PENDING": "待审核",
    "PUBLISHED": "已发布",
    "REJECTED": "已驳回",
    "ONGOING": "进行中",
    "ENDED": "已结束",
    "CANCELLED": "已取消",
}


# ---- signed links


def _signature(subject: str, user_id: int, expires: int) -> str:
    return crypto.mac(_PURPOSE, f"{subject}.{user_id}.{expires}")[:_MAC_CHARS]


def _token(subject: str, user_id: int) -> str:
    expires = int((clock.now() + TTL).timestamp())
    return f"{expires}.{user_id}.{_signature(subject, user_id, expires)}"


def _user_id(subject: str, token: str) -> int | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    expires, user_id, signature = parts
    if not (_NUMBER.fullmatch(expires) and _NUMBER.fullmatch(user_id)):
        return None
    expected = _signature(subject, int(user_id), int(expires))
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        return None
    if int(expires) <= clock.now().timestamp():
        return None
    return int(user_id)


def course_url(course_id: int, user_id: int) -> str:
    token = _token(f"course:{course_id}", user_id)
    return f"{settings().public_url.rstrip('/')}/exports/courses/{course_id}.xlsx?token={token}"


async def _who(user_id: int) -> policies.Who | None:
    user = await User.get_or_none(id=user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        return None
    scope = scope_of(await accounts.grants_of(user))
    return policies.who_of(user, scope, await operator_paths(scope))


# ---- the workbook


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone(clock.SHANGHAI).replace(tzinfo=None) if moment else None


def _rate(value: float | None) -> float | str:
    return round(value, 4) if value is not None else ""


def _fit(sheet: Worksheet, widths: Sequence[int]) -> None:
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width


async def course_workbook(course: Course) -> bytes:
    f = await statistics.figures(course)
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概况"
    for row in (
        ("课程", course.title),
        ("提供方", course.provider_name),
        ("状态", STATUS_NAMES.get(course.status, course.status)),
        ("开始时间", _local(course.starts_at)),
        ("结束时间", _local(course.ends_at)),
        ("报名人数", f.enrolled),
        ("已取消", f.cancelled),
        ("参加考核", f.participants),
        ("通过率", _rate(f.pass_rate)),
        ("平均分", f.average_score if f.average_score is not None else ""),
        ("证书数", f.certificates),
        ("评价数", f.evaluation_count),
        ("满意率", _rate(f.satisfaction_rate)),
    ):
        summary.append(list(row))
    _fit(summary, (14, 60))

    lessons = book.create_sheet("出勤")
    lessons.append(["序号", "课时", "出勤", "迟到", "缺勤", "请假", "出勤率(%)"])
    for lf in f.lessons:
        lessons.append(
            [
                lf.lesson.position,
                lf.lesson.title,
                lf.attended,
                lf.late,
                lf.absent,
                lf.excused,
                lf.attendance_rate,
            ]
        )
    _fit(lessons, (8, 40, 8, 8, 8, 8, 12))

    enrollments = list(
        await Enrollment.filter(course_id=course.id, status=EnrollmentStatus.ENROLLED).order_by(
            "id"
        )
    )
    ids = [e.id for e in enrollments]
    users = (
        dict(await User.filter(id__in=[e.user_id for e in enrollments]).values_list("id", "name"))
        if ids
        else {}
    )
    rates = await attendance.summaries(ids)
    best: dict[int, Decimal] = {}
    if ids:
        rows = (
            await QuizAttempt.filter(enrollment_id__in=ids, status__in=statistics.GRADED)
            .annotate(best=Max("score"))
            .group_by("enrollment_id")
            .values_list("enrollment_id", "best")
        )
        best = {int(e): Decimal(str(b)) for e, b in rows if b is not None}
    codes = (
        dict(await Certificate.filter(enrollment_id__in=ids).values_list("enrollment_id", "code"))
        if ids
        else {}
    )
    sheet = book.create_sheet("学员")
    sheet.append(["姓名", "报名时间", "出勤率(%)", "最高分", "证书编号"])
    for e in enrollments:
        summary_of = rates.get(e.id)
        score = best.get(e.id)
        sheet.append(
            [
                str(users.get(e.user_id, "")),
                _local(e.created_at),
                summary_of.rate if summary_of else "",
                float(score) if score is not None else "",
                codes.get(e.id, ""),
            ]
        )
    _fit(sheet, (14, 20, 12, 10, 18))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---- the route


def _not_found() -> Response:
    return PlainTextResponse("Not found", 404, headers={"cache-control": "no-store"})


def routes(app_settings: Settings) -> list[Route]:
    async def course_export(request: Request) -> Response:
        raw_id: str = request.path_params["course_id"]
        if not _NUMBER.fullmatch(raw_id):
            return _not_found()
        course_id = int(raw_id)
        user_id = _user_id(f"course:{course_id}", request.query_params.get("token", ""))
        who = await _who(user_id) if user_id is not None else None
        course = await Course.get_or_none(id=course_id)
        if course is None or not await quiz.may_review(who, course):
            return _not_found()
        data = await course_workbook(course)
        return Response(
            data,
            media_type=XLSX,
            headers={
                "content-disposition": 'attachment; filename="course.xlsx"; '
                f"filename*=UTF-8''{quote(course.title + '-统计.xlsx')}",
                "cache-control": "no-store",
                "x-content-type-options": "nosniff",
            },
        )

    return [Route("/exports/courses/{course_id}.xlsx", course_export, methods=["GET", "HEAD"])]
