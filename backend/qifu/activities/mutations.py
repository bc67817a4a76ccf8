"""Mutations of activities: thin wrappers over the services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from strawberry.types import Info

from qifu.activities import services
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
    CreateActivityInput,
    RejectActivityRegistrationInput,
    SignUpForActivityInput,
    UpdateActivityInput,
    who,
)
from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.api.relay import decode_node_id
from qifu.core.audit import Actor
from qifu.core.errors import DomainError


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
