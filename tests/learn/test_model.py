"""The logistic regression: fitting, save/load round trip, clear errors for bad directories."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from eventwire.learn.model import (
    LinearModel,
    ModelError,
    TrainSettings,
    build_vocabulary,
    fit,
    load_model,
    save_model,
)

ROWS = [["w:attack", "c:4"], ["w:praise", "c:1"], ["w:attack", "w:bomb"], ["w:praise", "w:hail"]]
LABELS = [4, 1, 4, 1]


def trained() -> LinearModel:
    vocabulary = build_vocabulary(ROWS, min_count=1)
    empty = np.zeros((0, 2), np.float32)
    model = LinearModel(empty, empty, vocabulary, (1, 4))
    targets = np.array([0 if label == 1 else 1 for label in LABELS], dtype=np.int64)
    model.weights, model.bias = fit(model.encode(ROWS), targets, 2, TrainSettings(epochs=100))
    return model


def test_fit_separates_the_classes() -> None:
    model = trained()
    best = model.probabilities(model.encode([["w:attack"], ["w:praise"], ["w:unknown"]]))
    assert best[0].argmax() == 1 and best[1].argmax() == 0
    assert np.allclose(best.sum(axis=1), 1.0, atol=1e-5)


def test_vocabulary_drops_rare_features() -> None:
    assert set(build_vocabulary(ROWS, min_count=2)) == {"w:attack", "w:praise"}


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = trained()
    model.meta = {"task": "test"}
    save_model(model, tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    assert loaded.labels == (1, 4) and loaded.vocabulary == model.vocabulary
    assert loaded.meta["task"] == "test"
    np.testing.assert_allclose(loaded.weights, model.weights)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such classifier directory"):
        load_model(tmp_path / "absent")


def test_directory_without_model_files(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="meta.json missing"):
        load_model(tmp_path)


def test_weights_that_do_not_fit(tmp_path: Path) -> None:
    save_model(trained(), tmp_path)
    (tmp_path / "vocabulary.json").write_text(json.dumps(["w:only"]), encoding="utf-8")
    with pytest.raises(ModelError, match="do not fit"):
        load_model(tmp_path)


def test_foreign_meta(tmp_path: Path) -> None:
    save_model(trained(), tmp_path)
    (tmp_path / "meta.json").write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not an eventwire.classifier/1"):
        load_model(tmp_path)


def test_embeddings_required_when_trained_with_them() -> None:
    model = LinearModel(np.zeros((3, 2), np.float32), np.zeros((1, 2), np.float32),
                        {"w:a": 0}, (0, 1), embedding_dim=2)
    with pytest.raises(ModelError, match="2-d embeddings"):
        model.encode([["w:a"]])
    assert model.encode([["w:a"]], np.ones((1, 2), np.float32)).shape == (1, 3)


def test_sparse_design_multiplies_like_the_dense_matrix() -> None:
    model = LinearModel(np.zeros((5, 2), np.float32), np.zeros((1, 2), np.float32),
                        {"a": 0, "b": 1, "c": 2}, (0, 1), embedding_dim=2)
    vectors = np.array([[0.5, -1.0], [2.0, 0.0], [0.0, 1.0]], np.float32)
    design = model.encode([["a", "c", "unknown"], [], ["b", "b"]], vectors)
    scale = model.embedding_scale
    dense = np.array([[1, 0, 1, 0.5 * scale, -scale], [0, 0, 0, 2 * scale, 0],
                      [0, 1, 0, 0, scale]], np.float32)
    weights = np.arange(10, dtype=np.float32).reshape(5, 2)
    values = np.arange(6, dtype=np.float32).reshape(3, 2)
    assert design.shape == (3, 5)
    np.testing.assert_allclose(design.dot(weights), dense @ weights)
    np.testing.assert_allclose(design.transpose_dot(values), dense.T @ values)
