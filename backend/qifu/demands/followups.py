"""Follow-up visits (回访): when an enterprise rates a demand or a complaint 2 or less, the
operators of its platform get a task to call back; they record the result once (OPEN → DONE)
and it joins the demand's timeline as a note."""

from __future__ import annotations

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from qifu.accounts.models import User
from qifu.core import clock
from qifu.core.audit import Actor
from qifu.core.errors import DomainError, ErrorCode
from qifu.core.validators import check_text, raise_all
from qifu.demands import policies, services
from qifu.demands.models import (
    Demand,
    DemandEventKind,
    DemandFollowUp,
    DemandStatus,
    FollowUpStatus,
)
from qifu.demands.policies import Me
from qifu.demands.services import To
from qifu.feedback.models import Evaluation
from qifu.orgs.models import Platform
from qifu.orgs.scopes import platform_subtree_q

LOW_RATING = 2  # an overall rating at or below this asks for a follow-up visit
RESULT_MAX = services.TEXT_MAX


async def after_rating(demand: Demand) -> DemandFollowUp | None:
    """Inside the rating's transaction (the demand locked): a task when the rating is low."""
    evaluation = await Evaluation.filter(subject_type=services.KIND, subject_id=demand.id).first()
    if evaluation is None or evaluation.overall > LOW_RATING:
        return None
    follow_up = await DemandFollowUp.create(
        demand_id=demand.id,
        platform_id=demand.platform_id,
        rating=evaluation.overall,
        created_at=clock.now(),
    )
    await services._notify(
        demand,
        {To.OPERATORS},
        "低分评价待回访",
        [f"企业评分：{evaluation.overall} 分，请回访企业并记录回访结果。"],
        event="follow_up",
    )
    return follow_up


def visible(me: Me) -> QuerySet[DemandFollowUp]:
    """The follow-ups of the operator's platform subtree (the whole network's staff: all)."""
    if not me.is_staff:
        return DemandFollowUp.filter(policies.NOTHING)
    if me.paths is None:
        return DemandFollowUp.all()
    return DemandFollowUp.filter(platform_subtree_q(me.paths, "demand__platform__path"))


async def record_result(
    who: Actor, user: User, me: Me, follow_up_id: int, result: str
) -> DemandFollowUp:
    """The operator records what the visit found, once."""
    raise_all(check_text(result, "result", required=True, max_len=RESULT_MAX))
    async with in_transaction():
        found = await DemandFollowUp.get_or_none(id=follow_up_id)
        platform = await Platform.get_or_none(id=found.platform_id) if found else None
        if found is None or not policies.is_supervisor(me, platform):
            raise DomainError(ErrorCode.NOT_FOUND, "followUpId")
        # The demand first, as every demand action locks it, then the task.
        demand = await services._locked(found.demand_id)
        follow_up = await DemandFollowUp.filter(id=follow_up_id).select_for_update().get()
        if follow_up.status != FollowUpStatus.OPEN:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "followUpId")
        follow_up.status = FollowUpStatus.DONE
        follow_up.result = result.strip()
        follow_up.done_by_id = user.id
        follow_up.done_at = clock.now()
        await follow_up.save()
        await services._event(
            who,
            user,
            demand,
            DemandStatus(demand.status),
            kind=DemandEventKind.NOTE,
            note=f"回访结果：{result.strip()}",
            audit_action="follow_up",
        )
    return follow_up
