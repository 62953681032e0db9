"""Bare converted PETRARCH verbs used in a sense that is no event (``block_defaults``);
sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.block_defaults import (
    bundled_lexicon,
    load_lexicon,
    verb_doers,
    verb_objects,
)
from tests.coded import codes_by_head

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "block_defaults.yaml"
PREFIX = "petrarch2:"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def bare_codes(coder: Coder, text: str, root: tuple[str, ...]) -> list[str]:
    """The codes of ``root`` that converted PETRARCH lines give on ``text``."""
    return [e.cameo.code for e in coder.code(text)
            if e.rule.startswith(PREFIX) and e.cameo.code.startswith(root)]


def all_codes(coder: Coder, text: str, root: tuple[str, ...]) -> list[str]:
    return [e.cameo.code for e in coder.code(text) if e.cameo.code.startswith(root)]


@pytest.mark.parametrize("text", [
    "The Chilean general gave his account of the battle.",
    "The premier gave an interview to Norwegian television.",
    "The Indian army gave the order to open fire.",
    "The Peruvian ministry provided a detailed plan to the committee.",
    "Trump and Kim exchanged insults on Twitter.",
    "Washington has given Ankara a free hand in the border region.",
    "Officials in Lima provided few details about the raid.",
])
def test_a_light_object_is_no_cooperation(coder: Coder, text: str) -> None:
    assert not bare_codes(coder, text, ("06", "07"))


@pytest.mark.parametrize("text", [
    "Shares of the Korean carmaker hit a record high on Tuesday.",
    "Ghanaian cocoa exports were hit by the port closures.",
    "The Chilean senator hit the campaign trail in Valparaiso on Sunday.",
    "Washington hit Bolivian steel with new tariffs in March.",
    "The Turkish lira hit 20 against the dollar.",
])
def test_a_measure_hit_is_no_force(coder: Coder, text: str) -> None:
    assert not bare_codes(coder, text, ("18", "19", "20"))


@pytest.mark.parametrize("text", [
    "The Indian team beat Pakistan in the final.",
    "The Ohio senator captured 30 delegates in the primary.",
    "The Ohio senator captured the nomination.",
    "The Socialists swept the southern states on Tuesday.",
    "The Conservatives were swept into power in 1979.",
])
def test_a_contest_is_no_violence(coder: Coder, text: str) -> None:
    assert not all_codes(coder, text, ("09", "17", "18", "19", "20"))


@pytest.mark.parametrize("text", [
    "The soldiers never mistreated someone they had captured in the valley.",
    "The two observers captured by the militia were freed on Monday.",
])
def test_a_captured_person_is_no_property_seized(coder: Coder, text: str) -> None:
    assert not all_codes(coder, text, ("171",))


@pytest.mark.parametrize("text", [
    "Thousands of Nigerian students are studying in Leeds this year.",
    "The Danish ministry is studying the issue.",
    "Delegates from Texas voted for the governor's candidate.",
    "Farmers in Leeds have always voted Labour.",
    # a vote to do something: the act decided is coded on its own
    "The Bolivian senate voted on Tuesday to approve the budget.",
    "The council in Quito voted to proceed with the inquiry.",
    "The Supreme Court of Kenya ruled that the election was void.",
    "The Ohio senator who sponsored the bill spoke first.",
    "The high court in Lahore ruled in favor of the journalists.",
    "The Liberal campaign is targeting young voters in the suburbs.",
    "Advocacy groups are targeting twenty Republicans during the recess.",
    "Russia interfered in the Ukrainian election.",
    "The Brazilian president allowed himself a short holiday.",
    "For once the governor allowed herself to be photographed in a hospital bed.",
    "The Danish company promotes itself as a champion of workers.",
    "The Kenyan campaign spent millions promoting the ad.",
    "The Irish treasury wants to impose a small fee on large banks.",
    "The port authority imposed a deadline for new permits.",
    "The ministry spent the money that parliament appropriated for roads.",
    "The Kenyan senate appropriated two billion shillings for the dam.",
    "The trucks were looted after the Canadians departed the airport.",
])
def test_other_senses_give_no_event(coder: Coder, text: str) -> None:
    assert not bare_codes(coder, text, ("03", "05", "06", "07", "08", "09", "18", "19", "20"))


@pytest.mark.parametrize(("text", "root"), [
    ("Rebel fighters hit the army convoy near Homs on Monday.", ("19",)),
    ("The militia captured the town of Ras Ajdir.", ("17", "19")),
    ("Government troops targeted the rebel positions overnight.", ("19",)),
    ("Japan gave Iraq ten million dollars for the new schools.", ("06", "07")),
    ("Iran sponsored the militia in southern Lebanon.", ("06",)),
    ("The US provided intelligence to the Ukrainian army.", ("06",)),
    ("The militants beat the villagers with sticks.", ("18", "19")),
    ("Turkey allowed the Syrian refugees to enter the country.", ("08",)),
    ("The Ohio senator promoted his new bill on television.", ("05",)),
    # a ruling on a case keeps the bare line (a vote on a measure does not: the act the
    # vote decides is coded on its own, test_the_act_a_vote_decides_is_coded)
    ("The court in Quito will rule on the dispute next week.", ("06",)),
    ("The junta imposed its will on the provinces.", ("17",)),
    ("The militia appropriated farmland in the north.", ("17",)),
    ("The Iranian envoy departed for Geneva on Monday.", ("04",)),
])
def test_the_event_senses_are_kept(coder: Coder, text: str, root: tuple[str, ...]) -> None:
    assert all_codes(coder, text, root)


def test_the_bundled_lexicon_is_valid() -> None:
    lexicon = bundled_lexicon()
    assert lexicon.rule_prefix == PREFIX
    assert {"light", "measure", "contest"} <= set(lexicon.classes)
    assert all(rule.class_names() <= set(lexicon.classes) for rule in lexicon.rules)


def test_an_unknown_class_is_a_data_error(tmp_path: Path) -> None:
    text = BUNDLED.read_text("utf-8").replace("objects: [light]", "objects: [lihgt]")
    bad = tmp_path / "block_defaults.yaml"
    bad.write_text(text, "utf-8")
    with pytest.raises(DataError, match="lihgt"):
        load_lexicon(bad)


def test_an_allowing_text_concedes_nothing(coder: Coder) -> None:
    text = "The court approved an exception allowing the Kenyan government to keep the files."
    assert "allowing" not in codes_by_head(coder, text)


@pytest.mark.parametrize(("text", "verb", "doer"), [
    ("The police bought software that allows officers to read emails.", "allows", "software"),
    ("They found an exception allowing the army to stay.", "allowing", "exception"),
    ("Sales were hit by the new tariffs.", "hit", "tariffs"),
])
def test_the_doer_of_a_relative_or_a_participle(nlp: Language, text: str, verb: str,
                                                doer: str) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    assert doer in {t.text for t in verb_doers(head)}


def test_the_object_of_a_participle_and_a_small_clause(nlp: Language) -> None:
    doc = nlp("Exports hit by the strike fell, and he allowed himself a holiday.")
    hit, allowed = (next(t for t in doc if t.text == w) for w in ("hit", "allowed"))
    assert "Exports" in {t.text for t in verb_objects(hit)}
    assert "himself" in {t.text for t in verb_objects(allowed)}


def test_the_subject_of_an_infinitive_clause_is_the_object(nlp: Language) -> None:
    doc = nlp("The mayor allowed herself to be filmed at the gala.")
    allowed = next(t for t in doc if t.text == "allowed")
    assert "herself" in {t.text for t in verb_objects(allowed)}
    doc = nlp("The mayor said that she allowed it.")
    said = next(t for t in doc if t.text == "said")
    assert not {"she", "it"} & {t.text for t in verb_objects(said)}  # a that-clause


@pytest.mark.parametrize("text", [
    "The president gave a speech in Berlin on Monday.",
    "The minister delivered a lecture on trade policy.",
])
def test_a_speech_given_is_a_statement_not_cooperation(coder: Coder, text: str) -> None:
    codes = [event.cameo.code for event in coder.code(text)]
    assert "010" in codes and not any(code.startswith(("06", "07")) for code in codes), codes


@pytest.mark.parametrize("text", [
    "The Ecuadorian senate approved the spending bill on Thursday.",
    "The measure still has to be approved by the Danish parliament.",
    "Congress authorised a rise in the federal debt limit.",
    "The Kenyan cabinet approved the new immigration policy.",
    "The regulator approved the drug for use in children.",
    "The Estonian parliament approved moving forward with the tax reform.",
    "The speaker will allow votes on the three amendments.",
    "By lowering the bar the leadership would be allowing the bill to become law.",
])
def test_approving_a_measure_yields_to_no_one(coder: Coder, text: str) -> None:
    assert not all_codes(coder, text, ("08",))


@pytest.mark.parametrize("text", [
    "The ministry will allow foreign journalists to enter the region.",
    "Syria has not allowed a team of inspectors into the country.",
    # a measure whose clause names the party it favours concedes to that party
    "The Croatian parliament approved a law recognizing the victories of Ivan Horvat's party.",
])
def test_allowing_a_party_or_a_law_for_it_still_yields(coder: Coder, text: str) -> None:
    assert all_codes(coder, text, ("08",))


def test_a_raised_passive_subject_is_the_object(nlp: Language) -> None:
    doc = nlp("The bill is expected to be approved by the senate.")
    approved = next(t for t in doc if t.text == "approved")
    assert "bill" in {t.text for t in verb_objects(approved)}
    doc = nlp("The senators want to approve the bill.")
    approve = next(t for t in doc if t.text == "approve")
    assert "senators" not in {t.text for t in verb_objects(approve)}  # active: its own object


@pytest.mark.parametrize("text", [
    "The Norwegian parliament will vote on the resolution next Tuesday.",
    "We will not know if we have the numbers until we vote on it.",
    "If no candidate wins a majority, the chamber votes.",
])
def test_a_vote_on_a_measure_or_on_nothing_is_no_intent(coder: Coder, text: str) -> None:
    assert not bare_codes(coder, text, ("03",))


def test_the_act_a_vote_decides_is_coded(coder: Coder) -> None:
    text = "The Kenyan parliament voted to send troops to Somalia."
    assert "154" in all_codes(coder, text, ("15",))
