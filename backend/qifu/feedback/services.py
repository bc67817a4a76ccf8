"""Rating a subject and replying to a rating; satisfaction rate and average ratings.

One evaluation per rater per subject (a unique constraint, so two concurrent ratings cannot
both be stored); overall and each dimension 1–5; the comment up to 1000 characters; the
owner replies once. Satisfaction rate = share of ratings with overall ≥ 4."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.core import audit, clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import raise_all
from qifu.feedback import registry
from qifu.feedback.models import Evaluation
from qifu.orgs import scoring
from qifu.orgs.scopes import Scope

COMMENT_MAX = 1000
REPLY_MAX = 1000
SATISFIED = 4


def _score(value: int, field: str) -> DomainError | None:
    return None if 1 <= value <= 5 else DomainError(ErrorCode.INVALID, field)


def validate(
    kind: registry.SubjectKind, overall: int, dimensions: Mapping[str, int], comment: str
) -> dict[str, int]:
    errors: list[DomainError | None] = [_score(overall, "overall")]
    if set(dimensions) != set(kind.dimensions):
        errors.append(DomainError(ErrorCode.INVALID, "dimensions"))
    else:
        errors += [_score(v, "dimensions") for v in dimensions.values()]
    if len(comment) > COMMENT_MAX:
        errors.append(DomainError(ErrorCode.TOO_LONG, "comment"))
    raise_all(*errors)
    return {name: int(dimensions[name]) for name in kind.dimensions}


async def rate(
    who: Actor,
    user: User,
    scope: Scope,
    kind_name: str,
    subject_id: int,
    *,
    overall: int,
    dimensions: Mapping[str, int],
    comment: str,
) -> Evaluation:
    kind = registry.kind(kind_name)
    async with in_transaction():
        owner = await kind.check_rater(user, scope, subject_id)
        scores = validate(kind, overall, dimensions, comment)
        if await Evaluation.filter(
            subject_type=kind.name, subject_id=subject_id, rater_id=user.id
        ).exists():
            raise DomainError(ErrorCode.ALREADY_EVALUATED, "subjectId")
        try:
            async with in_transaction():
                evaluation = await Evaluation.create(
                    subject_type=kind.name,
                    subject_id=subject_id,
                    rater_id=user.id,
                    owner_type=owner.owner_type,
                    owner_id=owner.owner_id,
                    target_type=owner.target_type,
                    target_id=owner.target_id,
                    overall=overall,
                    dimensions=scores,
                    comment=comment.strip(),
                    created_at=clock.now(),
                )
        except IntegrityError as exc:
            raise DomainError(ErrorCode.ALREADY_EVALUATED, "subjectId") from exc
        if kind.after_rating is not None:
            await kind.after_rating(who, user, subject_id)
        await audit.record(
            who, "evaluation.create", "Evaluation", evaluation.id, detail={"overall": overall}
        )
    return evaluation


async def reply(who: Actor, user: User, scope: Scope, evaluation_id: int, text: str) -> Evaluation:
    if not text.strip():
        raise DomainError(ErrorCode.REQUIRED, "reply")
    if len(text) > REPLY_MAX:
        raise DomainError(ErrorCode.TOO_LONG, "reply")
    async with in_transaction():
        evaluation = await Evaluation.filter(id=evaluation_id).select_for_update().first()
        if evaluation is None or evaluation.owner_id is None:
            raise DomainError(ErrorCode.NOT_FOUND, "evaluationId")
        kind = registry.kind(evaluation.subject_type)
        if not await kind.may_reply(user, scope, evaluation.owner_type, evaluation.owner_id):
            raise DomainError(ErrorCode.NOT_FOUND, "evaluationId")
        if evaluation.replied_at is not None:
            raise DomainError(ErrorCode.ALREADY_REPLIED, "evaluationId")
        evaluation.reply = text.strip()
        evaluation.replied_by_id = user.id
        evaluation.replied_at = clock.now()
        await evaluation.save(update_fields=["reply", "replied_by_id", "replied_at"])
        await audit.record(who, "evaluation.reply", "Evaluation", evaluation.id)
    return evaluation


def satisfaction_rate(overalls: Sequence[int]) -> float | None:
    """Share of ratings with overall ≥ 4; None without ratings."""
    if not overalls:
        return None
    return sum(1 for o in overalls if o >= SATISFIED) / len(overalls)


async def for_target(
    target_type: str, target_id: int, *, limit: int, offset: int
) -> tuple[int, list[Evaluation]]:
    """One page of a target's evaluations, newest first, and how many there are."""
    query = Evaluation.filter(target_type=target_type, target_id=target_id)
    total = await query.count()
    rows = await query.order_by("-created_at", "-id").offset(offset).limit(limit)
    return total, list(rows)


async def by_subject(kind_name: str, subject_ids: Sequence[int]) -> dict[int, list[Evaluation]]:
    grouped: dict[int, list[Evaluation]] = defaultdict(list)
    rows = await Evaluation.filter(subject_type=kind_name, subject_id__in=list(subject_ids))
    for row in sorted(rows, key=lambda e: e.id):
        grouped[row.subject_id].append(row)
    return grouped


async def satisfaction_tallies(
    owner_type: str, owner_ids: Sequence[int], since: datetime
) -> dict[int, scoring.Tally]:
    rows = await Evaluation.filter(
        owner_type=owner_type, owner_id__in=list(owner_ids), created_at__gte=since
    ).values_list("owner_id", "overall")
    good: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for owner_id, overall in rows:
        total[owner_id] += 1
        good[owner_id] += 1 if overall >= SATISFIED else 0
    return {i: scoring.Tally(good[i], total[i]) for i in total}


async def average_ratings(
    target_type: str, target_ids: Sequence[int]
) -> dict[int, tuple[float, int]]:
    """The average overall score and the number of ratings per target (e.g. product)."""
    rows = await Evaluation.filter(
        target_type=target_type, target_id__in=list(target_ids)
    ).values_list("target_id", "overall")
    totals: dict[int, list[int]] = defaultdict(list)
    for target_id, overall in rows:
        totals[target_id].append(overall)
    return {i: (sum(v) / len(v), len(v)) for i, v in totals.items()}
