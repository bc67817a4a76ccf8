"""The GraphQL HTTP/WebSocket endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from cross_web import FormData, StarletteRequestAdapter
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UNSET, UnsetType

from qifu.api.context import Context, authenticate, build_context
from qifu.settings import Settings

# A multipart request (graphql-multipart-request-spec) has two fields, `operations` and
# `map`, and here one file: uploads go one at a time.
MAX_UPLOAD_FILES = 1
MAX_UPLOAD_FIELDS = 2


class RequestAdapter(StarletteRequestAdapter):
    async def get_form_data(self) -> FormData:
        request: Request = self._request
        form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=MAX_UPLOAD_FIELDS)
        return FormData(files=form, form=form)


class WebSocketAdapter(ASGIWebSocketAdapter):
    async def send_json(self, message: Mapping[str, object]) -> None:
        # graphql-transport-ws is spoken in text frames: browsers' clients (graphql-ws) cannot
        # read the binary frames that orjson's bytes would otherwise become.
        try:
            await self.ws.send_text(orjson.dumps(message).decode())
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


class GraphQLView(GraphQL[Context, None]):
    request_adapter_class = RequestAdapter
    websocket_adapter_class = WebSocketAdapter

    def __init__(self, schema: Any, settings: Settings):
        super().__init__(
            schema,
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,
            subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
            # Safe only with the CSRF check in app.RequireJsonPost (Apollo-Require-Preflight).
            multipart_uploads_enabled=True,
            max_subscriptions_per_connection=20,
            allowed_origins=settings.cors_origins,
        )
        self.settings = settings

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            return await super().run(request, context, root_value)
        finally:
            if isinstance(request, Request):
                await request.close()  # removes the spooled upload files at once

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        return await build_context(
            request, response if isinstance(response, Response) else None, self.settings
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """WebSocket clients (browsers cannot set headers) send the access token in the
        connection_init payload: {"authorization": "Bearer <token>"}. It is checked as the
        Authorization header is, session included; without one the connection stays
        anonymous and subscriptions that need a user answer UNAUTHENTICATED."""
        params = context.connection_params or {}
        authorization = params.get("authorization") or params.get("Authorization")
        if context.user is None and isinstance(authorization, str) and authorization:
            await authenticate(context, authorization)
        return UNSET

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)
