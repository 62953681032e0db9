"""Helpers shared by the data loaders (``eventwire.datafiles``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from eventwire.datafiles import gc_paused


@pytest.fixture
def gc_enabled() -> Iterator[bool]:
    """Leave the collector as the test found it."""
    enabled = gc.isenabled()
    yield enabled
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_gc_paused_restores_the_collector(gc_enabled: bool) -> None:
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_gc_paused_restores_it_after_an_error(gc_enabled: bool) -> None:
    gc.enable()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("a bad data file")
    assert gc.isenabled()


def test_gc_paused_leaves_a_disabled_collector_disabled(gc_enabled: bool) -> None:
    gc.disable()
    with gc_paused(), gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
