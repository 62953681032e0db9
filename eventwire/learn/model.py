"""A multinomial logistic regression over sparse binary features (and optional dense vectors).

Plain numpy: full-batch gradient descent with Adam steps on the L2-regularised cross-entropy,
from zero weights, so that training is deterministic. The design matrix is kept sparse
(``Design``: the columns set in each row, then the dense sentence vectors, if any), so a step
costs time in proportion to the features present, not to the vocabulary. A model directory
holds ``weights.npz`` (``weights``, ``bias``), ``vocabulary.json`` (feature names in column
order) and ``meta.json`` (version, feature set, labels, training file and its sha256,
cross-validation scores, license note). ``load_model`` checks all of them and raises
``ModelError`` naming what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from eventwire.errors import EventwireError

FORMAT = "eventwire.classifier/1"
WEIGHTS_FILE = "weights.npz"
VOCABULARY_FILE = "vocabulary.json"
META_FILE = "meta.json"
Matrix = NDArray[np.float32]


class ModelError(EventwireError):
    """A classifier directory that is missing, incomplete or inconsistent."""

    exit_code = 4


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """Regularisation strength, steps and Adam step size."""

    l2: float = 1e-3
    epochs: int = 300
    learning_rate: float = 0.05


@dataclass(slots=True)
class LinearModel:
    """Weights (features x labels), bias, feature vocabulary, labels, and the width of the
    sentence vectors appended to the features with the factor they are multiplied by."""

    weights: Matrix
    bias: Matrix
    vocabulary: dict[str, int]
    labels: tuple[int, ...]
    embedding_dim: int = 0
    embedding_scale: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)

    def encode(self, rows: Sequence[Sequence[str]], embeddings: Matrix | None = None) -> Design:
        """The design matrix: one row per example, known features set to 1, then the vectors."""
        columns = [sorted({self.vocabulary[n] for n in names if n in self.vocabulary})
                   for names in rows]
        dense = None
        if self.embedding_dim:
            if embeddings is None or embeddings.shape != (len(rows), self.embedding_dim):
                raise ModelError(f"this classifier needs {self.embedding_dim}-d embeddings")
            dense = (embeddings * self.embedding_scale).astype(np.float32)
        return Design.of(columns, len(self.vocabulary), dense)

    def probabilities(self, matrix: Design) -> Matrix:
        """Class probabilities, one row per example, columns in ``labels`` order."""
        return softmax(matrix.dot(self.weights) + self.bias)


@dataclass(frozen=True, slots=True)
class Design:
    """A design matrix of binary features (entry ``i`` sets column ``columns[i]`` of row
    ``rows[i]`` to 1) over ``width`` columns, followed by the columns of ``dense`` (or none)."""

    rows: NDArray[np.int64]
    columns: NDArray[np.int64]
    count: int
    width: int
    dense: Matrix | None = None

    @classmethod
    def of(cls, columns: Sequence[Sequence[int]], width: int, dense: Matrix | None) -> Design:
        rows = np.repeat(np.arange(len(columns)), [len(c) for c in columns])
        flat = np.fromiter((c for row in columns for c in row), np.int64, len(rows))
        return cls(rows.astype(np.int64), flat, len(columns), width, dense)

    @property
    def shape(self) -> tuple[int, int]:
        return self.count, self.width + (0 if self.dense is None else self.dense.shape[1])

    def dot(self, weights: Matrix) -> Matrix:
        """``X @ weights``."""
        picked = weights[self.columns]
        out = np.stack([np.bincount(self.rows, picked[:, k], self.count)
                        for k in range(weights.shape[1])], axis=1).astype(np.float32)
        if self.dense is not None:
            out += self.dense @ weights[self.width:]
        return out

    def transpose_dot(self, values: Matrix) -> Matrix:
        """``X.T @ values``."""
        picked = values[self.rows]
        sparse = np.stack([np.bincount(self.columns, picked[:, k], self.width)
                           for k in range(values.shape[1])], axis=1).astype(np.float32)
        if self.dense is None:
            return sparse
        return np.concatenate([sparse, self.dense.T @ values])


def softmax(scores: Matrix) -> Matrix:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return (shifted / shifted.sum(axis=1, keepdims=True)).astype(np.float32)


def build_vocabulary(rows: Sequence[Sequence[str]], min_count: int) -> dict[str, int]:
    """Features seen in at least ``min_count`` examples, in sorted order."""
    counts: dict[str, int] = {}
    for names in rows:
        for name in set(names):
            counts[name] = counts.get(name, 0) + 1
    kept = sorted(name for name, count in counts.items() if count >= min_count)
    return {name: column for column, name in enumerate(kept)}


def fit(
    matrix: Design, targets: NDArray[np.int64], n_labels: int, settings: TrainSettings
) -> tuple[Matrix, Matrix]:
    """Weights and bias minimising mean cross-entropy + l2/2 * |W|^2 (Adam, full batch)."""
    examples, width = matrix.shape
    onehot = np.eye(n_labels, dtype=np.float32)[targets]
    params = [np.zeros((width, n_labels), np.float32), np.zeros((1, n_labels), np.float32)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    for step in range(1, settings.epochs + 1):
        scores = softmax(matrix.dot(params[0]) + params[1])
        error = ((scores - onehot) / examples).astype(np.float32)
        grads = [matrix.transpose_dot(error) + settings.l2 * params[0],
                 error.sum(axis=0, keepdims=True)]
        for param, grad, moment in zip(params, grads, moments, strict=True):
            moment[0] = beta1 * moment[0] + (1 - beta1) * grad
            moment[1] = beta2 * moment[1] + (1 - beta2) * grad * grad
            corrected = moment[0] / (1 - beta1**step)
            scale = np.sqrt(moment[1] / (1 - beta2**step)) + epsilon
            param -= settings.learning_rate * corrected / scale
    return params[0], params[1]


def save_model(model: LinearModel, directory: Path) -> None:
    """Write the three files of a model directory (created if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    np.savez(directory / WEIGHTS_FILE, weights=model.weights, bias=model.bias)
    names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    (directory / VOCABULARY_FILE).write_text(json.dumps(names), encoding="utf-8")
    meta = {**model.meta, "format": FORMAT, "labels": list(model.labels),
            "embedding_dim": model.embedding_dim, "embedding_scale": model.embedding_scale,
            "features": len(names)}
    (directory / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise ModelError(f"{path.parent}: not a classifier directory ({path.name} missing)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: unreadable: {error}") from None


def _read_weights(path: Path) -> tuple[Matrix, Matrix]:
    if not path.is_file():
        raise ModelError(f"{path.parent}: not a classifier directory ({path.name} missing)")
    try:
        with np.load(path) as arrays:
            return arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(f"{path}: unreadable weights: {error}") from None


def load_model(directory: Path | str) -> LinearModel:
    """Read and check a model directory written by ``save_model``."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ModelError(f"{directory}: no such classifier directory")
    meta = _read_json(directory / META_FILE)
    names = _read_json(directory / VOCABULARY_FILE)
    weights, bias = _read_weights(directory / WEIGHTS_FILE)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{directory}: meta.json is not an {FORMAT} model description")
    labels = tuple(int(label) for label in meta.get("labels", ()))
    dim = int(meta.get("embedding_dim", 0))
    if not isinstance(names, list) or weights.shape != (len(names) + dim, len(labels)):
        raise ModelError(f"{directory}: weights {weights.shape} do not fit "
                         f"{len(names) if isinstance(names, list) else '?'} features + {dim} "
                         f"embedding dimensions x {len(labels)} labels")
    if bias.shape != (1, len(labels)):
        raise ModelError(f"{directory}: bias shape {bias.shape} does not fit {len(labels)} labels")
    vocabulary = {str(name): column for column, name in enumerate(names)}
    scale = float(meta.get("embedding_scale", 1.0))
    return LinearModel(weights, bias, vocabulary, labels, dim, scale, meta)
