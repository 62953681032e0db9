"""A leading statement that reports a hostile act is an accusation (112) or a claim (015)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.mentions import Attribution
from eventwire.records import Event
from eventwire.reported_acts import bundled_lexicon, statement_speaker


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _codes(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None, e.trigger.text) for e in events]


# Sentences written for this test: (text, the statement's code, source, target).
STATEMENTS: list[tuple[str, str, str, str]] = [
    ("Kenya said Somali militants killed five policemen in Mandera.", "112", "KEN", "SOMREB"),
    ("The ministry said rebels had shelled the town on Monday.", "112", "GOV", "REB"),
    ("Turkey said Syrian troops had fired on its border posts.", "112", "TUR", "SYRMIL"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), STATEMENTS)
def test_leading_statement_of_another_partys_attack_is_an_accusation(
    coder: Coder, text: str, code: str, source: str, target: str
) -> None:
    events = coder.code(text)
    statement = [e for e in events if e.trigger.text == "said"]
    assert [(e.cameo.code, e.source and e.source.code, e.target and e.target.code)
            for e in statement] == [(code, source, target)]  # the plain 010 is replaced
    assert statement[0].rule == "ew.reported_act.accusation"
    assert any(e.cameo.root in {"18", "19", "20"} for e in events)  # the act stays coded


@pytest.mark.parametrize(("text", "source"), [
    ("The army said its jets struck the rebel base near Homs.", "MIL"),
    # organs of one state are one side: the ministry reports its army's act
    ("The defence ministry said troops killed five rebels near the border.", "MIL"),
    ("Kenya said Kenyan troops killed ten militants in Lamu.", "KEN"),
    # the doer named as the speaker's own forces, whatever its code
    ("The Kenyan army said its forces killed ten militants in Lamu.", "KENMIL"),
    ("The Turkish navy said our warships shelled the coast on Monday.", "TURMIL"),
])
def test_speakers_own_attack_is_a_claim_of_responsibility(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code(text)
    said = [e for e in events if e.trigger.text == "said"]
    assert [(e.cameo.code, e.source and e.source.code) for e in said] == [("015", source)]
    assert said[0].rule == "ew.reported_act.own_act"


@pytest.mark.parametrize("text", [
    "Ostmark declared war on Westland on Friday.",  # the declaration is the act itself
    "The army announced an offensive against the rebels.",  # the act announced, no claim
    "Rebels shelled the town on Monday, the ministry said.",  # trailing: the news's source
    "State media reported that rebels attacked a checkpoint.",  # an outlet accuses nobody
    "The ministry said rebels would attack the town.",  # not occurred: no accusation
    "The ministry said Russia signed the treaty with Ukraine.",  # no hostile act
])
def test_no_accusation_without_a_leading_report_of_an_occurred_hostile_act(
    coder: Coder, text: str
) -> None:
    assert not [e for e in coder.code(text) if e.rule.startswith("ew.reported_act.")]


def test_a_statement_coded_as_an_accusation_itself_is_not_doubled(coder: Coder) -> None:
    text = "Iran accused Iraq of attacking its border posts."
    codes = _codes(coder.code(text))
    # accused of attacking: an accusation of aggression (1123), once
    assert [c[:3] for c in codes if c[3].startswith("accused")] == [("1123", "IRN", "IRQ")]


# Sentences written for this test: (text, the refusal's code, source, target).
REFUSALS: list[tuple[str, str, str, str]] = [
    ("Japan said it would not lift the sanctions on Iran.", "1244", "JPN", "IRN"),
    ("The Kenyan minister said he would not meet the rebel leaders.", "125", "KENGOV", "KENREB"),
    ("France said it will not provide aid to Mali.", "121", "FRA", "MLI"),
    ("Chile said it would not offer aid to Peru.", "121", "CHL", "PER"),
    ("The premier said he would not accept mediation by Qatar.", "126", "GOV", "QAT"),
    ("Ghana said it will not admit Togolese refugees.", "121", "GHA", "TGOREF"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), REFUSALS)
def test_leading_statement_of_own_negated_cooperation_is_a_refusal(
    coder: Coder, text: str, code: str, source: str, target: str
) -> None:
    said = [e for e in coder.code(text) if e.trigger.text == "said"]
    assert [(e.cameo.code, e.source and e.source.code, e.target and e.target.code)
            for e in said] == [(code, source, target)]


@pytest.mark.parametrize("text", [
    "The minister said he did not meet the rebel leaders.",  # a past denial, no refusal
    "The minister said Japan would not lift the sanctions on Iran.",  # another party's act
])
def test_no_refusal_for_a_past_or_another_partys_negated_act(coder: Coder, text: str) -> None:
    assert not [e for e in coder.code(text) if e.rule == "ew.reported_act.refusal"]


def test_reported_act_codes_are_cameo_codes() -> None:
    reported = bundled_lexicon().reported_acts
    assert reported.refusal("085") == "1244" and reported.refusal("046") == "125"
    assert reported.refusal("190") is None


def test_the_statement_is_dated_by_its_own_clause(coder: Coder) -> None:
    text = "The ministry said on Wednesday that rebels had shelled the town on Monday."
    events = coder.code(text, published="2026-03-06")
    accusation = next(e for e in events if e.rule == "ew.reported_act.accusation")
    shelling = next(e for e in events if e.cameo.root == "19")
    assert accusation.date == "2026-03-04" and shelling.date == "2026-03-02"
    assert accusation.location is None


@pytest.mark.parametrize(("text", "word"), [
    ("Police arrested two journalists in Harare on Monday, a lawyer for the men said.",
     "arrested"),
    ("Ghana has sent 300 peacekeepers to Mali, the army announced on Friday.", "sent"),
])
def test_a_trailing_report_of_a_coded_event_names_its_source_and_is_no_comment(
    coder: Coder, text: str, word: str
) -> None:
    events = coder.code(text)
    assert not [e for e in events if e.cameo.code == "010"]  # no plain comment on the report
    reported = [e for e in events if e.trigger.text.startswith(word)]
    assert reported and all(e.attribution is not None for e in reported)


def test_a_leading_statement_keeps_its_comment(coder: Coder) -> None:
    text = "The minister said Ghana would host the summit in Accra."
    assert [e.cameo.code for e in coder.code(text) if e.trigger.text == "said"] == ["010"]


def test_a_trailing_report_of_an_uncoded_clause_is_a_statement(coder: Coder) -> None:
    """A verb of saying after the clause it reports: with no coded event in that clause, what
    the speaker said is the statement's content (010), as a CAMEO coder codes a statement not
    otherwise specified; a coded clause is the event instead (above). PETRARCH's own setup
    codes a verb only from what follows it (test_petrarch_constructs)."""
    text = "The weather was fine on Monday, a spokesman said."
    assert [e.cameo.code for e in coder.code(text) if e.trigger.text == "said"] == ["010"]
    assert [e.cameo.code for e in coder.code("A spokesman said so.")] == []


@pytest.mark.parametrize(("text", "word", "source"), [
    ("Japan said on Monday it would send two frigates to the Gulf.", "send", "JPN"),
    ("The Kenyan president said he will meet the Somali rebels next week.", "meet", "KENGOV"),
])
def test_a_statement_of_the_speakers_own_act_is_coded_as_that_act(
    coder: Coder, text: str, word: str, source: str
) -> None:
    events = coder.code(text)
    assert not [e for e in events if e.cameo.code == "010"]
    act = [e for e in events if e.trigger.text.startswith(word)]
    assert act and all(e.source is not None and e.source.code == source for e in act)
    assert all(e.attribution is not None and e.attribution.code == source for e in act)


def _speech_verb(text: str, word: str) -> list[int]:
    start = text.index(word)
    return [start, start + len(word)]


@pytest.mark.parametrize(("text", "word"), [
    ("A Ghanaian official says Nigeria has accepted Ghana's invitation to hold talks.",
     "accepted"),
    ("The Kenyan president said his government would send more food aid to Somalia.", "send"),
])
def test_the_content_of_a_statement_is_linked_to_its_speech_verb(
    coder: Coder, text: str, word: str
) -> None:
    events = coder.code(text)
    content = [e for e in events if e.trigger.text.startswith(word)]
    verb = "says" if " says " in text else "said"
    assert content and all(e.extra.get("reported_by") == _speech_verb(text, verb)
                           for e in content)


def test_an_event_talked_about_is_no_statement_content(coder: Coder) -> None:
    """An event in a phrase of the content (a preposition's object) is not what was said."""
    events = coder.code("The minister said the plan for talks with Chad had failed.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and all("reported_by" not in e.extra for e in talks)
    assert all("reported_by" not in e.extra for e in events if e.trigger.text == "said")


def test_a_statement_with_no_source_takes_the_speaker_its_content_is_attributed_to(
    coder: Coder,
) -> None:
    # No dictionary codes "elders", yet the sentence attributes the reopening to them: the
    # statement has the same speaker, with no code. (Not "analysts": an unaffiliated
    # commentator's statement with no target is no event, pipeline/commentary.py.)
    events = coder.code("Elders said Kenya would reopen the border with Somalia next week.")
    statement = [e for e in events if e.trigger.text == "said"]
    assert [(e.cameo.code, e.source and (e.source.text, e.source.code)) for e in statement] \
        == [("010", ("Elders", None))]


def test_the_accusation_and_the_statement_have_one_speaker(coder: Coder) -> None:
    # The speaker's accusation names him; the plain comment, now with the same speaker, is
    # the accusation and is left out.
    events = coder.code("Analysts said Ethiopian soldiers had shelled the market on Monday.")
    statement = [e for e in events if e.trigger.text == "said"]
    assert [(e.cameo.code, e.source and e.source.text) for e in statement] \
        == [("112", "Analysts")]


@pytest.mark.parametrize(
    ("text", "phrase", "verb", "speaks"),
    [
        ("Ngugi said the force was small.", (0, 1), 1, True),
        # A fronted object is no speaker of the verb ("The size of the force I cannot say").
        ("The size of the force I cannot say.", (0, 5), 8, False),
        # A pronoun subject is resolved by the roles or not at all.
        ("That would tell Kenya the border is shut.", (0, 1), 2, False),
    ],
)
def test_only_the_verbs_own_noun_subject_speaks_for_a_statement(
    nlp: Language, text: str, phrase: tuple[int, int], verb: int, speaks: bool
) -> None:
    doc = nlp(text)
    attribution = Attribution(start=phrase[0], end=phrase[1], kind="speaker", cue=doc[verb].text,
                              verb=verb)
    doc._.ew_attribution = {len(doc) - 2: attribution}
    assert (statement_speaker(doc, verb) == attribution) is speaks


def test_a_meeting_the_speaker_spoke_at_does_not_replace_his_statement(coder: Coder) -> None:
    """A meeting in a phrase of the speech verb is where he spoke, not what he said: his
    statement stays beside the meeting."""
    events = coder.code("During talks with the Ugandan premier, the Kenyan president said the "
                        "road was finished.", published="2024-03-01")
    codes = {(e.cameo.code[:2], e.source and e.source.code) for e in events}
    assert ("04", "KENGOV") in codes and ("01", "KENGOV") in codes


def test_a_doer_of_anothers_possession_is_accused(coder: Coder) -> None:
    events = coder.code("The ministry said its attackers shelled the town on Monday.")
    assert [e.cameo.code for e in events if e.trigger.text == "said"] == ["112"]
