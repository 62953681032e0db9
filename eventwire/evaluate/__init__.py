"""Gold-set evaluation: read a peer's gold file, code it in one batch, score it.

``run_suite(name, path, coder)`` returns one JSON-ready dict with at least ``suite``, ``items``,
``expected``, ``correct``, ``extra``, ``precision``, ``recall`` and ``f1`` (class suites also
``accuracy`` and ``macro_f1``), plus suite-specific details. See ``docs/evaluation.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.evaluate.conflibert import run_conflibert_class, run_conflibert_roles
from eventwire.evaluate.factuality import run_factuality
from eventwire.evaluate.muc import run_muc
from eventwire.evaluate.petrarch import run_petrarch
from eventwire.evaluate.plover import run_plover
from eventwire.evaluate.runner import ArticleCoder

SuiteRunner = Callable[[str | Path, ArticleCoder, int | None], dict[str, Any]]

SUITES: dict[str, SuiteRunner] = {
    "petrarch": run_petrarch,
    "conflibert-class": run_conflibert_class,
    "conflibert-roles": run_conflibert_roles,
    "plover-gsr": run_plover,
    "factuality": run_factuality,
    "muc": run_muc,
}


def run_suite(
    name: str, path: str | Path, coder: ArticleCoder, limit: int | None = None
) -> dict[str, Any]:
    """Evaluate ``coder`` on the gold file (a directory for ``petrarch``, ``muc``) at ``path``."""
    try:
        runner = SUITES[name]
    except KeyError:
        raise ValueError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}") from None
    if not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such file or directory")
    return runner(path, coder, limit)


__all__ = ["SUITES", "ArticleCoder", "run_suite"]
