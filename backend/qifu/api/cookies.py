"""The SPA's refresh token lives in an httpOnly, SameSite=Strict cookie scoped to /graphql."""

from __future__ import annotations

from datetime import datetime

from qifu.api.context import Context
from qifu.core import clock

REFRESH_COOKIE = "qifu_refresh"


def read_refresh_cookie(ctx: Context) -> str:
    return ctx.request.cookies.get(REFRESH_COOKIE, "")


def set_refresh_cookie(ctx: Context, token: str, expires_at: datetime) -> None:
    if ctx.response is None:
        return
    ctx.response.set_cookie(
        REFRESH_COOKIE,
        token,
        max_age=max(int((expires_at - clock.now()).total_seconds()), 0),
        path="/graphql",
        httponly=True,
        samesite="strict",
        secure=ctx.settings.public_url.startswith("https://"),
    )


def clear_refresh_cookie(ctx: Context) -> None:
    if ctx.response is None:
        return
    ctx.response.delete_cookie(REFRESH_COOKIE, path="/graphql", httponly=True, samesite="strict")
