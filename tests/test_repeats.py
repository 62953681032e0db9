"""Mentions that repeat an event already coded give no record of their own (eventwire/repeats.py).

Every sentence is written for this test and coded by the real coder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.errors import DataError
from eventwire.records import Event
from eventwire.repeats import load_lexicon


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def triggers(events: list[Event], code: str | None = None) -> list[str]:
    return [e.trigger.text for e in events if code is None or e.cameo.code == code]


# (text, the statement's trigger that stays, a repeated trigger that gives no record)
ONE_STATEMENT: list[tuple[str, str, str]] = [
    ("The ferry company said in a statement that all crossings would resume.", "said",
     "statement"),
    ("The mayor told reporters at a press conference that the bridge was safe.", "told",
     "press conference"),
    ("The senator spoke in a radio interview, saying the budget was too small.", "saying",
     "spoke"),
    ("Speaking to students on Monday, the minister said the exams would go ahead.", "said",
     "Speaking"),
]


@pytest.mark.parametrize(("text", "kept", "repeated"), ONE_STATEMENT)
def test_one_statement_is_one_comment(
    coder: Coder, text: str, kept: str, repeated: str
) -> None:
    comments = triggers(coder.code(text), "010")
    assert kept in comments
    assert not any(repeated in trigger for trigger in comments)


def test_two_separate_statements_stay_two(coder: Coder) -> None:
    text = "The mayor said the bridge was safe and told residents to stay calm."
    events = coder.code(text)
    assert "said" in triggers(events)
    assert any(trigger.startswith("told") for trigger in triggers(events))


def test_impersonal_hearsay_is_no_statement(coder: Coder) -> None:
    events = coder.code("The smugglers are said to be hiding in the hills.")
    assert "said" not in triggers(events)
    named = coder.code("The police said the smugglers were hiding in the hills.")
    assert "said" in triggers(named, "010")
    told = coder.code("The consul was told to leave the country within two days.")
    assert "told" in triggers(told)  # a directive to the consul, no hearsay


GALLERY = " ".join(
    f"Photo {n} of 3: Protests across the region. Protesters storm the embassy gates – {caption}."
    for n, caption in enumerate(("A man waves a flag in Sanaa", "Police block a road in Cairo",
                                 "Students march in Tunis"), start=1))


def test_repeated_text_gives_one_record(coder: Coder) -> None:
    """A gallery title printed over each caption is one event."""
    events = coder.code(GALLERY, published="2022-03-01")
    assert triggers(events).count("Protests") == 1


def test_same_words_in_another_context_stay(coder: Coder) -> None:
    text = ("Hundreds of farmers protested in the capital on Monday against the new tax. "
            "Hundreds of farmers protested in the north on Friday against the closures.")
    assert triggers(coder.code(text, published="2022-03-01")).count("protested") == 2


def test_bare_remention_of_a_coded_event_gives_no_record(coder: Coder) -> None:
    text = ("Rebels attacked an army base near the border on Tuesday. "
            "The government declared a curfew after the attack.")
    events = coder.code(text)
    assert triggers(events).count("attack") == 0
    assert any(e.cameo.root == "19" and e.source is not None for e in events)


def test_first_or_indefinite_mention_stays(coder: Coder) -> None:
    # (with an actor: an actorless "after the attack" is a background mention, background.py)
    alone = coder.code("The government declared a curfew after the attack by rebels.")
    assert "attack" in triggers(alone)
    indefinite = coder.code("Rebels attacked an army base on Tuesday. "
                            "Residents feared a new attack on the town.")
    assert any(e.trigger.text == "attack" for e in indefinite)


def test_remention_that_says_more_stays(coder: Coder) -> None:
    text = ("Rebels attacked an army base near the border on Tuesday. "
            "The government declared a curfew after the attack on the base on Tuesday night.")
    assert "attack" in triggers(coder.code(text))


def test_remention_naming_the_coded_parts_gives_no_record(coder: Coder) -> None:
    """"the attack on the embassy in Lima" again, once the story has coded it: its target and
    place are the earlier event's, so it says nothing new."""
    text = ("Rebels attacked the Peruvian embassy in Quito on Tuesday. "
            "The police said two guards were wounded. "
            "The attack on the embassy in Quito was the third this year.")
    events = coder.code(text, published="2022-03-01")
    assert [e.trigger.text for e in events if e.cameo.root == "19"].count("attack") == 0


