"""The coder's pipeline (real model, real rules), and a small classifier trained once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.coder import build_pipeline
from eventwire.learn.train import train_classifier
from tests.evaluate.factories import CONFLIBERT

CLASS_TRAIN = CONFLIBERT / "cameo_class/train.tsv"
SLICE_ROWS = 120


@pytest.fixture(scope="session")
def pipeline() -> Language:
    return build_pipeline()


@pytest.fixture(scope="session")
def train_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first rows of ConfliBERT's training split, as a file of its own."""
    lines = CLASS_TRAIN.read_text(encoding="utf-8").splitlines()[:SLICE_ROWS]
    path = tmp_path_factory.mktemp("slice") / "train_slice.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def small_model(
    pipeline: Language, train_slice: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("model") / "classifier"
    train_classifier("conflibert-class", train_slice, out, pipeline, folds=2, grid=(1e-3,))
    return out
