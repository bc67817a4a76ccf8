"""`qifu createadmin` and `qifu seed --demo`, run as an operator of a fresh install would."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import httpx

from qifu import demo_activities
from qifu.accounts.models import Role, RoleGrant, User
from qifu.activities.models import Activity
from qifu.catalog.models import ProductStatus, ServiceProduct, ServiceProductReview
from qifu.demands.models import Demand, DemandEvent
from qifu.engagements.models import Engagement, EngagementStatus, EngagementStep
from qifu.feedback.models import Evaluation
from qifu.files.models import StoredFile
from qifu.orgs.models import (
    CertificationStatus,
    Department,
    Enterprise,
    Expert,
    Institution,
    InstitutionStatus,
    Platform,
    ServiceCategory,
)
from qifu.seed import DEMO_ACCOUNTS
from qifu.settings import Settings
from tests.core.cli import run_qifu
from tests.support import gql

LOGIN = """mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) {
  auth { accessToken } totpEnrolmentRequired errors { code } } }"""


async def test_createadmin_then_the_admin_logs_in_and_must_enrol(
    settings: Settings, tmp_path: Path, client: httpx.AsyncClient
) -> None:
    args = ["createadmin", "--email", "Boss@Qifu.cn", "--name", "管理员", "--password"]
    created = await run_qifu(settings, *args, "Admin-Pass-2026", cwd=tmp_path)
    assert created.code == 0, created.err
    assert "boss@qifu.cn is ready" in created.out
    user = await User.get(email="boss@qifu.cn")
    assert user.email_verified_at is not None
    assert await RoleGrant.filter(user_id=user.id, role=Role.HUB_ADMIN).count() == 1
    login = (await gql(client, LOGIN, {"e": "boss@qifu.cn", "p": "Admin-Pass-2026"}))["data"]
    assert login["login"]["totpEnrolmentRequired"] and login["login"]["auth"] is None

    again = await run_qifu(settings, *args, "Admin-Pass-2026", cwd=tmp_path)
    assert again.code == 0
    assert await User.filter(email="boss@qifu.cn").count() == 1
    assert await RoleGrant.filter(user_id=user.id).count() == 1


async def test_createadmin_refuses_weak_passwords_and_changes_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    result = await run_qifu(
        settings,
        "createadmin",
        "--email",
        "boss@qifu.cn",
        "--name",
        "管理员",
        "--password",
        "weak",
        cwd=tmp_path,
    )
    assert result.code == 2 and "password" in result.err
    assert await User.all().count() == 0


async def test_createadmin_can_make_an_operator(settings: Settings, tmp_path: Path) -> None:
    result = await run_qifu(
        settings,
        "createadmin",
        "--email",
        "op@qifu.cn",
        "--name",
        "运营",
        "--password",
        "Operator-Pass-1",
        "--role",
        "OPERATOR",
        cwd=tmp_path,
    )
    assert result.code == 0, result.err
    user = await User.get(email="op@qifu.cn")
    roles = {g.role for g in await RoleGrant.filter(user_id=user.id)}
    assert roles == {Role.OPERATOR}


async def counts() -> tuple[int, ...]:
    return (
        await User.all().count(),
        await RoleGrant.all().count(),
        await Platform.all().count(),
        await Enterprise.all().count(),
        await Institution.all().count(),
        await Department.all().count(),
        await Expert.all().count(),
        await ServiceProduct.all().count(),
        await ServiceProductReview.all().count(),
        await Engagement.all().count(),
        await EngagementStep.all().count(),
        await Activity.all().count(),
        await Evaluation.all().count(),
        await Demand.all().count(),
        await DemandEvent.all().count(),
    )


async def test_seed_demo_is_idempotent(settings: Settings, tmp_path: Path) -> None:
    first = await run_qifu(settings, "seed", "--demo", cwd=tmp_path)
    assert first.code == 0, first.err
    assert "(created)" in first.out
    snapshot = sorted((u.email, u.password_hash) for u in await User.all())
    # The demo accounts and the invented attendees of the demo activities.
    assert len(snapshot) == len(DEMO_ACCOUNTS) + demo_activities.ATTENDEES
    assert await Activity.all().count() == len(demo_activities.SPECS)
    assert (await counts())[2:7] == (4, 30, 10, 3, 15)
    # The service supermarket: ~60 products of every category, most of them on the shelf.
    products = await ServiceProduct.all()
    assert len(products) == 60
    assert {p.category for p in products} == set(ServiceCategory)
    states = Counter(ProductStatus(p.status) for p in products)
    assert states == {
        ProductStatus.PUBLISHED: 42,
        ProductStatus.PENDING: 6,
        ProductStatus.REJECTED: 4,
        ProductStatus.DRAFT: 4,
        ProductStatus.OFFLINE: 4,
    }
    active = {i.id for i in await Institution.filter(status=InstitutionStatus.ACTIVE)}
    assert {p.institution_id for p in products} <= active
    # Engagements: two in every state, with their archive and two evaluations.
    engagements = await Engagement.all()
    assert Counter(EngagementStatus(e.status) for e in engagements) == dict.fromkeys(
        EngagementStatus, 2
    )
    assert await EngagementStep.all().count() == 2 * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 2 + 3)
    assert await Evaluation.filter(subject_type="ENGAGEMENT").count() == 2
    before = await counts()
    second = await run_qifu(settings, "seed", "--demo", cwd=tmp_path)
    assert second.code == 0 and "(created)" not in second.out
    assert sorted((u.email, u.password_hash) for u in await User.all()) == snapshot
    assert await counts() == before
    # One demo login per role, each scoped to its organisation.
    roles = {g.role for g in await RoleGrant.all()}
    assert {
        Role.HUB_ADMIN,
        Role.OPERATOR,
        Role.ENTERPRISE_ADMIN,
        Role.INSTITUTION_ADMIN,
        Role.EXPERT,
        Role.DEPARTMENT_HANDLER,
    } <= roles
    # Whatever went to review carries a licence image, stored once and checked like an upload.
    submitted = await Enterprise.exclude(status=CertificationStatus.UNVERIFIED)
    assert submitted and all(e.licence_file_id for e in submitted)
    licence = await StoredFile.get(id=submitted[0].licence_file_id)
    assert licence.content_type == "image/png" and await StoredFile.all().count() == 1
