"""Figures of one course for its provider and reviewers: enrollments, attendance per lesson,
the quiz, certificates and ratings. Each figure comes from one grouped (or single) query, so
the number of statements does not depend on the number of enrollments."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from tortoise.functions import Count, Max

from qifu.core import clock
from qifu.feedback.models import Evaluation
from qifu.training import attendance, evaluations
from qifu.training.models import (
    AttemptStatus,
    Attendance,
    AttendanceStatus,
    Certificate,
    Course,
    Enrollment,
    EnrollmentStatus,
    Lesson,
    Quiz,
    QuizAttempt,
)

SATISFIED = 4
GRADED = (AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED)


@dataclass
class LessonFigures:
    lesson: Lesson
    attended: int = 0  # PRESENT
    late: int = 0
    absent: int = 0
    excused: int = 0
    enrolled: int = 0

    @property
    def attendance_rate(self) -> int:
        """(PRESENT + LATE) / (enrolled − EXCUSED) as a whole percent (100 without anyone)."""
        return attendance.rate_of(self.attended, self.late, self.excused, self.enrolled)


@dataclass
class CourseFigures:
    course: Course
    enrolled: int = 0
    cancelled: int = 0
    lessons: list[LessonFigures] = field(default_factory=list)
    participants: int = 0  # enrollments with a graded attempt
    passed: int = 0
    score_sum: Decimal = Decimal(0)
    certificates: int = 0
    evaluation_count: int = 0
    satisfied: int = 0
    dimension_sums: dict[str, int] = field(default_factory=dict)
    has_quiz: bool = False

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.participants if self.participants else None

    @property
    def average_score(self) -> float | None:
        if not self.participants:
            return None
        return float(round(self.score_sum / self.participants, 2))

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.evaluation_count if self.evaluation_count else None

    @property
    def average_dimensions(self) -> list[tuple[str, float]]:
        if not self.evaluation_count:
            return []
        return [
            (name, round(self.dimension_sums.get(name, 0) / self.evaluation_count, 2))
            for name in evaluations.DIMENSIONS
        ]


async def figures(course: Course) -> CourseFigures:
    f = CourseFigures(course)
    by_status = dict(
        await Enrollment.filter(course_id=course.id)
        .annotate(n=Count("id"))
        .group_by("status")
        .values_list("status", "n")
    )
    f.enrolled = int(by_status.get(EnrollmentStatus.ENROLLED, 0))
    f.cancelled = int(by_status.get(EnrollmentStatus.CANCELLED, 0))

    lessons = list(await Lesson.filter(course_id=course.id).order_by("position", "id"))
    counted = (
        await Attendance.filter(
            lesson__course_id=course.id,
            enrollment__status=EnrollmentStatus.ENROLLED,
            status__isnull=False,
        )
        .annotate(n=Count("id"))
        .group_by("lesson_id", "status")
        .values_list("lesson_id", "status", "n")
    )
    per_lesson: dict[int, dict[AttendanceStatus, int]] = defaultdict(dict)
    for lesson_id, status, n in counted:
        per_lesson[int(lesson_id)][AttendanceStatus(status)] = int(n)
    now = clock.now()
    for lesson in lessons:
        c = per_lesson.get(lesson.id, {})
        lf = LessonFigures(
            lesson,
            attended=c.get(AttendanceStatus.PRESENT, 0),
            late=c.get(AttendanceStatus.LATE, 0),
            excused=c.get(AttendanceStatus.EXCUSED, 0),
            enrolled=f.enrolled,
        )
        recorded_absent = c.get(AttendanceStatus.ABSENT, 0)
        if attendance.is_over(lesson, course.ends_at, now):
            lf.absent = max(0, f.enrolled - lf.attended - lf.late - lf.excused)
        else:
            lf.absent = recorded_absent
        f.lessons.append(lf)

    quiz = await Quiz.get_or_none(course_id=course.id)
    if quiz is not None:
        f.has_quiz = True
        best = (
            await QuizAttempt.filter(
                quiz_id=quiz.id,
                status__in=GRADED,
                enrollment__status=EnrollmentStatus.ENROLLED,
            )
            .annotate(best=Max("score"))
            .group_by("enrollment_id")
            .values_list("enrollment_id", "best")
        )
        f.participants = len(best)
        f.score_sum = sum((Decimal(str(b)) for _, b in best if b is not None), Decimal(0))
        passed = await QuizAttempt.filter(
            quiz_id=quiz.id,
            status__in=GRADED,
            passed=True,
            enrollment__status=EnrollmentStatus.ENROLLED,
        ).values_list("enrollment_id", flat=True)
        f.passed = len(set(passed))

    f.certificates = await Certificate.filter(course_id=course.id).count()
    rows = await Evaluation.filter(subject_type=evaluations.KIND, subject_id=course.id).values_list(
        "overall", "dimensions"
    )
    sums: dict[str, int] = defaultdict(int)
    for overall, dims in rows:
        f.evaluation_count += 1
        f.satisfied += 1 if int(overall) >= SATISFIED else 0
        for name, score in (dims or {}).items():
            sums[str(name)] += int(score)
    f.dimension_sums = dict(sums)
    return f
