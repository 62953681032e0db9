"""Scoring arithmetic shared by every suite: precision/recall/F1 and class reports."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

Label = TypeVar("Label", bound=Hashable)


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator`` rounded to 4 places; 0.0 when the denominator is 0."""
    return round(numerator / denominator, 4) if denominator else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    total = precision + recall
    return round(2 * precision * recall / total, 4) if total else 0.0


def prf(correct: int, predicted: int, expected: int) -> dict[str, float]:
    """Precision, recall and F1 from counts of correct, predicted and expected items."""
    precision = ratio(correct, predicted)
    recall = ratio(correct, expected)
    return {"precision": precision, "recall": recall, "f1": f1_score(precision, recall)}


def common_fields(
    suite: str, items: int, expected: int, correct: int, extra: int, predicted: int | None = None
) -> dict[str, Any]:
    """The fields every suite reports.

    ``predicted`` defaults to ``correct + extra``; precision is the share of predictions that
    are not extra, recall the share of expected items found.
    """
    made = correct + extra if predicted is None else predicted
    scores = prf(made - extra, made, expected)
    scores["recall"] = ratio(correct, expected)
    scores["f1"] = f1_score(scores["precision"], scores["recall"])
    return {
        "suite": suite,
        "items": items,
        "expected": expected,
        "correct": correct,
        "extra": extra,
        "predicted": made,
        **scores,
    }


def class_report(
    gold: Sequence[Label],
    predicted: Sequence[Label],
    labels: Sequence[Label],
    averaged: Sequence[Label] | None = None,
) -> dict[str, Any]:
    """Accuracy, macro F1, per-class P/R/F1 and the confusion matrix.

    Matrix rows are gold labels, columns predicted ones. Macro F1 averages the classes in
    ``averaged`` (default: all ``labels``).
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in length")
    index = {label: position for position, label in enumerate(labels)}
    matrix = [[0 for _ in labels] for _ in labels]
    for gold_label, predicted_label in zip(gold, predicted, strict=True):
        matrix[index[gold_label]][index[predicted_label]] += 1
    per_class: dict[str, dict[str, float]] = {}
    for label, position in index.items():
        support = sum(matrix[position])
        column = sum(row[position] for row in matrix)
        per_class[str(label)] = {
            **prf(matrix[position][position], column, support),
            "support": support,
        }
    chosen = [str(label) for label in (labels if averaged is None else averaged)]
    macro = sum(per_class[label]["f1"] for label in chosen) / len(chosen) if chosen else 0.0
    correct = sum(matrix[position][position] for position in range(len(labels)))
    return {
        "accuracy": ratio(correct, len(gold)),
        "macro_f1": round(macro, 4),
        "per_class": per_class,
        "confusion": {"labels": list(labels), "matrix": matrix},
    }
