"""Generic and habitual clauses name no event (``genericity``); sentences written for this
test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.genericity import is_generic_clause, load_lexicon
from tests.coded import coded as codes

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "genericity.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Liberal senators tend to oppose the tax cuts.",
    "Conservatives don't tend to criticise the governor.",
    "Dock workers often strike in the spring.",
    "Opposition deputies rarely criticise the army in public.",
    "The police do not usually arrest protesters here.",
    "No cartoon justifies an attack on a newspaper.",
    "Nothing justifies the shelling of a hospital.",
    "Any attack on one member is an attack on all of them.",
    "Nobody wants to see another war in the valley.",
    "The rebels often threaten to attack the convoys.",
    "There is no grievance that justifies the bombing of a market.",
    "Voters tend to mix and match their candidates.",
    "Migrants who seek asylum in the country wait for months.",
    "Those who criticise the monarchy face long prison terms.",
    "Never trust someone who threatens a snap election.",
    "Whoever insults the flag goes to prison.",  # a free relative in the present: any doer
    # a relative clause on a kind of acts: "crimes they commit" is a class of crimes
    "The treaty covers any offences they commit in port.",
    "The pact covers abuses that guards commit in the camps.",
])
def test_a_generic_clause_gives_no_event(coder: Coder, text: str) -> None:
    assert codes(coder, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Liberal senators opposed the tax cuts.", "110"),  # a particular act
    ("Police routinely arrested protesters during the uprising.", "17"),  # past: events
    ("Police arrest twelve protesters in the capital", "17"),  # a headline's present
    ("No government has recognised the new authorities.", "0"),  # a negated act: coded
    ("No coordination between the two ministries exists.", "0"),  # a denied event: coded
    ("If nothing changes and the rebels attack the port, the navy will leave.", "19"),
    ("The protesters who attack the police station are armed.", "19"),  # particular people
    ("Someone who attacked the embassy was arrested.", "19"),  # past: a particular doer
    ("Whoever bombed the bridge will be found.", "19"),  # past: a particular unknown doer
    ("The minister outlined plans he claims will help farmers.", "01"),  # his own subject
    ("The talks were opened to UN monitors, who are deployed along the border.", "15"),
    ("Reporters spoke to soldiers who are stationed at the crossings.", "15"),  # a state
    ("The inquiry listed the crimes the guards committed last year.", "18"),  # particular
    ("These are routes the ministry cites as smuggling corridors.", "01"),  # a named sayer
])
def test_particular_acts_are_still_coded(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


@pytest.mark.parametrize("text", [
    "No one can dispute that the war is a tragedy.",
    "No government should be immune from criticism.",
    "Any leader would condemn such an attack.",
    "Nobody could accuse the minister of weakness.",
])
def test_a_modal_of_any_or_no_member_of_a_kind_gives_no_event(coder: Coder, text: str) -> None:
    assert codes(coder, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("No talks will take place this week.", "046"),  # a denied plan: coded, negated
    ("The president would not comment on the raid.", "011"),  # a particular actor
    ("A spokesman could not confirm the arrests.", "010"),
    ("The army could attack the town within days.", "19"),
])
def test_a_modal_of_a_particular_actor_is_still_coded(coder: Coder, text: str, code: str
                                                      ) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


# a modal of duty with a bare plural subject states a norm for a kind of people, and a clause
# hanging from it about the same kind is generic too
@pytest.mark.parametrize("text", [
    "Colonels should not enjoy perks as they are about to be promoted.",
    "Reporters should never be detained for their work.",
    "Asylum seekers must not be expelled to a country at war.",
    "Mayors should meet their voters more often.",
])
def test_a_norm_for_a_kind_of_people_gives_no_event(coder: Coder, text: str) -> None:
    assert codes(coder, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The two ministers should meet in Geneva next week.", "04"),
    ("Three reporters were detained in the capital on Monday.", "17"),
    # what they do now is particular, and so are acts with a party ("talks with Iran")
    ("As they weigh options in Libya, senators should read the cables.", "014"),
    ("The envoy said that direct talks with Tehran should continue.", "046"),
    # a norm someone is reported to state is about particular people: a demand
    ("The charity said detainees must be released at once.", "084"),
])
def test_a_duty_of_particular_people_is_still_coded(coder: Coder, text: str, code: str
                                                    ) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


def test_a_conjunct_keeps_its_own_statement(coder: Coder) -> None:
    text = ("The president insisted that any use of gas would change his view but said he "
            "had no proof.")
    assert codes(coder, text).count("010") == 2


def test_the_clause_is_judged_at_its_predicate(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("Governments seldom release political prisoners.")
    assert is_generic_clause(doc[2], lexicon)
    doc = nlp("The government released political prisoners.")
    assert not is_generic_clause(doc[2], lexicon)


def test_bundled_data_has_provenance() -> None:
    assert load_lexicon(BUNDLED).meta.license


def test_invalid_data_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "genericity.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("habitual_verbs:", "habit_verbs:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The two leaders used to meet every year in Davos.",
    "Whenever the students march, the police arrest their leaders.",
    "Every time the opposition protests, the government bans its rallies.",
    "Each time rebels attacked a village, the army shelled their camps.",
])
def test_a_past_habit_or_a_recurring_situation_gives_no_event(coder: Coder, text: str
                                                              ) -> None:
    assert codes(coder, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Police used tear gas to disperse the protesters.", "175"),
    ("The army shelled the rebel camps after the rebels attacked a village.", "194"),
    ("This time the police arrested the student leaders.", "173"),
])
def test_a_particular_act_near_a_habit_cue_is_still_coded(coder: Coder, text: str, code: str
                                                          ) -> None:
    assert code in codes(coder, text)


def test_a_means_used_to_act_is_no_past_habit(nlp: Language) -> None:
    doc = nlp("The strategy used to combat the rebels failed, and they used to meet in Rome.")
    combat = next(t for t in doc if t.lower_ == "combat")
    meet = next(t for t in doc if t.lower_ == "meet")
    lex = load_lexicon()
    assert not is_generic_clause(combat, lex) and is_generic_clause(meet, lex)


@pytest.mark.parametrize("text", [
    "Border agents arrest about 20,000 migrants each month.",
    "Thousands of families sue the state every year.",
    "Police detain hundreds of people a year under the law.",
])
def test_a_rate_per_period_in_the_present_gives_no_event(coder: Coder, text: str) -> None:
    assert not codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("Police arrested hundreds of migrants last week.", "173"),
    ("Police arrest a man who visits the mosque every week.", "173"),
    ("The army is shelling the town every day.", "194"),
    ("Artillery pounds the city every night.", "19"),  # an ongoing campaign
    ("The committee that meets a week before the convention drafts the rules.", "040"),
])
def test_a_particular_act_near_a_period_is_still_coded(coder: Coder, text: str, code: str
                                                       ) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


@pytest.mark.parametrize("text", [
    "If a president commits a crime, he can be impeached.",
    "Once you allow one protest, you have to allow them all.",
    "When a country invades its neighbour, it faces sanctions.",
    "If protesters block the road, police arrest them.",
    "If a soldier refuses an order, he is court-martialled.",
])
def test_a_condition_on_a_kind_and_what_it_conditions_give_no_event(coder: Coder, text: str
                                                                    ) -> None:
    assert not codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("When a gunman opened fire at the school, teachers hid the children.", "190"),  # past
    ("If Russia invades Ukraine, the West will impose sanctions.", "192"),  # a particular actor
    ("If the rebels attack the port, the navy will leave.", "19"),
    ("If delegates move to block the nominee, the chairman is staying neutral.", "080"),
    ("If you want to negotiate, we will negotiate.", "04"),  # a plan: "will"
    ("If an agreement is reached, the rebels would disarm.", "05"),  # a particular prospect
])
def test_a_condition_on_a_particular_actor_is_still_coded(coder: Coder, text: str, code: str
                                                          ) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


def _trigger_words(coder: Coder, text: str) -> set[str]:
    return {word for event in coder.code(text, published="2023-04-02")
            for word in event.trigger.text.lower().split()}


@pytest.mark.parametrize(("text", "word"), [
    ("Economic sanctions can hurt farmers more than generals, the envoy argued.", "sanctions"),
    ("Protests alone do not topple a government.", "protests"),
    ("Sanctions do not work, the senator said.", "sanctions"),
    ("Airstrikes should never target hospitals, the charity said.", "airstrikes"),
    ("Arrests can follow such raids.", "arrests"),
])
def test_a_kind_of_acts_as_the_subject_of_a_rule_is_no_event(coder: Coder, text: str,
                                                              word: str) -> None:
    assert word not in _trigger_words(coder, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Talks will resume in Geneva next week.", "resume"),  # "will": a particular plan
    ("The sanctions on the bank can be lifted next month.", "sanctions"),  # determined
    ("Airstrikes by the coalition hit three villages on Monday.", "airstrikes"),  # past
    ("Protests against the decree continue in the capital.", "protests"),  # a particular one
    ("The envoy said new sanctions should not be imposed during the talks.", "sanctions"),
])
def test_particular_acts_as_subjects_are_coded(coder: Coder, text: str, word: str) -> None:
    assert word in _trigger_words(coder, text)
