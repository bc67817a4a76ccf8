"""Certificates (结业证书): issued inside the transaction of the event that made an enrollment
eligible — an attendance change or a graded attempt — once the attendance rate reaches the
course's threshold and the quiz is passed (or the course has none). One per enrollment.

The code is 12 random characters of the check-in alphabet shown as XXXX-XXXX-XXXX; anyone
may verify it and sees the course, the provider, the date, the figures and the holder's name
masked to its first and last characters."""

from __future__ import annotations

import re
import secrets
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.checkin.tokens import ALPHABET
from qifu.core import clock
from qifu.training import attendance, services
from qifu.training.models import (
    AttemptStatus,
    Certificate,
    Course,
    CourseStatus,
    Enrollment,
    EnrollmentStatus,
    Quiz,
    QuizAttempt,
)

CODE_LENGTH = 12
GROUP = 4
GRADED = (AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED)
# States in which learning counts; a cancelled course issues nothing.
ISSUING = (CourseStatus.PUBLISHED, CourseStatus.ONGOING, CourseStatus.ENDED)
_TYPED = re.compile(r"[^0-9A-Z]")


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def normalise_code(typed: str) -> str | None:
    """``abcd efgh-jkmn`` → ``ABCD-EFGH-JKMN``; None when it cannot be a code."""
    raw = _TYPED.sub("", typed.upper())
    if len(raw) != CODE_LENGTH or any(c not in ALPHABET for c in raw):
        return None
    return "-".join(raw[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def mask_name(name: str) -> str:
    """张三丰 → 张*丰; 张三 → 张*三; a single character keeps only a star after it."""
    name = name.strip()
    if len(name) <= 1:
        return f"{name}*" if name else "*"
    return f"{name[0]}*{name[-1]}"


async def best_passed_score(quiz_id: int, enrollment_id: int) -> Decimal | None:
    """The best score among the enrollment's passed attempts; None when none passed."""
    scores = await QuizAttempt.filter(
        quiz_id=quiz_id, enrollment_id=enrollment_id, status__in=GRADED, passed=True
    ).values_list("score", flat=True)
    found = [Decimal(s) for s in scores if s is not None]
    return max(found) if found else None


async def issue_if_eligible(enrollment_id: int) -> Certificate | None:
    """The enrollment's certificate: the one already issued, a new one when the enrollment has
    just become eligible, else None. Locks the enrollment row, so repeated or concurrent
    triggers issue at most one."""
    async with in_transaction():
        enrollment = await Enrollment.filter(id=enrollment_id).select_for_update().first()
        if enrollment is None:
            return None
        existing = await Certificate.get_or_none(enrollment_id=enrollment.id)
        if existing is not None:
            return existing
        if EnrollmentStatus(enrollment.status) is not EnrollmentStatus.ENROLLED:
            return None
        course = await Course.get(id=enrollment.course_id)
        if CourseStatus(course.status) not in ISSUING:
            return None
        summary = (await attendance.summaries([enrollment.id])).get(enrollment.id)
        rate = summary.rate if summary is not None else 0
        if rate < course.attendance_threshold:
            return None
        quiz = await Quiz.get_or_none(course_id=course.id)
        score = Decimal(0)
        if quiz is not None:
            best = await best_passed_score(quiz.id, enrollment.id)
            if best is None:
                return None
            score = best
        user = await User.get_or_none(id=enrollment.user_id)
        for _ in range(5):
            try:
                async with in_transaction():
                    issued = await Certificate.create(
                        enrollment_id=enrollment.id,
                        course_id=course.id,
                        user_id=enrollment.user_id,
                        code=new_code(),
                        holder_name=user.name if user else "",
                        course_title=course.title,
                        provider_name=course.provider_name,
                        attendance_rate=rate,
                        score=score,
                        issued_at=clock.now(),
                    )
            except IntegrityError:
                # A code taken already (about 1 in 10^18): draw again. The enrollment's lock
                # rules out a second certificate for it.
                continue
            await services.tell(
                [enrollment.user_id],
                course,
                "certificate",
                "结业证书已颁发",
                [
                    f"证书编号：{issued.code}",
                    f"出勤率：{rate}%",
                    "可在“我的证书”中查看，或凭证书编号公开查验。",
                ],
            )
            return issued
    return None


async def verify(typed_code: str) -> Certificate | None:
    code = normalise_code(typed_code)
    if code is None:
        return None
    return await Certificate.get_or_none(code=code)
