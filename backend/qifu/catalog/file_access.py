"""Product images: who may attach them, and that anybody may read them once the product is
listed (the institution's members always)."""

from __future__ import annotations

from collections.abc import Sequence

from qifu.accounts.models import RoleGrant, User
from qifu.catalog.models import ServiceProduct
from qifu.catalog.policies import public_q
from qifu.core.errors import DomainError, ErrorCode
from qifu.files.models import FilePurpose, StoredFile
from qifu.files.policies import register_public, register_reader
from qifu.orgs.scopes import scope_of

IMAGE_PURPOSES = frozenset({FilePurpose.LOGO, FilePurpose.ATTACHMENT})
MAX_IMAGES = 9


def image_keys(file_ids: Sequence[int]) -> str:
    return "|" + "|".join(str(i) for i in file_ids) + "|" if file_ids else ""


async def check_images(user: User, file_ids: Sequence[int], *, keep: set[int]) -> list[int]:
    """Images the user uploaded as LOGO or ATTACHMENT (or ones the product has already)."""
    ids = list(dict.fromkeys(file_ids))
    if len(ids) > MAX_IMAGES:
        raise DomainError(ErrorCode.TOO_MANY, "imageIds")
    new = [i for i in ids if i not in keep]
    found = {f.id: f for f in await StoredFile.filter(id__in=new)} if new else {}
    for file_id in new:
        stored = found.get(file_id)
        if stored is None or stored.owner_id != user.id:
            raise DomainError(ErrorCode.NOT_FOUND, "imageIds")
        if stored.purpose not in IMAGE_PURPOSES or not stored.content_type.startswith("image/"):
            raise DomainError(ErrorCode.INVALID, "imageIds")
    return ids


@register_public(*IMAGE_PURPOSES)
async def listed_product_images(file: StoredFile) -> bool:
    """The images of a listed product are public, signed in or not."""
    return await ServiceProduct.filter(public_q(), image_keys__contains=f"|{file.id}|").exists()


@register_reader(*IMAGE_PURPOSES)
async def members_read_product_images(
    viewer: User, grants: Sequence[RoleGrant], file: StoredFile
) -> bool:
    """The institution's members see the images of its products in any state."""
    key = f"|{file.id}|"
    member_of = scope_of(list(grants)).institution_member_of
    return (
        bool(member_of)
        and await ServiceProduct.filter(
            institution_id__in=list(member_of), image_keys__contains=key
        ).exists()
    )