def test_remention_with_another_status_of_a_past_event_gives_no_record(coder: Coder) -> None:
    """Being suspected in the attack casts no doubt on the attack itself."""
    text = ("Rebels attacked an army base on Tuesday. "
            "Two men suspected in the attack were arrested.")
    events = coder.code(text, published="2022-03-01")
    assert "attack" not in triggers(events)


def test_remention_of_a_planned_act_gives_no_record(coder: Coder) -> None:
    """"aside from the truce": the truce agreed to, named again, not a truce declared."""
    text = ("The two militias agreed to a truce on Monday. "
            "Aside from the truce, the deal frees all prisoners.")
    events = coder.code(text, published="2022-03-01")
    assert [e.status for e in events if e.cameo.code.startswith("087")] == ["planned"]


@pytest.mark.parametrize("second", [
    "The talks were held in Oslo on Friday.",
    "After the talks, the envoy flew home.",
])
def test_a_planned_act_reported_taking_place_stays(coder: Coder, second: str) -> None:
    events = coder.code("The two sides agreed to hold talks in Oslo. " + second,
                        published="2022-03-01")
    assert "occurred" in [e.status for e in events if e.cameo.root == "04"]


def test_date_of_the_sentence_is_not_the_rementions_own(coder: Coder) -> None:
    """"On Friday ... said the attack": Friday dates the saying, not the attack."""
    text = ("Rebels attacked the Peruvian embassy in Quito on Tuesday. "
            "On Friday, the police said the attack had been filmed.")
    assert "attack" not in triggers(coder.code(text, published="2022-03-01"))


def test_a_date_on_the_noun_must_hold_the_earlier_event(coder: Coder) -> None:
    """"the attack on Tuesday" re-mentions Tuesday's attack; "the attack on Friday" is
    another (the dates component, not NER, tells the date words)."""
    first = "Rebels attacked an army base in Herat on Tuesday. "
    same = first + "Police said the attack on Tuesday in Herat killed five."
    assert "attack" not in triggers(coder.code(same, published="2024-03-01"))
    other = first + "Police said the attack on Friday in Herat killed five."
    assert "attack" in triggers(coder.code(other, published="2024-03-01"))


def test_remention_in_the_same_sentence_or_either_way_round(coder: Coder) -> None:
    """An earlier clause of the sentence codes the act; a reciprocal act's sides may be
    named in the other order."""
    clause = "Rebels attacked an army base on Tuesday, and the attack killed five soldiers."
    assert "attack" not in triggers(coder.code(clause, published="2022-03-01"))
    pair = ("Armenia and Azerbaijan clashed on Monday. "
            "The fighting between Azerbaijan and Armenia killed dozens.")
    assert "fighting" not in triggers(coder.code(pair, published="2022-03-01"))


def test_remention_with_other_parts_stays(coder: Coder) -> None:
    """Another actor, another place: another event, though named with "the"."""
    actors = ("Rebels attacked an army base on Tuesday. "
              "The attack by the army on the rebels came a day later.")
    events = coder.code(actors, published="2022-03-01")
    assert any(e.trigger.text == "attack" and e.source is not None for e in events)
    placed = ("Rebels attacked an army base in Herat on Tuesday. "
              "The attack in Kandahar came a day later.")
    assert "attack" in triggers(coder.code(placed, published="2022-03-01"))


