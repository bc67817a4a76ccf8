"""The one schema: the sum of every domain's Query and Mutation classes."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry import relay
from strawberry.schema.config import StrawberryConfig
from strawberry.types import Info

from qifu.accounts.mutations import AccountMutations
from qifu.accounts.queries import AccountQueries
from qifu.activities.mutations import ActivityMutations
from qifu.activities.queries import ActivityQueries
from qifu.api.audit_refusals import audit_every_mutation
from qifu.api.extensions import build_extensions
from qifu.audit.queries import AuditQueries
from qifu.catalog.mutations import CatalogMutations
from qifu.catalog.queries import CatalogQueries
from qifu.demands.board_api import BoardMutations, BoardQueries
from qifu.demands.complaint_api import ComplaintMutations, ComplaintQueries
from qifu.demands.mutations import DemandMutations
from qifu.demands.offer_api import DemandOfferMutations, DemandOfferQueries
from qifu.demands.queries import DemandQueries
from qifu.engagements.mutations import EngagementMutations
from qifu.engagements.queries import EngagementQueries
from qifu.feedback.mutations import FeedbackMutations
from qifu.files.mutations import FileMutations
from qifu.notify.mutations import NotifyMutations
from qifu.notify.queries import NotifyQueries
from qifu.notify.subscriptions import NotifySubscriptions
from qifu.orgs.mutations import OrgLibraryMutations, OrgMutations
from qifu.orgs.queries import DirectoryQueries, OrgConsoleQueries, OrgQueries
from qifu.settings import Settings, settings
from qifu.training.assessment_mutations import AssessmentMutations
from qifu.training.assessment_queries import AssessmentQueries
from qifu.training.mutations import TrainingMutations
from qifu.training.queries import TrainingQueries
from qifu.workcalendar.mutations import CalendarMutations
from qifu.workcalendar.queries import CalendarQueries


@strawberry.type
class Query(
    AccountQueries,
    AuditQueries,
    CalendarQueries,
    OrgQueries,
    DirectoryQueries,
    OrgConsoleQueries,
    CatalogQueries,
    EngagementQueries,
    DemandQueries,
    DemandOfferQueries,
    BoardQueries,
    ComplaintQueries,
    NotifyQueries,
    ActivityQueries,
    TrainingQueries,
    AssessmentQueries,
):
    @strawberry.field(description="Any object by its global ID; null when it is not visible.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        try:
            global_id = relay.GlobalID.from_id(id)
            return await global_id.resolve_node(info, required=False)
        except (relay.GlobalIDValueError, KeyError, ValueError, TypeError):
            return None


@strawberry.type
class Mutation(
    AccountMutations,
    CalendarMutations,
    OrgMutations,
    OrgLibraryMutations,
    FileMutations,
    CatalogMutations,
    EngagementMutations,
    DemandMutations,
    DemandOfferMutations,
    BoardMutations,
    ComplaintMutations,
    FeedbackMutations,
    NotifyMutations,
    ActivityMutations,
    TrainingMutations,
    AssessmentMutations,
):
    pass


audit_every_mutation(Mutation)


@strawberry.type
class Subscription(NotifySubscriptions):
    pass


class QifuSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Unexpected errors are logged once, with the request id, by MaskUnexpectedErrors;
        expected ones (not authenticated, invalid queries) are not failures of the server."""


def build_schema(s: Settings | None = None) -> strawberry.Schema:
    s = s or settings()
    return QifuSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=build_extensions(s),
        config=StrawberryConfig(disable_field_suggestions=s.is_production),
    )


def schema_sdl() -> str:
    return (
        strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription).as_str() + "\n"
    )
