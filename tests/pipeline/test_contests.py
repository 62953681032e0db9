"""Words of fighting for a contest without force give no event (``contests``); sentences
written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.contests import has_score, load_lexicon
from tests.coded import coded
from tests.coded import force_codes as _force

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "contests.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Liverpool beat Chelsea 2-1 on Sunday.",
    "Brazil hammered Argentina 4-0 in Rio.",
    "Spain defeated France in the final.",
    "Samsung is fighting with Apple for market share.",
    "Biden will battle Trump for the support of blue-collar workers.",
    "The budget battle in Washington ended on Friday.",
    "The two firms are locked in a legal battle over patents.",
    "The leadership fight in the party turned bitter.",
])
def test_a_contest_without_force_is_no_force(coder: Coder, text: str) -> None:
    assert not _force(coder, text)


@pytest.mark.parametrize("text", [
    "The army defeated the rebels in the battle for Mosul.",
    "Rebels fought for control of the city.",
    "Street battles raged in Kiev overnight.",
    "Gunmen killed 2-3 people in the village.",
    "Israel and Hamas fought a war in Gaza.",
])
def test_force_is_still_coded(coder: Coder, text: str) -> None:
    assert _force(coder, text)


# an election, a seat or a game fought, or a fight among contestants, is no use of force
@pytest.mark.parametrize("text", [
    "The referendum was fought over the future of the union.",
    "The Greens will fight the seat at the next general election.",
    "Both parties fought a dirty campaign in the suburbs.",
    "The three hopefuls battled in a televised debate on Tuesday.",
    "Fighting between the two finalists went on for five sets.",
    "The incumbent and the challenger battled across the state.",
    # names of a party or a person are no armed cue: "National Front", "Marine Le Pen"
    "The race ended in fierce fighting between the two finalists, Marine Le Pen of the "
    "National Front and a centrist.",
])
def test_an_election_or_game_fought_is_no_force(coder: Coder, text: str) -> None:
    assert not _force(coder, text)


# the same words keep their force with an armed party, a weapon or a war in the sentence, or
# with parties that are no contestants
@pytest.mark.parametrize("text", [
    "Witnesses said the two teams fought with guns and rifles after the match.",
    "The candidates' militias battled in the capital.",
    "Fighting between the two clans killed six people.",
])
def test_an_armed_fight_is_still_force(coder: Coder, text: str) -> None:
    assert _force(coder, text)


# a clash between political actors is a quarrel in words; an election won is no use of force
@pytest.mark.parametrize("text", [
    "A general election fought over pensions will be bitter.",
    "Senators clashed over the farm subsidies on Wednesday.",
    "The prime minister and Labour lawmakers clashed on tuition fees.",
    "The debate will be the last clash between Senator Okafor and Ruiz.",
    "The senator sparred with the finance minister over tariffs.",
    "Ruiz defeated the incumbent in the runoff last May.",
    "The Social Democrats defeated the Greens by a wide margin.",
    "The premier fought off a leadership challenge from her deputy.",
    # a chamber, a majority or an office won is no occupation or seizure
    "Republicans aiming to retake the Senate next year met donors in Ohio.",
    "The Democrats hope to capture the House in November.",
])
def test_a_political_quarrel_or_an_election_won_is_no_force(coder: Coder, text: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(("17", "18", "19", "20"))]


# clashes of armed parties, of the police or of crowds, and defeats of armed parties stay force
@pytest.mark.parametrize("text", [
    "Rebels clashed with troops near the border on Friday.",
    "Police clashed with protesters outside the parliament.",
    "Supporters of the two candidates clashed in the streets of the capital.",
    "The army defeated the rebels near the northern town.",
    "Troops seized the house where the gunmen were hiding.",
])
def test_a_clash_of_armed_parties_or_crowds_is_still_force(coder: Coder, text: str) -> None:
    assert [c for c in coded(coder, text) if c.startswith(("17", "18", "19", "20"))]


# a fight over, against or for a civil issue (a law, a closure, a social ill, a hazard, a
# right), or to pass or repeal one, is a campaign: no use nor threat of force
@pytest.mark.parametrize("text", [
    "The mayor vowed to fight the closure of the maternity ward.",
    "Farmers in the valley are battling the worst drought in decades.",
    "Firefighters battled the blaze for six hours.",
    "The governor declared a new war on poverty in the rural counties.",
    "Retired teachers have been fighting for the right to a full pension.",
    "Nurses' unions will fight the new staffing rules in court.",
    "The fight against inflation will dominate the central bank's year.",
    "The battle to repeal the gambling law should be waged in the upper house.",
    "The regulator is locked in a battle with two banks over breaching lending limits.",
])
def test_a_fight_for_a_civil_issue_is_no_force(coder: Coder, text: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(("18", "19", "20", "138"))]


# the same words keep their force against an armed party, for a place, or with a weapon or a
# war in the sentence
@pytest.mark.parametrize("text", [
    "Kurdish fighters are battling the militants for the town.",
    "The rebels have been fighting to take back the highway.",
    "Soldiers fought the insurgents with rifles over the ban on the festival.",
    "The army vowed to fight the rebels until the hostages are freed.",
])
def test_a_fight_against_an_armed_party_is_still_force(coder: Coder, text: str) -> None:
    assert [c for c in coded(coder, text) if c.startswith(("18", "19", "20", "138"))]


def test_a_range_counting_a_noun_is_no_score(coder: Coder) -> None:
    nlp: Language = coder.nlp
    doc = nlp("Rebels beat 2-3 guards and won 3-1.")
    beat = next(t for t in doc if t.lower_ == "beat")
    won = next(t for t in doc if t.lower_ == "won")
    assert not has_score(beat) and has_score(won)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "beat" in lex.contest_verbs and "budget" in lex.arenas


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "contests.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("arenas:", "arena_words:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
