"""Evaluations of engagements use the engagements' world."""

from tests.engagements.conftest import world  # noqa: F401  (fixture)
