"""The organiser's summary: allowed states, attendance from the check-ins or as given, photo
checks, who may write it, and its photos public once SUMMARIZED."""

from __future__ import annotations

from urllib.parse import urlparse

import httpx
import pytest

from qifu.accounts.models import Role, ScopeType
from qifu.accounts.services import grant_role
from qifu.activities import summaries
from qifu.activities.models import Activity, ActivityStatus, ActivitySummary
from qifu.core.errors import DomainError, ErrorCode
from qifu.files import services as file_services
from qifu.files.models import FilePurpose, StoredFile
from tests.activities.after_support import attendees, ended, gid
from tests.activities.support import World, drive
from tests.files.support import png
from tests.support import ACTOR, gql, login_token

S = ActivityStatus

SAVE = """
mutation ($input: SaveActivitySummaryInput!) {
  saveActivitySummary(input: $input) {
    activity { id status summary { text attendance photos { id url } } }
    errors { field code }
  }
}"""
SHOW = """
query ($id: ID!) {
  node(id: $id) { ... on Activity { status summary { text attendance updatedAt photos { url } } } }
}"""


async def _photo(owner_role: str, world: World, purpose: FilePurpose = FilePurpose.ATTACHMENT):
    return await file_services.upload(
        ACTOR,
        world.users[owner_role],
        file_services.BytesUpload("现场照片.png", png()),
        purpose=purpose,
    )


