"""``GET /files/{key}``: the bytes of a stored file, for those allowed to read it.

Authentication: ``Authorization: Bearer <access token>`` (the SPA's fetch), or a signed
``?token=`` from ``StoredFile.url`` (five minutes, bound to the file and the user) for
``<img src>`` and plain links. A file that does not exist and one the caller may not read
get the same 404; a Bearer token that is presented but no longer valid gets 401 (whatever
the file), so the client knows to refresh it.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from qifu.accounts.models import RoleGrant, User
from qifu.api.context import build_context
from qifu.files import kinds, services
from qifu.settings import Settings

log = logging.getLogger("qifu.files")

# No scripts, no plugins, no forms, nothing loaded from elsewhere; images are also sandboxed
# (a unique origin) if somebody opens them directly. PDF viewers refuse a sandboxed document,
# so a PDF gets everything but the sandbox.
_CSP_BASE = (
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)
FILE_CSP = _CSP_BASE + "; sandbox"
PDF_CSP = _CSP_BASE + "; object-src 'self'"


def _not_found() -> Response:
    return PlainTextResponse("Not found", 404, headers={"cache-control": "no-store"})


def _unauthenticated() -> Response:
    return PlainTextResponse(
        "Not authenticated",
        401,
        headers={"cache-control": "no-store", "www-authenticate": 'Bearer error="invalid_token"'},
    )


def download_route(settings: Settings) -> Route:
    async def download(request: Request) -> Response:
        key: str = request.path_params["key"]
        viewer: User | None = None
        grants: list[RoleGrant] = []
        if request.headers.get("authorization"):
            ctx = await build_context(request, None, settings)
            if ctx.auth_failed:
                return _unauthenticated()
            viewer, grants = ctx.user, ctx.grants
        elif token := request.query_params.get("token"):
            found = await services.viewer_from_token(key, token)
            if found is not None:
                viewer, grants = found
        file = await services.readable_file(key, viewer, grants)
        if file is None:
            return _not_found()
        path = services.blob_path(file)
        try:
            stat = path.stat()
        except FileNotFoundError:
            log.error("blob missing for stored file id=%s sha256=%s", file.id, file.sha256)
            return _not_found()
        return FileResponse(
            path,
            media_type=file.content_type,
            stat_result=stat,
            headers={
                "content-disposition": services.content_disposition(file),
                "x-content-type-options": "nosniff",
                "content-security-policy": PDF_CSP
                if file.content_type == kinds.PDF.content_type
                else FILE_CSP,
                "x-frame-options": "SAMEORIGIN",
                "cross-origin-resource-policy": "same-site",
                "cache-control": "private, max-age=300",
                "vary": "Authorization",
                "etag": f'"{file.sha256}"',
            },
        )

    return Route("/files/{key}", download, methods=["GET", "HEAD"])
