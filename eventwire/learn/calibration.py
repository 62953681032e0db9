"""How well probabilities rank and are calibrated against right/wrong judgements.

ROC AUC (ties count half), Brier score, log loss, the share kept and precision above
thresholds, and a reliability table (equal-width bins of the predicted probability: the mean
prediction against the observed rate of right events). Plain Python, no dependencies.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

THRESHOLDS: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7)
BINS = 10
EPSILON = 1e-6


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """The probability that a right event scores above a wrong one; None when either is
    missing."""
    positives = [s for s, y in zip(scores, labels, strict=True) if y]
    negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def brier(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Mean squared difference between the probability and the outcome (1 right, 0 wrong)."""
    pairs = list(zip(scores, labels, strict=True))
    return sum((s - float(y)) ** 2 for s, y in pairs) / max(1, len(pairs))


def log_loss(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Mean negative log-likelihood of the outcomes (probabilities clipped to 1e-6)."""
    pairs = list(zip(scores, labels, strict=True))
    total = sum(-math.log(min(max(s if y else 1.0 - s, EPSILON), 1.0)) for s, y in pairs)
    return total / max(1, len(pairs))


def threshold_table(
    scores: Sequence[float], labels: Sequence[bool], thresholds: Sequence[float] = THRESHOLDS
) -> list[dict[str, Any]]:
    """For each threshold: events scoring at least it, their share and their precision."""
    rows = []
    for threshold in thresholds:
        kept = [y for s, y in zip(scores, labels, strict=True) if s >= threshold]
        rows.append({
            "threshold": threshold,
            "kept": len(kept),
            "kept_share": round(len(kept) / max(1, len(scores)), 4),
            "precision": round(sum(kept) / len(kept), 4) if kept else None,
        })
    return rows


def reliability(
    scores: Sequence[float], labels: Sequence[bool], bins: int = BINS
) -> list[dict[str, Any]]:
    """One row per non-empty bin [i/bins, (i+1)/bins): count, mean prediction, observed rate."""
    grouped: dict[int, list[tuple[float, bool]]] = {}
    for score, label in zip(scores, labels, strict=True):
        grouped.setdefault(min(int(score * bins), bins - 1), []).append((score, label))
    return [{
        "bin": f"{index / bins:.1f}-{(index + 1) / bins:.1f}",
        "count": len(members),
        "mean_predicted": round(sum(s for s, _ in members) / len(members), 4),
        "observed": round(sum(y for _, y in members) / len(members), 4),
    } for index, members in sorted(grouped.items())]


def calibration_report(scores: Sequence[float], labels: Sequence[bool]) -> dict[str, Any]:
    """Every figure of the module for one set of scores."""
    found = auc(scores, labels)
    return {
        "events": len(scores),
        "right": sum(labels),
        "auc": round(found, 4) if found is not None else None,
        "brier": round(brier(scores, labels), 4),
        "log_loss": round(log_loss(scores, labels), 4),
        "thresholds": threshold_table(scores, labels),
        "reliability": reliability(scores, labels),
    }
