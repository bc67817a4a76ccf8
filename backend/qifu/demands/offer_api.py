"""Queries and mutations of offers (征集承接): thin wrappers over ``qifu.demands.offers``."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import UserError, user_errors
from qifu.api.relay import Connection, decode_node_id, paginate
from qifu.core.errors import DomainError
from qifu.demands import offers, policies
from qifu.demands.models import Demand
from qifu.demands.models import DemandCategory as DemandCategoryModel
from qifu.demands.mutations import _demand_id, _run
from qifu.demands.offer_types import DemandOfferNode
from qifu.demands.types import DemandCategory, DemandIdInput, DemandNode, DemandPayload, me


def _institution_id(value: strawberry.ID | None) -> int | None:
    return None if value is None else decode_node_id(value, "Institution", "institutionId")


@strawberry.input
class DemandOfferInput:
    demand_id: strawberry.ID
    proposal: str = strawberry.field(description="How the institution would handle it (≤ 2000).")
    institution_id: strawberry.ID | None = strawberry.field(
        default=None, description="Needed only for a member of several serving institutions."
    )


@strawberry.input
class WithdrawDemandOfferInput:
    demand_id: strawberry.ID
    institution_id: strawberry.ID | None = None


@strawberry.input
class PickDemandOfferInput:
    demand_id: strawberry.ID
    offer_id: strawberry.ID = strawberry.field(description="A PENDING offer of the demand.")
    note: str = ""


@strawberry.type
class DemandOfferPayload:
    offer: DemandOfferNode | None = None
    demand: DemandNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DemandOfferQueries:
    @strawberry.field(
        description="Demands open for offers that my ACTIVE institutions may offer to take "
        "(the enterprise's contact hidden), newest first."
    )
    async def demands_open_for_offers(
        self,
        info: Info,
        category: DemandCategory | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[DemandNode]:
        info.context.require_user()
        query = policies.open_for_my_offers(await me(info))
        if category is not None:
            query = query.filter(category=DemandCategoryModel(category))
        return await paginate(query, first=first, after=after, convert=DemandNode.from_model)


@strawberry.type
class DemandOfferMutations:
    @strawberry.mutation(
        description="Open an accepted demand for offers (→ OPEN_FOR_OFFERS; the operator); "
        "the institutions serving its platform are told."
    )
    async def open_demand_for_offers(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: offers.open_for_offers(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )

    @strawberry.mutation(description="Offer to take a demand open for offers, once (institution).")
    async def offer_to_take_demand(self, info: Info, input: DemandOfferInput) -> DemandOfferPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            offer = await offers.make_offer(
                ctx.actor(),
                user,
                await me(info),
                _demand_id(input.demand_id),
                input.proposal,
                _institution_id(input.institution_id),
            )
        except DomainError as e:
            return DemandOfferPayload(errors=user_errors(e, ctx.lang))
        demand = await Demand.get(id=offer.demand_id)
        return DemandOfferPayload(
            offer=DemandOfferNode.from_model(offer), demand=DemandNode.from_model(demand)
        )

    @strawberry.mutation(description="Withdraw my institution's pending offer.")
    async def withdraw_demand_offer(
        self, info: Info, input: WithdrawDemandOfferInput
    ) -> DemandOfferPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            offer = await offers.withdraw_offer(
                ctx.actor(),
                user,
                await me(info),
                _demand_id(input.demand_id),
                _institution_id(input.institution_id),
            )
        except DomainError as e:
            return DemandOfferPayload(errors=user_errors(e, ctx.lang))
        demand = await Demand.get(id=offer.demand_id)
        return DemandOfferPayload(
            offer=DemandOfferNode.from_model(offer), demand=DemandNode.from_model(demand)
        )

    @strawberry.mutation(
        description="Pick an offer (→ ASSIGNED to its institution; the reply deadline starts): "
        "the enterprise or a supervising operator."
    )
    async def pick_demand_offer(self, info: Info, input: PickDemandOfferInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: offers.pick_offer(
                who,
                user,
                me,
                _demand_id(input.demand_id),
                decode_node_id(input.offer_id, "DemandOffer", "offerId"),
                input.note,
            ),
        )

    @strawberry.mutation(
        description="End the call for offers without a pick (→ ACCEPTED; the operator)."
    )
    async def close_demand_offers(self, info: Info, input: DemandIdInput) -> DemandPayload:
        return await _run(
            info,
            lambda who, user, me: offers.close_offers(
                who, user, me, _demand_id(input.demand_id), input.note
            ),
        )
