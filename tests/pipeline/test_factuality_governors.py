"""``factuality_governors``: the word class of a governor decides the event's status (real
model, triggers set by hand)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from eventwire.pipeline.factuality_governors import GovernorCues
from eventwire.pipeline.factuality_lexicon import load_lexicon
from eventwire.pipeline.factuality_tree import governors
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


CASES: list[tuple[str, str, str]] = [
    # plan verbs with an object: "called a strike", "invited to talks"; not naming
    ("The federation called a nationwide strike for Monday.", "strike", "planned"),
    ("Both delegations were invited to talks in Nairobi.", "talks", "planned"),
    # "be to" arranges ("is to visit", "is to be held"), unless it defines or is an idiom
    ("The foreign minister is to travel to Cairo on Monday.", "travel", "planned"),
    ("The summit is to be held in Vienna in June.", "summit", "planned"),
    ("The minister was to travel to Cairo, but the trip was cancelled.", "travel", "planned"),
    ("The plan is to attack the town at dawn.", "attack", "planned"),
    ("The problem is to find a buyer.", "find", "occurred"),
    ("Russia is to blame for the attack on the convoy.", "attack", "occurred"),
    ("The king is not to attend the ceremony.", "attend", "negated"),
    ("The summit is yet to be scheduled.", "summit", "negated"),
    ("The vote has yet to take place.", "vote", "negated"),
    ("The offensive aims to capture the port.", "offensive", "occurred"),
    # offering an expression of an attitude performs it; other offers and demands propose
    ("The envoy offered condolences to the families of the miners.", "condolences", "occurred"),
    ("The minister offered an apology for the raid on the village.", "apology", "occurred"),
    ("The mediators offered talks to both sides.", "talks", "possible"),
    ("The union demanded an apology from the mayor.", "apology", "possible"),
    # a wish or willingness to act is an intention; a request or a need asks for the act
    ("The governor voiced her desire to visit the flooded villages.", "visit", "planned"),
    ("The rebels signalled a willingness to release the hostages.", "release", "planned"),
    ("The mayor rejected the union's request to extend the curfew.", "extend", "negated"),
    ("Aid groups sent a request to evacuate the wounded.", "evacuate", "possible"),
    ("The envoy stressed the need to resume negotiations.", "resume", "possible"),
    # "it is ADJ to VERB" judges the act; it is no "be to" arrangement
    ("It is easy to criticise the government.", "criticise", "possible"),
    ("It is important to negotiate with the rebels.", "negotiate", "possible"),
    ("He said it was important to continue the talks.", "continue", "possible"),
    ("It is hard to blame the voters for the result.", "blame", "possible"),
    ("It is a mistake to expel the ambassador.", "expel", "possible"),
    ("It is in our interest to sanction the cartel.", "sanction", "possible"),
    ("The auditors said the ministry had been wrong to dismiss the warnings.", "dismiss",
     "occurred"),
    ("The president is to visit Paris.", "visit", "planned"),
    ("It is consistent with the policy we announced last year: to train local forces.", "train",
     "planned"),
    # an infinitive with a subject of its own ("for X to VERB") is judged the same way, in any
    # tense or mood of "be"
    ("It would be easy for the army to shell the town.", "shell", "possible"),
    ("It would not be difficult for the governor to declare a curfew.", "declare", "possible"),
    ("The plan is for the two envoys to meet in Oslo.", "meet", "planned"),
    # the "that" clause of an adjective of need says what should be done; told in the past it
    # states a fact, and a factual adjective states one too
    ("It is important that the army withdraw from the city.", "withdraw", "possible"),
    ("It is vital that the ministers meet the envoy soon.", "meet", "possible"),
    ("It is essential that the talks should resume.", "resume", "possible"),
    ("It is important that the two leaders met last week.", "met", "occurred"),
    ("It is clear that the rebels shelled the town.", "shelled", "occurred"),
    # a speculation verb reaches what it speculates on, not an adjunct of its own act
    ("The president warned of war at a conference in Munich.", "conference", "occurred"),
    ("The senator urged restraint during the meeting.", "meeting", "occurred"),
    ("Residents worried about a strike.", "strike", "possible"),
    ("The unions threatened the company with a strike.", "strike", "possible"),
    # a scheduling noun times its "for" object, which is still ahead; not "the date of"
    ("The mediators fixed a date for negotiations between the factions.", "negotiations",
     "planned"),
    ("The cabinet approved a timetable for the evacuation of the garrison.", "evacuation",
     "planned"),
    ("Investigators disclosed the date of the bombing.", "bombing", "occurred"),
    # denying the scheduling leaves the event open, not denied
    ("The factions have not fixed a date for negotiations.", "negotiations", "possible"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_status(nlp: Language, component: FactualityComponent, text: str, word: str,
                status: str) -> None:
    assert factuality_of(nlp, component, text, word).status == status


@pytest.mark.parametrize(("text", "word", "status", "cue"), [
    ("The rebels refused to free the hostages.", "free", "negated", "refused"),
    ("The council plans to open a new clinic.", "open", "planned", "plans"),
    ("The envoy warned of a possible blockade.", "blockade", "possible", "warned"),
])
def test_first_governor_gives_the_cue(nlp: Language, text: str, word: str, status: str,
                                      cue: str) -> None:
    doc = nlp(text)
    event = next(t for t in doc if t.text == word)
    rules = GovernorCues(load_lexicon())
    found = [c for step in governors(event) for c in rules.lexical_cues(step, event)]
    assert [(c.value, c.token.text) for c in found][:1] == [(status, cue)]


def test_a_governor_of_no_known_class_gives_no_cue(nlp: Language) -> None:
    doc = nlp("The rebels freed the hostages.")
    event = doc[2]
    rules = GovernorCues(load_lexicon())
    assert [c for step in governors(event) for c in rules.lexical_cues(step, event)] == []



@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "code", "status"), [
    # an act tried or attempted is not reported done: possible
    ("The junta tried to ban the largest opposition party in May.", "1722", "possible"),
    ("The council attempted to block the budget resolution.", "129", "possible"),
    # an attempted act of force is the assault made (MUC counts attempted attacks)
    ("Masked gunmen tried to assassinate the judge outside his home.", "185", "occurred"),
    ("Insurgents attempted to storm the police station at dawn.", "190", "occurred"),
    # an attempt to mediate or negotiate is the mediation or the talks held
    ("Norway has tried for years to mediate between the two parties.", "045", "occurred"),
    ("The senator tried to broker a compromise between the two sides.", "045", "occurred"),
])
def test_an_attempt_is_possible_except_force(coder: Coder, text: str, code: str,
                                              status: str) -> None:
    events = [e for e in coder.code(text) if e.cameo.code == code]
    assert events and {e.status for e in events} == {status}
