"""Each event's ``confidence``: a logistic model of whether the event is right, learned from
hand-judged events of real news.

Training data are the ``real_precision*.jsonl`` samples (``tools/real_precision.py``): one
coded event a line with a ``verdict`` (``right``, ``wrong_code``, ``wrong_actors``,
``wrong_status``, ``not_an_event``); the label is ``verdict == "right"`` (an empty verdict
leaves the line out; an event judged in two files counts once, its first verdict). Each line's
sentence is parsed alone by the English model and turned into features
(``confidence_features``); the model is ``learn.model``'s logistic regression with two labels.
The L2 strength is chosen from ``L2_GRID`` by the log loss of grouped cross-validation (every
event of an article in one fold; deterministic), then the model is fitted on all lines and
written with its provenance (``meta.json``). The bundled model lives in
``eventwire/data/models/confidence``; ``eventwire train confidence`` re-creates it.

At run time ``with_confidence`` sets every assembled event's confidence to the model's
probability; the model is loaded once per process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from eventwire import __version__
from eventwire.learn.calibration import auc, brier, log_loss
from eventwire.learn.confidence_features import (
    FEATURE_SET,
    event_features,
    view_of_event,
    view_of_judged,
)
from eventwire.learn.folds import grouped_folds
from eventwire.learn.model import (
    LinearModel,
    TrainSettings,
    build_vocabulary,
    fit,
    load_model,
    save_model,
)
from eventwire.learn.train import sha256
from eventwire.records import Event

TASK = "confidence"
RIGHT = "right"
VERDICTS = frozenset({"right", "wrong_code", "wrong_actors", "wrong_status", "not_an_event"})
LABELS = (0, 1)
L2_GRID: tuple[float, ...] = (0.003, 0.01, 0.03, 0.1)
MIN_COUNT = 3
FOLDS = 5
EPOCHS = 400
LEARNING_RATE = 0.05
DATA_DIR = Path(__file__).resolve().parents[1] / "data"
MODEL_DIR = DATA_DIR / "models" / "confidence"
JUDGED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
TRAINING_GLOB = "real_precision*.jsonl"
HELD_OUT = ("real_precision_holdout7_before.jsonl", "real_precision_holdout7_after.jsonl")
LICENSE_NOTE = (
    "Weights derive from eventwire's own hand-judged samples of coded real news "
    "(tests/data/real_precision*.jsonl); distributed with eventwire under its license."
)


@dataclass(frozen=True, slots=True)
class Judged:
    """One judged event: its article, its line and whether it was right."""

    article_id: str
    line: dict[str, Any]
    right: bool


def event_key(line: dict[str, Any]) -> tuple[Any, ...]:
    return (line.get("article_id"), line.get("trigger_start"), line.get("code"),
            line.get("source"), line.get("target"), line.get("status"))


def read_judged(paths: Iterable[Path]) -> list[Judged]:
    """The judged lines of ``paths`` in order, less empty verdicts and repeats of an event."""
    seen: set[tuple[Any, ...]] = set()
    items: list[Judged] = []
    for path in paths:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            line = json.loads(raw)
            verdict = line.get("verdict") or ""
            if not verdict:
                continue
            if verdict not in VERDICTS:
                raise ValueError(f"{path}:{number}: unknown verdict {verdict!r}")
            key = event_key(line)
            if key in seen:
                continue
            seen.add(key)
            items.append(Judged(str(line.get("article_id")), line, verdict == RIGHT))
    return items


def default_training_files(directory: Path = JUDGED_DIR) -> list[Path]:
    """Every ``real_precision*.jsonl`` of ``directory`` but the held-out pair, sorted."""
    found = sorted(p for p in directory.glob(TRAINING_GLOB) if p.name not in HELD_OUT)
    if not found:
        raise ValueError(f"{directory}: no judged files {TRAINING_GLOB} (a source checkout has "
                         "them under tests/data); name the files to train on")
    return found


def default_held_out(directory: Path = JUDGED_DIR) -> list[Path]:
    """The held-out judged pair (``HELD_OUT``) of ``directory``."""
    return [directory / name for name in HELD_OUT]


def parser() -> Language:
    """The English model as the coder runs it (no named-entity pass): judged sentences are
    parsed with it, alone."""
    from eventwire.nlp import ON_DEMAND_COMPONENTS
    from eventwire.nlp import load_model as load_spacy

    return load_spacy(disable=ON_DEMAND_COMPONENTS)


def judged_rows(nlp: Language, items: Sequence[Judged]) -> list[list[str] | None]:
    """Features of each judged event (None when its trigger is not found in its sentence)."""
    docs = nlp.pipe((str(item.line.get("sentence") or "") for item in items), batch_size=64)
    rows: list[list[str] | None] = []
    for doc, item in zip(docs, items, strict=True):
        view = view_of_judged(doc, item.line)
        rows.append(None if view is None else event_features(view))
    return rows


def fit_confidence(rows: Sequence[Sequence[str]], labels: Sequence[bool], l2: float) -> LinearModel:
    """A two-label logistic model of ``labels`` (True: right) on the feature ``rows``."""
    vocabulary = build_vocabulary(rows, MIN_COUNT)
    empty = np.zeros((0, len(LABELS)), np.float32)
    model = LinearModel(empty, empty, vocabulary, LABELS)
    targets = np.array([int(label) for label in labels], dtype=np.int64)
    settings = TrainSettings(l2=l2, epochs=EPOCHS, learning_rate=LEARNING_RATE)
    model.weights, model.bias = fit(model.encode(rows), targets, len(LABELS), settings)
    return model


def probabilities(model: LinearModel, rows: Sequence[Sequence[str]]) -> list[float]:
    """The model's probability that each event is right."""
    if not rows:
        return []
    column = model.labels.index(1)
    return [float(p) for p in model.probabilities(model.encode(rows))[:, column]]


