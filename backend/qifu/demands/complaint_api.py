"""GraphQL of complaints (投诉) and follow-up visits (回访): thin wrappers over
``complaints`` and ``followups``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import UserError, user_errors
from qifu.api.relay import Connection, decode_node_id, paginate
from qifu.core.errors import DomainError
from qifu.demands import complaints, followups, policies
from qifu.demands.loaders import load_demands_by_id
from qifu.demands.models import ComplaintTarget, DemandChannel, DemandFollowUp
from qifu.demands.models import FollowUpStatus as FollowUpStatusModel
from qifu.demands.mutations import _files, _run
from qifu.demands.types import (
    TARGET_NODE_TYPES,
    ComplaintTargetType,
    DemandNode,
    DemandPayload,
    me,
    visible_demand,
)
from qifu.demands.types import DemandChannel as DemandChannelType
from qifu.orgs.loaders import load_platforms_by_id

FollowUpStatus = strawberry.enum(
    FollowUpStatusModel, name="DemandFollowUpStatus", description="OPEN → DONE (result recorded)."
)


async def load_follow_ups_by_id(ids: Sequence[int]) -> list[DemandFollowUp | None]:
    found = {f.id: f for f in await DemandFollowUp.filter(id__in=list(ids))}
    return [found.get(i) for i in ids]


@strawberry.type(
    name="DemandFollowUp",
    description="回访: a task for the operators after an enterprise rated a demand 2 or less.",
)
class DemandFollowUpNode(relay.Node):
    id: relay.NodeID[int]
    status: FollowUpStatus  # type: ignore[valid-type]
    rating: int = strawberry.field(description="The enterprise's overall rating (1–5).")
    result: str | None
    created_at: datetime
    done_at: datetime | None
    model: strawberry.Private[DemandFollowUp]

    @classmethod
    def from_model(cls, f: DemandFollowUp) -> DemandFollowUpNode:
        return cls(
            id=f.id,
            status=FollowUpStatusModel(f.status),
            rating=f.rating,
            result=f.result or None,
            created_at=f.created_at,
            done_at=f.done_at,
            model=f,
        )

    @strawberry.field(description="The demand or complaint that was rated.")
    async def demand(self, info: Info) -> DemandNode | None:
        found = await info.context.loader(load_demands_by_id).load(self.model.demand_id)
        return await visible_demand(info, found) if found else None

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ids = [int(i) for i in node_ids if i.isdigit()]
        found = await info.context.loader(load_follow_ups_by_id).load_many(ids)
        mine = await me(info)
        nodes: list[DemandFollowUpNode | None] = []
        for f in found:
            if f is None:
                nodes.append(None)
                continue
            platform = await info.context.loader(load_platforms_by_id).load(f.platform_id)
            nodes.append(cls.from_model(f) if policies.is_supervisor(mine, platform) else None)
        return nodes


# ---- inputs and payloads


@strawberry.input
class SubmitComplaintInput:
    enterprise_id: strawberry.ID = strawberry.field(description="A VERIFIED enterprise of mine.")
    target_type: ComplaintTargetType  # type: ignore[valid-type]
    target_id: strawberry.ID = strawberry.field(
        description="The global ID of the Institution, ServiceProduct or Platform (OPERATOR)."
    )
    title: str = strawberry.field(description="Up to 100.")
    description: str = strawberry.field(description="Up to 5000.")
    contact_name: str = strawberry.field(default="", description="Default: the enterprise's.")
    contact_phone: str = strawberry.field(default="", description="Default: the enterprise's.")
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded ATTACHMENT files (up to 10)."
    )


@strawberry.input
class RecordComplaintInput(SubmitComplaintInput):
    channel: DemandChannelType = strawberry.field(  # type: ignore[valid-type]
        description="How it arrived: PHONE, WINDOW or LETTER."
    )


@strawberry.input
class RecordDemandFollowUpInput:
    follow_up_id: strawberry.ID
    result: str = strawberry.field(description="What the visit found (required, up to 5000).")


@strawberry.type
class DemandFollowUpPayload:
    follow_up: DemandFollowUpNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _data(input: SubmitComplaintInput) -> complaints.ComplaintData:
    target = ComplaintTarget(input.target_type)
    return complaints.ComplaintData(
        target_type=target,
        target_id=decode_node_id(input.target_id, TARGET_NODE_TYPES[target], "targetId"),
        title=input.title,
        description=input.description,
        contact_name=input.contact_name,
        contact_phone=input.contact_phone,
        attachment_ids=tuple(_files(input.attachment_ids)),
    )


def _enterprise_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Enterprise", "enterpriseId")


@strawberry.type
class ComplaintQueries:
    @strawberry.field(
        description="Follow-up visits of the operator's platform subtree, newest first."
    )
    async def demand_follow_ups(
        self,
        info: Info,
        status: FollowUpStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandFollowUpNode]:
        info.context.require_user()
        query = followups.visible(await me(info))
        if status is not None:
            query = query.filter(status=FollowUpStatusModel(status))
        return await paginate(
            query, first=first, after=after, convert=DemandFollowUpNode.from_model
        )


@strawberry.type
class ComplaintMutations:
    @strawberry.mutation(
        description="Complain about an institution, a service product or the operators of a "
        "platform, for my VERIFIED enterprise (a demand of kind COMPLAINT → SUBMITTED)."
    )
    async def submit_complaint(self, info: Info, input: SubmitComplaintInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: complaints.submit_complaint(
                who, user, me, _enterprise_id(input.enterprise_id), _data(input)
            ),
        )

    @strawberry.mutation(
        description="Record a complaint that came by phone, at the window or by letter, for a "
        "VERIFIED enterprise of my platform subtree (the operator)."
    )
    async def record_complaint(self, info: Info, input: RecordComplaintInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: complaints.record_complaint(
                who,
                user,
                me,
                _enterprise_id(input.enterprise_id),
                _data(input),
                DemandChannel(input.channel),
            ),
        )

    @strawberry.mutation(description="Record the result of a follow-up visit (OPEN → DONE).")
    async def record_demand_follow_up(
        self, info: Info, input: RecordDemandFollowUpInput
    ) -> DemandFollowUpPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            follow_up = await followups.record_result(
                ctx.actor(),
                user,
                await me(info),
                decode_node_id(input.follow_up_id, "DemandFollowUp", "followUpId"),
                input.result,
            )
        except DomainError as e:
            return DemandFollowUpPayload(errors=user_errors(e, ctx.lang))
        return DemandFollowUpPayload(follow_up=DemandFollowUpNode.from_model(follow_up))
