"""GraphQL of the supervision board: bulk assignment, and the departments a demand may be
passed on to."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import UserError, user_errors
from qifu.api.relay import decode_node_id
from qifu.core.errors import DomainError, ValidationErrors
from qifu.demands import board
from qifu.demands.models import HandlerType as HandlerTypeModel
from qifu.demands.types import DemandNode, HandlerType, me
from qifu.orgs.types import DepartmentNode


@strawberry.input
class AssignDemandsInput:
    demand_ids: list[strawberry.ID] = strawberry.field(
        description=f"Up to {board.MAX_BULK} demands, each ACCEPTED or REOPENED."
    )
    handler_type: HandlerType  # type: ignore[valid-type]
    handler_id: strawberry.ID = strawberry.field(
        description="The global ID of the Institution, Department or Expert."
    )
    note: str = ""


@strawberry.type(description="One demand of a bulk assignment: assigned, or why not.")
class AssignDemandResult:
    index: int = strawberry.field(description="Its position in demandIds.")
    demand_id: strawberry.ID
    demand: DemandNode | None = strawberry.field(description="The demand, when it was assigned.")
    errors: list[UserError] = strawberry.field(
        description="Why it was refused (field demandIds.<index>, or the input's field); it "
        "is unchanged then."
    )


@strawberry.type
class AssignDemandsPayload:
    results: list[AssignDemandResult] = strawberry.field(
        default_factory=list, description="One per demandId, in order."
    )
    errors: list[UserError] = strawberry.field(
        default_factory=list,
        description="A refusal of the whole input (no demand changed then).",
    )


def _ids(values: list[strawberry.ID]) -> list[int]:
    """Each ID decoded; one that is not a Demand's ID stands for a demand that does not exist."""
    found = []
    for value in values:
        try:
            found.append(decode_node_id(value, "Demand", "demandIds"))
        except DomainError:
            found.append(0)
    return found


def _field(error: DomainError, index: int) -> DomainError:
    """The demand's own refusals point at its position in demandIds."""
    if isinstance(error, ValidationErrors) or error.field not in (None, "demandId"):
        return error
    return DomainError(error.code, f"demandIds.{index}", error.custom_message)


@strawberry.type
class BoardQueries:
    @strawberry.field(
        description="The departments a demand may be transferred to: those of its platform and "
        "of the platforms above it (its current handler or a supervising operator; others: "
        "an empty list)."
    )
    async def demand_transfer_departments(
        self, info: Info, demand_id: strawberry.ID
    ) -> list[DepartmentNode]:
        info.context.require_user()
        try:
            pk = decode_node_id(demand_id, "Demand", "demandId")
        except DomainError:
            return []
        rows = await board.transfer_departments(await me(info), pk)
        return [DepartmentNode.from_model(d) for d in rows]


@strawberry.type
class BoardMutations:
    @strawberry.mutation(
        description="批量交办: assign several ACCEPTED (or REOPENED) demands to one handler, "
        "each on its own; the result says which were assigned and why the others were not."
    )
    async def assign_demands(self, info: Info, input: AssignDemandsInput) -> AssignDemandsPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            kind = HandlerTypeModel(input.handler_type)
            handler_id = decode_node_id(input.handler_id, board.NODE_TYPES[kind], "handlerId")
            results = await board.assign_many(
                ctx.actor(),
                user,
                await me(info),
                _ids(input.demand_ids),
                kind,
                handler_id,
                input.note,
            )
        except DomainError as e:
            return AssignDemandsPayload(errors=user_errors(e, ctx.lang))
        return AssignDemandsPayload(
            results=[
                AssignDemandResult(
                    index=r.index,
                    demand_id=input.demand_ids[r.index],
                    demand=DemandNode.from_model(r.demand) if r.demand else None,
                    errors=user_errors(_field(r.error, r.index), ctx.lang) if r.error else [],
                )
                for r in results
            ]
        )
