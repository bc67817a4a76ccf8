"""A Wenzhou world for the catalog tests: two active institutions, operators, logins."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from qifu.accounts.models import User
from qifu.orgs.models import Institution
from tests.catalog.support import make_institution
from tests.orgs.support import Network, make_network
from tests.support import login_token, make_user


@dataclass
class World:
    network: Network
    member: User  # admin of i1, an ACTIVE institution in 鹿城区 (温州)
    other_member: User  # admin of i2, an ACTIVE institution in 杭州
    op_wenzhou: User
    op_hangzhou: User
    i1: Institution
    i2: Institution
    tokens: dict[str, str]


@pytest.fixture
async def world(client: httpx.AsyncClient) -> World:
    network = await make_network()
    member = await make_user("i1a@qifu.cn")
    other = await make_user("i2a@qifu.cn")
    op_wz = await make_user("opwz@qifu.cn", operator_of=network.wenzhou.id)
    op_hz = await make_user("ophz@qifu.cn", operator_of=network.hangzhou.id)
    i1 = await make_institution(member, 31, "温州法律服务中心", "330302", hub_admin=network.admin)
    i2 = await make_institution(other, 32, "杭州咨询中心", "330102", hub_admin=network.admin)
    tokens = {
        "member": await login_token(client, "i1a@qifu.cn"),
        "other": await login_token(client, "i2a@qifu.cn"),
        "op_wenzhou": await login_token(client, "opwz@qifu.cn"),
        "op_hangzhou": await login_token(client, "ophz@qifu.cn"),
        "hub": await login_token(client, "hub@qifu.cn"),
    }
    return World(network, member, other, op_wz, op_hz, i1, i2, tokens)
