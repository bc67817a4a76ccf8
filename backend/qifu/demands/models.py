"""Demands (诉求): what an enterprise asks of the platform, handled in a closed loop with
deadlines on the working-day calendar, a timeline of every step and a satisfaction rating."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.orgs.models import Enterprise, Platform


class DemandKind(StrEnum):
    DEMAND = "DEMAND"  # 诉求
    COMPLAINT = "COMPLAINT"  # 投诉


class ComplaintTarget(StrEnum):
    """What a complaint is against."""

    INSTITUTION = "INSTITUTION"
    SERVICE = "SERVICE"  # a service product
    OPERATOR = "OPERATOR"  # the operators of a platform


class DemandCategory(StrEnum):
    POLICY_CONSULTATION = "POLICY_CONSULTATION"
    FINANCING = "FINANCING"
    TECHNOLOGY = "TECHNOLOGY"
    TALENT = "TALENT"
    MARKET = "MARKET"
    LEGAL = "LEGAL"
    PRODUCTION = "PRODUCTION"
    EXPERT_CONSULTATION = "EXPERT_CONSULTATION"  # 一企一策
    OTHER = "OTHER"


class DemandChannel(StrEnum):
    ONLINE = "ONLINE"
    PHONE = "PHONE"
    WINDOW = "WINDOW"
    LETTER = "LETTER"


class DemandStatus(StrEnum):
    SUBMITTED = "SUBMITTED"
    ACCEPTED = "ACCEPTED"  # 受理
    NOT_ACCEPTED = "NOT_ACCEPTED"  # 不予受理 (一次性告知)
    WITHDRAWN = "WITHDRAWN"
    OPEN_FOR_OFFERS = "OPEN_FOR_OFFERS"
    ASSIGNED = "ASSIGNED"
    WAITING_FOR_ENTERPRISE = "WAITING_FOR_ENTERPRISE"
    REPLIED = "REPLIED"
    REOPENED = "REOPENED"
    RESOLVED = "RESOLVED"
    CLOSED = "CLOSED"


class HandlerType(StrEnum):
    INSTITUTION = "INSTITUTION"
    DEPARTMENT = "DEPARTMENT"
    EXPERT = "EXPERT"
    PLATFORM = "PLATFORM"  # the operators of a platform: the handlers of complaints


# The columns' comment as first migrated. PLATFORM (added later) fits the same VARCHAR(12);
# a new comment would need ALTER COLUMN … COMMENT, which SQLite cannot do.
HANDLER_COLUMN_COMMENT = "INSTITUTION: INSTITUTION\nDEPARTMENT: DEPARTMENT\nEXPERT: EXPERT"


class DemandEventKind(StrEnum):
    TRANSITION = "TRANSITION"
    TRANSFER = "TRANSFER"  # 流转
    URGE = "URGE"  # 催办
    NOTE = "NOTE"


class Demand(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharEnumField(DemandKind, max_length=10, default=DemandKind.DEMAND)
    category = fields.CharEnumField(DemandCategory, max_length=20, db_index=True)
    title = fields.CharField(max_length=100)
    description = fields.TextField()
    contact_name = fields.CharField(max_length=50, default="")
    contact_phone_enc = fields.CharField(max_length=200, default="")
    period_start = fields.DateField(null=True)
    period_end = fields.DateField(null=True)
    attachment_ids: fields.Field[list] = fields.JSONField(default=list)
    # Every file attached anywhere in the demand as "|1|2|", for the read rule.
    file_keys = fields.TextField(default="")
    channel = fields.CharEnumField(DemandChannel, max_length=10, default=DemandChannel.ONLINE)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="demands", on_delete=fields.RESTRICT, db_index=True
    )
    enterprise_id: int
    # The enterprise's window platform: its operators (and those above) handle the demand.
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="demands", on_delete=fields.RESTRICT
    )
    platform_id: int
    submitted_by_id = fields.BigIntField()
    status = fields.CharEnumField(
        DemandStatus, max_length=25, default=DemandStatus.SUBMITTED, db_index=True
    )
    status_reason = fields.TextField(default="")
    handler_type = fields.CharEnumField(
        HandlerType, max_length=12, null=True, description=HANDLER_COLUMN_COMMENT
    )
    handler_id = fields.BigIntField(null=True)
    # Every handler it was ever assigned or transferred to, as "|INSTITUTION:3|EXPERT:5|", so
    # a handler's list ("now or before") is one LIKE filter on both dialects.
    handler_keys = fields.TextField(default="")
    reply = fields.TextField(default="")
    accept_due_at = fields.DatetimeField()
    reply_due_at = fields.DatetimeField(null=True)
    paused_at = fields.DatetimeField(null=True)
    # Working time the reply clock stood still while waiting for the enterprise.
    paused_seconds = fields.IntField(default=0)
    submitted_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    accepted_on_time = fields.BooleanField(null=True)
    assigned_at = fields.DatetimeField(null=True)
    replied_at = fields.DatetimeField(null=True)
    replied_on_time = fields.BooleanField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    last_urged_at = fields.DatetimeField(null=True)
    # A complaint's target (kind COMPLAINT only) and its name when the complaint was made.
    complaint_target_type = fields.CharEnumField(ComplaintTarget, max_length=12, null=True)
    complaint_target_id = fields.BigIntField(null=True)
    complaint_target_name = fields.CharField(max_length=200, default="")
    # The worker's marks: a reminder or an escalation is sent once per deadline; they are
    # cleared when a new deadline is set.
    accept_reminded_at = fields.DatetimeField(null=True)
    accept_escalated_at = fields.DatetimeField(null=True)
    reply_reminded_at = fields.DatetimeField(null=True)
    reply_escalated_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "demand"


class DemandEvent(Model):
    """One entry of a demand's timeline; the chain of handlers is read from it."""

    id = fields.BigIntField(primary_key=True)
    demand: fields.ForeignKeyRelation[Demand] = fields.ForeignKeyField(
        "models.Demand", related_name="events", on_delete=fields.CASCADE
    )
    demand_id: int
    kind = fields.CharEnumField(DemandEventKind, max_length=10)
    from_status = fields.CharEnumField(DemandStatus, max_length=25, null=True)
    to_status = fields.CharEnumField(DemandStatus, max_length=25)
    actor_id = fields.BigIntField(null=True)
    actor_name = fields.CharField(max_length=100, default="")
    note = fields.TextField(default="")
    attachment_ids: fields.Field[list] = fields.JSONField(default=list)
    handler_before_type = fields.CharEnumField(
        HandlerType, max_length=12, null=True, description=HANDLER_COLUMN_COMMENT
    )
    handler_before_id = fields.BigIntField(null=True)
    handler_after_type = fields.CharEnumField(
        HandlerType, max_length=12, null=True, description=HANDLER_COLUMN_COMMENT
    )
    handler_after_id = fields.BigIntField(null=True)
    at = fields.DatetimeField()

    class Meta:
        table = "demand_event"


