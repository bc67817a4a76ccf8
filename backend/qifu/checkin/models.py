"""Check-ins (签到): one per holder (an activity registration, later a course enrollment) per
subject (the activity, later a lesson). The row is the proof of attendance; its nonce makes a
retried scan return the original answer instead of a second check-in."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CheckInMethod(StrEnum):
    QR = "QR"  # the organiser scanned the holder's signed QR token
    CODE = "CODE"  # the organiser typed the holder's short code
    VENUE = "VENUE"  # the holder entered the venue screen's rotating code


class CheckIn(Model):
    id = fields.BigIntField(primary_key=True)
    # What is attended: "activity" (later "lesson"); the subject's own package knows the rest.
    kind = fields.CharField(max_length=20)
    subject_id = fields.BigIntField()
    # What entitles the person to attend: the registration (later the enrollment).
    holder_id = fields.BigIntField()
    user_id = fields.BigIntField(db_index=True)
    method = fields.CharEnumField(CheckInMethod, max_length=5)
    # The client's request nonce: the same nonce again answers OK with the first time.
    nonce = fields.CharField(max_length=64, default="")
    # The organiser who scanned or typed; null for a self check-in at the venue.
    checked_in_by_id = fields.BigIntField(null=True)
    checked_in_at = fields.DatetimeField()

    class Meta:
        table = "checkin"
        unique_together = (("kind", "subject_id", "holder_id"),)
