"""Committed artefacts that are generated from the code must not drift from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qifu.api.schema import schema_sdl

ROOT = Path(__file__).resolve().parents[2]


def test_schema_graphql_is_printed_from_the_code() -> None:
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == schema_sdl(), "schema.graphql is stale: run `make schema`"


def test_both_migration_chains_match_the_models() -> None:
    for dialect in ("sqlite", "postgres"):
        proc = subprocess.run(
            [sys.executable, "-m", "qifu.migrations", "check", dialect],
            capture_output=True,
            text=True,
            cwd=ROOT / "backend",
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "No changes detected" in proc.stdout


def test_every_qifu_variable_in_docker_exists_in_settings() -> None:
    import re

    from qifu.settings import Settings

    known = {f"QIFU_{name.upper()}" for name in Settings.model_fields}
    used: set[str] = set()
    for path in (ROOT / "docker").glob("**/*"):
        if path.is_file():
            used |= set(re.findall(r"QIFU_[A-Z0-9_]+", path.read_text(encoding="utf-8")))
    assert used, "docker/ names no QIFU_ variable"
    assert used <= known, f"unknown in settings: {sorted(used - known)}"
