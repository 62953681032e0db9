"""``context``: the per-article values the coder sets on a ``Doc`` before the pipeline runs."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.context import (
    original_slice,
    published_of,
    set_original_text,
    set_published,
    text_length,
)


@pytest.mark.parametrize("text", [
    "", "  ", "The envoy met the mayor.", "  Leading spaces and a trailing one ",
    "Lines\n\nwith breaks\tand tabs \u00a0and a non-breaking space.\n",
    "U.S.-led talks didn't end", "\u201cQuoted,\u201d she said \u2014 twice.  ",
])
def test_the_text_length_is_that_of_the_joined_tokens(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    assert text_length(doc) == len(doc.text) == len(text)


def test_a_doc_of_words_and_spaces_has_its_joined_length(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Talks", "ended", "."], spaces=[True, False, True])
    assert text_length(doc) == len(doc.text) == len("Talks ended. ")


def test_the_original_text_must_have_the_parsed_length(nlp: Language) -> None:
    doc = nlp.make_doc("THE ENVOY MET THE MAYOR.".title())
    set_original_text(doc, "THE ENVOY MET THE MAYOR.")
    assert original_slice(doc, 4, 9) == "ENVOY"
    with pytest.raises(ValueError, match="length"):
        set_original_text(doc, "THE ENVOY MET THE MAYOR")


def test_the_published_date_is_read_back_only_as_a_date(nlp: Language) -> None:
    doc = nlp.make_doc("The envoy met the mayor.")
    assert published_of(set_published(doc, date(2024, 3, 5))) == date(2024, 3, 5)
    assert published_of(set_published(doc, None)) is None
