"""Service products (服务超市): what institutions offer, reviewed before they are listed."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.orgs.models import Institution, Platform, ServiceCategory


class ProductStatus(StrEnum):
    DRAFT = "DRAFT"
    PENDING = "PENDING"
    PUBLISHED = "PUBLISHED"
    REJECTED = "REJECTED"
    OFFLINE = "OFFLINE"


class Pricing(StrEnum):
    FREE = "FREE"  # 免费
    FIXED = "FIXED"  # 收费: one price
    RANGE = "RANGE"  # 收费: from … to …


class ProductNature(StrEnum):
    PUBLIC_BENEFIT = "PUBLIC_BENEFIT"  # 公益
    VALUE_ADDED = "VALUE_ADDED"  # 增值


class ServiceForm(StrEnum):
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    BOTH = "BOTH"


class ServiceProduct(Model):
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    category = fields.CharEnumField(ServiceCategory, max_length=30, db_index=True)
    description = fields.TextField()
    process_steps: fields.Field[list] = fields.JSONField(default=list)
    pricing = fields.CharEnumField(Pricing, max_length=10)
    # In 元: FIXED has a price; RANGE has a lower and an upper bound; FREE has none.
    price = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    price_min = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    price_max = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    nature = fields.CharEnumField(ProductNature, max_length=20)
    form = fields.CharEnumField(ServiceForm, max_length=10)
    contact_name = fields.CharField(max_length=50)
    contact_phone_enc = fields.CharField(max_length=200)
    contact_email = fields.CharField(max_length=254, default="")
    # Each list again as "|A|B|" text, so both dialects filter with LIKE; an empty audience
    # list means every scale / every industry.
    audience_scales: fields.Field[list] = fields.JSONField(default=list)
    scale_keys = fields.CharField(max_length=100, default="")
    audience_industries: fields.Field[list] = fields.JSONField(default=list)
    industry_keys = fields.CharField(max_length=400, default="")
    service_areas: fields.Field[list] = fields.JSONField(default=list)
    area_keys = fields.CharField(max_length=400, default="")
    image_file_ids: fields.Field[list] = fields.JSONField(default=list)
    image_keys = fields.CharField(max_length=200, default="")
    institution: fields.ForeignKeyRelation[Institution] = fields.ForeignKeyField(
        "models.Institution", related_name="products", on_delete=fields.RESTRICT
    )
    institution_id: int
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="products", on_delete=fields.RESTRICT
    )
    platform_id: int
    status = fields.CharEnumField(
        ProductStatus, max_length=10, default=ProductStatus.DRAFT, db_index=True
    )
    status_reason = fields.TextField(default="")
    created_by_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    submitted_at = fields.DatetimeField(null=True)
    published_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "service_product"


class ServiceProductReview(Model):
    """One state change of a product (who, when, from, to, why), kept as its history."""

    id = fields.BigIntField(primary_key=True)
    product: fields.ForeignKeyRelation[ServiceProduct] = fields.ForeignKeyField(
        "models.ServiceProduct", related_name="reviews", on_delete=fields.CASCADE
    )
    product_id: int
    from_status = fields.CharEnumField(ProductStatus, max_length=10, null=True)
    to_status = fields.CharEnumField(ProductStatus, max_length=10)
    actor_id = fields.BigIntField(null=True)
    reason = fields.TextField(default="")
    at = fields.DatetimeField()

    class Meta:
        table = "service_product_review"