def test_possessive_remention_gives_no_record(coder: Coder) -> None:
    """A possessor makes the noun definite, as "the" does: "Tuesday's attack", "the rebels'
    attack" name again the attack the story has coded."""
    first = "Rebels attacked an army base in Kivu on Tuesday. "
    dated = coder.code(first + "The army said Tuesday's attack killed ten soldiers.",
                       published="2024-03-07")
    assert "attack" not in triggers(dated)
    owned = coder.code(first + "The government condemned the rebels' attack.",
                       published="2024-03-07")
    assert [e.trigger.text for e in owned if e.cameo.root == "19"] == ["attacked an army base"]
    other = coder.code(first + "The army said Friday's attack killed ten soldiers.",
                       published="2024-03-09")
    assert "attack" in triggers(other)


def test_participle_on_any_verbal_act_is_that_act(coder: Coder) -> None:
    """"speaking to reporters, he vowed": one speech act, the vow; also when the participle
    is set off on the subject."""
    led = coder.code("Speaking to world leaders at the summit, the Iranian president vowed "
                     "to resist sanctions.")
    assert "Speaking" not in triggers(led)
    assert "vowed" in triggers(led)
    set_off = coder.code("The Iranian president, speaking to reporters, criticized the plan.")
    assert "speaking" not in triggers(set_off)
    assert "criticized" in triggers(set_off)
    alone = coder.code("The man speaking to the crowd was arrested by police.")
    assert "speaking" in triggers(alone)
    medium = coder.code("The ministry condemned the raid in a statement on Sunday.")
    assert "statement" not in triggers(medium)
    assert any(t.startswith("condemned") for t in triggers(medium))


@pytest.mark.parametrize(("text", "act"), [
    ("The ministry issued a statement condemning the shelling of the port.", "condemning"),
    ("The senator's remarks praising the trade deal surprised his colleagues.", "praising"),
])
def test_a_statement_named_by_its_content_is_that_act(coder: Coder, text: str,
                                                       act: str) -> None:
    events = coder.code(text)
    assert any(t.startswith(act) and e.source is not None
               for e, t in zip(events, triggers(events), strict=True))
    assert not triggers(events, "010"), triggers(events)


def test_a_statement_whose_clause_is_a_plain_comment_or_has_no_source_stays(
        coder: Coder) -> None:
    assert triggers(coder.code("The minister made remarks announcing new elections."), "010")
    relative = coder.code("The governor made comments that blamed the unions for the delay.")
    assert "comments" in triggers(relative, "010")  # the clause's act has no source of its own


def test_remention_taken_up_by_a_reply_gives_no_record(coder: Coder) -> None:
    """"China dismissed the US complaint": the dismissal is coded; the complaint it dismisses
    is the one coded before, not a complaint that did not happen."""
    text = ("The United States filed a complaint against China at the WTO. "
            "China dismissed the US complaint on Friday.")
    events = coder.code(text, published="2024-03-07")
    assert "complaint" not in triggers(events)
    assert "dismissed" in triggers(events)
    denied = coder.code("Rebels attacked an army base on Tuesday. "
                        "Officials later said the attack never happened.",
                        published="2024-03-07")
    assert "attack" in triggers(denied)  # a negated subject is no reply's object


def test_remention_of_an_act_of_another_violent_root(coder: Coder) -> None:
    """"the attack" (190) after a car bombing (183) names the bombing again
    (``repeats.yaml`` root families)."""
    text = ("A car bomb exploded outside the ministry in Kabul on Monday. "
            "The United Nations condemned the attack.")
    events = coder.code(text, published="2024-03-07")
    assert [e.cameo.root for e in events if e.cameo.root in ("18", "19", "20")] == ["18"]


def test_remention_must_name_the_same_kind_of_act(coder: Coder) -> None:
    """Talks (046) held during a visit (042) are another act of the same root; "the attack"
    (190, the root's general act) names a shooting (193) again."""
    talks = ("The Kenyan president visited Kampala on Monday. "
             "His talks with the Ugandan president focused on trade.")
    assert "talks" in triggers(coder.code(talks, published="2024-03-07"))
    shot = "Gunmen shot dead two policemen in Kano on Monday. The governor condemned the attack."
    events = coder.code(shot, published="2024-03-07")
    assert [e.cameo.code for e in events if e.cameo.root == "19"] == ["193"]


