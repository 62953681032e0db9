"""Quotations: the quotation holding a token, and its speaker."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.quotations import quotation_of, quoted_speaker

SAYING = frozenset({"say", "tell"})


def marks(doc: Doc, word: str) -> tuple[str, str] | None:
    """The texts of the opening and closing marks around the first token ``word``."""
    token = next(t for t in doc if t.text == word)
    span = quotation_of(token)
    return None if span is None else (doc[span[0]].text, doc[span[1]].text)


def test_straight_marks_pair_up_in_order(nlp: Language) -> None:
    doc = nlp('"We will stay," the mayor said, "and we will rebuild."')
    assert marks(doc, "stay") == ('"', '"')
    assert marks(doc, "mayor") is None
    assert marks(doc, "rebuild") == ('"', '"')
    assert quotation_of(doc[0]) is None  # a mark is not inside its own quotation


def test_curly_marks_open_and_close(nlp: Language) -> None:
    doc = nlp("The envoy said \u201cthe border stays shut\u201d after the talks.")
    assert marks(doc, "border") == ("\u201c", "\u201d")
    assert marks(doc, "talks") is None


def test_a_quotation_ends_with_its_paragraph(nlp: Language) -> None:
    doc = nlp('The minister said: "We will not negotiate.\n\nTalks resumed on Monday." Later.')
    assert marks(doc, "negotiate") is None
    assert marks(doc, "resumed") is None


def test_an_opening_mark_never_closes(nlp: Language) -> None:
    doc = nlp("\u201cWe are ready \u201cfor anything,\u201d he said.")
    assert marks(doc, "ready") is None
    assert marks(doc, "anything") == ("\u201c", "\u201d")


def test_each_doc_gets_its_own_quotations(nlp: Language) -> None:
    first = nlp('"Leave now," the general told the rebels.')
    second = nlp('The rebels said the general "must go" soon.')
    assert marks(first, "Leave") == ('"', '"')
    assert marks(second, "go") == ('"', '"')
    assert marks(second, "rebels") is None
    assert marks(first, "Leave") == ('"', '"')
    assert marks(first, "rebels") is None


def test_the_speaker_is_the_subject_of_the_verb_of_saying_beside_it(nlp: Language) -> None:
    after = nlp('"The ceasefire holds," the spokesman said on Friday.')
    before = nlp('The spokesman said: "The ceasefire holds."')
    for doc in (after, before):
        speaker = quoted_speaker(next(t for t in doc if t.text == "ceasefire"), SAYING)
        assert speaker is not None and speaker.text == "spokesman"
