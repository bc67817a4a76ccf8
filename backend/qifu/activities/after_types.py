"""GraphQL types of what follows an activity: the summary, the statistics and their exports,
and the inputs and payloads of saving a summary and rating an activity."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from qifu.activities import exports, statistics
from qifu.activities.models import ActivitySummary as ActivitySummaryModel
from qifu.api.errors import UserError
from qifu.feedback.types import DimensionScoreInput, Evaluation
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.types import StoredFileNode

if TYPE_CHECKING:
    from qifu.activities.types import ActivityNode, OrganiserType

ActivityRef = Annotated["ActivityNode", strawberry.lazy("qifu.activities.types")]
OrganiserTypeRef = Annotated["OrganiserType", strawberry.lazy("qifu.activities.types")]  # type: ignore[valid-type]


@strawberry.type(description="The organiser's account after the activity (public once SUMMARIZED).")
class ActivitySummary:
    text: str
    attendance: int = strawberry.field(
        description="Filled from the check-ins unless the organiser gave a figure."
    )
    updated_at: datetime
    photo_file_ids: strawberry.Private[list[int]]
    public: strawberry.Private[bool]

    @classmethod
    def from_model(cls, s: ActivitySummaryModel, *, public: bool) -> ActivitySummary:
        return cls(
            text=s.text,
            attendance=s.attendance,
            updated_at=s.updated_at,
            photo_file_ids=list(s.photo_file_ids or []),
            public=public,
        )

    @strawberry.field(description="Up to 9 images, in their order.")
    async def photos(self, info: Info) -> list[StoredFileNode]:
        files = await info.context.loader(load_stored_files_by_id).load_many(self.photo_file_ids)
        return [StoredFileNode.from_model(f, public=self.public) for f in files if f is not None]


@strawberry.interface(description="Figures of one activity or of several added up.")
class ActivityFigures:
    registrations: int = strawberry.field(description="All registrations ever made.")
    confirmed: int
    waitlisted: int
    pending_approval: int
    rejected: int
    cancelled: int
    checked_in: int
    check_in_rate: float | None = strawberry.field(
        description="Checked in among the confirmed (0–1); null when none is confirmed."
    )
    evaluations: int
    average_rating: float | None = strawberry.field(description="Null without ratings.")
    satisfaction_rate: float | None = strawberry.field(
        description="Share of ratings of 4 or 5 (0–1); null without ratings."
    )
    capacity: int


def _figures(f: statistics.Figures) -> dict[str, object]:
    return {
        "registrations": f.registrations,
        "confirmed": f.confirmed,
        "waitlisted": f.waitlisted,
        "pending_approval": f.pending_approval,
        "rejected": f.rejected,
        "cancelled": f.cancelled,
        "checked_in": f.checked_in,
        "check_in_rate": f.check_in_rate,
        "evaluations": f.evaluations,
        "average_rating": f.average_rating,
        "satisfaction_rate": f.satisfaction_rate,
        "capacity": f.capacity,
    }


@strawberry.type(description="One activity's figures (the organiser and reviewers only).")
class ActivityStatistics(ActivityFigures):
    export_url: str = strawberry.field(
        description="An xlsx download for the asking user (summary and registrations "
        "sheets), valid for 10 minutes, usable without an Authorization header."
    )

    @classmethod
    def build(cls, f: statistics.Figures, activity_id: int, user_id: int) -> ActivityStatistics:
        return cls(**_figures(f), export_url=exports.activity_url(activity_id, user_id))  # type: ignore[arg-type]


@strawberry.type(description="The figures of an organiser's activities added up.")
class ActivityStatisticsTotals(ActivityFigures):
    activities: int

    @classmethod
    def build(cls, f: statistics.Figures, activities: int) -> ActivityStatisticsTotals:
        return cls(**_figures(f), activities=activities)  # type: ignore[arg-type]


@strawberry.type
class OrganiserActivityStatisticsRow:
    activity: ActivityRef
    statistics: ActivityStatistics


@strawberry.type(
    description="An organiser's activities that were published (also those later cancelled) "
    "starting in the period, with their figures; newest first."
)
class OrganiserActivityStatistics:
    organiser_type: OrganiserTypeRef
    organiser_id: strawberry.ID
    organiser_name: str
    from_: datetime | None = strawberry.field(name="from")
    to: datetime | None
    totals: ActivityStatisticsTotals
    rows: list[OrganiserActivityStatisticsRow]
    export_url: str = strawberry.field(
        description="An xlsx download (one row per activity), valid for 10 minutes."
    )


# ---- inputs and payloads


@strawberry.input
class SaveActivitySummaryInput:
    activity_id: strawberry.ID
    text: str = strawberry.field(description="Up to 20000 characters.")
    photo_file_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Up to 9 images I uploaded (LOGO or ATTACHMENT)."
    )
    attendance: int | None = strawberry.field(
        default=None,
        description="Null: the number of check-ins; else 0 to capacity + 1000 (walk-ins).",
    )


@strawberry.input
class EvaluateActivityInput:
    activity_id: strawberry.ID
    overall: int = strawberry.field(description="1–5.")
    dimensions: list[DimensionScoreInput] = strawberry.field(
        description="Each 1–5: content, organisation, usefulness."
    )
    comment: str = ""


@strawberry.type
class EvaluateActivityPayload:
    activity: ActivityRef | None = None
    evaluation: Evaluation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
