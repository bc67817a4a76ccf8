"""Assessment test data: a course of I1 with a quiz of three questions (one of each type,
with distinctive explanations), learners enrolled, and attendance set by the provider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from qifu.core import clock
from qifu.training import attendance, quiz, services
from qifu.training.models import (
    AttendanceStatus,
    Course,
    CourseStatus,
    Enrollment,
    Lesson,
    QuestionType,
    Quiz,
)
from qifu.training.models import Question as QuestionModel
from tests.support import ACTOR
from tests.training.support import World, drive, enroll

S = CourseStatus
EXPLANATIONS = ("解析甲-单选-7f3a", "解析乙-多选-9c2e", "解析丙-判断-4b8d")


@dataclass
class QuizCourse:
    course: Course
    quiz: Quiz
    questions: list[QuestionModel]  # SINGLE (2 points), MULTIPLE (4 points), TRUE_FALSE (4)


def question_data() -> list[quiz.QuestionData]:
    return [
        quiz.QuestionData(
            QuestionType.SINGLE,
            "数字化转型的首要任务是？",
            (
                quiz.Option("A", "购买软件"),
                quiz.Option("B", "梳理业务流程"),
                quiz.Option("C", "招聘"),
            ),
            ("B",),
            2,
            EXPLANATIONS[0],
        ),
        quiz.QuestionData(
            QuestionType.MULTIPLE,
            "以下哪些属于工业互联网平台的能力？",
            (
                quiz.Option("A", "设备接入"),
                quiz.Option("B", "数据分析"),
                quiz.Option("C", "线下团建"),
                quiz.Option("D", "应用开发"),
            ),
            ("A", "B", "D"),
            4,
            EXPLANATIONS[1],
        ),
        quiz.QuestionData(
            QuestionType.TRUE_FALSE,
            "ERP 选型只需考虑价格。",
            (),
            ("F",),
            4,
            EXPLANATIONS[2],
        ),
    ]


async def quiz_course(
    world: World,
    *,
    to: S = S.PUBLISHED,
    pass_mark: int = 6,
    attempt_limit: int = 2,
    time_limit_minutes: int = 0,
    shuffle: bool = False,
    learners: tuple[str, ...] = ("user",),
    **changes: object,
) -> QuizCourse:
    """A PUBLISHED course of I1 with the quiz, the learners enrolled; ONGOING on request."""
    provider = await world.who("i1_member")
    course = await drive(world, S.PUBLISHED, **changes)
    found = await quiz.save_quiz(
        ACTOR,
        provider,
        course.id,
        quiz.QuizSettings(
            "结业考核",
            pass_mark,
            attempt_limit,
            time_limit_minutes,
            shuffle_questions=shuffle,
            shuffle_options=shuffle,
        ),
    )
    questions = [await quiz.add_question(ACTOR, provider, course.id, d) for d in question_data()]
    for role in learners:
        await enroll(world, role, course)
    if to is S.ONGOING:
        clock.advance(course.starts_at - clock.now() + timedelta(seconds=1))
        await services.move_by_time()
        course = await Course.get(id=course.id)
    return QuizCourse(course, found, questions)


async def attend(world: World, enrollment: Enrollment, present: int) -> None:
    """The provider marks the first ``present`` lessons PRESENT (the rest ABSENT)."""
    provider = await world.who("i1_member")
    lessons = list(await Lesson.filter(course_id=enrollment.course_id).order_by("position"))
    for n, lesson in enumerate(lessons):
        status = AttendanceStatus.PRESENT if n < present else AttendanceStatus.ABSENT
        await attendance.set_by_provider(ACTOR, provider, enrollment.id, lesson.id, status, "补录")


async def enrollment_of(world: World, role: str, course: Course) -> Enrollment:
    return await Enrollment.get(course_id=course.id, user_id=world.users[role].id)


CORRECT = {"SINGLE": ["B"], "MULTIPLE": ["A", "B", "D"], "TRUE_FALSE": ["F"]}


def answers(qc: QuizCourse, which: dict[str, list[str]] | None = None) -> dict[int, list[str]]:
    chosen = CORRECT if which is None else which
    return {q.id: chosen[QuestionType(q.type).value] for q in qc.questions if q.type in chosen}


async def move_to(course: Course, to: S) -> Course:
    """The worker's moves: ONGOING at the start, ENDED at the end (the test clock moves)."""
    if to in (S.ONGOING, S.ENDED) and clock.now() <= course.starts_at:
        clock.advance(course.starts_at - clock.now() + timedelta(seconds=1))
        await services.move_by_time()
    if to is S.ENDED:
        clock.advance(course.ends_at - clock.now() + timedelta(seconds=1))
        await services.move_by_time()
    return await Course.get(id=course.id)
