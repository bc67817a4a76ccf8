"""The reference modules are pure: no database is built for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def clean() -> None:
    """Overrides the suite-wide autouse fixture that empties the test database."""
