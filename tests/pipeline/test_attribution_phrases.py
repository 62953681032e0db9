"""The phrase attributing an event to who reports it is no target (``attribution_phrases``):
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.attribution_phrases import in_attribution_phrase
from eventwire.pipeline.role_lexicon import load_lexicon


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_the_object_of_according_to_is_no_target(coder: Coder) -> None:
    events = [e for e in coder.code("The army shelled the village on Friday, according to "
                                    "Kenyan officials.", published="2023-05-01")
              if e.cameo.root == "19"]
    assert events and all(e.target is None for e in events)
    assert {e.attribution.code for e in events if e.attribution} == {"KENGOV"}


def test_only_the_phrase_of_the_event_word_counts(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("The army shelled the village, according to officials.")
    shelled, officials, village = doc[2], doc[7], doc[4]
    assert in_attribution_phrase(officials, shelled, lexicon)
    assert not in_attribution_phrase(village, shelled, lexicon)
