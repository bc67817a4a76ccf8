"""Statistics as xlsx workbooks (openpyxl), downloaded through short-lived signed links.

``GET /exports/activities/{id}.xlsx?token=…`` — a summary sheet and a registrations sheet;
``GET /exports/organisers/{type}/{id}/activities.xlsx?from=…&to=…&token=…`` — the totals and
one row per activity. The token (``<expiry>.<user id>.<mac>``) is bound to the path, the
period and the user it was issued to, for 10 minutes; on download the user must still
organise or review the activity. A bad or expired token, an unknown activity and someone who
may not see the figures all get the same 404.
"""

from __future__ import annotations

import hmac
import io
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from qifu.accounts import services as accounts
from qifu.accounts.models import Role, RoleGrant, ScopeType, User
from qifu.activities import services, statistics
from qifu.activities.models import Activity, OrganiserType, Registration, RegistrationStatus
from qifu.checkin.models import CheckIn
from qifu.core import clock, crypto
from qifu.orgs.models import Enterprise
from qifu.orgs.platforms import operator_paths
from qifu.orgs.scopes import scope_of
from qifu.settings import Settings, settings

TTL = timedelta(minutes=10)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PURPOSE = "activity-export"
_MAC_CHARS = 32
_NUMBER = re.compile(r"[0-9]{1,15}")
STATUS_NAMES = {
    RegistrationStatus.PENDING_APPROVAL: "待审核",
    RegistrationStatus.CONFIRMED: "已确认",
    RegistrationStatus.WAITLISTED: "候补",
    RegistrationStatus.REJECTED: "未通过",
    RegistrationStatus.CANCELLED: "已取消",
}
ACTIVITY_STATUS_NAMES = {
    "DRAFT": "草稿",
    "PENDING": "待审核",
    "PUBLISHED": "已发布",
    "REJECTED": "已驳回",
    "ONGOING": "进行中",
    "ENDED": "已结束",
    "SUMMARIZED": "已总结",
    "CANCELLED": "已取消",
}


# ---- signed links


def _signature(subject: str, user_id: int, expires: int) -> str:
    return crypto.mac(_PURPOSE, f"{subject}.{user_id}.{expires}")[:_MAC_CHARS]


def _token(subject: str, user_id: int) -> str:
    expires = int((clock.now() + TTL).timestamp())
    return f"{expires}.{user_id}.{_signature(subject, user_id, expires)}"


def _user_id(subject: str, token: str) -> int | None:
    """The user the token was issued to for ``subject``, while it is valid."""
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


def _base() -> str:
    return settings().public_url.rstrip("/")


def _period(since: datetime | None, until: datetime | None) -> str:
    return f"{since.isoformat() if since else ''}~{until.isoformat() if until else ''}"


def activity_url(activity_id: int, user_id: int) -> str:
    token = _token(f"activity:{activity_id}", user_id)
    return f"{_base()}/exports/activities/{activity_id}.xlsx?token={token}"


def organiser_url(
    kind: OrganiserType,
    organiser_id: int,
    since: datetime | None,
    until: datetime | None,
    user_id: int,
) -> str:
    subject = f"organiser:{kind.value}:{organiser_id}:{_period(since, until)}"
    query = {"from": since.isoformat() if since else "", "to": until.isoformat() if until else ""}
    query["token"] = _token(subject, user_id)
    path = f"/exports/organisers/{kind.value.lower()}/{organiser_id}/activities.xlsx"
    return f"{_base()}{path}?{urlencode(query)}"


