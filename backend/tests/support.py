"""Test helpers: GraphQL calls over HTTP, SQL statement counting, users made through services."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pyotp

from qifu.accounts import services as accounts
from qifu.accounts.models import STAFF_ROLES, Role, ScopeType, User
from qifu.core import clock
from qifu.core.audit import Actor
from qifu.core.models import OutboxMessage

PASSWORD = "Qifu-Test-2026"
ACTOR = Actor(label="test", ip="127.0.0.1", user_agent="pytest")


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """POST a GraphQL operation; returns the whole JSON answer (data and errors)."""
    all_headers = {"content-type": "application/json", **(headers or {})}
    if token:
        all_headers["authorization"] = f"Bearer {token}"
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=all_headers
    )
    assert response.status_code == 200, response.text
    return response.json()


@dataclass
class SqlCounter:
    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)


class _Collect(logging.Handler):
    def __init__(self, counter: SqlCounter):
        super().__init__(logging.DEBUG)
        self.counter = counter

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if re.match(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", message, re.IGNORECASE):
            self.counter.statements.append(message)


@contextmanager
def count_sql() -> Iterator[SqlCounter]:
    """Count the SQL statements tortoise sends while the block runs (both dialects)."""
    logger = logging.getLogger("tortoise.db_client")
    counter = SqlCounter()
    handler = _Collect(counter)
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield counter
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


async def last_mail_to(email: str) -> OutboxMessage:
    message = await OutboxMessage.filter(recipient=email).order_by("-id").first()
    assert message is not None, f"no mail to {email}"
    return message


def link_token(message: OutboxMessage) -> str:
    match = re.search(r"token=([A-Za-z0-9_\-%]+)", message.payload["text"])
    assert match, message.payload["text"]
    return match.group(1)


async def make_user(
    email: str,
    *,
    name: str = "测试用户",
    password: str = PASSWORD,
    roles: tuple[Role, ...] = (),
    verified: bool = True,
    phone: str = "",
    operator_of: int | None = None,
) -> User:
    """Register through the service and follow the mailed link, as a person would."""
    TOTP_SECRETS.pop(email, None)
    await accounts.register(
        ACTOR,
        email=email,
        password=password,
        name=name,
        phone=phone,
        accept_privacy_notice=True,
        privacy_notice_version="2026-11",
    )
    if verified:
        await accounts.verify_email(ACTOR, link_token(await last_mail_to(email)))
    user = await User.get(email=email)
    for role in roles:
        await accounts.grant_role(user, role, ScopeType.PLATFORM, None)
    if operator_of is not None:
        # An operator appointed to one platform (and its subtree).
        await accounts.grant_role(user, Role.OPERATOR, ScopeType.PLATFORM, operator_of)
        roles = (*roles, Role.OPERATOR)
    if set(roles) & STAFF_ROLES:
        # Staff cannot work without a second factor: enrol one as the SPA would.
        enrolment = await accounts.start_totp_enrolment(ACTOR, user)
        TOTP_SECRETS[email] = enrolment.secret
        await accounts.confirm_totp_enrolment(
            ACTOR, user, pyotp.TOTP(enrolment.secret).at(clock.now()), with_session=False
        )
    return user


TOTP_SECRETS: dict[str, str] = {}


def totp_code(email: str) -> str:
    """A fresh code for a staff user made by make_user: moves the test clock to the next
    30-second step, since each step's code is accepted only once."""
    clock.advance(timedelta(seconds=30))
    return pyotp.TOTP(TOTP_SECRETS[email]).at(clock.now())


async def login_token(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> str:
    result = await gql(
        client,
        """mutation($e: String!, $p: String!, $t: String) {
             login(input: {email: $e, password: $p, totpCode: $t, refreshTokenDelivery: BODY}) {
               auth { accessToken } errors { code } } }""",
        {"e": email, "p": password, "t": totp_code(email) if email in TOTP_SECRETS else None},
    )
    payload = result["data"]["login"]
    assert payload["errors"] == [], payload
    return payload["auth"]["accessToken"]
