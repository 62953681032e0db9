"""Words in a sense that names no act give no event (``senses``); sentences written for this
test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.senses import load_lexicon
from tests.coded import coded as codes

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "senses.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "gone"), [
    ("None of the refugees' needs were met by the camp authorities.", "04"),
    ("There was much talk of an early election in the capital.", "046"),
    ("Pensioners in the north struggle to make ends meet.", "04"),
    ("The ministry has not met its legal duty to the refugees.", "04"),
    # "meet" with a response or an outcome encounters it
    ("The harbour plan met stiff resistance from the fishermen.", "04"),
    ("The pension reform was met with deep scepticism in the regions.", "04"),
    ("The second levy met the same fate as the first one.", "04"),
    ("The envoys have not met the same kind of hostility in Lagos.", "04"),
    ("Lower fuel prices would be welcome news for truck drivers.", "05"),
    ("Welcome to the Sunday briefing from our Paris desk.", "043"),
    ("The senator dismissed talk of a run for governor.", "046"),
    ("Such talk only helps the militants, the mayor said.", "046"),
    ("The leaked files were on a server hosted by a Dutch company.", "043"),
    ("The senator is due to host a new radio programme.", "043"),
    ("The old casino, which now hosts weddings and concerts, was sold.", "043"),
    ("Here is our daily news roundup from the capital.", "17"),
    ("That should worry everyone in the alliance.", "012"),
    ("There are worrying signs for the shipyards, the union said.", "012"),
    ("The new slogan seemed calculated to irritate the chancellor.", "14"),
    ("The verdict upset the government in Ankara.", "14"),
    ("The editor said the owner fired her without warning.", "19"),
    ("The governor fired Hudson as head of the water board.", "19"),
    ("Reyes, whom the president fired in March, spoke to the panel.", "19"),
    ("The minister was sacked from his post after the vote.", "19"),
    ("The governor fired Okafor from the state police.", "19"),
    ("The chancellor fired Weber from the Bundesbank.", "19"),
    ("The senator fired Comey last May.", "19"),
    ("The senator fired Comey on a Tuesday.", "19"),
    ("Bomb squads cleared the village of mines before the families returned.", "174"),
    ("Volunteers cleared the town of debris after the landslide.", "174"),
    ("Crime has fallen since the new mayor took power in Lima.", "18"),
    ("Her brother took over power from the ailing founder in 2006.", "18"),
    ("The unit charged with her protection was stood down in May.", "17"),
    ("The agency charged with overseeing the ports has a new director.", "17"),
    ("Inspectors are charged with enforcing the new rules on fishing.", "17"),
    ("A commission was charged with the investigation of the fire.", "17"),
    ("The governor has spent years fighting to cut taxes for families.", "19"),
    ("The union battled to save the steel plant.", "19"),
    ("Republicans are struggling to pass the budget.", "19"),
    ("Democrats vowed to fight tooth and nail to protect the health law.", "13"),
    ("Democrats vowed to fight tooth and nail to protect the health law.", "19"),
    ("Party leaders seem unwilling to fight for the pension reform.", "19"),
    ("The nurses' union battled for higher pay all winter.", "19"),
    # a bare verb of striking in a sentence with no armed party, weapon or war
    ("The go-slow hit ferry services along the coast on Monday.", "19"),
    ("The governor has now hit the magic number of votes.", "19"),
    ("His plan to target the chairman angered the board.", "19"),
    ("The columnist pounded the table as he spoke.", "19"),
    # a verb of encircling with nothing it encircles rings or ranges
    ("Voters are sorted into groups, ranging from Labour to the Tories.", "19"),
    ("Senators went home with the threats of the two leaders ringing in their ears.", "19"),
    # a single warning shot or opening salvo with no armed party, weapon or war
    ("The chancellor fired a warning shot at the bankers.", "19"),
    ("The opposition fired the opening salvo in the leadership race.", "19"),
])
def test_a_word_in_another_sense_names_no_act(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "code"), [
    ("Obama met Netanyahu in Jerusalem.", "040"),
    ("The finance ministers met in Lisbon on Friday.", "040"),
    ("The envoy met with the opposition leader in Harare.", "036"),
    ("The two leaders held a talk in Geneva.", "046"),
    ("The government will hold talk with the rebels.", "046"),
    ("Negotiators from both sides flew to Oslo for talk on a prisoner swap.", "046"),
    ("The board would not meet the union's demands for higher pay.", "083"),
    ("The Queen welcomed the Japanese emperor to Windsor.", "043"),
    ("The chancellor hosted the Polish president in Berlin.", "043"),
    ("Police staged a roundup of suspected militants.", "173"),
    ("The opposition welcomed the court's ruling.", "051"),
    ("The minister met the striking workers and their demands.", "083"),
    ("Diplomats worry that the truce will not hold.", "012"),
    ("Gunmen fired at him outside the mosque in Quetta.", "19"),
    ("Soldiers fired on the marchers in the capital.", "19"),
    ("Rebels fired mortars at the army base.", "19"),
    ("The army took power in a coup in the capital.", "18"),
    ("Rebels fought to keep the road open.", "19"),
    ("Boko Haram fought to keep the road open.", "19"),
    ("The army is fighting to keep the road open.", "19"),
    ("Iraq is fighting to keep its oil fields.", "19"),
    ("The villagers fought to retake the hill from the raiders.", "19"),
    ("Kurdish fighters fought for the town all week.", "19"),
    ("Two guards were charged with smuggling phones into the prison.", "173"),
    ("The former mayor was charged with fraud on Monday.", "173"),
    # the same verbs with an armed party, a weapon or a state as subject strike a blow
    ("Mortar rounds hit the market town at dawn.", "19"),
    ("Insurgents hit a police post outside Kirkuk.", "19"),
    ("Turkey targeted a depot near the border overnight.", "19"),
    ("The militia pounded the airport for a week.", "19"),
    ("The medic was hit by shrapnel outside the clinic.", "19"),
    ("Two men fired pistols in the lobby. The judge was hit twice.", "19"),
    ("The airport was ringed by rebel fighters.", "19"),
    ("Soldiers fired a warning shot at the boat.", "19"),
])
def test_the_act_is_still_coded(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "need" in lex.satisfied_nouns and "demand" not in lex.satisfied_nouns
    assert "welcome" in lex.greeting_words


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "senses.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("hosted_media:", "hosted_things:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


def test_weapons_fired_from_a_place_stay_force(coder: Coder) -> None:
    assert [c for c in codes(coder, "Rockets were fired from Gaza at Israeli towns.")
            if c.startswith("19")]


def test_a_village_cleared_of_its_people_stays_expulsion(coder: Coder) -> None:
    assert "174" in codes(coder, "The militia cleared the village of its inhabitants.")
