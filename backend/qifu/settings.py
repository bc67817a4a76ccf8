"""Configuration, only from environment variables (prefix ``QIFU_``) and an optional ``.env``."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_WEAK_SECRETS = {"", "change-me", "secret", "development-secret-key-not-for-production"}
DEV_SECRET = "development-secret-key-not-for-production"


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


def _split_list(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            return json.loads(value)
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QIFU_", env_file=".env", extra="ignore")

    env: Environment = Environment.DEVELOPMENT
    data_dir: Path = Path("data")
    database_url: str = ""
    secret_key: str = DEV_SECRET
    # Extra JWT signing keys by kid, JSON {"kid": "secret"}; the active kid signs new tokens and
    # every listed kid still verifies, so keys can be rotated without logging anybody out.
    jwt_keys: dict[str, str] = Field(default_factory=dict)
    jwt_active_kid: str = "k1"
    jwt_issuer: str = "qifu"
    jwt_audience: str = "qifu-api"
    # Key for personal data at rest (AES-GCM, 32 bytes hex); derived from the secret if empty.
    data_key: str = ""
    smtp_url: str = ""
    mail_from: str = "Qifu 企服 <noreply@qifu.local>"
    public_url: str = "http://127.0.0.1:8000"
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    spa_dir: Path = Path(__file__).resolve().parents[2] / "frontend" / "dist"
    embedded_worker: bool = True
    privacy_notice_version: str = "2026-11"
    # Office hours for deadlines counted in working hours (Asia/Shanghai).
    working_hours: str = "09:00-12:00,13:30-17:30"

    access_token_minutes: int = 15
    session_idle_minutes: int = 30
    staff_session_idle_minutes: int = 15
    session_absolute_days: int = 7
    refresh_grace_seconds: int = 30
    password_reset_minutes: int = 30
    email_verification_hours: int = 48

    login_max_failures: int = 5
    login_window_minutes: int = 15
    login_lock_minutes: int = 15
    login_ip_max_failures: int = 50

    max_query_depth: int = 12
    max_query_tokens: int = 2000
    max_query_aliases: int = 30

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _split_list(value)

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite://{(self.data_dir / 'qifu.sqlite3').resolve()}"
        from qifu.core.calendar import parse_periods  # validated at start-up, not at first use

        parse_periods(self.working_hours)
        if self.env == Environment.PRODUCTION and (
            self.secret_key in _WEAK_SECRETS or len(self.secret_key) < 32
        ):
            raise ValueError("QIFU_SECRET_KEY must be set to at least 32 random characters")
        return self

    @property
    def is_production(self) -> bool:
        return self.env == Environment.PRODUCTION

    @property
    def is_test(self) -> bool:
        return self.env == Environment.TEST

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres", "asyncpg")) else "sqlite"

    def signing_keys(self) -> dict[str, str]:
        return {self.jwt_active_kid: self.secret_key, **self.jwt_keys}


@lru_cache
def get_settings() -> Settings:
    return Settings()


def configure(settings: Settings) -> Settings:
    """Make ``settings`` the process-wide settings (tests and the CLI build their own)."""
    get_settings.cache_clear()
    global _override
    _override = settings
    return settings


_override: Settings | None = None


def settings() -> Settings:
    return _override or get_settings()
