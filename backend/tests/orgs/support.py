"""Orgs test data made through the services: a network of platforms and enterprises."""

from __future__ import annotations

from dataclasses import dataclass

from stdnum.cn import uscc

from qifu.accounts.models import Role, User
from qifu.accounts.services import grants_of
from qifu.files import services as file_services
from qifu.files.models import FilePurpose
from qifu.orgs import platforms
from qifu.orgs.models import Platform
from qifu.orgs.scopes import scope_of
from tests.files.support import png
from tests.support import ACTOR, make_user


def credit_code(serial: int, region: str = "330302") -> str:
    """A valid unified social credit code (GB 32100 check digit) for test enterprise ``serial``."""
    body = f"91{region}MA{serial:07d}"
    return body + uscc.calc_check_digit(body)


def png_upload(name: str = "营业执照.png") -> file_services.BytesUpload:
    """A fresh PNG as an upload, for files made through the service."""
    return file_services.BytesUpload(name, png())


async def licence_file_id(owner: User) -> int:
    """A business licence image uploaded by ``owner``, ready to attach to an enterprise."""
    stored = await file_services.upload(
        ACTOR, owner, png_upload(), purpose=FilePurpose.BUSINESS_LICENCE
    )
    return int(stored.id)


@dataclass
class Network:
    admin: User
    hub: Platform
    wenzhou: Platform  # 温州市 window
    lucheng: Platform  # 鹿城区 window under 温州
    hangzhou: Platform  # 杭州市 window


async def make_network() -> Network:
    admin = await make_user("hub@qifu.cn", roles=(Role.HUB_ADMIN,))
    scope = scope_of(await grants_of(admin))
    hub = await platforms.create_platform(
        ACTOR, scope, name="浙江省企业服务平台", region_code="330000", parent_id=None
    )
    wenzhou = await platforms.create_platform(
        ACTOR, scope, name="温州市企业服务综合平台", region_code="330300", parent_id=hub.id
    )
    lucheng = await platforms.create_platform(
        ACTOR, scope, name="鹿城区企业服务窗口", region_code="330302", parent_id=wenzhou.id
    )
    hangzhou = await platforms.create_platform(
        ACTOR, scope, name="杭州市企业服务平台", region_code="330100", parent_id=hub.id
    )
    return Network(admin, hub, wenzhou, lucheng, hangzhou)
