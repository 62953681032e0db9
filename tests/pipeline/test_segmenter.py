"""``ew_paragraphs`` on the real English model: datelines end their sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

import eventwire.pipeline.segmenter  # noqa: F401 - registers ew_paragraphs
from eventwire.coder import Coder
from eventwire.nlp import UNUSED_COMPONENTS, load_model
from eventwire.pipeline.segmenter import paragraph_starts


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
