"""Capabilities and natural or abstract doers name no act (``nonacts``); sentences written for
this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.nonacts import (
    has_evidential_subject,
    has_natural_doer,
    is_capability,
    load_lexicon,
)
from tests.coded import coded as codes
from tests.coded import coded_triggers

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "nonacts.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Pyongyang has tested a missile able to strike Guam.",
    "The new drone is capable of attacking ships far from the coast.",
    "The militia has the capacity to attack shipping in the strait.",
    "Tehran is seeking the ability to launch a strike on Riyadh.",
    "The navy is building submarines that can hit targets across the ocean.",
    "The army will be able to shell the border towns from the new base.",
    "The decree gives the governor the right to detain suspects without trial.",
    "Parliament gave the president the authority to strike the rebel bases.",
])
def test_a_capability_gives_no_event(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(("18", "19", "20"))]


@pytest.mark.parametrize(("text", "gone"), [
    ("It is the court's duty to declare the law.", "declare"),
    ("It is the army's duty to arrest deserters.", "arrest"),
    ("The league has an obligation to expel members that cheat.", "expel"),
    ("The mission's mandate to monitor the ceasefire ends in March.", "ceasefire"),
])
def test_a_duty_to_act_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not any(trigger.startswith(gone) for trigger, _ in coded_triggers(coder, text))


def test_a_duty_carried_out_keeps_its_act(coder: Coder) -> None:
    text = "The ministry fulfilled its obligation to release the prisoners."
    assert any(trigger.startswith("release") for trigger, _ in coded_triggers(coder, text))


@pytest.mark.parametrize("text", [
    "The army was able to shell the border towns on Monday.",  # past: it shelled them
    "Rebel fighters attacked the border post on Monday.",
    "The rebels fired a missile at the airport.",
    "It is a war in which the rebels can attack the capital at will.",  # their own subject
    "The gunmen, who stormed the hotel on Sunday, killed six guests.",
    "Forty villagers were killed in the raid.",
])
def test_an_act_is_still_coded(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith(("18", "19", "20"))]


@pytest.mark.parametrize("text", [
    "Typhoon Mawar struck the island of Guam on Wednesday.",
    "An earthquake hit the north of the country on Monday.",
    "Storms battered the Atlantic coast overnight.",
    "Several villages were destroyed by the floods.",
    "Soaring fuel prices are hitting farmers in the south.",
    "The cyclone, which struck the delta on Sunday, flooded the rice fields.",
    "Forecasters warned of gales battering the northern islands.",
    "Forty villagers were killed in the landslide.",
    "The new border law targets asylum seekers.",
])
def test_a_natural_or_abstract_doer_gives_no_event(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(("17", "18", "19", "20"))]


# a bare accident, fire or illness is no actor; the first of two coordinated natural doers
# that the parser hangs on the second ("an *earthquake* and heavy rains") counts too
@pytest.mark.parametrize("text", [
    "A fire destroyed the old customs house on Sunday.",
    "The blaze, which started in the kitchen, destroyed the consulate.",
    "The crash killed forty passengers near the capital.",
    "An earthquake and tidal waves killed thousands of villagers.",
])
def test_an_accident_or_fire_gives_no_event(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(("17", "18", "19", "20"))]


# a modifier names the actor's fire or a weapon: the act stays
@pytest.mark.parametrize("text", [
    "Israeli fire killed two fishermen off the coast on Sunday.",
    "Rocket fire hit the town of Metula on Sunday.",
    # brought about by an act: the object of a verb
    "The militia set a fire that killed nine villagers.",
])
def test_an_actors_fire_keeps_its_event(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith(("18", "19", "20"))]


def test_a_patient_as_subject_keeps_its_act(coder: Coder) -> None:
    # (approving a measure of one's own is no yield at all: block_defaults)
    assert "080" in codes(coder, "The request still has to be approved by the parliament.")
    assert "084" in codes(coder, "The prisoners still have to be released by the army.")


@pytest.mark.parametrize(("text", "gone"), [
    ("The senator supports sending troops to Latvia.", "154"),
    ("The governor opposes deporting the families.", "174"),
    ("The mayor is in favour of banning rallies downtown.", "17"),
    ("The party has long backed allowing the police to arrest strikers.", "17"),
])
def test_the_act_a_position_is_on_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


def test_a_position_on_acts_that_happened_keeps_them(coder: Coder) -> None:
    assert "190" in codes(coder, "Washington backed the Israeli strikes on the port.")


def test_the_capability_is_judged_at_the_trigger(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("The rocket is capable of striking the capital.")
    assert is_capability(doc[5], lexicon)
    doc = nlp("The rebels struck the capital.")
    assert not is_capability(doc[2], lexicon)


def test_the_doer_is_the_subject_or_the_agent(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("Hurricane Delta hit the coast.")
    assert has_natural_doer(doc[2], lexicon)
    doc = nlp("Government troops hit the coast.")
    assert not has_natural_doer(doc[2], lexicon)


def test_bundled_data_has_provenance() -> None:
    assert load_lexicon(BUNDLED).meta.license


def test_invalid_data_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "nonacts.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("ability_nouns:", "ability_words:"),
                   "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The latest polls suggest that most voters want a deal with Tehran.",
    "History shows that sanctions rarely topple a government.",
    "These cases suggest that an intervention would fail.",
    "This suggests the ministry knew about the raid in advance.",
    "The data tell a different story about the border.",
])
def test_evidence_as_sayer_gives_no_statement(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(("01", "02"))]


@pytest.mark.parametrize("text", [
    "The defence minister suggested that the talks should resume.",
    "The ministry said that the raid had been planned for weeks.",
    "The foreign ministry statement said the border would reopen on Monday.",
])
def test_an_actor_as_sayer_keeps_the_statement(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith(("01", "02"))]


@pytest.mark.parametrize(("text", "gone"), [
    ("The bill would ban the sale of rifles to teenagers.", "17"),
    ("The new plan calls for more talks with the unions.", "02"),
    ("The senate passed a budget that cuts aid to the province.", "16"),
])
def test_a_document_as_doer_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


def test_a_document_in_a_cause_phrase_keeps_the_act(coder: Coder) -> None:
    assert "0841" in codes(coder, "Forty prisoners were released by the army in the deal.")


@pytest.mark.parametrize("text", [
    "This, needless to say, is not the whole story.",
    "That is not to say the minister acted wrongly.",
    "Suffice it to say that the meeting went badly.",
    "It is worth noting that the ceasefire has held.",
    "Generally speaking, the army has kept out of politics.",
    "It is too early to say whether the ceasefire will hold.",
])
def test_a_formula_of_saying_gives_no_statement(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("01")]


def test_saying_in_a_formula_frame_with_a_sayer_is_kept(coder: Coder) -> None:
    assert "010" in codes(coder, "The minister was quick to say that the ceasefire had held.")


@pytest.mark.parametrize("text", [
    # "who said": a person, though the clause may hang from "remarks"
    "Those were the remarks of the envoy, who said that the border would reopen.",
    # a document that says something: its authors' statement
    "The draft bill says that the border will reopen in May.",
])
def test_a_sayer_next_to_evidence_or_a_document_is_kept(coder: Coder, text: str) -> None:
    assert "010" in codes(coder, text)


def test_a_conjunct_with_its_own_subject_is_no_act_of_the_document(coder: Coder) -> None:
    text = "The peace plan failed, and now the rebels are attacking the capital."
    assert [c for c in codes(coder, text) if c.startswith("19")]


def test_a_demonstrative_of_another_clause_is_no_sayer(coder: Coder) -> None:
    # A parse may hang "told" as a conjunct of the quoted clause ("that is unfair ... told"):
    # the demonstrative is that clause's subject, not the sayer's.
    from spacy.tokens import Doc

    words = ["that", "is", "unfair", ",", "Smith", "told", "reporters", "."]
    doc = Doc(coder.nlp.vocab, words=words, heads=[1, 1, 1, 1, 1, 1, 5, 1],
              deps=["nsubj", "ROOT", "acomp", "punct", "appos", "conj", "dobj", "punct"],
              pos=["PRON", "AUX", "ADJ", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
              tags=["DT", "VBZ", "JJ", ",", "NNP", "VBD", "NNS", "."],
              lemmas=["that", "be", "unfair", ",", "Smith", "tell", "reporter", "."])
    lex = load_lexicon(BUNDLED)
    assert not has_evidential_subject(doc[5], lex)
    suggests = Doc(coder.nlp.vocab, words=["this", "suggests", "fraud"], heads=[1, 1, 1],
                   deps=["nsubj", "ROOT", "dobj"], pos=["PRON", "VERB", "NOUN"],
                   tags=["DT", "VBZ", "NN"], lemmas=["this", "suggest", "fraud"])
    assert has_evidential_subject(suggests[1], lex)


@pytest.mark.parametrize("text", [
    "The leak demonstrates that the ministers met in secret.",
    "The army wants to demonstrate its resolve to the neighbours.",
    "Voters rewarded the resolve they demonstrated during the crisis.",
])
def test_demonstrating_something_is_no_protest(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("14")]


@pytest.mark.parametrize("text", [
    "Thousands demonstrated outside the embassy on Sunday.",
    "It was the war they demonstrated against.",
    "The square where they demonstrated was cleared by police.",
])
def test_demonstrating_without_an_object_is_a_protest(coder: Coder, text: str) -> None:
    assert "141" in codes(coder, text)


@pytest.mark.parametrize("text", [
    "The fighters are a threat to the region.",
    "Officials regard the militia as a threat.",
    "The minister spoke of the threat posed by the militia.",
    "The minister spoke of the threat the militia poses to the capital.",
])
def test_a_threat_that_is_a_danger_is_no_act(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("13")]


@pytest.mark.parametrize("text", [
    "The minister renewed his threat to raise tariffs on steel.",
    "The rebels issued a threat against the governor.",
])
def test_a_threat_made_stays_a_threat(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith("13")]


@pytest.mark.parametrize("text", [
    "The parallels between the two wars are striking.",
    "The general bore a striking resemblance to his rival.",
])
def test_striking_as_a_quality_is_no_attack(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(("18", "19", "20"))]


def test_striking_a_target_is_an_attack(coder: Coder) -> None:
    assert [c for c in codes(coder, "Government jets were striking rebel positions on Monday.")
            if c.startswith("19")]


@pytest.mark.parametrize(("text", "gone"), [
    ("About 41 percent of voters approve of the way the mayor handles crime.", "0"),
    ("Seven in 10 adults polled said the tariffs hurt their families.", "01"),
    ("In the survey, 55% of respondents think the migrants should be deported.", "17"),
    ("Two-thirds of those surveyed said they oppose the strikes on Syria.", "1"),
])
def test_a_poll_answer_is_no_act(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


def test_a_share_of_actors_that_acts_keeps_the_act(coder: Coder) -> None:
    assert "0841" in codes(coder, "The army said 30 percent of the hostages had been freed.")


def test_a_sayer_asked_a_question_is_no_poll(coder: Coder) -> None:
    text = "The spokesman, asked about the raid, said the army would withdraw."
    assert "010" in codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("He intends to use the authority to negotiate a trade deal with Japan.", "046"),
    ("The company exercised its right to appeal the ruling.", "115"),
])
def test_an_ability_put_to_use_keeps_its_act(coder: Coder, text: str, code: str) -> None:
    assert code in codes(coder, text)


@pytest.mark.parametrize("text", [
    "Party officials have been struck by the level of concern among voters.",
    "The envoy was struck by the similarity between the two cases.",
])
def test_being_struck_by_a_degree_or_a_likeness_is_no_attack(coder: Coder, text: str) -> None:
    assert not any(code.startswith("19") for code in codes(coder, text))


def test_being_struck_by_a_bomb_stays_an_attack(coder: Coder) -> None:
    assert "190" in codes(coder, "The convoy was struck by a roadside bomb near the border.")


@pytest.mark.parametrize(("text", "gone"), [
    ("The brigade has units designed for rapid deployment abroad.", "154"),
    ("Russia unveiled a missile designed to strike aircraft carriers.", "19"),
    ("The sanctions are designed to punish the regime.", "170"),
    ("The council has the power to suspend the mayor.", "16"),
    ("Judges have the power to jail anyone who refuses to testify.", "173"),
])
def test_a_design_or_a_power_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "kept"), [
    ("The army deployed units designed for desert warfare to the border.", "154"),
    ("The council used its power to suspend the mayor.", "16"),
])
def test_an_act_next_to_a_design_or_a_power_is_kept(coder: Coder, text: str, kept: str
                                                    ) -> None:
    assert [c for c in codes(coder, text) if c.startswith(kept)]
