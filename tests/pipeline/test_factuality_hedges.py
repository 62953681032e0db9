"""The evidential words of ``ew_factuality`` (``factuality_hedges.py``) on sentences written for
these tests, parsed by the real English model: the helpers on their own, then through the
component with the event word made the only trigger by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, load_lexicon, make_factuality
from eventwire.pipeline.factuality_hedges import hedge_cues, lexical_hedges, passes_hedge
from eventwire.pipeline.factuality_lexicon import FactualityLexicon
from eventwire.pipeline.factuality_tree import governors
from tests.coded import word
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


@pytest.fixture(scope="module")
def lexicon() -> FactualityLexicon:
    return load_lexicon()


def test_modifier_subject_and_source_hedges(nlp: Language, lexicon: FactualityLexicon) -> None:
    fired = word(nlp, "The alleged poachers fired at the rangers.", "fired")
    assert [(c.value, c.token.text) for c in hedge_cues(fired, lexicon)] == [("alleged", "alleged")]
    seized = word(nlp, "According to local reports, guards seized the ferry.", "seized")
    assert [c.value for c in hedge_cues(seized, lexicon)] == ["reported"]
    plain = word(nlp, "Guards seized the ferry at dawn.", "seized")
    assert hedge_cues(plain, lexicon) == []


def test_governing_words_hedge_through_their_relation(
        nlp: Language, lexicon: FactualityLexicon) -> None:
    looted = word(nlp, "The militia is said to have looted the depot.", "looted")
    found = [c.value for step in governors(looted) for c in lexical_hedges(step, lexicon)]
    assert found == ["reported"]
    plain = word(nlp, "The militia looted the depot.", "looted")
    assert [c for step in governors(plain) for c in lexical_hedges(step, lexicon)] == []


def test_speech_verbs_keep_their_own_hedges(nlp: Language, lexicon: FactualityLexicon) -> None:
    left = word(nlp, "The envoy reportedly said the monitors left the port.", "left")
    assert not any(passes_hedge(step, lexicon) for step in governors(left))
    closing = word(nlp, "The council is reportedly considering closing the port.", "closing")
    assert any(passes_hedge(step, lexicon) for step in governors(closing))


HEDGES: list[tuple[str, str, str | None]] = [
    ("Rebels allegedly kidnapped two aid workers.", "kidnapped", "alleged"),
    ("The purported attack killed three people.", "attack", "alleged"),
    ("The police reportedly arrested dozens of protesters.", "arrested", "reported"),
    ("According to unconfirmed reports, troops shelled the town.", "shelled", "reported"),
    ("Troops are said to have shelled the town.", "shelled", "reported"),
    ("There were reports that troops had attacked the village.", "attacked", "reported"),
    ("Rebels claimed responsibility for the attack.", "attack", "claimed"),
    ("Troops shelled the town on Monday.", "shelled", None),
    # a hedge on the subject, or on a governing (non-speech) verb
    ("The alleged smugglers fired at the coast guard.", "fired", "alleged"),
    ("The cabinet is reportedly weighing expelling the attache.", "expelling", "reported"),
    ("The spokesman reportedly said troops left the town.", "left", None),
    # a claim nobody makes is no hedge
    ("No group has claimed responsibility for the bombing.", "bombing", None),
    ("Nobody claimed the attack on the convoy.", "attack", None),
    ("The rebels did not claim the ambush.", "ambush", None),
]


@pytest.mark.parametrize(("text", "form", "hedge"), HEDGES)
def test_hedge(nlp: Language, component: FactualityComponent, text: str, form: str,
               hedge: str | None) -> None:
    assert factuality_of(nlp, component, text, form).hedge == hedge


def test_hedged_event_still_occurred(nlp: Language, component: FactualityComponent) -> None:
    result = factuality_of(nlp, component, "Rebels allegedly kidnapped two aid workers.",
                           "kidnapped")
    assert result.status == "occurred"
    assert result.cue == "allegedly"
