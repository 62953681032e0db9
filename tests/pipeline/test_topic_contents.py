"""An event word that is only the topic of talk, debate, question or report names no act
(``topic_contents``); one reported with an actor or a clause of its own, and acts outside a
topic, keep their events. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.topic_contents import is_topic_content, load_lexicon
from tests.coded import coded

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "topic_contents.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "dropped"), [
    ("Iran and Oman held talks on a comprehensive agreement on Monday.", "057"),
    ("The senators held a long debate over sanctions on Tuesday.", "163"),
    ("The foundation published a report on torture in the north.", "18"),
    ("The envoy said nothing about lifting the embargo.", "085"),
    ("He wrote a book about lynching in the South.", "18"),
    ("The mayor was thinking about vetoing the budget.", "129"),
    ("The senators discussed sanctions against Iran on Tuesday.", "163"),
])
def test_the_topic_of_talk_is_no_event(coder: Coder, text: str, dropped: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(dropped)]


@pytest.mark.parametrize(("text", "kept"), [
    # an actor or a clause of its own
    ("Analysts raised questions about the Russian strikes on the port.", "19"),
    ("The senators debated over sanctions imposed by the EU in May.", "163"),
    ("The ministers discussed the sanctions imposed by the EU in May.", "163"),
    ("Ministers met to talk about the raid that killed ten soldiers.", "190"),
    # no word of talk: an act of its own
    ("The army launched attacks on the port on Monday.", "190"),
    # a word of agreement: what is agreed is done
    ("The two sides agreed on a ceasefire on Sunday.", "0"),
])
def test_an_act_of_its_own_keeps_its_event(coder: Coder, text: str, kept: str) -> None:
    assert [c for c in coded(coder, text) if c.startswith(kept)]


def test_the_topic_is_judged_at_the_event_word(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("They held talks on sanctions.")
    assert is_topic_content(doc[4], lexicon)
    doc = nlp("They imposed sanctions on Iran.")
    assert not is_topic_content(doc[2], lexicon)


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "topic_contents.yaml"
    bad.write_text(BUNDLED.read_text().replace("holders: [", "holders: 7 #["))
    with pytest.raises(DataError):
        load_lexicon(bad)


def test_bundled_data_has_provenance() -> None:
    assert load_lexicon(BUNDLED).meta.license
