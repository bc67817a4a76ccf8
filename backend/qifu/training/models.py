"""Training (培训): courses made of lessons (live stream, recorded video, in person), taken by
enrolled users; attendance per lesson, an auto-graded quiz (线上考核), a post-course rating
(课后评估, through qifu.feedback) and a certificate with a public verification code."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.orgs.models import Platform


class CourseCategory(StrEnum):
    MANAGEMENT = "MANAGEMENT"  # 企业管理
    TECHNICAL_SKILLS = "TECHNICAL_SKILLS"  # 专业技能
    FINANCING = "FINANCING"  # 投融资
    POLICY = "POLICY"  # 政策解读
    DIGITAL_TRANSFORMATION = "DIGITAL_TRANSFORMATION"  # 数字化转型
    ENTREPRENEURSHIP = "ENTREPRENEURSHIP"  # 创业创新
    LEGAL = "LEGAL"  # 法律合规
    MARKETING = "MARKETING"  # 市场营销
    TALENT = "TALENT"  # 人才发展
    OTHER = "OTHER"


class CourseMode(StrEnum):
    LIVE = "LIVE"
    RECORDED = "RECORDED"
    OFFLINE = "OFFLINE"
    MIXED = "MIXED"


class ProviderType(StrEnum):
    INSTITUTION = "INSTITUTION"
    PLATFORM = "PLATFORM"  # the platform's operators run the course themselves


class CourseStatus(StrEnum):
    DRAFT = "DRAFT"
    PENDING = "PENDING"
    PUBLISHED = "PUBLISHED"
    REJECTED = "REJECTED"
    ONGOING = "ONGOING"
    ENDED = "ENDED"
    CANCELLED = "CANCELLED"


class LessonKind(StrEnum):
    LIVE = "LIVE"  # stream link, start, end: attended by joining in the window
    VIDEO = "VIDEO"  # link and duration: attended by watching ≥ 90 %
    IN_PERSON = "IN_PERSON"  # venue, start, end: attended by QR check-in (面授打卡)


class EnrollmentStatus(StrEnum):
    ENROLLED = "ENROLLED"
    CANCELLED = "CANCELLED"


class AttendanceStatus(StrEnum):
    PRESENT = "PRESENT"
    LATE = "LATE"
    ABSENT = "ABSENT"
    EXCUSED = "EXCUSED"


class AttendanceSource(StrEnum):
    CHECKIN = "CHECKIN"  # in-person QR / typed code / venue code
    LIVE_JOIN = "LIVE_JOIN"  # joined the live stream during the lesson window
    VIDEO = "VIDEO"  # watch progress reached the threshold
    PROVIDER = "PROVIDER"  # set by the provider with a note


class QuestionType(StrEnum):
    SINGLE = "SINGLE"
    MULTIPLE = "MULTIPLE"
    TRUE_FALSE = "TRUE_FALSE"


class AttemptStatus(StrEnum):
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    EXPIRED = "EXPIRED"  # the server's time limit passed before a submission; graded as is


class Course(Model):
    id = fields.BigIntField(primary_key=True)
    provider_type = fields.CharEnumField(ProviderType, max_length=11)
    provider_id = fields.BigIntField()
    provider_name = fields.CharField(max_length=200)
    # The provider's platform: its operators (and those above) review the course.
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="courses", on_delete=fields.RESTRICT
    )
    platform_id: int
    created_by_id = fields.BigIntField()
    title = fields.CharField(max_length=200)
    category = fields.CharEnumField(CourseCategory, max_length=22, db_index=True)
    mode = fields.CharEnumField(CourseMode, max_length=8)
    # [{"name": "…", "title": "…", "expertId": 12 | null}]
    teachers: fields.Field[list] = fields.JSONField(default=list)
    description = fields.TextField(default="")
    audience = fields.TextField(default="")
    cover_file_id = fields.BigIntField(null=True)
    region_code = fields.CharField(max_length=6, default="", db_index=True)
    capacity = fields.IntField()
    verified_only = fields.BooleanField(default=False)
    enroll_opens_at = fields.DatetimeField()
    enroll_closes_at = fields.DatetimeField()
    # The learning period: lessons fall inside it; after it ends the course may be rated.
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    # Share of lessons attended (PRESENT, LATE or EXCUSED) needed for the certificate.
    attendance_threshold = fields.IntField(default=80)
    contact = fields.CharField(max_length=200, default="")
    status = fields.CharEnumField(
        CourseStatus, max_length=10, default=CourseStatus.DRAFT, db_index=True
    )
    status_reason = fields.TextField(default="")
    # Kept under the course's row lock so the list shows remaining places without a count.
    enrolled_count = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course"


class Lesson(Model):
    id = fields.BigIntField(primary_key=True)
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="lessons", on_delete=fields.CASCADE
    )
    course_id: int
    position = fields.IntField()
    title = fields.CharField(max_length=200)
    kind = fields.CharEnumField(LessonKind, max_length=9)
    description = fields.TextField(default="")
    stream_link = fields.CharField(max_length=500, default="")
    video_link = fields.CharField(max_length=500, default="")
    duration_seconds = fields.IntField(default=0)  # VIDEO only
    venue = fields.CharField(max_length=300, default="")
    starts_at = fields.DatetimeField(null=True)  # LIVE and IN_PERSON
    ends_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course_lesson"
        unique_together = (("course", "position"),)


class Enrollment(Model):
    id = fields.BigIntField(primary_key=True)
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="enrollments", on_delete=fields.CASCADE
    )
    course_id: int
    user_id = fields.BigIntField(db_index=True)
    status = fields.CharEnumField(EnrollmentStatus, max_length=9)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course_enrollment"
        unique_together = (("course", "user_id"),)


class Attendance(Model):
    """A lesson's attendance for one enrollment. No row means nothing recorded yet: ABSENT
    once the lesson is over (VIDEO lessons: once the course is over)."""

    id = fields.BigIntField(primary_key=True)
    lesson: fields.ForeignKeyRelation[Lesson] = fields.ForeignKeyField(
        "models.Lesson", related_name="attendance", on_delete=fields.CASCADE
    )
    lesson_id: int
    enrollment: fields.ForeignKeyRelation[Enrollment] = fields.ForeignKeyField(
        "models.Enrollment", related_name="attendance", on_delete=fields.CASCADE
    )
    enrollment_id: int
    user_id = fields.BigIntField()
    status = fields.CharEnumField(AttendanceStatus, max_length=7, null=True)
    source = fields.CharEnumField(AttendanceSource, max_length=9, null=True)
    note = fields.TextField(default="")
    set_by_id = fields.BigIntField(null=True)
    # VIDEO: the furthest position reported, and when the server accepted the last report.
    watched_seconds = fields.IntField(default=0)
    last_report_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course_attendance"
        unique_together = (("lesson", "enrollment"),)


class Quiz(Model):
    id = fields.BigIntField(primary_key=True)
    course: fields.OneToOneRelation[Course] = fields.OneToOneField(
        "models.Course", related_name="quiz", on_delete=fields.CASCADE
    )
    course_id: int
    title = fields.CharField(max_length=200, default="")
    pass_mark = fields.IntField()  # points needed to pass
    attempt_limit = fields.IntField(default=1)
    time_limit_minutes = fields.IntField(default=0)  # 0: no limit
    shuffle_questions = fields.BooleanField(default=False)
    shuffle_options = fields.BooleanField(default=False)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course_quiz"


class Question(Model):
    id = fields.BigIntField(primary_key=True)
    quiz: fields.ForeignKeyRelation[Quiz] = fields.ForeignKeyField(
        "models.Quiz", related_name="questions", on_delete=fields.CASCADE
    )
    quiz_id: int
    position = fields.IntField()
    type = fields.CharEnumField(QuestionType, max_length=10)
    text = fields.TextField()
    # [{"key": "A", "text": "…"}]; TRUE_FALSE: keys "T" and "F"
    options: fields.Field[list] = fields.JSONField(default=list)
    # The answer key: never leaves the server before the attempt's submission.
    correct_keys: fields.Field[list] = fields.JSONField(default=list)
    points = fields.IntField(default=1)
    explanation = fields.TextField(default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "course_question"


class QuizAttempt(Model):
    id = fields.BigIntField(primary_key=True)
    quiz: fields.ForeignKeyRelation[Quiz] = fields.ForeignKeyField(
        "models.Quiz", related_name="attempts", on_delete=fields.CASCADE
    )
    quiz_id: int
    enrollment: fields.ForeignKeyRelation[Enrollment] = fields.ForeignKeyField(
        "models.Enrollment", related_name="attempts", on_delete=fields.CASCADE
    )
    enrollment_id: int
    user_id = fields.BigIntField(db_index=True)
    number = fields.IntField()  # 1, 2, …: unique per enrollment, so the limit holds under races
    status = fields.CharEnumField(AttemptStatus, max_length=11)
    started_at = fields.DatetimeField()
    deadline_at = fields.DatetimeField(null=True)
    submitted_at = fields.DatetimeField(null=True)
    # The order shown to this attempt: [{"question": id, "options": ["B", "A", …]}]
    layout: fields.Field[list] = fields.JSONField(default=list)
    # {"<question id>": ["A", "C"]}
    answers: fields.Field[dict] = fields.JSONField(default=dict)
    score = fields.DecimalField(max_digits=7, decimal_places=2, null=True)
    max_score = fields.IntField(default=0)
    passed = fields.BooleanField(null=True)

    class Meta:
        table = "course_quiz_attempt"
        unique_together = (("quiz", "enrollment", "number"),)


class Certificate(Model):
    id = fields.BigIntField(primary_key=True)
    enrollment: fields.OneToOneRelation[Enrollment] = fields.OneToOneField(
        "models.Enrollment", related_name="certificate", on_delete=fields.CASCADE
    )
    enrollment_id: int
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="certificates", on_delete=fields.CASCADE
    )
    course_id: int
    user_id = fields.BigIntField(db_index=True)
    # What the public verification page shows, kept as issued.
    code = fields.CharField(max_length=20, unique=True)
    holder_name = fields.CharField(max_length=100)
    course_title = fields.CharField(max_length=200)
    provider_name = fields.CharField(max_length=200)
    attendance_rate = fields.IntField()  # percent
    score = fields.DecimalField(max_digits=7, decimal_places=2)
    issued_at = fields.DatetimeField()

    class Meta:
        table = "course_certificate"