def test_negation_of_another_predicate_keeps_the_remention_out(coder: Coder) -> None:
    """A definite noun presupposes its event: "the attack would not stop the elections" does
    not deny the attack, while "the attack never happened" does."""
    text = ("Rebels attacked an army base in Kivu on Tuesday. "
            "Residents said the attack would not stop the elections.")
    assert "attack" not in triggers(coder.code(text, published="2024-03-07"))
    came = "Rebels attacked an army base on Tuesday. The army said the attack never came."
    assert "attack" in triggers(coder.code(came, published="2024-03-07"))


def test_lexicon_rejects_unknown_fields(tmp_path: Path) -> None:
    path = tmp_path / "repeats.yaml"
    path.write_text("_meta: {name: x, version: '1', source: s, license: MIT}\n"
                    "anaphoric_determiners: [the]\nextra: [a]\n", encoding="utf-8")
    with pytest.raises(DataError, match="repeats.yaml"):
        load_lexicon(path)


@pytest.mark.parametrize(("text", "act", "comment"), [
    ("The mayor criticized the plan, saying it would raise rents.", "criticized", "saying"),
    ("The union rejected the offer on Monday, saying the pay rise was too small.", "rejected",
     "saying"),
    ("\"We will never leave the union,\" the governor said, pledging to defend the border.",
     "pledging", "said"),
])
def test_one_utterance_is_its_specific_act(coder: Coder, text: str, act: str,
                                           comment: str) -> None:
    """A comment and a more specific verbal act joined by a participle clause, with one
    speaker: the act stays, the plain comment goes, whichever of the two is the participle."""
    events = coder.code(text)
    assert any(trigger.startswith(act) for trigger in triggers(events))
    assert comment not in triggers(events, "010")


def test_a_comment_beside_another_act_stays(coder: Coder) -> None:
    """Two verbs in coordination are two utterances, each coded."""
    events = coder.code("The mayor praised the firefighters and said the bridge would reopen.")
    assert "said" in triggers(events, "010")
    assert "praised" in triggers(events)


@pytest.mark.parametrize(("text", "act", "comment"), [
    ("\"We are safe,\" the captain says, inspecting the damaged ship.", "inspecting", "says"),
    ("The envoy met the rebel leaders on Monday, saying the talks were useful.", "met",
     "saying"),
    ("The president spoke to the rebel leaders, warning that the ceasefire would not last.",
     "warning", "spoke"),
])
def test_a_comment_on_an_act_not_spoken_stays(coder: Coder, text: str, act: str,
                                              comment: str) -> None:
    """A meeting or an inquiry is done, not said (``utterance_codes``): the comment joined to it
    is an utterance of its own; so is a comment to an addressee the act does not code."""
    events = coder.code(text)
    assert act in triggers(events)
    assert comment in triggers(events, "010")


def test_utterance_codes_are_prefixes_of_speech_acts() -> None:
    codes = load_lexicon().utterance_codes
    assert "11" in codes and "04" not in codes and "09" not in codes and "057" not in codes


@pytest.mark.parametrize(("text", "attack", "outcome"), [
    ("A car bomb blast in the capital killed eleven soldiers on Monday.", "blast", "killed"),
    ("Government troops launched an airstrike that killed the rebel commander.",
     "launched an airstrike", "killed"),
])
def test_the_outcome_of_a_named_attack_is_that_attack(coder: Coder, text: str, attack: str,
                                                      outcome: str) -> None:
    """"a blast killed eleven", "killed in a shooting": one act, coded by the noun that names
    it, with the victims as its target."""
    events = [e for e in coder.code(text) if e.cameo.root in ("18", "19", "20")]
    assert [e.trigger.text for e in events] == [attack]
    assert events[0].target is not None


def test_two_acts_of_force_stay_two(coder: Coder) -> None:
    """A verb whose actors the noun does not code, or an attack on an uncoded noun, is news."""
    events = coder.code("Soldiers killed two rebels in a battle that began at dawn.")
    assert "killed" in triggers(events)
    other = coder.code("The rebels who attacked the convoy were killed by soldiers.")
    assert "attacked" in triggers(other) and "killed" in triggers(other)