class DemandCategorySetting(Model):
    """The deadlines of one category, set by the hub administrator."""

    category = fields.CharEnumField(DemandCategory, max_length=20, primary_key=True)
    accept_working_hours = fields.IntField()
    reply_working_days = fields.IntField()
    updated_by_id = fields.BigIntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "demand_category_setting"


class OfferStatus(StrEnum):
    PENDING = "PENDING"
    PICKED = "PICKED"
    NOT_PICKED = "NOT_PICKED"  # another offer was picked, or offers were closed
    WITHDRAWN = "WITHDRAWN"


class DemandOffer(Model):
    """An active institution's offer to take a demand open for offers, with a short proposal."""

    id = fields.BigIntField(primary_key=True)
    demand: fields.ForeignKeyRelation[Demand] = fields.ForeignKeyField(
        "models.Demand", related_name="offers", on_delete=fields.CASCADE
    )
    demand_id: int
    institution_id = fields.BigIntField(db_index=True)
    proposal = fields.TextField()
    status = fields.CharEnumField(OfferStatus, max_length=12, default=OfferStatus.PENDING)
    offered_by_id = fields.BigIntField()
    created_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "demand_offer"
        unique_together = (("demand", "institution_id"),)


class FollowUpStatus(StrEnum):
    OPEN = "OPEN"
    DONE = "DONE"


class DemandFollowUp(Model):
    """回访: a task for the operators when an enterprise rated a demand 2 or less."""

    id = fields.BigIntField(primary_key=True)
    demand: fields.OneToOneRelation[Demand] = fields.OneToOneField(
        "models.Demand", related_name="follow_up", on_delete=fields.CASCADE
    )
    demand_id: int
    platform_id = fields.BigIntField(db_index=True)
    rating = fields.SmallIntField()
    status = fields.CharEnumField(FollowUpStatus, max_length=8, default=FollowUpStatus.OPEN)
    result = fields.TextField(default="")
    done_by_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()
    done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "demand_follow_up"
