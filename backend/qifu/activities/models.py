"""Activities (活动): policy briefings, roadshows, matchmaking, training sessions and fairs run
by an institution, a department or a platform, with sign-up, a waitlist and approval."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from qifu.orgs.models import Platform


class ActivityType(StrEnum):
    POLICY_BRIEFING = "POLICY_BRIEFING"  # 政策宣讲
    ROADSHOW = "ROADSHOW"  # 路演
    MATCHMAKING = "MATCHMAKING"  # 对接会
    TRAINING_SESSION = "TRAINING_SESSION"  # 培训
    EXHIBITION = "EXHIBITION"  # 展会
    OTHER = "OTHER"


class OrganiserType(StrEnum):
    INSTITUTION = "INSTITUTION"
    DEPARTMENT = "DEPARTMENT"
    PLATFORM = "PLATFORM"  # the platform's operators organise it themselves


class ActivityStatus(StrEnum):
    DRAFT = "DRAFT"
    PENDING = "PENDING"
    PUBLISHED = "PUBLISHED"
    REJECTED = "REJECTED"
    ONGOING = "ONGOING"
    ENDED = "ENDED"
    SUMMARIZED = "SUMMARIZED"
    CANCELLED = "CANCELLED"


class RegistrationStatus(StrEnum):
    PENDING_APPROVAL = "PENDING_APPROVAL"
    CONFIRMED = "CONFIRMED"
    WAITLISTED = "WAITLISTED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"


class Activity(Model):
    id = fields.BigIntField(primary_key=True)
    organiser_type = fields.CharEnumField(OrganiserType, max_length=11)
    organiser_id = fields.BigIntField()
    organiser_name = fields.CharField(max_length=200)  # the full name, kept as published
    # The organiser's platform: its operators (and those above) review the activity.
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="activities", on_delete=fields.RESTRICT
    )
    platform_id: int
    created_by_id = fields.BigIntField()
    name = fields.CharField(max_length=200)
    logo_file_id = fields.BigIntField(null=True)
    type = fields.CharEnumField(ActivityType, max_length=16)
    content = fields.TextField(default="")
    # [{"time": "09:30", "title": "…", "speaker": "…"}]
    agenda: fields.Field[list] = fields.JSONField(default=list)
    venue = fields.CharField(max_length=300, default="")
    online_link = fields.CharField(max_length=500, default="")
    region_code = fields.CharField(max_length=6, default="", db_index=True)
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    signup_deadline = fields.DatetimeField()
    capacity = fields.IntField()
    audience_scales: fields.Field[list] = fields.JSONField(default=list)
    audience_industries: fields.Field[list] = fields.JSONField(default=list)
    audience_regions: fields.Field[list] = fields.JSONField(default=list)
    needs_approval = fields.BooleanField(default=False)
    verified_only = fields.BooleanField(default=False)
    contact = fields.CharField(max_length=200, default="")
    status = fields.CharEnumField(
        ActivityStatus, max_length=10, default=ActivityStatus.DRAFT, db_index=True
    )
    status_reason = fields.TextField(default="")
    # Kept under the activity's row lock so the list shows remaining places without a count.
    confirmed_count = fields.IntField(default=0)
    waitlist_count = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "activity"


class Registration(Model):
    id = fields.BigIntField(primary_key=True)
    activity: fields.ForeignKeyRelation[Activity] = fields.ForeignKeyField(
        "models.Activity", related_name="registrations", on_delete=fields.CASCADE
    )
    activity_id: int
    user_id = fields.BigIntField(db_index=True)
    note = fields.TextField(default="")
    status = fields.CharEnumField(RegistrationStatus, max_length=16)
    # The waitlist's order: promotion takes the smallest.
    waitlist_seq = fields.IntField(null=True)
    reason = fields.TextField(default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "activity_registration"
        unique_together = (("activity", "user_id"),)


class ActivitySummary(Model):
    """The organiser's account after the activity: text, photos and the attendance figure,
    first filled from the check-ins and correctable (e.g. for walk-ins)."""

    id = fields.BigIntField(primary_key=True)
    activity: fields.OneToOneRelation[Activity] = fields.OneToOneField(
        "models.Activity", related_name="summary", on_delete=fields.CASCADE
    )
    activity_id: int
    text = fields.TextField(default="")
    photo_file_ids: fields.Field[list] = fields.JSONField(default=list)
    attendance = fields.IntField(default=0)
    updated_by_id = fields.BigIntField()
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "activity_summary"
