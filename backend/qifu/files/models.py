"""One row per upload; the bytes live on disk under their SHA-256 (identical content once)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.accounts.models import User


class FilePurpose(StrEnum):
    """What a file is for; decides the allowed types and who may read it."""

    BUSINESS_LICENCE = "BUSINESS_LICENCE"  # 营业执照: images
    QUALIFICATION = "QUALIFICATION"  # 资质证明: documents or images
    AVATAR = "AVATAR"  # images
    LOGO = "LOGO"  # images
    ATTACHMENT = "ATTACHMENT"  # 附件: documents or images


class StoredFile(Model):
    id = fields.BigIntField(primary_key=True)
    # The opaque, unguessable name in download URLs (the numeric id never appears there).
    key = fields.CharField(max_length=32, unique=True)
    sha256 = fields.CharField(max_length=64, db_index=True)
    size = fields.BigIntField()
    # Sniffed from the bytes, never taken from the client.
    content_type = fields.CharField(max_length=100)
    original_name = fields.CharField(max_length=255)
    purpose = fields.CharEnumField(FilePurpose, max_length=30)
    owner: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_index=True
    )
    owner_id: int
    created_at = fields.DatetimeField()

    class Meta:
        table = "stored_file"
