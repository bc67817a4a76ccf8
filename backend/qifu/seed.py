"""Demo data for `make run`: safe to run again (nothing is duplicated or overwritten)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from qifu.accounts import passwords
from qifu.accounts.models import Role, ScopeType, User
from qifu.accounts.services import grant_role
from qifu.core import audit, clock
from qifu.demo_activities import seed_activities
from qifu.demo_catalog import seed_catalog
from qifu.demo_demands import seed_demands
from qifu.demo_engagements import seed_engagements
from qifu.demo_network import seed_network
from qifu.demo_training import seed_training


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    name: str
    roles: tuple[Role, ...]
    what: str


DEMO_ACCOUNTS = (
    DemoAccount(
        "admin@qifu.demo",
        "Qifu-Admin-2026",
        "平台管理员",
        (Role.HUB_ADMIN,),
        "hub admin: users, audit events",
    ),
    DemoAccount(
        "operator@qifu.demo",
        "Qifu-Oper-2026",
        "温州运营专员",
        (),
        "operator of 温州市企业服务综合平台 (binds an authenticator at first login)",
    ),
    DemoAccount(
        "enterprise@qifu.demo",
        "Qifu-Ent-2026",
        "李企业",
        (),
        "admin of a verified enterprise (瓯江精密机械有限公司)",
    ),
    DemoAccount(
        "institution@qifu.demo",
        "Qifu-Inst-2026",
        "陈机构",
        (),
        "admin of an active institution (温州市中小企业法律服务中心)",
    ),
    DemoAccount("expert@qifu.demo", "Qifu-Expert-2026", "林志远", (), "an expert of the library"),
    DemoAccount(
        "department@qifu.demo", "Qifu-Dept-2026", "王科长", (), "handler of 温州市经济和信息化局"
    ),
    DemoAccount("user@qifu.demo", "Qifu-Demo-2026", "张晓明", (), "a registered user"),
)


async def seed_demo() -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts that are missing; returns each with whether it was created."""
    results = []
    users: dict[str, User] = {}
    async with in_transaction():
        for account in DEMO_ACCOUNTS:
            user = await User.get_or_none(email=account.email)
            created = user is None
            if user is None:
                now = clock.now()
                user = await User.create(
                    email=account.email,
                    name=account.name,
                    password_hash=passwords.hash_password(account.password),
                    email_verified_at=now,
                    password_changed_at=now,
                    privacy_notice_version="",
                    created_at=now,
                    updated_at=now,
                )
                await audit.record(audit.Actor(label="seed"), "account.seed", "User", user.id)
            for role in account.roles:
                await grant_role(user, role, ScopeType.PLATFORM, None)
            results.append((account, created))
            users[account.email] = user
        if await seed_network(users):
            await seed_catalog(users["institution@qifu.demo"].id)
            await seed_engagements(
                users["enterprise@qifu.demo"].id, users["institution@qifu.demo"].id
            )
            await seed_demands(users)
            await seed_activities(users)
            await seed_training(users)
    return results
