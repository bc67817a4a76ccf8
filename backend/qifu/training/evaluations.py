"""Rating a course through the shared evaluations (qifu.feedback): ENROLLED learners only,
once the course has ENDED, once each; the provider replies through replyToEvaluation.

Dimensions: content, teacher, organisation, usefulness (1–5) besides the overall score. The
owner is the provider (Institution or Platform) and the target the course, so a page of a
course's ratings is one indexed query and the provider's people may reply."""

from __future__ import annotations

from collections.abc import Mapping

from qifu.accounts.models import User
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.feedback import registry
from qifu.feedback import services as feedback
from qifu.feedback.models import Evaluation
from qifu.orgs.scopes import Scope
from qifu.training import policies
from qifu.training.models import Course, CourseStatus, Enrollment, EnrollmentStatus, ProviderType

KIND = "COURSE"
DIMENSIONS = ("content", "teacher", "organisation", "usefulness")
TARGET = "Course"
OWNER_TYPES = {ProviderType.INSTITUTION: "Institution", ProviderType.PLATFORM: "Platform"}
NOT_PUBLIC = (CourseStatus.DRAFT, CourseStatus.PENDING, CourseStatus.REJECTED)


async def evaluate(
    actor: Actor,
    user: User,
    scope: Scope,
    course_id: int,
    *,
    overall: int,
    dimensions: Mapping[str, int],
    comment: str,
) -> Evaluation:
    return await feedback.rate(
        actor,
        user,
        scope,
        KIND,
        course_id,
        overall=overall,
        dimensions=dimensions,
        comment=comment,
    )


async def page(course_id: int, *, limit: int, offset: int) -> tuple[int, list[Evaluation]]:
    """One page of the course's ratings, newest first, and how many there are."""
    return await feedback.for_target(TARGET, course_id, limit=limit, offset=offset)


async def mine(user_id: int, course_id: int) -> Evaluation | None:
    return await Evaluation.get_or_none(subject_type=KIND, subject_id=course_id, rater_id=user_id)


# ---- the feedback subject kind


async def _check_rater(user: User, scope: Scope, course_id: int) -> registry.Owner:
    course = await Course.filter(id=course_id).select_for_update().first()
    if course is None or CourseStatus(course.status) in NOT_PUBLIC:
        raise DomainError(ErrorCode.NOT_FOUND, "courseId")
    enrolled = await Enrollment.filter(
        course_id=course.id, user_id=user.id, status=EnrollmentStatus.ENROLLED
    ).exists()
    if not enrolled:
        raise DomainError(ErrorCode.NOT_ENROLLED, "courseId")
    if CourseStatus(course.status) is not CourseStatus.ENDED:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "courseId")
    kind = ProviderType(course.provider_type)
    return registry.Owner(OWNER_TYPES[kind], course.provider_id, TARGET, course.id)


async def _may_reply(user: User, scope: Scope, owner_type: str, owner_id: int) -> bool:
    kind = {name: t for t, name in OWNER_TYPES.items()}.get(owner_type)
    if kind is None:
        return False
    return policies.is_provider_of(policies.who_of(user, scope, None), kind, owner_id)


registry.register(
    registry.SubjectKind(
        name=KIND, dimensions=DIMENSIONS, check_rater=_check_rater, may_reply=_may_reply
    )
)
