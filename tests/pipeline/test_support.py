"""The verb that carries an event noun and the venue of a statement or meeting, on sentences
written for these tests (real spaCy parse)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import load_lexicon
from eventwire.pipeline.support import support_verb


def token(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_support_verbs_carry_their_object_noun(nlp: Language) -> None:
    lexicon = load_lexicon()
    talks = token(nlp, "The envoys held talks in Lima.", "talks")
    verb = support_verb(talks, lexicon)
    assert verb is not None and verb.lemma_ == "hold"
    raid = token(nlp, "The envoys described the raid.", "raid")
    assert support_verb(raid, lexicon) is None


def test_commitment_verbs_carry_only_events_of_their_roots(nlp: Language) -> None:
    lexicon = load_lexicon()
    swap = token(nlp, "Peru and Chile agreed to a prisoner exchange.", "exchange")
    assert support_verb(swap, lexicon, "0841") is not None
    assert support_verb(swap, lexicon, "090") is None  # an inspection agreed to: done by others
    assert support_verb(swap, lexicon) is None


def test_a_trip_carries_the_meeting_it_is_for(nlp: Language) -> None:
    lexicon = load_lexicon()
    talks = token(nlp, "The premier will travel to Oslo for talks with the king.", "talks")
    verb = support_verb(talks, lexicon, "046")
    assert verb is not None and verb.lemma_ == "travel"
    assert support_verb(talks, lexicon, "190") is None  # only meetings
    praised = token(nlp, "The envoy was praised for talks with the king.", "talks")
    assert support_verb(praised, lexicon, "046") is None  # praise is no trip
