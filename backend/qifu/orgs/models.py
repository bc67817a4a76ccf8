"""The platform network and the organisations on it: platforms, enterprises (with their
certification history and membership invitations)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class PlatformKind(StrEnum):
    HUB = "HUB"  # 省级枢纽平台: one per installation
    WINDOW = "WINDOW"  # 窗口平台 of a city or county


class Platform(Model):
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(PlatformKind, max_length=10)
    # One platform per region: a second window for the same city would split its enterprises.
    region_code = fields.CharField(max_length=6, unique=True)
    # A plain column, not a foreign key: aerich cannot create a table that references itself.
    # The service checks the parent exists; platforms are never deleted.
    parent_id = fields.BigIntField(null=True, db_index=True)
    # Materialised path "/1/4/9/": a subtree is one indexed prefix query.
    path = fields.CharField(max_length=255, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "platform"


class CertificationStatus(StrEnum):
    UNVERIFIED = "UNVERIFIED"
    PENDING = "PENDING"
    VERIFIED = "VERIFIED"
    REJECTED = "REJECTED"


class EnterpriseScale(StrEnum):
    LARGE = "LARGE"
    MEDIUM = "MEDIUM"
    SMALL = "SMALL"
    MICRO = "MICRO"


class Enterprise(Model):
    id = fields.BigIntField(primary_key=True)
    # Not unique: only a VERIFIED enterprise holds its code (see VerifiedCreditCode), so an
    # early claim cannot block the real company.
    credit_code = fields.CharField(max_length=18, db_index=True)
    name = fields.CharField(max_length=200)
    region_code = fields.CharField(max_length=6)
    industry_code = fields.CharField(max_length=5)
    scale = fields.CharEnumField(EnterpriseScale, max_length=10, null=True)
    employees = fields.IntField(null=True)
    revenue_wan = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    founded_on = fields.DateField(null=True)
    address = fields.CharField(max_length=300, default="")
    contact_name = fields.CharField(max_length=50, default="")
    contact_phone_enc = fields.CharField(max_length=200, default="")
    contact_email = fields.CharField(max_length=254, default="")
    tags: fields.Field[list] = fields.JSONField(default=list)
    # "|专精特新|高新技术企业|": the tags again as text, so both dialects filter with LIKE.
    tag_keys = fields.CharField(max_length=300, default="")
    licence_file_id = fields.BigIntField(null=True)
    status = fields.CharEnumField(
        CertificationStatus, max_length=12, default=CertificationStatus.UNVERIFIED, db_index=True
    )
    rejection_reason = fields.TextField(default="")
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="enterprises", on_delete=fields.RESTRICT
    )
    platform_id: int
    created_by_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    submitted_at = fields.DatetimeField(null=True)
    verified_at = fields.DatetimeField(null=True)

    class Meta:
        table = "enterprise"


class VerifiedCreditCode(Model):
    """The unique holder of a credit code: written when an operator verifies an enterprise."""

    credit_code = fields.CharField(max_length=18, primary_key=True)
    enterprise: fields.OneToOneRelation[Enterprise] = fields.OneToOneField(
        "models.Enterprise", related_name="verified_code", on_delete=fields.CASCADE
    )
    enterprise_id: int

    class Meta:
        table = "verified_credit_code"


class EnterpriseReview(Model):
    """One step of an enterprise's certification, kept as its history."""

    id = fields.BigIntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="reviews", on_delete=fields.CASCADE
    )
    enterprise_id: int
    from_status = fields.CharEnumField(CertificationStatus, max_length=12)
    to_status = fields.CharEnumField(CertificationStatus, max_length=12)
    actor_id = fields.BigIntField(null=True)
    reason = fields.TextField(default="")
    at = fields.DatetimeField()

    class Meta:
        table = "enterprise_review"


class Invitation(Model):
    """An email invited to join an enterprise; the mailed token is stored hashed."""

    id = fields.BigIntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="invitations", on_delete=fields.CASCADE
    )
    enterprise_id: int
    email = fields.CharField(max_length=254)
    as_admin = fields.BooleanField(default=False)
    token_hash = fields.CharField(max_length=64, unique=True)
    invited_by_id = fields.BigIntField()
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "enterprise_invitation"


