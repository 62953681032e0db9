"""What a negation, a question or a topic word covers (``ew_factuality``, factuality.py and
factuality_topic.py): a focus "not only", the "or not" of an open alternative, an event noun
that is the subject of what it did, an "if" question after a verb of asking, an event named
as what is asked "about", a clause or preposition of its own time or cause, a negated
permission or necessity, a possibility adverb on what is said of a known event, an event
taken part in ("did not attend the summit") or put under way by its modifier ("the ongoing
inquiry"): factuality_scope.py.

Sentences written for this test, parsed by the real English model; the word is made the only
trigger by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from eventwire.pipeline.mentions import TriggerMatch


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


def status_of(nlp: Language, component: FactualityComponent, text: str, word: str) -> str:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == word)
    doc._.ew_triggers = [TriggerMatch(index, index + 1, index, "040", "test", 1,
                                      doc[index].pos_)]
    component(doc)
    return doc._.ew_factuality[index].status


FOCUS: list[tuple[str, str, str]] = [
    # "not only", "not just": a focus on how far the act went, not a denial
    ("Ankara not only condemned the raid but also recalled its envoy.", "condemned",
     "occurred"),
    ("Not only did the rebels shell the convoy, they also burned the depot.", "shell",
     "occurred"),
    ("The militia did not just loot the village.", "loot", "occurred"),
    # controls: a plain negation still denies
    ("The militia did not loot the village.", "loot", "negated"),
    ("Ankara did not condemn the raid.", "condemn", "negated"),
]

ALTERNATIVES: list[tuple[str, str, str]] = [
    # "whether or not", "... or not": the other side of an open question
    ("Whether or not the militia looted the village, the governor resigned.", "looted",
     "possible"),
    ("Nobody could say whether the envoy met the rebels or not.", "met", "possible"),
    # control: "or" elsewhere does not lift a negation
    ("The envoy did not meet the rebels or their allies.", "meet", "negated"),
]

SUBJECTS: list[tuple[str, str, str]] = [
    # an event noun as the subject of what it did, or did not do: the event happened
    ("The bombing did not kill anyone, the police said.", "bombing", "occurred"),
    ("The negotiations in Oslo did not produce a settlement.", "negotiations", "occurred"),
    ("The governor denied that the raid destroyed the clinic.", "raid", "occurred"),
    # controls: the verb that says the event happens is judged, a passive subject is denied,
    # a negative determiner on the noun denies it, and a truth predicate denies it
    ("The negotiations did not take place.", "negotiations", "negated"),
    ("The army said the offensive never came.", "offensive", "negated"),
    ("The promised bombing did not materialise.", "bombing", "negated"),
    ("The negotiations were not held.", "negotiations", "negated"),
    ("No bombing has hit the port since May.", "bombing", "negated"),
    ("The raid was not real.", "raid", "negated"),
    # a modal of the verb still makes the subject open
    ("A bombing could kill hundreds.", "bombing", "possible"),
    # a possibility adverb on what is said of a known event qualifies the saying
    ("The shooting of the protesters was probably unlawful.", "shooting", "occurred"),
    ("The raids most likely breach the truce.", "raids", "occurred"),
    ("A blockade would probably starve the town.", "blockade", "possible"),
]

PERMISSIONS: list[tuple[str, str, str]] = [
    # a negated permission is a norm: the act is open, not denied
    ("The aides spoke on condition of anonymity because they were not authorized to discuss "
     "the deal.", "discuss", "possible"),
    ("The envoy is not entitled to negotiate on behalf of the cabinet.", "negotiate",
     "possible"),
    # control: a negated ability or attempt still denies
    ("The aides were not able to discuss the deal.", "discuss", "negated"),
]

QUESTIONS: list[tuple[str, str, str]] = [
    # an "if" clause after a verb of asking is the question, not a condition of the asking
    ("Journalists asked the envoy if he had met the rebels.", "asked", "occurred"),
    ("Journalists asked the envoy if he had met the rebels.", "met", "possible"),
    ("The mayor wondered if the militia had looted the depot.", "looted", "possible"),
    # controls: a real condition still makes its main clause possible
    ("The army will retaliate if the rebels shell the town.", "retaliate", "possible"),
]

TOPICS: list[tuple[str, str, str]] = [
    # a known event is what is asked, feared or questioned about: it is given
    ("The spokesman was asked about the governor's visit to Kabul.", "visit", "occurred"),
    ("The regime faces questions about the killing of the reporter.", "killing", "occurred"),
    # controls: an event that is asked for or warned of stays open
    ("The spokesman asked for a visit by the governor.", "visit", "possible"),
    ("Analysts warned of an attack on the port.", "attack", "possible"),
]

ADJUNCTS: list[tuple[str, str, str]] = [
    # a clause of its own time or cause ("since", "after", "if") is not under the main
    # clause's negation; a preposition of time on a negating verb is no object of it
    ("The Kremlin has not been able to contact the envoy since the army launched the "
     "offensive.", "launched", "occurred"),
    ("The minister did not want to comment after the militia shelled the port.", "shelled",
     "occurred"),
    ("The army will not be able to attack if the talks resume.", "resume", "possible"),
    ("One official warned that the video was fake, while another said it was staged.",
     "said", "occurred"),
    # a clause of the same time ("as", "when", "while") shares only the main clause's future
    ("The leader is expected to attack the government as he begins a tour on Monday.",
     "begins", "planned"),
    ("The minister was not able to attend as the talks continued in Geneva.", "continued",
     "occurred"),
    ("The council had decided to back the plan as the police said it would curb rioting.",
     "said", "occurred"),
    ("The hospital called off the strike after talks with the board.", "talks", "occurred"),
    # an act after the main clause's time ("until", "before") that the main clause puts ahead
    ("The envoy said relations would not thaw until Minsk freed the reporters.", "freed",
     "possible"),
    ("The peacekeepers will stay in the valley until the militias surrender their arms.",
     "surrender", "planned"),
    ("The governor will stay on before stepping down in June.", "stepping", "planned"),
    ("The union suspended the strike until the ministers meet in March.", "meet", "planned"),
    # controls: a past act after a past main clause has its own status
    ("The envoy left before the militia shelled the port.", "shelled", "occurred"),
    # controls: a "that" clause and the "from" of a preventing verb are what is denied
    ("Moscow denied that its troops shelled the port.", "shelled", "negated"),
    ("Police prevented the crowd from storming the palace.", "storming", "negated"),
    ("The army did not attack the town.", "attack", "negated"),
]


PARTICIPATION: list[tuple[str, str, str]] = [
    # a negation on taking part in an event, or above it, denies the taking part only
    ("The governor did not attend the funeral of the slain judge.", "funeral", "occurred"),
    ("The opposition refused to take part in the parliamentary debate.", "debate",
     "occurred"),
    ("Warsaw ruled out joining naval patrols in the strait.", "patrols", "occurred"),
    ("The rebels declined to participate in peace negotiations.", "negotiations", "occurred"),
    ("The colonel said his men were not involved in the massacre at the market.",
     "massacre", "occurred"),
    # modals above the taking part still carry
    ("The governor will not attend the funeral on Friday.", "funeral", "planned"),
    # controls: the taking part itself is denied, and a negation on the event's own verb
    # still denies it
    ("The governor did not attend the funeral of the slain judge.", "attend", "negated"),
    ("The rebels did not hold negotiations with the army.", "negotiations", "negated"),
]

ONGOING: list[tuple[str, str, str]] = [
    # an event put under way or done by its modifier keeps its own status
    ("The senator would not comment on the ongoing inquiry into the bank.", "inquiry",
     "occurred"),
    ("Beijing could not intervene in the continuing clashes on the frontier.", "clashes",
     "occurred"),
    ("The union will not repeat its recent strikes.", "strikes", "occurred"),
    # controls: a modifier of time to come, and no modifier
    ("The mayor said he would not attend the planned rally.", "rally", "planned"),
    ("The union will not stage strikes.", "strikes", "negated"),
]

NECESSITY: list[tuple[str, str, str]] = [
    # a negated necessity denies the need: the act stays open
    ("Lenders do not have to notify the regulator of the loans.", "notify", "possible"),
    ("The envoy did not need to negotiate with the militia.", "negotiate", "possible"),
    ("The agency need not consult the tribunal.", "consult", "possible"),
    # controls: a negated ability or plan still denies
    ("The envoy did not manage to negotiate with the militia.", "negotiate", "negated"),
    ("The envoy does not plan to negotiate with the militia.", "negotiate", "negated"),
]


EARLIER: list[tuple[str, str, str]] = [
    # a gerund of an earlier time or cause is not under the clause's negation or denial
    ("The mayor denied any fraud after losing the recount.", "losing", "occurred"),
    ("The premier did not resign despite losing the confidence vote.", "losing", "occurred"),
    # control: a negated gerund of its own is still denied
    ("The premier resigned after not winning the vote.", "winning", "negated"),
    # an embedded question told in the past takes its act for given
    ("The general did not explain why his troops shelled the school.", "shelled",
     "occurred"),
    ("The warden has no answer as to how the prisoners escaped.", "escaped", "occurred"),
    # controls: an open question and a question with a modal stay open
    ("The general did not say whether his troops shelled the school.", "shelled",
     "possible"),
    ("The envoy would not say when the militia would release the hostages.", "release",
     "possible"),
]

GIVEN_INTENTS: list[tuple[str, str, str]] = [
    # a known plan, threat or refusal named as a topic keeps its own status for its act
    ("The ministers quarrelled over the cabinet's decision to expel the envoy.", "expel",
     "planned"),
    ("The prefect did not explain his plan to evacuate the port.", "evacuate", "planned"),
    ("Nobody mentioned the rebels' threat to shell the town.", "shell", "possible"),
    # controls: a verb that rejects the plan still denies its act
    ("The senate rejected the plan to evacuate the port.", "evacuate", "negated"),
]


@pytest.mark.parametrize(("text", "word", "status"),
                         FOCUS + ALTERNATIVES + SUBJECTS + PERMISSIONS + QUESTIONS + TOPICS
                         + ADJUNCTS + PARTICIPATION + ONGOING + NECESSITY + EARLIER
                         + GIVEN_INTENTS)
def test_scope_of_negation_questions_and_topics(nlp: Language, component: FactualityComponent,
                                                text: str, word: str, status: str) -> None:
    assert status_of(nlp, component, text, word) == status


def test_participation_keys_name_the_verb_its_preposition_and_its_object(
        nlp: Language) -> None:
    from eventwire.pipeline.factuality_lexicon import load_lexicon
    from eventwire.pipeline.factuality_scope import participation_keys
    from eventwire.pipeline.factuality_tree import governors

    lex = load_lexicon()
    doc = nlp("The rebels declined to take part in the talks.")
    step = next(governors(doc[8]))  # talks -> take (via "in")
    assert participation_keys(step, lex) == {"take_in", "take_part_in"}


def test_an_ongoing_object_leaves_the_act_done_to_it_open(
        nlp: Language, component: FactualityComponent) -> None:
    """"urged Tokyo to lift the existing curbs": the curbs are under way, their lifting (a
    phrase judged at its object noun) is still what is urged."""
    doc = nlp("Seoul urged Tokyo to lift the existing export curbs.")
    start = next(t.i for t in doc if t.text == "lift")
    end = next(t.i for t in doc if t.text == "curbs") + 1
    doc._.ew_triggers = [TriggerMatch(start, end, start, "085", "test", 2, "VERB")]
    component(doc)
    assert doc._.ew_factuality[start].status == "possible"
