"""``factuality_lexicon``: the verb classes of ``factuality.yaml`` and the verb keys read from a
parse (real model)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.factuality_lexicon import load_lexicon, verb_key


def test_verbs_hold_every_class_with_phrasal_verbs_by_their_verb() -> None:
    lexicon = load_lexicon()
    assert {"postpone", "stave", "call", "deny"} <= lexicon.verbs
    assert "stave_off" not in lexicon.verbs


def test_verbs_are_built_once_per_lexicon() -> None:
    lexicon = load_lexicon()
    assert lexicon.verbs is lexicon.verbs


def test_a_phrasal_verb_is_keyed_with_its_particle(nlp: Language) -> None:
    doc = nlp("The two ministries called off the planned talks on Monday.")
    called = next(t for t in doc if t.text == "called")
    assert verb_key(called, load_lexicon().verbs) == "call_off"
