"""The other side of a relation an event's phrase mentions is no target of the event
(``relation_topics.py``). Sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.relation_topics import relation_partner
from eventwire.pipeline.role_lexicon import load_lexicon
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def targets(coder: Coder, text: str, trigger: str) -> set[str | None]:
    events: list[Event] = coder.code(text, published="2024-03-01")
    return {e.target.code if e.target else None for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "partner"),
    [
        ("The Kenyan minister held talks on trade ties with Uganda.", "held talks", "UGA"),
        ("The Kenyan senator resigned over contacts with the Ugandan envoy.", "resigned",
         "UGAGOV"),
        ("Kenyan farmers criticized the mill's dispute with Uganda.", "criticized", "UGA"),
    ],
)
def test_the_other_side_of_a_mentioned_relation_is_no_target(
    coder: Coder, text: str, trigger: str, partner: str
) -> None:
    found = targets(coder, text, trigger)
    assert found, text
    assert partner not in found


@pytest.mark.parametrize(
    ("text", "trigger", "partner"),
    [
        # The relation is the event's own word.
        ("Kenya cut ties with Uganda on Monday.", "cut ties", "UGA"),
        # The source's own relation as the object: whom it is improved with.
        ("Kenya improved its ties with Uganda last year.", "improved its ties", "UGA"),
        # The relation of the event's own phrase, not one it talks about.
        ("Kenya welcomed the resumption of its ties with Uganda.", "welcomed", "UGA"),
        # A topic that is the subject's own relation: its other side is the one protested at.
        ("Kenya protested over its border dispute with Uganda.", "protested", "UGA"),
        # A plain talks partner.
        ("The Kenyan minister held talks with Uganda on trade.", "held talks", "UGA"),
    ],
)
def test_a_relation_of_the_event_itself_keeps_its_partner(
    coder: Coder, text: str, trigger: str, partner: str
) -> None:
    assert partner in targets(coder, text, trigger)


def test_relation_nouns_are_lower_case_single_words() -> None:
    lexicon = load_lexicon()
    assert "ties" in lexicon.relation_topic_nouns and "with" in lexicon.relation_partner_preps
    assert all(w == w.lower() and " " not in w for w in lexicon.relation_topic_nouns)


def test_a_plain_object_is_no_partner(coder: Coder) -> None:
    doc = coder.nlp("Kenya attacked Uganda.")
    assert not relation_partner(doc[2], doc[1], load_lexicon())
