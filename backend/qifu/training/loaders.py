"""Per-request DataLoaders of the training domain."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.expressions import Q

from qifu.training import attendance
from qifu.training.attendance import AttendanceSummary
from qifu.training.models import Attendance, Course, Enrollment, Lesson


async def load_courses_by_id(ids: Sequence[int]) -> list[Course | None]:
    found = {c.id: c for c in await Course.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


async def load_lessons_by_course_id(ids: Sequence[int]) -> list[list[Lesson]]:
    found: dict[int, list[Lesson]] = {}
    for lesson in await Lesson.filter(course_id__in=list(ids)).order_by("position", "id"):
        found.setdefault(lesson.course_id, []).append(lesson)
    return [found.get(i, []) for i in ids]


async def load_enrollments_by_user_course(
    keys: Sequence[tuple[int, int]],
) -> list[Enrollment | None]:
    """A person's enrollment in a course, by (user id, course id)."""
    rows = await Enrollment.filter(
        Q(user_id__in=list({u for u, _ in keys})), course_id__in=list({c for _, c in keys})
    )
    found = {(e.user_id, e.course_id): e for e in rows}
    return [found.get(k) for k in keys]


async def load_attendance_by_user_lesson(
    keys: Sequence[tuple[int, int]],
) -> list[Attendance | None]:
    """A person's attendance of a lesson, by (user id, lesson id)."""
    rows = await Attendance.filter(
        Q(user_id__in=list({u for u, _ in keys})), lesson_id__in=list({lid for _, lid in keys})
    )
    found = {(a.user_id, a.lesson_id): a for a in rows}
    return [found.get(k) for k in keys]


async def load_attendance_summaries(ids: Sequence[int]) -> list[AttendanceSummary | None]:
    found = await attendance.summaries(ids)
    return [found.get(i) for i in ids]
