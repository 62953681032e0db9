"""``eventwire train``: fit the sentence classifier on a labelled file, chosen by CV.

Each training sentence is parsed and rule-coded by the same pipeline the coder runs, turned into
features (``features``) and, with ``embeddings=True``, a MiniLM vector. The L2 strength is chosen
from ``L2_GRID`` by k-fold cross-validation on the training file alone, with near-duplicate
sentences kept in one fold (``folds``; deterministic); the model is then fitted on the whole file
and written with its provenance (``meta.json``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language

from eventwire import __version__
from eventwire.evaluate.conflibert import read_class_file
from eventwire.evaluate.metrics import class_report
from eventwire.evaluate.selection import PENTA_LABELS, PENTA_NAMES
from eventwire.learn.features import FEATURE_SET, sentence_features
from eventwire.learn.folds import OVERLAP, grouped_folds, near_duplicate_groups
from eventwire.learn.model import (
    LinearModel,
    Matrix,
    TrainSettings,
    build_vocabulary,
    fit,
    save_model,
)

TASKS: tuple[str, ...] = ("conflibert-class",)
L2_GRID: tuple[float, ...] = (1e-4, 1e-3, 1e-2)
MIN_COUNT = 2
DEFAULT_FOLDS = 5
EMBEDDING_SCALE = 3.0
LICENSE_NOTE = (
    "Weights derive from the training file. ConfliBERT's cameo_class data is GPL-3.0: a model "
    "trained on it is for local use and measurement, not for redistribution as eventwire data."
)


@dataclass(slots=True)
class TrainingSet:
    """Feature names, labels, (optionally) embedding vectors and texts, one entry per sentence."""

    rows: list[list[str]]
    labels: list[int]
    vectors: Matrix | None = None
    texts: list[str] = field(default_factory=list)

    def subset(self, indices: Sequence[int]) -> TrainingSet:
        vectors = self.vectors[list(indices)] if self.vectors is not None else None
        return TrainingSet([self.rows[i] for i in indices], [self.labels[i] for i in indices],
                           vectors, [self.texts[i] for i in indices] if self.texts else [])


def text_features(nlp: Language, texts: Sequence[str]) -> list[list[str]]:
    """Features of each text as one unit (all its sentences), from the coder's pipeline."""
    from eventwire.coder import parse_text

    docs = nlp.pipe((nlp.make_doc(parse_text(text)) for text in texts), batch_size=64)
    return [sentence_features(doc[:], doc._.ew_triggers or (), doc._.ew_factuality or {})
            for doc in docs]


def fit_model(data: TrainingSet, l2: float, labels: Sequence[int] = PENTA_LABELS) -> LinearModel:
    """A model fitted on ``data`` with the given L2 strength."""
    dim = 0 if data.vectors is None else data.vectors.shape[1]
    vocabulary = build_vocabulary(data.rows, MIN_COUNT)
    empty = np.zeros((0, len(labels)), np.float32)
    model = LinearModel(empty, empty, vocabulary, tuple(labels), dim, EMBEDDING_SCALE)
    matrix = model.encode(data.rows, data.vectors)
    index = {label: position for position, label in enumerate(labels)}
    targets = np.array([index[label] for label in data.labels], dtype=np.int64)
    model.weights, model.bias = fit(matrix, targets, len(labels), TrainSettings(l2=l2))
    return model


def predict(model: LinearModel, data: TrainingSet) -> list[int]:
    best = model.probabilities(model.encode(data.rows, data.vectors)).argmax(axis=1)
    return [model.labels[int(column)] for column in best]


def cross_validate(data: TrainingSet, l2: float, folds: Sequence[int]) -> dict[str, float]:
    """Accuracy and macro F1 of out-of-fold predictions (``folds[i]``: the fold of sentence i)."""
    predicted = [0] * len(data.labels)
    for fold in sorted(set(folds)):
        held = [i for i, assigned in enumerate(folds) if assigned == fold]
        kept = [i for i, assigned in enumerate(folds) if assigned != fold]
        model = fit_model(data.subset(kept), l2)
        for index, label in zip(held, predict(model, data.subset(held)), strict=True):
            predicted[index] = label
    report = class_report(data.labels, predicted, PENTA_LABELS)
    return {"l2": l2, "accuracy": report["accuracy"], "macro_f1": report["macro_f1"]}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class TrainResult:
    """Where the model went, its cross-validation table and the chosen L2 strength."""

    out: Path
    cv: list[dict[str, float]]
    l2: float
    sentences: int


def load_training_set(path: Path, nlp: Language, embeddings: bool) -> TrainingSet:
    """Read ``sentence<TAB>label`` rows and compute their features (and vectors)."""
    items = read_class_file(path).items
    if not items:
        raise ValueError(f"{path}: no labelled sentences (sentence<TAB>label 0-4)")
    texts = [item.text for item in items]
    rows = text_features(nlp, texts)
    vectors = None
    if embeddings:
        from eventwire.learn.embeddings import embed_where

        vectors = embed_where(texts, rows)
    return TrainingSet(rows, [item.label for item in items], vectors, texts)


def train_classifier(
    task: str, path: Path, out: Path, nlp: Language, *, embeddings: bool = False,
    folds: int = DEFAULT_FOLDS, grid: Sequence[float] = L2_GRID,
) -> TrainResult:
    """Choose the L2 strength by cross-validation, fit on everything, write ``out``."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    data = load_training_set(path, nlp, embeddings)
    groups = near_duplicate_groups(data.texts)
    folds = max(2, min(folds, len(set(groups))))
    assignment = grouped_folds(groups, folds)
    table = [cross_validate(data, l2, assignment) for l2 in grid]
    best = max(table, key=lambda row: (row["macro_f1"], -row["l2"]))
    model = fit_model(data, best["l2"])
    model.meta = training_meta(task, path, data, table, best, folds)
    model.meta["cv"]["groups"] = len(set(groups))
    save_model(model, out)
    return TrainResult(out, table, best["l2"], len(data.labels))


def training_meta(
    task: str, path: Path, data: TrainingSet, table: list[dict[str, float]],
    best: dict[str, float], folds: int,
) -> dict[str, Any]:
    from eventwire.learn.embeddings import MODEL_NAME

    return {
        "version": __version__,
        "task": task,
        "feature_set": FEATURE_SET,
        "embeddings": MODEL_NAME if data.vectors is not None else None,
        "label_names": dict(zip((str(x) for x in PENTA_LABELS), PENTA_NAMES, strict=True)),
        "training_file": path.name,
        "training_sha256": sha256(path),
        "sentences": len(data.labels),
        "cv": {"folds": folds, "grouping": f"near duplicates (word Jaccard >= {OVERLAP})",
               "grid": table, "chosen_l2": best["l2"]},
        "license_note": LICENSE_NOTE,
    }
