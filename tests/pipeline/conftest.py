"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

import pytest

from eventwire.knowledge.patterns import PatternSet, bundled_patterns


@pytest.fixture(scope="module")
def everything() -> PatternSet:
    """Every bundled dictionary, the converted PETRARCH verb patterns included."""
    return bundled_patterns()