def cross_validate(
    rows: Sequence[Sequence[str]], labels: Sequence[bool], folds: Sequence[int], l2: float
) -> dict[str, float]:
    """Out-of-fold log loss, Brier score and AUC of the model with strength ``l2``."""
    scores = [0.0] * len(rows)
    for fold in sorted(set(folds)):
        kept = [i for i, f in enumerate(folds) if f != fold]
        held = [i for i, f in enumerate(folds) if f == fold]
        model = fit_confidence([rows[i] for i in kept], [labels[i] for i in kept], l2)
        for index, score in zip(held, probabilities(model, [rows[i] for i in held]), strict=True):
            scores[index] = score
    found = auc(scores, labels)
    return {"l2": l2, "log_loss": round(log_loss(scores, labels), 4),
            "brier": round(brier(scores, labels), 4),
            "auc": round(found, 4) if found is not None else float("nan")}


@dataclass(frozen=True, slots=True)
class ConfidenceTraining:
    """Where the model went, its cross-validation table, the chosen strength and the counts."""

    out: Path
    cv: list[dict[str, float]]
    l2: float
    events: int
    skipped: int


def train_confidence(
    paths: Sequence[Path], out: Path, nlp: Language, *, folds: int = FOLDS,
    grid: Sequence[float] = L2_GRID,
) -> ConfidenceTraining:
    """Choose L2 by grouped cross-validation, fit on every judged event, write ``out``."""
    items = read_judged(paths)
    featured = [(item, row) for item, row in zip(items, judged_rows(nlp, items), strict=True)
                if row is not None]
    if len({item.right for item, _ in featured}) < 2:
        raise ValueError("the judged files need both right and wrong events")
    rows = [row for _, row in featured]
    labels = [item.right for item, _ in featured]
    articles = [item.article_id for item, _ in featured]
    group_ids = {article: index for index, article in enumerate(dict.fromkeys(articles))}
    folds = max(2, min(folds, len(group_ids)))
    assignment = grouped_folds([group_ids[a] for a in articles], folds)
    table = [cross_validate(rows, labels, assignment, l2) for l2 in grid]
    best = min(table, key=lambda row: (row["log_loss"], -row["l2"]))
    model = fit_confidence(rows, labels, best["l2"])
    model.meta = {
        "version": __version__,
        "task": TASK,
        "feature_set": FEATURE_SET,
        "label_names": {"0": "wrong", "1": "right"},
        "training_files": [{"file": p.name, "sha256": sha256(p)} for p in paths],
        "events": len(rows),
        "right": sum(labels),
        "skipped_trigger_not_found": len(items) - len(rows),
        "cv": {"folds": folds, "grouping": "article_id", "grid": table,
               "chosen_l2": best["l2"], "min_count": MIN_COUNT, "epochs": EPOCHS},
        "license_note": LICENSE_NOTE,
    }
    save_model(model, out)
    return ConfidenceTraining(out, table, best["l2"], len(rows), len(items) - len(rows))


@lru_cache(maxsize=4)
def confidence_model(directory: str = str(MODEL_DIR)) -> LinearModel:
    """The confidence model of ``directory`` (the bundled one by default), loaded once."""
    return load_model(directory)


def with_confidence(
    doc: Doc, events: Sequence[Event], model: LinearModel | None = None
) -> list[Event]:
    """``events`` with their confidence set to the model's probability that each is right."""
    if not events:
        return []
    model = model or confidence_model()
    views = [view_of_event(doc, event) for event in events]
    rows = [event_features(view) for view in views if view is not None]
    scores = iter(probabilities(model, rows))
    return [replace(event, confidence=round(next(scores), 3)) if view is not None else event
            for event, view in zip(events, views, strict=True)]


def top_features(model: LinearModel, count: int = 15) -> list[tuple[str, float]]:
    """The features with the largest weights towards "right" and towards "wrong"."""
    names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    margin = model.weights[:, 1] - model.weights[:, 0]
    order = np.argsort(margin)
    low = [(names[i], round(float(margin[i]), 3)) for i in order[:count]]
    high = [(names[i], round(float(margin[i]), 3)) for i in order[::-1][:count]]
    return high + low
