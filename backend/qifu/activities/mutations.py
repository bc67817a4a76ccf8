"""Mutations of activities: thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from strawberry.types import Info

from qifu.activities import checkin, evaluations, services, summaries
from qifu.activities.after_types import (
    EvaluateActivityInput,
    EvaluateActivityPayload,
    SaveActivitySummaryInput,
)
from qifu.activities.models import Activity, Registration
from qifu.activities.models import ActivityType as ActivityTypeModel
from qifu.activities.models import OrganiserType as OrganiserTypeModel
from qifu.activities.queries import ORGANISER_KINDS
from qifu.activities.types import (
    ActivityIdInput,
    ActivityInput,
    ActivityNode,
    ActivityPayload,
    ActivityReasonInput,
    ActivityRegistrationIdInput,
    ActivityRegistrationNode,
    ActivityRegistrationPayload,
    CheckInPayload,
    CheckInToActivityInput,
    CreateActivityInput,
    RejectActivityRegistrationInput,
    SelfCheckInToActivityInput,
    SignUpForActivityInput,
    UpdateActivityInput,
    who,
)
from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.checkin import services as checkins
from qifu.checkin.services import CheckInResult, Outcome
from qifu.core.audit import Actor
from qifu.core.errors import DomainError
from qifu.feedback.types import Evaluation


def _activity_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "Activity", "activityId")


def _registration_id(value: strawberry.ID) -> int:
    return decode_node_id(value, "ActivityRegistration", "registrationId")


def _data(a: ActivityInput) -> services.ActivityData:
    return services.ActivityData(
        name=a.name,
        type=ActivityTypeModel(a.type),
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        signup_deadline=a.signup_deadline,
        capacity=a.capacity,
        content=a.content,
        logo_file_id=decode_node_id(a.logo_file_id, "StoredFile", "logoFileId")
        if a.logo_file_id
        else None,
        agenda=tuple(services.AgendaItem(i.time, i.title, i.speaker) for i in a.agenda),
        venue=a.venue,
        online_link=a.online_link,
        region_code=a.region_code,
        audience_scales=tuple(a.audience_scales),
        audience_industries=tuple(a.audience_industries),
        audience_regions=tuple(a.audience_regions),
        needs_approval=a.needs_approval,
        verified_only=a.verified_only,
        contact=a.contact,
    )


CheckInAction = Callable[[Actor, services.Who, int], Awaitable[Outcome]]


async def _run_check_in(
    info: Info, activity_id: strawberry.ID, action: CheckInAction
) -> CheckInPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        outcome = await action(ctx.actor(), me, _activity_id(activity_id))
    except DomainError as e:
        return CheckInPayload(result=CheckInResult.INVALID, errors=user_errors(e, ctx.lang))
    registration = (
        await Registration.get_or_none(id=outcome.holder_id) if outcome.holder_id else None
    )
    return CheckInPayload(
        result=outcome.result,
        registration=ActivityRegistrationNode.from_model(registration) if registration else None,
        first_checked_in_at=outcome.checked_in_at,
    )


ActivityAction = Callable[[Actor, services.Who], Awaitable[Activity]]
RegistrationAction = Callable[[Actor, services.Who], Awaitable[Registration]]


async def _me(info: Info) -> services.Who:
    info.context.require_user()
    me = await who(info)
    assert me is not None
    return me


async def _run(info: Info, action: ActivityAction) -> ActivityPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        activity = await action(ctx.actor(), me)
    except DomainError as e:
        return ActivityPayload(errors=user_errors(e, ctx.lang))
    return ActivityPayload(activity=ActivityNode.from_model(activity))


async def _run_registration(info: Info, action: RegistrationAction) -> ActivityRegistrationPayload:
    ctx: Context = info.context
    me = await _me(info)
    try:
        registration = await action(ctx.actor(), me)
    except DomainError as e:
        return ActivityRegistrationPayload(errors=user_errors(e, ctx.lang))
    return ActivityRegistrationPayload(
        registration=ActivityRegistrationNode.from_model(registration)
    )


@strawberry.type
class ActivityMutations:
    @strawberry.mutation(description="Create an activity as DRAFT for an organiser I act for.")
    async def create_activity(self, info: Info, input: CreateActivityInput) -> ActivityPayload:
        kind = OrganiserTypeModel(input.organiser_type)

        async def act(actor: Actor, me: services.Who) -> Activity:
            oid = decode_node_id(input.organiser_id, ORGANISER_KINDS[kind], "organiserId")
            return await services.create(actor, me, kind, oid, _data(input.activity))

        return await _run(info, act)

    @strawberry.mutation(description="Edit a DRAFT or REJECTED activity.")
    async def update_activity(self, info: Info, input: UpdateActivityInput) -> ActivityPayload:
        return await _run(
            info,
            lambda actor, me: services.update(
                actor, me, _activity_id(input.activity_id), _data(input.activity)
            ),
        )

    @strawberry.mutation(description="Submit a DRAFT for review (→ PENDING).")
    async def submit_activity(self, info: Info, input: ActivityIdInput) -> ActivityPayload:
        return await _run(
            info, lambda actor, me: services.submit(actor, me, _activity_id(input.activity_id))
        )

    @strawberry.mutation(description="Publish a PENDING activity (operators of the subtree).")
    async def approve_activity(self, info: Info, input: ActivityIdInput) -> ActivityPayload:
        return await _run(
            info, lambda actor, me: services.approve(actor, me, _activity_id(input.activity_id))
        )

    @strawberry.mutation(description="Reject a PENDING activity with a reason (operators).")
    async def reject_activity(self, info: Info, input: ActivityReasonInput) -> ActivityPayload:
        return await _run(
            info,
            lambda actor, me: services.reject(
                actor, me, _activity_id(input.activity_id), input.reason
            ),
        )

    @strawberry.mutation(description="Take a REJECTED activity back to DRAFT to edit it.")
    async def revise_activity(self, info: Info, input: ActivityIdInput) -> ActivityPayload:
        return await _run(
            info, lambda actor, me: services.revise(actor, me, _activity_id(input.activity_id))
        )

    @strawberry.mutation(
        description="Cancel an activity before it ends, with a reason; registrants are told."
    )
    async def cancel_activity(self, info: Info, input: ActivityReasonInput) -> ActivityPayload:
        return await _run(
            info,
            lambda actor, me: services.cancel(
                actor, me, _activity_id(input.activity_id), input.reason
            ),
        )

    @strawberry.mutation(
        description="Sign up: CONFIRMED, WAITLISTED when full, or PENDING_APPROVAL."
    )
    async def sign_up_for_activity(
        self, info: Info, input: SignUpForActivityInput
    ) -> ActivityRegistrationPayload:
        return await _run_registration(
            info,
            lambda actor, me: services.sign_up(
                actor, me, _activity_id(input.activity_id), input.note
            ),
        )

    @strawberry.mutation(
        description="Withdraw my registration; a freed place goes to the waitlist."
    )
    async def cancel_activity_registration(
        self, info: Info, input: ActivityRegistrationIdInput
    ) -> ActivityRegistrationPayload:
        return await _run_registration(
            info,
            lambda actor, me: services.cancel_registration(
                actor, me, _registration_id(input.registration_id)
            ),
        )

    @strawberry.mutation(description="Approve a PENDING_APPROVAL registration (the organiser).")
    async def approve_activity_registration(
        self, info: Info, input: ActivityRegistrationIdInput
    ) -> ActivityRegistrationPayload:
        return await _run_registration(
            info,
            lambda actor, me: services.approve_registration(
                actor, me, _registration_id(input.registration_id)
            ),
        )

    @strawberry.mutation(description="Reject a PENDING_APPROVAL registration with a reason.")
    async def reject_activity_registration(
        self, info: Info, input: RejectActivityRegistrationInput
    ) -> ActivityRegistrationPayload:
        return await _run_registration(
            info,
            lambda actor, me: services.reject_registration(
                actor, me, _registration_id(input.registration_id), input.reason
            ),
        )

    @strawberry.mutation(
        description="Write or edit the summary of an ENDED or SUMMARIZED activity (the "
        "organiser); the first save moves ENDED → SUMMARIZED."
    )
    async def save_activity_summary(
        self, info: Info, input: SaveActivitySummaryInput
    ) -> ActivityPayload:
        def act(actor: Actor, me: services.Who) -> Awaitable[Activity]:
            return summaries.save(
                actor,
                me,
                _activity_id(input.activity_id),
                text=input.text,
                photo_file_ids=[
                    decode_node_id(i, "StoredFile", "photoFileIds") for i in input.photo_file_ids
                ],
                attendance=input.attendance,
            )

        return await _run(info, act)

    @strawberry.mutation(
        description="Rate an ENDED or SUMMARIZED activity I checked in to, once: overall and "
        "content, organisation, usefulness (each 1–5), and a comment."
    )
    async def evaluate_activity(
        self, info: Info, input: EvaluateActivityInput
    ) -> EvaluateActivityPayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            activity_id = _activity_id(input.activity_id)
            evaluation = await evaluations.evaluate(
                ctx.actor(),
                user,
                ctx.scope,
                activity_id,
                overall=input.overall,
                dimensions={d.name: d.score for d in input.dimensions},
                comment=input.comment,
            )
        except DomainError as e:
            return EvaluateActivityPayload(errors=user_errors(e, ctx.lang))
        activity = await Activity.get(id=activity_id)
        return EvaluateActivityPayload(
            activity=ActivityNode.from_model(activity),
            evaluation=Evaluation.from_model(evaluation),
        )

    @strawberry.mutation(
        description="Check a registrant in with their QR token or typed code (the organiser)."
    )
    async def check_in_to_activity(
        self, info: Info, input: CheckInToActivityInput
    ) -> CheckInPayload:
        return await _run_check_in(
            info,
            input.activity_id,
            lambda actor, me, aid: checkins.check_in(
                actor, me, checkin.KIND, aid, input.code, input.nonce
            ),
        )

    @strawberry.mutation(
        description="Check myself in with the code on the venue's screen (the registrant)."
    )
    async def self_check_in_to_activity(
        self, info: Info, input: SelfCheckInToActivityInput
    ) -> CheckInPayload:
        return await _run_check_in(
            info,
            input.activity_id,
            lambda actor, me, aid: checkins.self_check_in(
                actor, me.user.id, checkin.KIND, aid, input.venue_code, input.nonce
            ),
        )
