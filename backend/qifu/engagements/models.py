"""Engagements: an enterprise requests a service product and the standard service flow
(服务申请 → 需求调查 → 协议签订 → 服务制定 → 服务执行 → 服务跟踪 → 服务改进) runs as its states,
each step archived."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.catalog.models import ServiceProduct
from qifu.orgs.models import Enterprise, Institution, Platform


class EngagementStatus(StrEnum):
    REQUESTED = "REQUESTED"  # 服务申请
    INVESTIGATING = "INVESTIGATING"  # 需求调查
    AGREED = "AGREED"  # 协议签订
    PLANNED = "PLANNED"  # 服务制定
    IN_SERVICE = "IN_SERVICE"  # 服务执行
    DELIVERED = "DELIVERED"  # 服务跟踪
    CONFIRMED = "CONFIRMED"
    EVALUATED = "EVALUATED"  # 服务改进
    DECLINED = "DECLINED"
    CANCELLED = "CANCELLED"


class StepKind(StrEnum):
    TRANSITION = "TRANSITION"
    PROGRESS = "PROGRESS"


class Engagement(Model):
    id = fields.BigIntField(primary_key=True)
    product: fields.ForeignKeyRelation[ServiceProduct] = fields.ForeignKeyField(
        "models.ServiceProduct",
        related_name="engagements",
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    product_id: int
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="engagements", on_delete=fields.RESTRICT, db_index=True
    )
    enterprise_id: int
    institution: fields.ForeignKeyRelation[Institution] = fields.ForeignKeyField(
        "models.Institution", related_name="engagements", on_delete=fields.RESTRICT, db_index=True
    )
    institution_id: int
    # The institution's platform: its operators supervise the engagement.
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="engagements", on_delete=fields.RESTRICT
    )
    platform_id: int
    requested_by_id = fields.BigIntField()
    need = fields.TextField()
    status = fields.CharEnumField(
        EngagementStatus, max_length=15, default=EngagementStatus.REQUESTED, db_index=True
    )
    status_reason = fields.TextField(default="")
    # The first answer (investigate or decline) is due within 2 working days.
    answer_due_at = fields.DatetimeField()
    answered_at = fields.DatetimeField(null=True)
    answered_late = fields.BooleanField(null=True)
    # 协议: the agreement file, the fee in 元 and the agreed period.
    agreement_file_id = fields.BigIntField(null=True)
    fee = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    period_start = fields.DateField(null=True)
    period_end = fields.DateField(null=True)
    # 服务方案: the plan, the named personnel and the planned dates.
    plan = fields.TextField(default="")
    personnel: fields.Field[list] = fields.JSONField(default=list)
    planned_start_on = fields.DateField(null=True)
    planned_delivery_on = fields.DateField(null=True)
    # 服务成果: the result report.
    report = fields.TextField(default="")
    report_file_id = fields.BigIntField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    delivered_late = fields.BooleanField(null=True)
    confirm_due_at = fields.DatetimeField(null=True, db_index=True)
    confirmed_at = fields.DatetimeField(null=True)
    auto_confirmed = fields.BooleanField(default=False)
    # Every file attached anywhere in the engagement as "|1|2|", for the read rule.
    file_keys = fields.TextField(default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "engagement"


class EngagementStep(Model):
    """One archived step (who, when, note, attachments and what it recorded)."""

    id = fields.BigIntField(primary_key=True)
    engagement: fields.ForeignKeyRelation[Engagement] = fields.ForeignKeyField(
        "models.Engagement", related_name="steps", on_delete=fields.CASCADE
    )
    engagement_id: int
    kind = fields.CharEnumField(StepKind, max_length=10, default=StepKind.TRANSITION)
    from_status = fields.CharEnumField(EngagementStatus, max_length=15, null=True)
    to_status = fields.CharEnumField(EngagementStatus, max_length=15)
    actor_id = fields.BigIntField(null=True)
    actor_name = fields.CharField(max_length=100, default="")
    note = fields.TextField(default="")
    attachment_ids: fields.Field[list] = fields.JSONField(default=list)
    # What the step recorded (fee, period, personnel, planned dates …), for the archive.
    detail: fields.Field[dict] = fields.JSONField(default=dict)
    at = fields.DatetimeField()

    class Meta:
        table = "engagement_step"
