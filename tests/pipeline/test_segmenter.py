"""``ew_paragraphs`` on the real English model: datelines end their sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

import eventwire.pipeline.segmenter  # noqa: F401 - registers ew_paragraphs
from eventwire.coder import Coder
from eventwire.nlp import UNUSED_COMPONENTS, load_model
from eventwire.pipeline.segmenter import MAX_RUN, long_run_starts, paragraph_starts


@pytest.fixture(scope="module")
def segmented() -> Language:
    """The English model with ``ew_paragraphs`` before the parser, as the coder runs it."""
    nlp = load_model(exclude=UNUSED_COMPONENTS)
    nlp.add_pipe("ew_paragraphs", first=True)
    return nlp


def _first_sentence(nlp: Language, text: str) -> str:
    return next(iter(nlp(text).sents)).text


@pytest.mark.parametrize(("text", "dateline"), [
    ("KABUL, Afghanistan: Taliban fighters attacked a police post on Sunday.",
     "KABUL, Afghanistan:"),
    ("OSLO: Norway pledged new aid to Sudan.", "OSLO:"),
    ("MOSCOW, March 3 (Reuters) - Russia expelled two Polish diplomats.",
     "MOSCOW, March 3 (Reuters) -"),
])
def test_a_dateline_is_a_sentence_of_its_own(
    segmented: Language, text: str, dateline: str
) -> None:
    assert _first_sentence(segmented, text) == dateline


@pytest.mark.parametrize("text", [
    "NATO members had one demand: Russia must withdraw its troops.",  # a clause before the colon
    "The UN said: talks will resume in Geneva.",  # no upper-case opening word
])
def test_a_colon_after_a_clause_is_no_dateline(segmented: Language, text: str) -> None:
    assert _first_sentence(segmented, text) != text.split(":")[0] + ":"


@pytest.mark.parametrize(("text", "place"), [
    ("BAMAKO, Mali: Four soldiers were killed when gunmen ambushed a convoy near Gao.", "BAMAKO"),
    ("KHARTOUM, Sudan: Three protesters were arrested outside the parliament.", "KHARTOUM"),
])
def test_a_dateline_place_is_no_actor_of_the_next_sentence(text: str, place: str) -> None:
    events = Coder().code(text)
    actors = [a.text for e in events for a in (e.source, e.target) if a is not None]
    assert events and not [a for a in actors if a.startswith(place)]


def test_page_markers_and_captions_are_sentences_of_their_own(segmented: Language) -> None:
    text = ("Image copyright Reuters Image caption The Kenyan minister said the road was "
            "finished. Photo credit AFP The talks resumed.")
    sentences = [s.text.strip() for s in segmented(text).sents]
    assert "The Kenyan minister said the road was finished." in sentences
    assert any(s.startswith("Photo credit") for s in sentences)  # the sentence before ends
    assert all("Image" not in s for s in sentences if "Kenyan" in s)


def test_a_credit_is_not_part_of_the_next_actor() -> None:
    text = "Image copyright Reuters Image caption Kenyan police arrested two men on Monday."
    events = Coder().code(text, published="2024-03-01")
    sources = {e.source.text for e in events if e.source is not None}
    assert sources == {"Kenyan police"}


def test_only_a_blank_line_starts_a_paragraph() -> None:
    nlp = load_model(exclude=UNUSED_COMPONENTS)
    doc = nlp.make_doc("Talks began.\nThey ended.  \n\nA new day. \n \n\n Then more.\n\n")
    starts = [doc[i].text for i in paragraph_starts(doc)]
    assert starts == ["Talks", "A", "Then"]


# A clause of our own, repeated with no full stop: scraped text that lost its punctuation.
UNPUNCTUATED = ("police officers detained two protesters near the ministry building on the "
                "main square ")


def test_a_run_with_no_sentence_end_is_cut_at_the_limit(segmented: Language) -> None:
    doc = segmented(UNPUNCTUATED * 60)
    assert len(doc) > 3 * MAX_RUN
    lengths = [len(sentence) for sentence in doc.sents]
    assert max(lengths) <= MAX_RUN
    assert len(lengths) >= len(doc) // MAX_RUN


def test_a_long_run_is_cut_after_its_last_comma_in_the_second_half(segmented: Language) -> None:
    clause = UNPUNCTUATED.strip()
    text = " and ".join([clause] * 14) + ", " + " and ".join([clause] * 14)
    doc = segmented(text)
    comma = next(t.i for t in doc if t.text == ",")
    assert MAX_RUN // 2 < comma < MAX_RUN
    assert doc[comma + 1].is_sent_start


def test_ordinary_long_sentences_are_not_cut(segmented: Language) -> None:
    sentence = ("The foreign ministers of France, Germany, Italy and Spain met their counterparts "
                "from the Gulf states in Rome on Monday, and agreed to hold further talks on "
                "shipping, energy and migration before the summit that the European Union is "
                "planning to host in Brussels in the spring. ")
    doc = segmented(sentence * 8)
    assert long_run_starts(doc, {0}) == []
    assert all(len(s) < MAX_RUN for s in doc.sents)


def test_a_full_stop_or_preset_start_ends_a_run(segmented: Language) -> None:
    half = UNPUNCTUATED * 12  # 156 tokens: two make a run over the limit
    doc = segmented.make_doc(half + ". " + half)
    assert long_run_starts(doc, {0}) == []
    doc = segmented.make_doc(half + half)
    assert long_run_starts(doc, {0, len(doc) // 2}) == []
    assert long_run_starts(doc, {0}) != []