class ServiceCategory(StrEnum):
    """Service domains of the standards' columns (A: P3, S10, S11)."""

    POLICY = "POLICY"
    FINANCING = "FINANCING"
    ENTREPRENEURSHIP = "ENTREPRENEURSHIP"
    TALENT = "TALENT"
    TECHNOLOGY = "TECHNOLOGY"
    MANAGEMENT_CONSULTING = "MANAGEMENT_CONSULTING"
    LEGAL = "LEGAL"
    MARKET = "MARKET"
    DIGITAL_TRANSFORMATION = "DIGITAL_TRANSFORMATION"
    TESTING_CERTIFICATION = "TESTING_CERTIFICATION"
    PRODUCTION = "PRODUCTION"


class InstitutionStatus(StrEnum):
    APPLIED = "APPLIED"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"
    SUSPENDED = "SUSPENDED"
    EXITED = "EXITED"


class Institution(Model):
    """A service institution (服务机构), admitted after review (R2) and rated dynamically (R3)."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=200)
    credit_code = fields.CharField(max_length=18, db_index=True)
    region_code = fields.CharField(max_length=6)
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="institutions", on_delete=fields.RESTRICT
    )
    platform_id: int
    description = fields.TextField(default="")
    service_domains: fields.Field[list] = fields.JSONField(default=list)
    # "|FINANCING|LEGAL|": the domains again as text, so both dialects filter with LIKE.
    domain_keys = fields.CharField(max_length=400, default="")
    service_areas: fields.Field[list] = fields.JSONField(default=list)
    qualification_file_ids: fields.Field[list] = fields.JSONField(default=list)
    contact_name = fields.CharField(max_length=50, default="")
    contact_phone_enc = fields.CharField(max_length=200, default="")
    contact_email = fields.CharField(max_length=254, default="")
    responder_name = fields.CharField(max_length=50)
    responder_phone_enc = fields.CharField(max_length=200, default="")
    agreement_version = fields.CharField(max_length=20)
    agreement_accepted_at = fields.DatetimeField()
    status = fields.CharEnumField(
        InstitutionStatus, max_length=10, default=InstitutionStatus.APPLIED, db_index=True
    )
    status_reason = fields.TextField(default="")
    applicant_id = fields.BigIntField()
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "institution"


class InstitutionCodeClaim(Model):
    """The credit code of a live (applied, active or suspended) institution, held once.

    One institution per code, so a second application for the same organisation is refused,
    also when two arrive at once; released when the institution is rejected or exits."""

    credit_code = fields.CharField(max_length=18, primary_key=True)
    institution: fields.OneToOneRelation[Institution] = fields.OneToOneField(
        "models.Institution", related_name="code_claim", on_delete=fields.CASCADE
    )
    institution_id: int

    class Meta:
        table = "institution_code_claim"


class InstitutionStatusChange(Model):
    id = fields.BigIntField(primary_key=True)
    institution: fields.ForeignKeyRelation[Institution] = fields.ForeignKeyField(
        "models.Institution", related_name="status_changes", on_delete=fields.CASCADE
    )
    institution_id: int
    from_status = fields.CharEnumField(InstitutionStatus, max_length=10, null=True)
    to_status = fields.CharEnumField(InstitutionStatus, max_length=10)
    actor_id = fields.BigIntField(null=True)
    reason = fields.TextField(default="")
    at = fields.DatetimeField()

    class Meta:
        table = "institution_status_change"


class Department(Model):
    """A government department (部门) that receives demands; its handlers have accounts."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    region_code = fields.CharField(max_length=6)
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="departments", on_delete=fields.RESTRICT
    )
    platform_id: int
    created_at = fields.DatetimeField()

    class Meta:
        table = "department"


class ExpertStatus(StrEnum):
    ACTIVE = "ACTIVE"  # in the library
    RETIRED = "RETIRED"  # left the library (出库)


class Expert(Model):
    """An expert of the library (R4), entered and retired by operators."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=50)
    expertise: fields.Field[list] = fields.JSONField(default=list)
    title = fields.CharField(max_length=100, default="")
    organisation = fields.CharField(max_length=200, default="")
    bio = fields.TextField(default="")
    available = fields.BooleanField(default=True)
    status = fields.CharEnumField(ExpertStatus, max_length=10, default=ExpertStatus.ACTIVE)
    retire_reason = fields.TextField(default="")
    # Where the expert works (GB/T 2260); it decides the platform. Empty for records made
    # before the region was kept.
    region_code = fields.CharField(max_length=6, default="")
    user_id = fields.BigIntField(null=True)
    platform: fields.ForeignKeyRelation[Platform] = fields.ForeignKeyField(
        "models.Platform", related_name="experts", on_delete=fields.RESTRICT
    )
    platform_id: int
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "expert"