async def _who(user_id: int) -> services.Who | None:
    user = await User.get_or_none(id=user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        return None
    scope = scope_of(await accounts.grants_of(user))
    return await services.who_of(user, scope, await operator_paths(scope))


# ---- workbooks


def _local(moment: datetime | None) -> datetime | None:
    """Shanghai wall-clock time without a zone (xlsx has no time zones)."""
    return moment.astimezone(clock.SHANGHAI).replace(tzinfo=None) if moment else None


def _rate(value: float | None) -> float | str:
    return round(value, 4) if value is not None else ""


def _figure_rows(f: statistics.Figures) -> list[tuple[str, object]]:
    return [
        ("报名总数", f.registrations),
        ("已确认", f.confirmed),
        ("候补", f.waitlisted),
        ("待审核", f.pending_approval),
        ("未通过", f.rejected),
        ("已取消", f.cancelled),
        ("签到人数", f.checked_in),
        ("签到率", _rate(f.check_in_rate)),
        ("评价数", f.evaluations),
        ("平均评分", _rate(f.average_rating)),
        ("满意率", _rate(f.satisfaction_rate)),
        ("名额", f.capacity),
    ]


def _fit(sheet: Worksheet, widths: Sequence[int]) -> None:
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def _enterprise_names(user_ids: Sequence[int]) -> dict[int, str]:
    """The first enterprise each person is a member of (two queries for everyone)."""
    grants = await RoleGrant.filter(
        user_id__in=list(user_ids),
        role__in=[Role.ENTERPRISE_MEMBER, Role.ENTERPRISE_ADMIN],
        scope_type=ScopeType.ENTERPRISE,
    ).order_by("id")
    names = dict(
        await Enterprise.filter(
            id__in=[g.scope_id for g in grants if g.scope_id is not None]
        ).values_list("id", "name")
    )
    found: dict[int, str] = {}
    for g in grants:
        if g.user_id not in found and g.scope_id in names:
            found[g.user_id] = str(names[g.scope_id])
    return found


async def activity_workbook(activity: Activity) -> bytes:
    f = (await statistics.figures([activity]))[activity.id]
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概况"
    summary.append(["活动", activity.name])
    summary.append(["主办方", activity.organiser_name])
    summary.append(["状态", ACTIVITY_STATUS_NAMES.get(activity.status, activity.status)])
    summary.append(["开始时间", _local(activity.starts_at)])
    summary.append(["结束时间", _local(activity.ends_at)])
    for row in _figure_rows(f):
        summary.append(list(row))
    _fit(summary, (14, 60))

    registrations = list(
        await Registration.filter(activity_id=activity.id).order_by("created_at", "id")
    )
    user_ids = sorted({r.user_id for r in registrations})
    users = dict(await User.filter(id__in=user_ids).values_list("id", "name")) if user_ids else {}
    enterprises = await _enterprise_names(user_ids) if user_ids else {}
    checked = dict(
        await CheckIn.filter(kind=statistics.CHECKIN_KIND, subject_id=activity.id).values_list(
            "holder_id", "checked_in_at"
        )
    )
    sheet = book.create_sheet("报名名单")
    sheet.append(["姓名", "企业", "状态", "报名时间", "签到时间"])
    for r in registrations:
        sheet.append(
            [
                str(users.get(r.user_id, "")),
                enterprises.get(r.user_id, ""),
                STATUS_NAMES.get(RegistrationStatus(r.status), r.status),
                _local(r.created_at),
                _local(checked.get(r.id)),
            ]
        )
    _fit(sheet, (14, 36, 10, 20, 20))
    return _save(book)


async def organiser_workbook(found: statistics.OrganiserFigures) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "概况"
    summary.append(["主办方", found.name])
    summary.append(["开始时间自", _local(found.since) or "不限"])
    summary.append(["开始时间至", _local(found.until) or "不限"])
    summary.append(["活动数", len(found.activities)])
    for row in _figure_rows(found.totals):
        summary.append(list(row))
    _fit(summary, (14, 40))

    sheet = book.create_sheet("活动")
    sheet.append(
        ["活动", "状态", "开始时间", *(name for name, _ in _figure_rows(statistics.Figures()))]
    )
    for a in found.activities:
        f = found.per_activity[a.id]
        sheet.append(
            [
                a.name,
                ACTIVITY_STATUS_NAMES.get(a.status, a.status),
                _local(a.starts_at),
                *(value for _, value in _figure_rows(f)),
            ]
        )
    _fit(sheet, (40, 10, 20))
    return _save(book)


# ---- routes


def _not_found() -> Response:
    return PlainTextResponse("Not found", 404, headers={"cache-control": "no-store"})


def _xlsx(data: bytes, filename: str) -> Response:
    return Response(
        data,
        media_type=XLSX,
        headers={
            "content-disposition": f'attachment; filename="statistics.xlsx"; '
            f"filename*=UTF-8''{quote(filename)}",
            "cache-control": "no-store",
            "x-content-type-options": "nosniff",
        },
    )


class _BadTime(ValueError):
    pass


def _when(raw: str) -> datetime | None:
    """A period bound from the query string (an ISO time with its offset)."""
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError as e:
        raise _BadTime(raw) from e
    if moment.tzinfo is None:
        raise _BadTime(raw)
    return moment


def routes(app_settings: Settings) -> list[Route]:
    async def activity_export(request: Request) -> Response:
        raw_id: str = request.path_params["activity_id"]
        if not _NUMBER.fullmatch(raw_id):
            return _not_found()
        activity_id = int(raw_id)
        user_id = _user_id(f"activity:{activity_id}", request.query_params.get("token", ""))
        who = await _who(user_id) if user_id is not None else None
        activity = await Activity.get_or_none(id=activity_id)
        if activity is None or not await statistics.may_see(who, activity):
            return _not_found()
        return _xlsx(await activity_workbook(activity), f"{activity.name}-统计.xlsx")

    async def organiser_export(request: Request) -> Response:
        raw_kind: str = request.path_params["kind"].upper()
        raw_id: str = request.path_params["organiser_id"]
        if raw_kind not in OrganiserType.__members__ or not _NUMBER.fullmatch(raw_id):
            return _not_found()
        kind, organiser_id = OrganiserType(raw_kind), int(raw_id)
        try:
            since = _when(request.query_params.get("from", ""))
            until = _when(request.query_params.get("to", ""))
        except _BadTime:
            return _not_found()
        subject = f"organiser:{kind.value}:{organiser_id}:{_period(since, until)}"
        user_id = _user_id(subject, request.query_params.get("token", ""))
        who = await _who(user_id) if user_id is not None else None
        found = await statistics.for_organiser(who, kind, organiser_id, since, until)
        if found is None:
            return _not_found()
        return _xlsx(await organiser_workbook(found), f"{found.name}-活动统计.xlsx")

    return [
        Route("/exports/activities/{activity_id}.xlsx", activity_export, methods=["GET", "HEAD"]),
        Route(
            "/exports/organisers/{kind}/{organiser_id}/activities.xlsx",
            organiser_export,
            methods=["GET", "HEAD"],
        ),
    ]
