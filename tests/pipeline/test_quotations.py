"""Quotations: the quotation holding a token, and its speaker."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.coder import Coder
from eventwire.pipeline.quotations import narrative_start_before, quotation_of, quoted_speaker

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


SPEECH = ('"We will not pay," Ruto said. "The debt is not ours. We owe nothing to anybody. '
          'Our people are poor." "We will not meet the lenders," he said.')


def test_sentences_of_quoted_speech_do_not_count_towards_the_window(nlp: Language) -> None:
    doc = nlp(SPEECH)
    he = next(t for t in doc if t.text == "he")
    assert narrative_start_before(he, 1) == 0  # back to Ruto's sentence, over his words
    assert narrative_start_before(doc[0], 1) == 0
    plain = nlp("Ruto spoke. The debt is not ours. We owe nothing. He left.")
    last = next(t for t in plain if t.text == "He")
    assert plain[narrative_start_before(last, 1)].text == "We"  # narrative sentences count


def test_a_speaker_pronoun_after_quoted_sentences_finds_its_person() -> None:
    events = Coder().code(SPEECH, published="2023-05-01")
    meeting = [e for e in events if e.cameo.root == "04"]
    assert [(e.source.text, e.source.code) if e.source else None for e in meeting] \
        == [("We", "KENGOV")]  # the quoted "We" of the "he" who is Ruto


def test_a_sentence_of_no_word_does_not_count_towards_the_window(nlp: Language) -> None:
    # The parser may split a closing mark and a paragraph break off as a sentence of its own.
    doc = nlp('The envoy said the mission was "ready to confirm its findings."\n\n'
              'He said more would follow. "We are close," he said.')
    last = [t for t in doc if t.lower_ == "he"][-1]
    start = narrative_start_before(last, 2)
    assert doc[start:last.i].text.startswith("The envoy")
