"""Fixtures of the store tests: the real coder (once per module) and a fresh DuckDB file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.store import Store


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as opened:
        yield opened
