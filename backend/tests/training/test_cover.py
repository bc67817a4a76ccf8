"""A course's cover image: only an image the provider uploaded as a logo; the provider reads it
back (its form keeps it) in any state, anyone once the course is shown."""

from __future__ import annotations

import httpx
import pytest

from qifu.core.errors import DomainError, ErrorCode
from qifu.files import policies as file_policies
from qifu.files import services as file_services
from qifu.files.models import FilePurpose, StoredFile
from qifu.training import services
from qifu.training.models import Course, CourseStatus, ProviderType
from tests.orgs.support import png_upload
from tests.support import ACTOR, gql
from tests.training.support import World, data, drive
from tests.training.test_api import gid, tokens_of

S = CourseStatus
COVER = """query ($id: ID!) { node(id: $id) { ... on Course { cover { id name } coverUrl } } }"""
COVER_URL = """query ($id: ID!) { node(id: $id) { ... on Course { cover { url } } } }"""


async def test_cover_is_an_own_logo_upload(world: World) -> None:
    provider = await world.who("i1_member")
    mine = await file_services.upload(ACTOR, provider.user, png_upload(), purpose=FilePurpose.LOGO)
    attachment = await file_services.upload(
        ACTOR, provider.user, png_upload(), purpose=FilePurpose.ATTACHMENT
    )
    other = await file_services.upload(
        ACTOR, world.users["user"], png_upload(), purpose=FilePurpose.LOGO
    )
    for file_id, code in (
        (int(other.id), ErrorCode.NOT_FOUND),
        (int(attachment.id), ErrorCode.INVALID),
    ):
        with pytest.raises(DomainError) as refused:
            await services.create(
                ACTOR, provider, ProviderType.INSTITUTION, world.i1.id, data(cover_file_id=file_id)
            )
        assert (refused.value.code, refused.value.field) == (code, "coverFileId")
    assert await Course.all().count() == 0
    made = await services.create(
        ACTOR, provider, ProviderType.INSTITUTION, world.i1.id, data(cover_file_id=int(mine.id))
    )
    assert made.cover_file_id == int(mine.id)


async def test_cover_is_read_back_by_the_provider_and_public_once_shown(
    world: World, client: httpx.AsyncClient
) -> None:
    provider = await world.who("i1_member")
    cover = await file_services.upload(ACTOR, provider.user, png_upload(), purpose=FilePurpose.LOGO)
    stored = await StoredFile.get(id=cover.id)
    draft = await drive(world, S.DRAFT, cover_file_id=int(cover.id))
    assert not await file_policies.is_public(stored)
    t = await tokens_of(client)

    seen = await gql(client, COVER, {"id": gid("Course", draft.id)}, token=t["i1_member"])
    node = seen["data"]["node"]
    assert node["cover"] == {"id": gid("StoredFile", int(cover.id)), "name": stored.original_name}
    assert node["coverUrl"]
    hidden = await gql(client, COVER, {"id": gid("Course", draft.id)}, token=t["user"])
    assert hidden["data"]["node"] is None

    await services.submit(ACTOR, provider, draft.id)
    await services.approve(ACTOR, await world.who("op_wenzhou"), draft.id)
    assert await file_policies.is_public(stored)
    public = await gql(client, COVER, {"id": gid("Course", draft.id)})
    assert public["data"]["node"]["coverUrl"]
    # Anonymous visitors get the same public link through the stored file.
    url = await gql(client, COVER_URL, {"id": gid("Course", draft.id)})
    assert url["data"]["node"]["cover"]["url"] == public["data"]["node"]["coverUrl"]
