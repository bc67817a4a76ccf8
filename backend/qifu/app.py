"""The ASGI application: /graphql, /healthz, the built SPA, and the embedded worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise import Tortoise, connections

from qifu.activities import exports as activity_exports
from qifu.api.schema import build_schema
from qifu.api.view import GraphQLView
from qifu.core import clock
from qifu.core.logging import request_id_var
from qifu.db import tortoise_config
from qifu.files.http import download_route
from qifu.files.kinds import largest_limit as largest_upload
from qifu.notify import live, worker
from qifu.orgs.reference import industries
from qifu.settings import Settings, configure
from qifu.training import exports as course_exports

log = logging.getLogger("qifu.app")

SPA_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    # Video lessons play from the provider's https link.
    "media-src 'self' https:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)


class SecurityHeaders:
    """Request id, security headers on every response, no-store on API answers."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        path: str = scope["path"]
        api = path.startswith(("/graphql", "/healthz", "/__test__"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    b"x-request-id": request_id.encode(),
                    b"x-content-type-options": b"nosniff",
                    b"x-frame-options": b"DENY",
                    b"referrer-policy": b"no-referrer",
                    b"cross-origin-opener-policy": b"same-origin",
                    b"permissions-policy": b"camera=(self), microphone=(), geolocation=()",
                }
                content_type = dict(headers).get(b"content-type", b"")
                graphiql = api and content_type.startswith(b"text/html")
                if not graphiql:  # GraphiQL (never in production) loads its scripts elsewhere
                    extra[b"content-security-policy"] = (
                        b"default-src 'none'; frame-ancestors 'none'" if api else SPA_CSP.encode()
                    )
                if api:
                    extra[b"cache-control"] = b"no-store"
                if self.settings.public_url.startswith("https://"):
                    extra[b"strict-transport-security"] = b"max-age=31536000; includeSubDomains"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            request_id_var.reset(token)


# Uploads (multipart/form-data) must carry this header. A plain HTML form cannot set it, and
# a cross-origin script that sets it needs a CORS preflight we only grant to our origins.
UPLOAD_CSRF_HEADER = "apollo-require-preflight"
# The largest file plus room for the operations and map parts.
MAX_UPLOAD_BODY = largest_upload() + 1024 * 1024


class _BodyTooLarge(Exception):
    pass


class RequireJsonPost:
    """A plain HTML form cannot forge a mutation: POST /graphql must be application/json, or
    multipart/form-data (uploads) with the Apollo-Require-Preflight header."""

    def __init__(self, app: ASGIApp, max_upload_body: int = MAX_UPLOAD_BODY):
        self.app = app
        self.max_upload_body = max_upload_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            headers = dict(scope.get("headers", []))
            content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
            if content_type == b"multipart/form-data":
                await self._upload(scope, receive, send, headers)
                return
            if content_type != b"application/json":
                response = PlainTextResponse("POST requires Content-Type: application/json", 415)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def _upload(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[bytes, bytes]
    ) -> None:
        if not headers.get(UPLOAD_CSRF_HEADER.encode(), b"").strip():
            response = PlainTextResponse(
                "Multipart requests need the Apollo-Require-Preflight header", 400
            )
            await response(scope, receive, send)
            return
        too_large = PlainTextResponse("Request body too large", 413)
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_upload_body:
            await too_large(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            # Without (or despite) Content-Length: stop reading beyond the limit.
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_upload_body:
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await too_large(scope, receive, send)


async def healthz(request: Request) -> Response:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # any database failure means "not healthy"
        log.warning("health check failed: %s", exc)
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok", "time": clock.now().isoformat()})


async def advance_clock(request: Request) -> Response:
    """Test-only: move the server clock forward (mounted only when QIFU_ENV=test)."""
    body = await request.json()
    seconds = float(body.get("seconds", 0))
    try:
        now = clock.advance(timedelta(seconds=seconds))
    except (clock.ClockLocked, ValueError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=403)
    return JSONResponse({"now": now.isoformat()})


def spa_routes(spa_dir: Path) -> list[Route | Mount]:
    root = spa_dir.resolve()
    index = root / "index.html"

    async def spa(request: Request) -> Response:
        candidate = (root / request.path_params["path"]).resolve()
        if root in candidate.parents and candidate.is_file():
            return FileResponse(candidate)
        if index.is_file():  # history-mode fallback: the SPA's router shows the page
            return FileResponse(index, headers={"cache-control": "no-cache"})
        return PlainTextResponse("The SPA is not built yet: run `make run`.", 404)

    routes: list[Route | Mount] = []
    if (spa_dir / "assets").is_dir():
        routes.append(Mount("/assets", StaticFiles(directory=spa_dir / "assets")))
    routes.append(Route("/{path:path}", spa, methods=["GET", "HEAD"]))
    return routes


def create_app(settings: Settings, *, run_worker: bool | None = None) -> Starlette:
    configure(settings)
    # A full GB/T 4754 table imported with `qifu industries import` replaces the bundled one.
    industries.use_data_file(industries.imported_file(settings.data_dir))
    schema = build_schema(settings)
    graphql = RequireJsonPost(GraphQLView(schema, settings))
    embedded_worker = settings.embedded_worker if run_worker is None else run_worker

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Requests run in other tasks than the lifespan: they need the global context.
        await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
        await live.start(settings)  # other processes' new notifications (PostgreSQL)
        stop = asyncio.Event()
        task = asyncio.create_task(worker.run_forever(stop=stop)) if embedded_worker else None
        try:
            yield
        finally:
            stop.set()
            if task:
                await task
            await live.stop()
            await Tortoise.close_connections()

    routes: list[Route | Mount | WebSocketRoute] = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        download_route(settings),
        *activity_exports.routes(settings),
        *course_exports.routes(settings),
    ]
    if settings.is_test:
        routes.append(Route("/__test__/clock/advance", advance_clock, methods=["POST"]))
    routes += spa_routes(settings.spa_dir)
    middleware = [Middleware(SecurityHeaders, settings=settings)]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_credentials=True,
                allow_methods=["GET", "POST"],
                allow_headers=[
                    "authorization",
                    "content-type",
                    "accept-language",
                    UPLOAD_CSRF_HEADER,
                ],
                max_age=600,
            )
        )
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
