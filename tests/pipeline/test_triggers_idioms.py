"""Idioms and light verbs that trigger patterns would read as acts: where a course leads
("heading for the exits"), a choice or a lesson offered, leadership provided, a business built
up, a feeling caused ("has voters worried"), a battle faced, an outcome anticipated, a fact
verified, instincts appealed to, goodwill demonstrated; and verbs whose agentless sense is no
act ("might be compromised", "hampered by the weather"). Blocks in the trigger data and
PETRARCH lines left out or needing a source (petrarch_exclusions.yaml).

Each sentence is written for this test. The whole bundled dictionary is loaded, the converted
PETRARCH patterns included, so a non-event case checks that the block or the exclusion beats
the converted pattern and an event case that the act's own sense is kept.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers
from tests.coded import coded_triggers


def coded_heads(nlp: Language, patterns: PatternSet, text: str) -> dict[str, str]:
    """Head word -> code of every trigger that yields an event."""
    doc = nlp(text)
    return {doc[m.head].text: m.code for m in match_triggers(doc, patterns) if m.code is not None}


# (sentence, the word that must not head an event trigger)
NON_EVENTS: list[tuple[str, str]] = [
    ("Lawmakers are heading for the exits before the recess.", "heading"),
    ("The ruling party is heading for a landslide defeat.", "heading"),
    ("The two chambers are heading for a showdown over the budget.", "heading"),
    ("The memoir offers a rare lesson in humility.", "offers"),
    ("The ministry has provided clear leadership on the reforms.", "provided"),
    ("The new rules provide clarity for exporters.", "provide"),
    ("His visit provided an example of quiet diplomacy.", "provided"),
    ("The refugees built businesses up from nothing.", "built"),
    ("The prosecutor is building up his team of investigators.", "building"),
    ("Tension has been building up in the region for months.", "building"),
    ("The crisis has voters worried.", "worried"),
    ("The sudden vote left investors rattled.", "rattled"),
    ("The reform bill faces a battle in the upper house.", "faces"),
    ("The governor faces an uphill fight for re-election.", "faces"),
    ("Analysts anticipate a slowdown in the second half.", "anticipate"),
    ("Reporters could not verify the video.", "verify"),
    ("The slogan appeals to nationalist sentiment.", "appeals"),
    ("The senator appealed to his base with the speech.", "appealed"),
    ("The prisoner swap was a demonstration of goodwill.", "demonstration"),
    ("The march is a demonstration of our resolve.", "demonstration"),
    ("The senator was looking into a camera as he spoke.", "looking"),
    ("She stared into the eyes of the judge.", "stared"),
    ("The governor kicked off his campaign in Scranton on Monday.", "kicked"),
    ("Voters are kicking the tyres of the new leader.", "kicking"),
    ("Congress kicked the can down the road again.", "kicked"),
    ("The senator raked in huge speaking fees.", "raked"),
    ("The general ruled the province with an iron fist.", "ruled"),
    ("The colonel ruled Libya for four decades.", "ruled"),
    ("The appeals court struck down the law on Monday.", "appeals"),
    ("The mayor has broad appeal among suburban voters.", "appeal"),
    ("The actress won custody of her children after the divorce.", "won"),
    ("The ministry vowed to degrade the rebels' supply lines.", "degrade"),
]


@pytest.mark.parametrize(("text", "head"), NON_EVENTS)
def test_idiom_is_no_event(nlp: Language, everything: PatternSet, text: str, head: str) -> None:
    assert head not in coded_heads(nlp, everything, text)


# (sentence, head, code): the act's own sense keeps its code
EVENTS: list[tuple[str, str, str]] = [
    ("The foreign minister headed for Cairo on Sunday.", "headed", "042"),
    ("Russia offered Ukraine a ceasefire.", "offered", "0356"),
    ("The envoy offered an explanation of the delay.", "offered", "010"),
    ("The speech offered a vision for relations with Beijing.", "offered", "010"),
    ("The candidate offered voters a stark choice between two futures.", "offered", "010"),
    ("The government provided weapons to the rebels.", "provided", "072"),
    ("Germany provided aid to the flood victims.", "provided", "070"),
    ("Russia built up forces along the border.", "built", "154"),
    ("The mayor appealed to residents to stay indoors.", "appealed", "020"),
    ("The two parties compromised on the wording of the bill.", "compromised", "080"),
    ("Thousands joined a demonstration against the new law.", "demonstration", "141"),
    ("The drills were a demonstration of force.", "demonstration", "150"),
    ("The inspector general is looking into the allegations.", "looking", "090"),
    ("Police kicked the protester in the head.", "kicked", "180"),
]


@pytest.mark.parametrize(("text", "head", "code"), EVENTS)
def test_event_sense_keeps_its_code(
    nlp: Language, everything: PatternSet, text: str, head: str, code: str
) -> None:
    assert coded_heads(nlp, everything, text).get(head) == code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry's servers might have been compromised.", "compromised"),
    ("Many mourners were saddened by the verdict.", "saddened"),
    ("The search was hampered by bad weather.", "hampered"),
    ("The leak could hinder the inquiry.", "hinder"),
    ("As the investigations deepen, the party is nervous.", "deepen"),
])
def test_an_agentless_sense_gives_no_event(coder: Coder, text: str, word: str) -> None:
    assert not any(trigger.startswith(word) for trigger, _ in coded_triggers(coder, text))


def test_an_actor_that_compromises_keeps_the_event(coder: Coder) -> None:
    text = "The government compromised with the unions on the pension age."
    assert any(trigger.startswith("compromised") for trigger, _ in coded_triggers(coder, text))
