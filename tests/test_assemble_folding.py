"""Folded events end to end: the governing act and the embedded act, each with its status."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.factuality_lexicon import load_lexicon as load_factuality_lexicon
from eventwire.pipeline.folding import (
    embedded_slots,
    folded_status,
    governing_fold,
    load_lexicon,
)
from eventwire.records import Event

LEXICON = load_lexicon()


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _by_word(events: list[Event], text: str) -> dict[str, Event]:
    """Events keyed by their trigger's head word (the word at the trigger head's offsets)."""
    found: dict[str, Event] = {}
    for event in events:
        start, end = event.extra["trigger_head"]
        found[text[start:end]] = event
    return found


# (sentence written for this test, governing word, embedded word, embedded root, its status)
FOLDS: list[tuple[str, str, str, str, str]] = [
    ("The rebels threatened to attack the garrison.", "threatened", "attack", "19", "possible"),
    ("The two presidents agreed to meet in Geneva.", "agreed", "meet", "04", "planned"),
    ("The general refused to meet the protesters.", "refused", "meet", "04", "negated"),
    ("The Red Cross urged the militia to release the hostages.", "urged", "release", "08",
     "possible"),
]


@pytest.mark.parametrize(("text", "governing", "embedded", "root", "status"), FOLDS)
def test_embedded_event_is_a_second_event(
    coder: Coder, text: str, governing: str, embedded: str, root: str, status: str
) -> None:
    events = _by_word(coder.code(text), text)
    assert governing in events and embedded in events
    assert events[governing].status == "occurred"
    assert events[embedded].cameo.root == root
    assert events[embedded].status == status


def test_embedded_trigger_points_to_its_own_words(coder: Coder) -> None:
    text = "The rebels threatened to attack the garrison."
    attack = _by_word(coder.code(text), text)["attack"]
    assert text[attack.trigger.start:attack.trigger.end] == attack.trigger.text
    assert "threatened" not in attack.trigger.text
    assert attack.evidence.text == text


def test_threatened_attack_is_never_occurred(coder: Coder) -> None:
    text = "The militia threatened to bomb the bridge."
    events = coder.code(text)
    assert events
    assert all(e.status in ("possible",) for e in events if e.cameo.root in ("18", "19", "20"))


def test_cancelled_noun_event_is_negated(coder: Coder) -> None:
    text = "The government cancelled the planned visit to Beijing."
    events = _by_word(coder.code(text), text)
    assert events["cancelled"].status == "occurred"
    assert events["visit"].cameo.root == "04" and events["visit"].status == "negated"


def test_negated_ruling_out_leaves_the_event_open(nlp: Language) -> None:
    doc = nlp("The junta did not rule out talks with the rebels.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert folded_status(talks, "negated", LEXICON) == "possible"


def test_negated_agreement_denies_the_event(nlp: Language) -> None:
    doc = nlp("The government did not agree to withdraw the troops.")
    withdraw = next(t for t in doc if t.lower_ == "withdraw")
    assert folded_status(withdraw, "occurred", LEXICON) == "negated"


def test_stronger_own_status_wins(nlp: Language) -> None:
    doc = nlp("The cabinet agreed to send troops.")
    send = next(t for t in doc if t.lower_ == "send")
    assert folded_status(send, "occurred", LEXICON) == "planned"
    assert folded_status(send, "possible", LEXICON) == "possible"


def test_prepositional_slot_needs_the_listed_preposition(nlp: Language) -> None:
    doc = nlp("The envoy called for talks after the clashes.")
    talks = next(t for t in doc if t.lower_ == "talks")
    clashes = next(t for t in doc if t.lower_ == "clashes")
    assert governing_fold(talks, LEXICON) is not None
    assert governing_fold(clashes, LEXICON) is None
    called = next(t for t in doc if t.lower_ == "called")
    assert [t.lower_ for t in embedded_slots(called, LEXICON)] == ["talks"]


def test_a_for_to_clause_is_the_slot_of_its_for(nlp: Language, coder: Coder) -> None:
    """"appealed for the junta to free them": the clause "for" opens is the verb's "for"
    slot."""
    text = "The bishops appealed for the junta to free the prisoners."
    doc = nlp(text)
    free = next(t for t in doc if t.lower_ == "free")
    appealed = next(t for t in doc if t.lower_ == "appealed")
    assert governing_fold(free, LEXICON) == (appealed, "possible")
    assert [t.lower_ for t in embedded_slots(appealed, LEXICON)] == ["free"]
    events = _by_word(coder.code(text), text)
    assert events["appealed"].cameo.root == "02"
    assert (events["free"].cameo.root, events["free"].status) == ("08", "possible")


def test_unlisted_governor_folds_nothing(nlp: Language) -> None:
    doc = nlp("The army began to shell the town.")
    shell = next(t for t in doc if t.lower_ == "shell")
    assert governing_fold(shell, LEXICON) is None
    assert folded_status(shell, "occurred", LEXICON) == "occurred"


# (sentence written for this test, the ending word, the ended act's word): an act that is
# halted, suspended or stopped was under way, so it occurred, whatever governs the ending.
ENDED_ACTS: list[tuple[str, str, str]] = [
    ("The Security Council asked Cairo to halt the raids on the border towns.", "halt",
     "raids"),
    ("The army halted its raids on the refugee camps.", "halted", "raids"),
    ("The army did not halt its raids on the refugee camps.", "halt", "raids"),
    ("Government forces stopped shelling the northern suburbs.", "stopped", "shelling"),
]


@pytest.mark.parametrize(("text", "ending", "act"), ENDED_ACTS)
def test_a_halted_act_occurred(coder: Coder, text: str, ending: str, act: str) -> None:
    events = _by_word(coder.code(text), text)
    assert act in events and events[act].status == "occurred"
    assert events[act].cameo.root in ("18", "19", "20")


def test_an_ended_act_keeps_its_own_status_under_a_negated_ending(nlp: Language) -> None:
    doc = nlp("The junta did not end its crackdown on the opposition.")
    crackdown = next(t for t in doc if t.lower_ == "crackdown")
    assert folded_status(crackdown, "occurred", LEXICON) == "occurred"
    assert folded_status(crackdown, "planned", LEXICON) == "planned"


def test_a_prevented_act_is_still_negated(nlp: Language) -> None:
    doc = nlp("The guards prevented an attack on the convoy.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert folded_status(attack, "occurred", LEXICON) == "negated"


# (sentence written for this test, the offered word, the statuses of the events that name it)
OFFERS: list[tuple[str, str, set[str]]] = [
    ("The prime minister offered condolences to the families of the miners.", "condolences",
     {"occurred"}),
    ("The governor offered an apology to the nurses for the delays.", "apology", {"occurred"}),
    ("The mediators offered talks to the two factions.", "talks", {"occurred", "possible"}),
]


@pytest.mark.parametrize(("text", "word", "statuses"), OFFERS)
def test_offering_an_expression_performs_it(coder: Coder, text: str, word: str,
                                            statuses: set[str]) -> None:
    """An offered expression is no folded proposal; offered talks stay a proposal."""
    found = {e.status for e in coder.code(text) if word in e.trigger.text}
    assert found == statuses


def test_performed_objects_match_the_factuality_lexicon() -> None:
    factuality = load_factuality_lexicon()
    assert set(LEXICON.performed_objects) == set(factuality.offering_verbs)
    assert all(nouns == factuality.expressive_nouns
               for nouns in LEXICON.performed_objects.values())


def test_weighed_objects_match_the_factuality_lexicon() -> None:
    factuality = load_factuality_lexicon()
    assert set(LEXICON.weighed_objects) <= set(factuality.weighing_words)
    assert all(nouns == factuality.said_act_nouns for nouns in LEXICON.weighed_objects.values())


@pytest.mark.parametrize(("text", "word", "status"), [
    ("The cabinet is considering a request from the mayor for troops.", "request", "occurred"),
    ("The cabinet is considering sanctions against the junta.", "sanctions", "possible"),
])
def test_a_weighed_said_act_keeps_its_own_status(coder: Coder, text: str, word: str,
                                                 status: str) -> None:
    """A said act a folding verb weighs was made; any other object stays proposed."""
    found = {e.status for e in coder.code(text) if e.trigger.text == word}
    assert found == {status}


def test_lexicon_classes_do_not_overlap() -> None:
    classes = (LEXICON.possible, LEXICON.planned, LEXICON.negated, LEXICON.occurred)
    assert all(not a & b for i, a in enumerate(classes) for b in classes[i + 1:])


def test_reported_must_is_the_speakers_demand(coder: Coder) -> None:
    text = "Israel must withdraw its troops from Gaza, a UN spokesman said."
    events = _by_word(coder.code(text), text)
    demand = events["must"]
    assert demand.cameo.code == "1056" and demand.status == "occurred"
    assert demand.source is not None and "UN" in demand.source.text
    assert demand.target is not None and demand.target.text == "Israel"
    assert demand.trigger.text == "must"
    assert events["withdraw"].status == "possible"


def test_a_leading_statement_of_an_obligation_is_the_demand_alone(coder: Coder) -> None:
    text = "Peru said on Monday that Chile and Bolivia must reopen the border."
    events = coder.code(text)
    demands = [e for e in events if e.trigger.text == "must"]
    assert demands and all(e.cameo.code.startswith("10") for e in demands)
    assert {e.target.text for e in demands if e.target} == {"Chile", "Bolivia"}
    start, end = demands[0].extra["statement_verb"]
    assert text[start:end] == "said"
    assert not [e for e in events if e.cameo.code == "010"]  # one statement, one event


def test_reported_should_is_an_appeal(coder: Coder) -> None:
    text = "Russia should hold talks with Ukraine, the French president said."
    codes = {e.cameo.code for e in coder.code(text)}
    assert "026" in codes and not any(c.startswith("10") for c in codes)


def test_has_to_is_a_demand_and_the_obliged_event_is_possible(coder: Coder) -> None:
    text = "The government has to release the prisoners, Amnesty International said."
    events = _by_word(coder.code(text), text)
    assert events["has"].cameo.code == "1053"  # demand the release of persons
    assert events["release"].status == "possible"


@pytest.mark.parametrize("text", [
    "The garrison had to release its captives, Amnesty International said.",
    "The ministry has had to free the reporters, the union said.",
])
def test_a_past_have_to_tells_the_act_done(coder: Coder, text: str) -> None:
    """"had to release": the release was done, nobody is asked for it (``told_done``)."""
    events = coder.code(text)
    assert not [e for e in events if e.rule.startswith("ew.obligation")]
    released = [e for e in events if e.cameo.code.startswith("084")]
    assert released and all(e.status == "occurred" for e in released)


def test_a_speakers_own_obligation_is_no_demand(coder: Coder) -> None:
    """"'We have to free the prisoners,' Okafor said": the obliged is the speaker, who states
    what the speaker must do, not a demand of another actor."""
    for text in ('"We have to free the prisoners," Okafor said.',
                 '"I need to invite their envoys," Okafor said.'):
        assert not [e for e in coder.code(text) if e.cameo.code.startswith("10")]
    text = "The Red Crescent said US and Turkish forces must ensure security."
    demanded = {e.target.text for e in coder.code(text) if e.cameo.code.startswith("10")
                and e.target is not None}
    assert "US" in demanded  # an acronym is no pronoun


def test_a_bare_conjunct_shares_the_obligation(coder: Coder) -> None:
    """"has to withdraw and free": the second verb is obliged too; one with a tense of its
    own is not."""
    text = "The garrison has to evacuate the fort and release its captives."
    events = _by_word(coder.code(text), text)
    assert events["release"].status == "possible"
    text = "The garrison has to leave the fort, and the police seized its guns."
    assert _by_word(coder.code(text), text)["seized"].status == "occurred"


@pytest.mark.parametrize("text", [
    "We must defend our country, the president said.",
    "Iran must not build nuclear weapons, the senator said.",
    "Israel must withdraw its troops from Gaza.",
    "Should the court rule against the ministry, the minister said, it would appeal.",
    "Should Chile reopen the border, Peru said, trade would resume.",
])
def test_no_demand_without_speaker_obliged_actor_or_with_negation(
    coder: Coder, text: str
) -> None:
    assert not [e for e in coder.code(text) if e.rule.startswith("ew.obligation")]


def test_obligation_codes_follow_the_obliged_event() -> None:
    assert LEXICON.obligation_code("demand", "0874") == "1056"
    assert LEXICON.obligation_code("appeal", "046") == "026"
    assert LEXICON.obligation_code("demand", "190") == "100"
    assert LEXICON.obligation_code("appeal", "0451") == "028"
    assert LEXICON.obligation_code("intent", "046") == "036"
    assert LEXICON.obligation_code("intent", "190") == "030"
    assert LEXICON.obligation_code("demand", "0831") == "1041"
    assert LEXICON.obligation_code("appeal", "0831") == "0241"
    assert LEXICON.obligation_code("appeal", "083") == "024"
    assert LEXICON.obligation_code("demand", "0841") == "1053"


def test_an_obliged_resignation_is_a_demand_for_a_change_in_leadership(coder: Coder) -> None:
    """Sentence written for this test: "must resign" reported as said is the speaker's demand
    for a change in leadership (1041), not a demand to yield of some kind (105)."""
    text = "The chief justice must resign, the bar association said."
    assert "1041" in {e.cameo.code for e in coder.code(text)}


def test_extras_name_the_folding_word_and_the_obligation(coder: Coder) -> None:
    text = "The rebels threatened to attack the garrison."
    attack = _by_word(coder.code(text), text)["attack"]
    start, end = attack.extra["folded_by"]
    assert text[start:end] == "threatened"
    said = "Russia should hold talks with Ukraine, the French president said."
    appeal = next(e for e in coder.code(said) if e.cameo.code == "026")
    assert appeal.extra["obligation"] == "appeal"


def test_lifting_sanctions_is_easing_them_and_names_no_sanctions(coder: Coder) -> None:
    # Sentences written for this test: lifting sanctions is 085 (the converted PETRARCH line
    # that read it as an intent, 0351, is excluded), and the object of an embedded "lift"
    # is not a sanctions event of its own.
    assert [e.cameo.code for e in coder.code("The EU lifted sanctions on Belarus.")] == ["085"]
    text = "Canada has agreed to lift the sanctions on Cuba."
    events = _by_word(coder.code(text), text)
    assert events["lift"].cameo.code == "085" and events["lift"].status == "planned"
    assert "sanctions" not in events


# (sentence written for this test, the governing word, its code): a residual appeal or demand
# is coded by the act it asks for; "seek" with its subject's own act is the intent to do it.
REQUESTS: list[tuple[str, str, str]] = [
    ("Kenya asked Japan to send food aid to Somalia.", "asked", "023"),
    ("Britain asked France to meet its envoy in London.", "asked", "026"),
    ("The opposition demanded that the government hold talks with the rebels.", "demanded", "106"),
    ("Egypt sought to mediate between Israel and Hamas.", "sought", "039"),
    ("Chile and Peru are seeking to meet in Lima next month.", "seeking", "036"),
    ("Germany urged Russia to attack nobody.", "urged", "020"),  # no cooperation asked for
    ("Kenya sought aid from Japan.", "sought", "023"),  # an object: an appeal for aid
    # stepping down or resigning is a change in leadership: appealed for (0241) or demanded
    # (1041) by the speech verb; releasing persons and easing sanctions have their subcodes
    ("The farmers' union urged the agriculture minister to step down.", "urged", "0241"),
    ("Opposition lawmakers asked the speaker to resign.", "asked", "0241"),
    ("Protesters demanded that the prime minister step down at once.", "demanded", "1041"),
    ("The council demanded that Iran release the detained sailors.", "demanded", "1053"),
    ("Cuba asked Washington to lift the embargo.", "asked", "0254"),
]


@pytest.mark.parametrize(("text", "word", "code"), REQUESTS)
def test_a_residual_request_is_coded_by_the_act_it_asks_for(
    coder: Coder, text: str, word: str, code: str
) -> None:
    events = _by_word(coder.code(text), text)
    assert events[word].cameo.code == code


@pytest.mark.parametrize("text", [
    "The mayor has sought to improve the image of the harbour district.",
    "The campaign sought to paint the senator as a spendthrift.",
])
def test_seeking_ones_own_uncoded_act_is_no_appeal(coder: Coder, text: str) -> None:
    assert "sought" not in _by_word(coder.code(text), text)


def test_request_and_intent_codes_are_cameo_codes() -> None:
    from eventwire.ontology import get_ontology

    codes = {c for row in LEXICON.obligation_codes for c in (row.demand, row.appeal, row.intent)}
    assert codes and all(get_ontology().has(code) for code in codes)


@pytest.mark.parametrize("text", [
    "The ministry's spokesman declined to comment on the allegations.",
    "The ambassador declined to elaborate on the proposal.",
])
def test_an_embedded_act_of_the_winner_s_own_root_is_not_folded(coder: Coder,
                                                                 text: str) -> None:
    """Declining to comment is the decline (011), not also a negated comment (010)."""
    codes = [event.cameo.code for event in coder.code(text)]
    assert "011" in codes and "010" not in codes, codes
