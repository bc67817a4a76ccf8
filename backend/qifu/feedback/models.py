"""Evaluations (评价): one per rater per subject, an overall score, named dimensions, a comment
and one reply by the subject's owner. Subjects belong to the domains above feedback
(engagements, later demands, activities, courses); feedback stores only their kind and id."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Evaluation(Model):
    id = fields.BigIntField(primary_key=True)
    subject_type = fields.CharField(max_length=30)
    subject_id = fields.BigIntField()
    rater_id = fields.BigIntField()
    # Who answers for the subject (e.g. the institution of an engagement), for scores and the
    # reply; and what it is about (e.g. the service product), for ratings per item.
    owner_type = fields.CharField(max_length=30, default="")
    owner_id = fields.BigIntField(null=True, db_index=True)
    target_type = fields.CharField(max_length=30, default="")
    target_id = fields.BigIntField(null=True, db_index=True)
    overall = fields.SmallIntField()
    dimensions: fields.Field[dict] = fields.JSONField(default=dict)
    comment = fields.TextField(default="")
    reply = fields.TextField(default="")
    replied_by_id = fields.BigIntField(null=True)
    replied_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "evaluation"
        unique_together = (("subject_type", "subject_id", "rater_id"),)
