"""Activities as a check-in kind: the activity is the subject, the registration the holder;
the window opens an hour before the start and closes at the end."""

from __future__ import annotations

import base64
import io
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import segno

from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus, Registration, RegistrationStatus
from qifu.activities.statistics import CHECKIN_KIND as KIND
from qifu.checkin import registry, tokens
from qifu.checkin.registry import Holder, HolderState, Subject
from qifu.core import clock
from qifu.settings import settings

OPENS_BEFORE = timedelta(minutes=60)

_STATES = {
    RegistrationStatus.CONFIRMED: HolderState.ACTIVE,
    RegistrationStatus.CANCELLED: HolderState.CANCELLED,
    RegistrationStatus.WAITLISTED: HolderState.WAITLISTED,
    RegistrationStatus.PENDING_APPROVAL: HolderState.PENDING_APPROVAL,
    RegistrationStatus.REJECTED: HolderState.NOT_ADMITTED,
}


def _holder(r: Registration) -> Holder:
    return Holder(r.id, r.activity_id, r.user_id, _STATES[RegistrationStatus(r.status)])


async def _by_id(holder_id: int) -> Holder | None:
    found = await Registration.get_or_none(id=holder_id)
    return _holder(found) if found else None


async def _of_user(activity_id: int, user_id: int) -> Holder | None:
    found = await Registration.get_or_none(activity_id=activity_id, user_id=user_id)
    return _holder(found) if found else None


def window(a: Activity) -> Subject:
    return Subject(
        a.id,
        opens_at=a.starts_at - OPENS_BEFORE,
        closes_at=a.ends_at,
        cancelled=ActivityStatus(a.status) is ActivityStatus.CANCELLED,
    )


async def _subject(activity_id: int) -> Subject | None:
    found = await Activity.get_or_none(id=activity_id)
    return window(found) if found else None


async def _may_check_in(me: Any, activity_id: int) -> bool:
    found = await Activity.get_or_none(id=activity_id)
    return found is not None and isinstance(me, services.Who) and services.is_organiser(me, found)


registry.register(
    registry.CheckInKind(
        name=KIND,
        holder=_by_id,
        holder_of_user=_of_user,
        subject=_subject,
        may_check_in=_may_check_in,
    )
)


def qr_data_uri(text: str) -> str:
    # xmlns must stay: without it browsers draw nothing when the SVG is an <img>'s source.
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=5, border=2, xmldecl=False)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def ticket_token(a: Activity, registration_id: int) -> str:
    return tokens.issue_token(KIND, a.id, registration_id, window(a).closes_at)


def ticket_code(registration_id: int) -> str:
    return tokens.issue_code(KIND, registration_id)


def venue_code(activity_id: int) -> tuple[str, str]:
    """The venue screen's current code and the self check-in address it opens."""
    now = clock.now()
    code = tokens.venue_code(KIND, activity_id, tokens.venue_period(now))
    url = f"{settings().public_url.rstrip('/')}/activities/{activity_id}/check-in?" + urlencode(
        {"code": code}
    )
    return code, url
