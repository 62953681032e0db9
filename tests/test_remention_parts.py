"""Words on a re-mentioned event noun that pick out no other event (eventwire/remention_parts.py).

Every sentence is written for this test and coded or parsed by the real coder.
"""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Actor, Event
from eventwire.remention_parts import (
    content_infinitive,
    content_told,
    coordination,
    named_possessor,
    names_actor,
    nonrestrictive,
    pronoun_possessor,
)
from eventwire.repeats import bundled_lexicon

TALKS = "The two governments held talks in Oslo on Monday. "


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def triggers(events: list[Event], root: str) -> list[str]:
    return [e.trigger.text for e in events if e.cameo.root == root]


def test_nonrestrictive_clause_on_a_remention_gives_no_record(coder: Coder) -> None:
    """", which lasted six hours," describes the talks already coded."""
    events = coder.code(TALKS + "Officials said the talks, which lasted six hours, had gone well.")
    assert triggers(events, "04") == ["held talks"]


def test_restrictive_clause_keeps_the_mention(coder: Coder) -> None:
    """"the talks that the rebels held in Geneva" may be other talks."""
    events = coder.code(TALKS + "Officials said the talks that the rebels held in Geneva had "
                        "gone well.")
    assert "talks" in triggers(events, "04")


def test_apposition_on_a_remention_gives_no_record(coder: Coder) -> None:
    events = coder.code("The senator proposed a new tax on banks in May. "
                        "The proposal, part of a wider budget plan, was rejected.")
    assert triggers(events, "02") == ["proposed"]


def test_pronoun_possessor_on_a_remention_gives_no_record(coder: Coder) -> None:
    events = coder.code(TALKS + "Their talks covered trade and fishing rights.")
    assert triggers(events, "04") == ["held talks"]


def test_pronoun_possessor_with_another_actor_stays(coder: Coder) -> None:
    """"its own sanctions" coded with Russia as source are not those of the United States."""
    events = coder.code("The United States imposed sanctions on Iran on Monday. "
                        "Russia said its own sanctions on Iran would stay.")
    assert len(triggers(events, "16")) == 2


def test_words_on_the_noun(coder: Coder) -> None:
    lexicon = bundled_lexicon()
    doc = coder.nlp("Officials said the talks, which lasted an hour, and their visit that "
                    "ended early went well.")
    talks = next(t for t in doc if t.text == "talks")
    visit = next(t for t in doc if t.text == "visit")
    relative = [c for c in talks.children if c.dep_ == "relcl"]
    assert relative and nonrestrictive(relative[0], talks, lexicon.aside_marks)
    restrictive = [c for c in visit.children if c.dep_ == "relcl"]
    assert restrictive and not nonrestrictive(restrictive[0], visit, lexicon.aside_marks)
    possessor = [c for c in visit.children if c.dep_ == "poss"]
    assert possessor and pronoun_possessor(possessor[0], lexicon.possessive_pronouns)
    assert not any(pronoun_possessor(c, lexicon.possessive_pronouns) for c in talks.children)


def test_coordinated_noun_on_a_remention_gives_no_record(coder: Coder) -> None:
    """"the arrest and the raids": the raids are another thing, not a part of the arrest."""
    events = coder.code("Police arrested the opposition leader on Monday. "
                        "The arrest and the raids drew wide criticism.")
    assert triggers(events, "17") == ["arrested the opposition leader"]


def test_coordination_and_named_possessor_words(coder: Coder) -> None:
    doc = coder.nlp("Elders discussed Baddour's truce and the raids.")
    truce = next(t for t in doc if t.text == "truce")
    assert any(coordination(c) for c in truce.children)
    possessor = next(c for c in truce.children if c.dep_ == "poss")
    assert named_possessor(possessor)
    trader = Actor(text="Local trader Omar Baddour", start=0, end=25, code="BUS")
    other = Actor(text="the clan elders", start=0, end=15, code="CVL",
                  name="Council of Al-Baddour Elders")
    assert names_actor(possessor, (None, trader))
    assert names_actor(possessor, (other,))
    assert not names_actor(possessor, (Actor(text="Omar", start=0, end=4, code="BUS"), None))


def test_content_infinitive_the_earlier_sentence_tells_gives_no_record(coder: Coder) -> None:
    """"her request to extend her parole" after she asked to extend it: one request."""
    events = coder.code("The prisoner asked the board to extend her parole in May. "
                        "Her request to extend her parole was denied.")
    assert triggers(events, "02") == ["asked"]


def test_content_infinitive_with_another_verb_stays(coder: Coder) -> None:
    """"her request to leave the country" may be another request."""
    events = coder.code("The prisoner asked the board to extend her parole in May. "
                        "Her request to leave the country was denied.")
    assert "request" in triggers(events, "02")


def test_content_infinitive_words(coder: Coder) -> None:
    doc = coder.nlp("She asked them to extend it. Her request to extend it and her plea "
                    "that they stay failed.")
    request = next(t for t in doc if t.text == "request")
    plea = next(t for t in doc if t.text == "plea")
    clause = next(c for c in request.children if c.dep_ == "acl")
    assert content_infinitive(clause) and content_told(clause, next(doc.sents))
    assert not any(content_infinitive(c) for c in plea.children)
