"""Tortoise configuration: one app, ``models``; also what the migration commands read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qifu.settings import Settings, settings

MODEL_MODULES = [
    "qifu.core.models",
    "qifu.accounts.models",
    "qifu.files.models",
    "qifu.orgs.models",
    "qifu.catalog.models",
    "qifu.feedback.models",
    "qifu.notify.models",
    "qifu.checkin.models",
    "qifu.engagements.models",
    "qifu.demands.models",
    "qifu.activities.models",
    "qifu.training.models",
    "aerich.models",
]

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


def db_url(url: str) -> str:
    if url.startswith("postgresql://"):
        url = "postgres://" + url.removeprefix("postgresql://")
    if url.startswith("postgres://") and "maxsize" not in url:
        # asyncpg's default pool of 5 is too small for concurrent requests.
        url += ("&" if "?" in url else "?") + "maxsize=20"
    return url


def tortoise_config(s: Settings | None = None) -> dict[str, Any]:
    s = s or settings()
    return {
        "connections": {"default": db_url(s.database_url)},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(dialect: str) -> str:
    return str(MIGRATIONS_DIR / dialect)