async def test_first_save_summarizes_with_attendance_from_check_ins(
    world: World, client: httpx.AsyncClient
) -> None:
    activity, _ = await ended(world, await attendees(3), checked_in=2)
    photo = await _photo("i1_member", world)
    token = await login_token(client, "i1m@qifu.cn")
    answer = await gql(
        client,
        SAVE,
        {
            "input": {
                "activityId": gid("Activity", activity.id),
                "text": "  本次宣讲会解读了三项惠企政策。 ",
                "photoFileIds": [gid("StoredFile", photo.id)],
            }
        },
        token=token,
    )
    payload = answer["data"]["saveActivitySummary"]
    assert payload["errors"] == []
    assert payload["activity"]["status"] == "SUMMARIZED"
    summary = payload["activity"]["summary"]
    assert summary["text"] == "本次宣讲会解读了三项惠企政策。"
    assert summary["attendance"] == 2
    assert [p["id"] for p in summary["photos"]] == [gid("StoredFile", photo.id)]

    # Editing keeps SUMMARIZED; a given figure (walk-ins) is kept as given.
    again = await gql(
        client,
        SAVE,
        {
            "input": {
                "activityId": gid("Activity", activity.id),
                "text": "补充：现场另有 3 人未报名参加。",
                "photoFileIds": [gid("StoredFile", photo.id)],
                "attendance": 5,
            }
        },
        token=token,
    )
    edited = again["data"]["saveActivitySummary"]
    assert edited["errors"] == []
    assert edited["activity"]["status"] == "SUMMARIZED"
    assert edited["activity"]["summary"]["attendance"] == 5
    stored = await ActivitySummary.get(activity_id=activity.id)
    assert stored.attendance == 5 and stored.photo_file_ids == [photo.id]

    # Anyone sees the summary, and its photos by a plain link that needs no sign-in.
    shown = (await gql(client, SHOW, {"id": gid("Activity", activity.id)}))["data"]["node"]
    assert shown["summary"]["text"].startswith("补充")
    url = shown["summary"]["photos"][0]["url"]
    assert "token=" not in url
    response = await client.get(urlparse(url).path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"


@pytest.mark.parametrize("state", [S.DRAFT, S.PENDING, S.PUBLISHED, S.ONGOING, S.CANCELLED])
async def test_only_after_the_end(world: World, state: S) -> None:
    activity = await drive(world, state)
    with pytest.raises(DomainError) as e:
        await summaries.save(ACTOR, await world.who("i1_member"), activity.id, text="总结")
    assert e.value.code is ErrorCode.INVALID_TRANSITION
    assert not await ActivitySummary.filter(activity_id=activity.id).exists()
    assert (await Activity.get(id=activity.id)).status == state


async def test_bad_input_changes_nothing(world: World) -> None:
    activity, _ = await ended(world, await attendees(1), checked_in=1, capacity=10)
    org = await world.who("i1_member")
    mine = await _photo("i1_member", world)
    others = await _photo("user", world)
    licence = await _photo("i1_member", world, FilePurpose.BUSINESS_LICENCE)
    many = [(await _photo("i1_member", world)).id for _ in range(10)]
    cases: list[tuple[dict[str, object], str, ErrorCode]] = [
        ({"text": "  "}, "text", ErrorCode.REQUIRED),
        ({"text": "x" * 20001}, "text", ErrorCode.TOO_LONG),
        ({"attendance": -1}, "attendance", ErrorCode.INVALID),
        ({"attendance": 10 + 1001}, "attendance", ErrorCode.INVALID),
        ({"photo_file_ids": many}, "photoFileIds", ErrorCode.TOO_MANY),
        ({"photo_file_ids": [mine.id, others.id]}, "photoFileIds", ErrorCode.NOT_FOUND),
        ({"photo_file_ids": [licence.id]}, "photoFileIds", ErrorCode.INVALID),
        ({"photo_file_ids": [999999]}, "photoFileIds", ErrorCode.NOT_FOUND),
    ]
    for changes, field, code in cases:
        kwargs: dict[str, object] = {"text": "总结", **changes}
        with pytest.raises(DomainError) as e:
            await summaries.save(ACTOR, org, activity.id, **kwargs)  # type: ignore[arg-type]
        assert (e.value.field, e.value.code) == (field, code), changes
    assert not await ActivitySummary.filter(activity_id=activity.id).exists()
    assert (await Activity.get(id=activity.id)).status == S.ENDED
    # The largest allowed figure and 9 photos are fine.
    await summaries.save(
        ACTOR, org, activity.id, text="总结", photo_file_ids=many[:9], attendance=1010
    )
    assert (await Activity.get(id=activity.id)).status == S.SUMMARIZED


@pytest.mark.parametrize("role", ["user", "user2", "op_wenzhou", "op_hangzhou", "dept_handler"])
async def test_only_the_organiser_writes_it(world: World, role: str) -> None:
    activity, _ = await ended(world, [], checked_in=0)
    with pytest.raises(DomainError) as e:
        await summaries.save(ACTOR, await world.who(role), activity.id, text="总结")
    assert (e.value.field, e.value.code) == ("activityId", ErrorCode.NOT_FOUND)
    assert not await ActivitySummary.filter(activity_id=activity.id).exists()


async def test_photos_of_a_summary_public_only_once_summarized(
    world: World, client: httpx.AsyncClient
) -> None:
    activity, _ = await ended(world, [], checked_in=0)
    photo = await _photo("i1_member", world)
    stray = await _photo("i1_member", world)

    async def anonymous_status(file: StoredFile) -> int:
        return (await client.get(f"/files/{file.key}")).status_code

    assert await anonymous_status(photo) == 404
    await summaries.save(
        ACTOR, await world.who("i1_member"), activity.id, text="总结", photo_file_ids=[photo.id]
    )
    assert await anonymous_status(photo) == 200
    assert await anonymous_status(stray) == 404
    # Another member of the organiser keeps a photo already on the summary, but cannot add
    # one they did not upload.
    await grant_role(
        world.users["user2"], Role.INSTITUTION_MEMBER, ScopeType.INSTITUTION, world.i1.id
    )
    other_member = await world.who("user2")
    with pytest.raises(DomainError) as e:
        await summaries.save(
            ACTOR, other_member, activity.id, text="总结", photo_file_ids=[photo.id, stray.id]
        )
    assert (e.value.field, e.value.code) == ("photoFileIds", ErrorCode.NOT_FOUND)
    await summaries.save(
        ACTOR, other_member, activity.id, text="总结（修订）", photo_file_ids=[photo.id]
    )
    stored = await ActivitySummary.get(activity_id=activity.id)
    assert (stored.text, stored.photo_file_ids) == ("总结（修订）", [photo.id])
