"""Shared fixtures: the real English model, loaded once per test session.

The on-disk knowledge cache (``eventwire.knowledge.cache``) points at a fresh directory for the
session, so every session builds (and so validates) the bundled data once, then exercises
reading the cache in the CLI's subprocesses; the user's own cache is left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from spacy.language import Language

from eventwire.knowledge.cache import CACHE_DIR_ENV, CACHE_SWITCH_ENV
from eventwire.nlp import load_model

SESSION_CACHE = tempfile.mkdtemp(prefix="eventwire-test-cache-")
os.environ[CACHE_DIR_ENV] = SESSION_CACHE
os.environ.pop(CACHE_SWITCH_ENV, None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()
