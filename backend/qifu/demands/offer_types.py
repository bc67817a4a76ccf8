"""GraphQL types of offers (征集承接) and the offers' fields of a demand.

Who sees which offers: the enterprise and the supervising operators all of a demand's
offers; an institution's members only their institution's own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.types import Info

from qifu.demands import policies
from qifu.demands.models import Demand, DemandOffer, OfferStatus
from qifu.demands.policies import Me
from qifu.orgs.loaders import load_institutions_by_id, load_platforms_by_id
from qifu.orgs.types import InstitutionNode

DemandOfferStatus = strawberry.enum(
    OfferStatus,
    name="DemandOfferStatus",
    description="PENDING until the enterprise or an operator picks one (PICKED); the others, "
    "or all when the call is closed, NOT_PICKED; WITHDRAWN by the institution.",
)


async def load_offers_by_demand_id(ids: Sequence[int]) -> list[list[DemandOffer]]:
    grouped: dict[int, list[DemandOffer]] = defaultdict(list)
    for offer in await DemandOffer.filter(demand_id__in=list(ids)).order_by("id"):
        grouped[offer.demand_id].append(offer)
    return [grouped.get(i, []) for i in ids]


def offer_global_id(offer_id: int) -> str:
    return str(relay.GlobalID("DemandOffer", str(offer_id)))


@strawberry.type(name="DemandOffer", description="An institution's offer to take a demand.")
class DemandOfferNode:
    id: strawberry.ID
    proposal: str = strawberry.field(description="How the institution would handle it.")
    status: DemandOfferStatus  # type: ignore[valid-type]
    created_at: datetime
    decided_at: datetime | None
    model: strawberry.Private[DemandOffer]

    @classmethod
    def from_model(cls, o: DemandOffer) -> DemandOfferNode:
        return cls(
            id=strawberry.ID(offer_global_id(o.id)),
            proposal=o.proposal,
            status=OfferStatus(o.status),
            created_at=o.created_at,
            decided_at=o.decided_at,
            model=o,
        )

    @strawberry.field(description="The offering institution (its public fields).")
    async def institution(self, info: Info) -> InstitutionNode | None:
        found = await info.context.loader(load_institutions_by_id).load(self.model.institution_id)
        return InstitutionNode.from_model(found, private=False) if found else None


async def _visible(info: Info, me: Me, demand: Demand) -> list[DemandOffer]:
    offers = await info.context.loader(load_offers_by_demand_id).load(demand.id)
    platform = await info.context.loader(load_platforms_by_id).load(demand.platform_id)
    if policies.is_enterprise(me, demand) or policies.is_supervisor(me, platform):
        return list(offers)
    return [o for o in offers if o.institution_id in me.scope.institution_member_of]


async def offers_of(info: Info, me: Me, demand: Demand) -> list[DemandOfferNode]:
    return [DemandOfferNode.from_model(o) for o in await _visible(info, me, demand)]


async def my_offer_of(info: Info, me: Me, demand: Demand) -> DemandOfferNode | None:
    mine = [
        o
        for o in await info.context.loader(load_offers_by_demand_id).load(demand.id)
        if o.institution_id in me.scope.institution_member_of
    ]
    mine.sort(key=lambda o: o.status != OfferStatus.PENDING)  # the live one first
    return DemandOfferNode.from_model(mine[0]) if mine else None
