"""Word forms for the trigger matcher (``eventwire.pipeline.trigger_words``), on words and
sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.trigger_words import (
    lemma_applies,
    match_words,
    regular_bases,
    regular_inflections,
    token_keys,
)


def test_regular_bases_cover_lemmatizer_slips() -> None:
    assert {"stage", "stag"} <= regular_bases("staged")
    assert "stop" in regular_bases("stopped") and "carry" in regular_bases("carried")


def test_regular_inflections_of_a_verb() -> None:
    assert regular_inflections("stop") >= {"stops", "stopped", "stopping"}
    assert regular_inflections("carry") >= {"carries", "carried", "carrying"}
    assert regular_inflections("tax") >= {"taxes", "taxed"}
    assert regular_inflections("agree") >= {"agrees", "agreed", "agreeing"}
    assert "panicked" in regular_inflections("panic")
    assert "departes" not in regular_inflections("depart")
    assert "depart" not in regular_bases("departes") and "tax" in regular_bases("taxes")


def test_a_misspelt_inflection_is_not_looked_up_by_its_lemma(nlp: Language) -> None:
    doc = nlp("The delegation departes tomorrow.")
    verb = next(token for token in doc if token.lower_ == "departes")
    assert (verb.pos_, verb.lemma_) == ("VERB", "depart")
    assert not lemma_applies(verb)
    assert "depart" not in token_keys(verb)
    assert lemma_applies(nlp("They departed.")[1])


def test_phrase_words_may_be_split_by_hyphens(nlp: Language) -> None:
    doc = nlp("a cease-fire was agreed")
    assert match_words(doc, 1, ("cease", "fire")) == (1, 3)
    assert match_words(doc, 1, ("cease", "talks")) is None
