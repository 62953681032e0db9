"""``eventwire evaluate confidence``: how well each event's ``confidence`` tells right events from
wrong ones, on hand-judged samples of real news (``tools/real_precision.py``).

Each judged line's sentence is parsed alone and scored by the confidence model exactly as
``eventwire.learn.confidence`` trains it. The same figures are computed for the hand-set score
the coder used before the model (``old_heuristic``: 0.35, +0.25 with a source, +0.2 with a
target, +0.04 per unit of the pattern's specificity up to 4, at most 0.95, times 0.8 for an
event read off a reported act or obligation), as the baseline. The report: the counts, and for
``confidence`` and ``baseline`` each ROC AUC, Brier score, log loss, the share of events kept and
their precision at thresholds 0.3-0.7, and a ten-bin reliability table
(``eventwire.learn.calibration``); ``per_file`` the AUC of both on each file alone. An event
judged in two files is scored once in the pooled figures (its first verdict) and in each file's
own figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from eventwire.learn.calibration import auc, calibration_report
from eventwire.learn.confidence import (
    MODEL_DIR,
    confidence_model,
    default_held_out,
    event_key,
    judged_rows,
    probabilities,
    read_judged,
)
from eventwire.learn.model import load_model

DERIVED_RULES = ("ew.reported_act.", "ew.obligation.")
DERIVED_FACTOR = 0.8


@lru_cache(maxsize=1)
def _specificities() -> dict[str, int]:
    from eventwire.knowledge.patterns import bundled_patterns

    return {pattern.id: pattern.specificity for pattern in bundled_patterns()}


def old_heuristic(line: dict[str, Any]) -> float:
    """The confidence the coder gave an event before the model (see the module); a rule the
    bundled patterns no longer hold counts the words of its trigger as its specificity."""
    rule = str(line.get("rule") or "")
    specificity = _specificities().get(rule, len(str(line.get("trigger") or "").split()))
    score = 0.35 + (0.25 if line.get("source") else 0.0) + (0.2 if line.get("target") else 0.0)
    score = min(0.95, score + min(specificity, 4) * 0.04)
    return score * DERIVED_FACTOR if rule.startswith(DERIVED_RULES) else score


def evaluate_confidence(
    paths: Sequence[Path] = (), nlp: Language | None = None, model_dir: Path | None = None
) -> dict[str, Any]:
    """The report (see the module) on the judged ``paths`` (default: the held-out pair)."""
    from eventwire.learn.confidence import parser

    files = list(paths) or default_held_out()
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise ValueError(f"no judged file {', '.join(missing)} (the held-out pair is in a source "
                         "checkout's tests/data); name the files to score")
    items = read_judged(files)
    rows = judged_rows(nlp or parser(), items)
    scored = [(item, row) for item, row in zip(items, rows, strict=True) if row is not None]
    model = load_model(model_dir) if model_dir is not None else confidence_model()
    labels = [item.right for item, _ in scored]
    scores = probabilities(model, [row for _, row in scored])
    baseline = [old_heuristic(item.line) for item, _ in scored]
    by_file: dict[str, dict[str, Any]] = {}
    for path in files:
        keys = {event_key(item.line) for item in read_judged([path])}
        chosen = [i for i, (item, _) in enumerate(scored) if event_key(item.line) in keys]
        own = [labels[i] for i in chosen]
        by_file[path.name] = {
            "events": len(chosen),
            "auc": _rounded(auc([scores[i] for i in chosen], own)),
            "baseline_auc": _rounded(auc([baseline[i] for i in chosen], own)),
        }
    return {
        "suite": "confidence",
        "files": [path.name for path in files],
        "model": str(model_dir or MODEL_DIR.name),
        "judged": len(items),
        "skipped_trigger_not_found": len(items) - len(scored),
        "confidence": calibration_report(scores, labels),
        "baseline": calibration_report(baseline, labels),
        "per_file": by_file,
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
