"""Sign-up: one registration per person, places never oversold, the waitlist promoted in
order, the approval flow, and the clear refusals (closed, not verified, already registered)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qifu.activities import services
from qifu.activities.models import (
    Activity,
    ActivityStatus,
    OrganiserType,
    Registration,
    RegistrationStatus,
)
from qifu.core import clock
from qifu.core.errors import DomainError, ErrorCode, ValidationErrors
from qifu.core.models import OutboxMessage
from qifu.files import policies as file_policies
from qifu.files import services as file_services
from qifu.files.models import FilePurpose, StoredFile
from qifu.notify.models import Notification
from tests.activities.support import World, data, drive
from tests.orgs.support import png_upload
from tests.support import ACTOR

S = ActivityStatus
R = RegistrationStatus


async def _refused(call: object, code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as caught:
        await call  # type: ignore[misc]
    assert (caught.value.code, caught.value.field) == (code, field)


async def test_full_activity_waitlists_and_a_cancellation_promotes(world: World) -> None:
    a = await drive(world, S.PUBLISHED, capacity=1)
    first, second = await world.who("user"), await world.who("user2")
    r1 = await services.sign_up(ACTOR, first, a.id, "带两份材料")
    r2 = await services.sign_up(ACTOR, second, a.id)
    assert (r1.status, r2.status) == (R.CONFIRMED, R.WAITLISTED)
    assert services.remaining(await Activity.get(id=a.id)) == 0

    await services.cancel_registration(ACTOR, first, r1.id)
    assert (await Registration.get(id=r2.id)).status == R.CONFIRMED
    a = await Activity.get(id=a.id)
    assert (a.confirmed_count, a.waitlist_count) == (1, 0)
    told = await Notification.filter(kind="activity.promoted").values_list("user_id", flat=True)
    assert told == [world.users["user2"].id]
    assert await OutboxMessage.filter(recipient="user2@qifu.cn").exists()

    # The same person may sign up again after cancelling: the one row is reused.
    again = await services.sign_up(ACTOR, first, a.id)
    assert (again.id, again.status) == (r1.id, R.WAITLISTED)


async def test_one_registration_per_person(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    who = await world.who("user")
    await services.sign_up(ACTOR, who, a.id)
    await _refused(services.sign_up(ACTOR, who, a.id), ErrorCode.ALREADY_REGISTERED, "activityId")
    assert await Registration.filter(activity_id=a.id).count() == 1
    assert (await Activity.get(id=a.id)).confirmed_count == 1


@pytest.mark.parametrize("state", [S.DRAFT, S.PENDING, S.REJECTED])
async def test_unpublished_activities_are_unknown(world: World, state: S) -> None:
    a = await drive(world, state)
    await _refused(
        services.sign_up(ACTOR, await world.who("user"), a.id), ErrorCode.NOT_FOUND, "activityId"
    )


@pytest.mark.parametrize("state", [S.ONGOING, S.ENDED, S.SUMMARIZED, S.CANCELLED])
async def test_signup_closed_outside_published(world: World, state: S) -> None:
    a = await drive(world, state)
    await _refused(
        services.sign_up(ACTOR, await world.who("user"), a.id),
        ErrorCode.SIGNUP_CLOSED,
        "activityId",
    )
    assert await Registration.filter(activity_id=a.id).count() == 0


async def test_signup_closed_after_the_deadline(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    clock.advance(a.signup_deadline - clock.now() + timedelta(seconds=1))
    await _refused(
        services.sign_up(ACTOR, await world.who("user"), a.id),
        ErrorCode.SIGNUP_CLOSED,
        "activityId",
    )
    assert await Registration.filter(activity_id=a.id).count() == 0


async def test_verified_only(world: World) -> None:
    a = await drive(world, S.PUBLISHED, verified_only=True)
    await _refused(
        services.sign_up(ACTOR, await world.who("user"), a.id),
        ErrorCode.ENTERPRISE_NOT_VERIFIED,
        "activityId",
    )
    assert await Registration.filter(activity_id=a.id).count() == 0


async def test_approval_flow(world: World) -> None:
    a = await drive(world, S.PUBLISHED, capacity=1, needs_approval=True)
    org = await world.who("i1_member")
    r1 = await services.sign_up(ACTOR, await world.who("user"), a.id)
    r2 = await services.sign_up(ACTOR, await world.who("user2"), a.id)
    r3 = await services.sign_up(ACTOR, await world.who("dept_handler"), a.id)
    assert {r1.status, r2.status, r3.status} == {R.PENDING_APPROVAL}
    assert (await Activity.get(id=a.id)).confirmed_count == 0

    # Only the organiser decides; anybody else is told the registration does not exist.
    for stranger in ("user", "op_hangzhou"):
        await _refused(
            services.approve_registration(ACTOR, await world.who(stranger), r1.id),
            ErrorCode.NOT_FOUND,
            "registrationId",
        )
    assert (await services.approve_registration(ACTOR, org, r1.id)).status == R.CONFIRMED
    assert (await services.approve_registration(ACTOR, org, r2.id)).status == R.WAITLISTED
    await _refused(
        services.reject_registration(ACTOR, org, r3.id, " "), ErrorCode.REASON_REQUIRED, "reason"
    )
    rejected = await services.reject_registration(ACTOR, org, r3.id, "名额仅限企业")
    assert (rejected.status, rejected.reason) == (R.REJECTED, "名额仅限企业")
    await _refused(
        services.approve_registration(ACTOR, org, r3.id),
        ErrorCode.INVALID_TRANSITION,
        "registrationId",
    )
    kinds = await Notification.filter(subject_id=a.id).values_list("kind", flat=True)
    assert sorted(kinds) == [
        "activity.registration_confirmed",
        "activity.registration_rejected",
        "activity.registration_waitlisted",
    ]


async def test_cancelling_an_activity_tells_the_registrants(world: World) -> None:
    a = await drive(world, S.PUBLISHED, capacity=1)
    r1 = await services.sign_up(ACTOR, await world.who("user"), a.id)
    r2 = await services.sign_up(ACTOR, await world.who("user2"), a.id)
    await services.cancel(ACTOR, await world.who("i1_member"), a.id, "场地临时不可用")
    assert {(await Registration.get(id=r.id)).status for r in (r1, r2)} == {R.CANCELLED}
    told = await Notification.filter(kind="activity.cancelled").values_list("user_id", flat=True)
    assert sorted(told) == sorted([world.users["user"].id, world.users["user2"].id])
    a = await Activity.get(id=a.id)
    assert (a.status, a.status_reason, a.confirmed_count) == (S.CANCELLED, "场地临时不可用", 0)


async def test_only_the_registrant_cancels(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    r = await services.sign_up(ACTOR, await world.who("user"), a.id)
    await _refused(
        services.cancel_registration(ACTOR, await world.who("user2"), r.id),
        ErrorCode.NOT_FOUND,
        "registrationId",
    )
    assert (await Registration.get(id=r.id)).status == R.CONFIRMED


async def test_validation_changes_nothing(world: World) -> None:
    org = await world.who("i1_member")
    bad = data(
        capacity=0,
        name=" ",
        venue="",
        online_link="http://plain.example",
        ends_at=clock.now(),
        signup_deadline=clock.now() + timedelta(days=30),
    )
    with pytest.raises(ValidationErrors) as caught:
        await services.create(ACTOR, org, OrganiserType.INSTITUTION, world.i1.id, bad)
    fields = {(e.field, e.code) for e in caught.value.errors}
    assert fields == {
        ("name", ErrorCode.REQUIRED),
        ("onlineLink", ErrorCode.INVALID),
        ("endsAt", ErrorCode.INVALID),
        ("signupDeadline", ErrorCode.INVALID),
        ("capacity", ErrorCode.INVALID),
    }
    assert await Activity.all().count() == 0
    # Acting for an organiser one does not belong to is as for an unknown one.
    await _refused(
        services.create(
            ACTOR, await world.who("user"), OrganiserType.INSTITUTION, world.i1.id, data()
        ),
        ErrorCode.NOT_FOUND,
        "organiserId",
    )
    await _refused(
        services.create(ACTOR, org, OrganiserType.DEPARTMENT, world.dept.id, data()),
        ErrorCode.NOT_FOUND,
        "organiserId",
    )
    dept = await services.create(
        ACTOR, await world.who("dept_handler"), OrganiserType.DEPARTMENT, world.dept.id, data()
    )
    assert (dept.organiser_name, dept.platform_id) == (
        "杭州市经济和信息化局",
        world.network.hangzhou.id,
    )
    platform = await services.create(
        ACTOR,
        await world.who("op_wenzhou"),
        OrganiserType.PLATFORM,
        world.network.wenzhou.id,
        data(),
    )
    assert platform.organiser_name == world.network.wenzhou.name
    # A published activity is no longer editable.
    published = await drive(world, S.PUBLISHED)
    await _refused(
        services.update(ACTOR, org, published.id, data(capacity=5)),
        ErrorCode.INVALID_TRANSITION,
        "activityId",
    )
    assert (await Activity.get(id=published.id)).capacity == 50


async def test_logo_is_an_own_logo_upload(world: World) -> None:
    org = await world.who("i1_member")
    mine = await file_services.upload(ACTOR, org.user, png_upload(), purpose=FilePurpose.LOGO)
    attachment = await file_services.upload(
        ACTOR, org.user, png_upload(), purpose=FilePurpose.ATTACHMENT
    )
    other = await file_services.upload(
        ACTOR, world.users["user"], png_upload(), purpose=FilePurpose.LOGO
    )
    for file_id, code in (
        (int(other.id), ErrorCode.NOT_FOUND),
        (int(attachment.id), ErrorCode.INVALID),
    ):
        await _refused(
            services.create(
                ACTOR, org, OrganiserType.INSTITUTION, world.i1.id, data(logo_file_id=file_id)
            ),
            code,
            "logoFileId",
        )
    assert await Activity.all().count() == 0
    made = await services.create(
        ACTOR, org, OrganiserType.INSTITUTION, world.i1.id, data(logo_file_id=int(mine.id))
    )
    assert made.logo_file_id == int(mine.id)
    await _refused(
        services.create(
            ACTOR, org, OrganiserType.INSTITUTION, world.i1.id, data(audience_regions=("x" * 21,))
        ),
        ErrorCode.TOO_MANY,
        "audienceRegions",
    )


async def test_logo_is_public_once_the_activity_is_shown(world: World) -> None:
    org = await world.who("i1_member")
    logo = await file_services.upload(ACTOR, org.user, png_upload(), purpose=FilePurpose.LOGO)
    stored = await StoredFile.get(id=logo.id)
    draft = await drive(world, S.DRAFT, logo_file_id=int(logo.id))
    outsider = world.users["user"]
    assert not await file_policies.is_public(stored)
    assert not await file_policies.can_read(outsider, [], stored)
    assert await file_policies.can_read(org.user, await org.user.grants.all(), stored)
    await services.submit(ACTOR, org, draft.id)
    await services.approve(ACTOR, await world.who("op_wenzhou"), draft.id)
    assert await file_policies.is_public(stored)
    assert await file_policies.can_read(None, [], stored)
