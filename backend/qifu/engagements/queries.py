"""Queries of engagements: a side's own list, and the operators' supervision list."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.relay import Connection, decode_node_id, page_size, paginate
from qifu.catalog.loaders import load_products_by_id
from qifu.catalog.types import visible_product
from qifu.core.errors import DomainError
from qifu.engagements import policies
from qifu.engagements.models import Engagement
from qifu.engagements.models import EngagementStatus as EngagementStatusModel
from qifu.engagements.types import EngagementNode, EngagementStatus
from qifu.feedback import services as feedback
from qifu.feedback.types import Evaluation, EvaluationPage
from qifu.orgs.types import operator_paths


def _id(value: strawberry.ID, kind: str) -> int:
    try:
        return decode_node_id(value, kind, "id")
    except DomainError:
        return 0


@strawberry.type
class EngagementQueries:
    @strawberry.field(
        description="Engagements of my enterprise (enterpriseId) or of my institution "
        "(institutionId): give exactly one; newest first."
    )
    async def my_engagements(
        self,
        info: Info,
        enterprise_id: strawberry.ID | None = None,
        institution_id: strawberry.ID | None = None,
        status: EngagementStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[EngagementNode]:
        ctx = info.context
        ctx.require_user()
        if (enterprise_id is None) == (institution_id is None):
            query = Engagement.filter(policies.NOTHING)
        elif enterprise_id is not None:
            query = policies.of_enterprise(ctx.scope, _id(enterprise_id, "Enterprise"))
        else:
            assert institution_id is not None
            query = policies.of_institution(ctx.scope, _id(institution_id, "Institution"))
        if status is not None:
            query = query.filter(status=EngagementStatusModel(status))
        return await paginate(query, first=first, after=after, convert=EngagementNode.from_model)

    @strawberry.field(description="Engagements an operator supervises: those of the subtree.")
    async def engagements_for_supervision(
        self,
        info: Info,
        status: EngagementStatus | None = None,  # type: ignore[valid-type]
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[EngagementNode]:
        ctx = info.context
        ctx.require_user()
        query = policies.supervised(ctx.scope, await operator_paths(info))
        if status is not None:
            query = query.filter(status=EngagementStatusModel(status))
        return await paginate(query, first=first, after=after, convert=EngagementNode.from_model)

    @strawberry.field(
        description="The ratings of a service product's engagements, newest first: anyone "
        "who may see the product sees them (without the raters' identities)."
    )
    async def product_evaluations(
        self, info: Info, product_id: strawberry.ID, first: int | None = 10, offset: int = 0
    ) -> EvaluationPage:
        found = await info.context.loader(load_products_by_id).load(
            _id(product_id, "ServiceProduct")
        )
        if found is None or await visible_product(info, found) is None:
            return EvaluationPage(total_count=0, items=[])
        total, rows = await feedback.for_target(
            "ServiceProduct", found.id, limit=page_size(first), offset=max(offset, 0)
        )
        return EvaluationPage(total_count=total, items=[Evaluation.from_model(e) for e in rows])
