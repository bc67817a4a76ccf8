"""The per-request context: who is asking, from where, in which language, and its loaders."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.requests import HTTPConnection
from starlette.responses import Response
from strawberry.dataloader import DataLoader

from qifu.accounts import services as accounts
from qifu.accounts.models import Role, RoleGrant, Session, User
from qifu.accounts.tokens import InvalidAccessToken, decode_access_token
from qifu.api.errors import NotAuthenticated
from qifu.core.audit import Actor
from qifu.orgs.scopes import Scope, scope_of
from qifu.settings import Settings

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Context:
    request: HTTPConnection
    response: Response | None
    settings: Settings
    ip: str
    user_agent: str
    lang: str
    request_id: str
    user: User | None = None
    session: Session | None = None
    roles: set[Role] = field(default_factory=set)
    # The role grants with their scopes (which enterprise, which platform …).
    grants: list[RoleGrant] = field(default_factory=list)
    auth_failed: bool = False
    # WebSocket: the connection_init payload (graphql-transport-ws), set by strawberry.
    connection_params: dict[str, Any] | None = None
    _loaders: dict[Any, DataLoader[Any, Any]] = field(default_factory=dict)
    _scope: Scope | None = None
    _memo: dict[str, Any] = field(default_factory=dict)

    async def memo(self, key: str, compute: Callable[[], Awaitable[V]]) -> V:
        """A value computed once per request (e.g. the operator's platform subtree)."""
        if key not in self._memo:
            self._memo[key] = await compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def require_user(self) -> User:
        if self.user is None:
            raise NotAuthenticated()
        return self.user

    @property
    def scope(self) -> Scope:
        """Where this request's grants let it act (computed once)."""
        if self._scope is None:
            self._scope = scope_of(self.grants)
        return self._scope

    def actor(self) -> Actor:
        return Actor(
            user_id=self.user.id if self.user else None,
            label=self.user.email if self.user else "",
            ip=self.ip,
            user_agent=self.user_agent,
        )

    def loader(self, batch: Callable[[Sequence[K]], Awaitable[Sequence[V]]]) -> DataLoader[K, V]:
        """The request's DataLoader for a batch function (created on first use)."""
        if batch not in self._loaders:
            self._loaders[batch] = DataLoader(load_fn=batch)  # type: ignore[arg-type]
        return self._loaders[batch]


def _in_networks(host: str, networks: list[str]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    for net in networks:
        try:
            if address in ipaddress.ip_network(net, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_ip(conn: HTTPConnection, trusted: list[str]) -> str:
    """The peer's address; X-Forwarded-For is believed only when the peer is a trusted proxy,
    and then the right-most address that is not itself a trusted proxy is the client."""
    peer = conn.client.host if conn.client else ""
    if not trusted or not _in_networks(peer, trusted):
        return peer
    forwarded = [h.strip() for h in conn.headers.get("x-forwarded-for", "").split(",") if h]
    for hop in reversed(forwarded):
        if not _in_networks(hop, trusted):
            return hop
    return forwarded[0] if forwarded else peer


def preferred_language(conn: HTTPConnection) -> str:
    header = conn.headers.get("accept-language", "").lower()
    return "en" if header.startswith("en") else "zh"


async def authenticate(ctx: Context, authorization: str) -> None:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        ctx.auth_failed = True
        return
    try:
        claims = decode_access_token(token.strip())
    except InvalidAccessToken:
        ctx.auth_failed = True
        return
    session = await Session.filter(id=claims.session_id).select_related("user").first()
    if session is None or session.user.id != claims.user_id:  # type: ignore[attr-defined]
        ctx.auth_failed = True
        return
    user: User = session.user  # type: ignore[assignment]
    grants = await accounts.grants_of(user)
    roles = {Role(g.role) for g in grants}
    if (
        user.deleted_at is not None
        or not user.is_active
        or await accounts.session_state(session, roles) is not None
    ):
        ctx.auth_failed = True
        return
    await accounts.touch_session(session)
    ctx.user, ctx.session, ctx.roles, ctx.grants = user, session, roles, grants


async def build_context(
    conn: HTTPConnection, response: Response | None, settings: Settings
) -> Context:
    ctx = Context(
        request=conn,
        response=response,
        settings=settings,
        ip=client_ip(conn, settings.trusted_proxies),
        user_agent=conn.headers.get("user-agent", "")[:300],
        lang=preferred_language(conn),
        request_id=conn.scope.get("state", {}).get("request_id") or uuid.uuid4().hex,
    )
    authorization = conn.headers.get("authorization", "")
    if authorization:
        await authenticate(ctx, authorization)
    return ctx
