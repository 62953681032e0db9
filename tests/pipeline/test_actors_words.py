"""``ew_actors`` on words whose dictionary reading misleads: lawyers and advocates, counselors,
surnames that are role words, parties, "national" as an adjective (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.pipeline.actors import ActorsComponent
from eventwire.pipeline.context import set_published
from eventwire.pipeline.mentions import ActorMention

Run = Callable[[str], dict[str, ActorMention]]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    component = nlp.create_pipe("ew_actors")
    assert isinstance(component, ActorsComponent)

    def _run(text: str) -> dict[str, ActorMention]:
        doc = component(set_published(nlp(text), None))
        return {doc[m.start : m.end].text: m for m in doc._.ew_actors}

    return _run


def codes(run: Run, text: str) -> dict[str, str | None]:
    return {span: mention.code for span, mention in run(text).items()}


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The senator's lawyer said the charges were baseless.", "lawyer", "CVL"),
        ("A Spanish attorney filed the appeal on Friday.", "Spanish attorney", "ESPCVL"),
        ("Privacy advocates say the new rule goes too far.", "advocates", "CVL"),
        ("The defense lawyers asked for more time.", "defense lawyers", "CVL"),
        ("The district attorney charged the mayor.", "district attorney", "JUD"),
        ("Prosecutors charged the mayor.", "Prosecutors", "JUD"),
        ("A federal judge blocked the order.", "federal judge", "JUD"),
        ("The U.S. attorney in Boston charged the mayor.", "U.S. attorney", "USAJUD"),
    ],
)
def test_private_lawyers_are_civilians_and_prosecutors_judiciary(
    run: Run, text: str, span: str, code: str
) -> None:
    assert codes(run, text).get(span) == code


def test_a_political_counselor_is_an_adviser(run: Run) -> None:
    found = codes(run, "Kremlin counselor Ivan Petrov criticized the plan.")
    assert found.get("Kremlin counselor Ivan Petrov") == "RUSGOV"


def test_a_judiciary_committee_is_legislative(run: Run) -> None:
    found = codes(run, "The Senate Judiciary Committee rejected the nominee.")
    assert found.get("Senate Judiciary Committee") == "LEG"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Paula Cantor criticized the mayor on Monday.", "Paula Cantor"),
        ("The mayor met Frank Bishop in Leeds.", "Frank Bishop"),
        ("Mr. Judge declined to comment.", "Mr. Judge"),
    ],
)
def test_a_role_word_after_a_given_name_is_a_surname(run: Run, text: str, span: str) -> None:
    found = run(text)
    assert span in found
    assert found[span].code is None


def test_the_surname_written_again_is_no_role(run: Run) -> None:
    found = codes(run, "Paula Cantor spoke first. Later Cantor said the vote was unfair.")
    assert "Cantor" not in found or found["Cantor"] is None


def test_role_words_before_a_name_or_after_a_determiner_stay_roles(run: Run) -> None:
    found = codes(run, "Mr. Bishop met Bishop Desmond Tutu and the Bishop of London.")
    assert found.get("Bishop Desmond Tutu") == "CHR"
    assert found.get("Bishop of London") == "GBRCHR"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Democrats criticized the budget.", "Democrats", "USAPTY"),
        ("The GOP rejected the budget.", "GOP", "USAPTY"),
        ("The Tories rejected the budget.", "Tories", "GBRPTY"),
        ("The Social Democrats rejected the budget.", "Social Democrats", "PTY"),
        ("Senate Democrats rejected the budget.", "Senate Democrats", "USALEG"),
        ("The SNP rejected the budget.", "SNP", "GBRPTY"),
        ("UKIP rejected the budget.", "UKIP", "GBRPTY"),
        ("The BJP rejected the budget.", "BJP", "INDPTY"),
        ("Likud rejected the budget.", "Likud", "ISRPTY"),
        ("The AfD rejected the budget.", "AfD", "DEUPTY"),
        # One member, or a party's leaders, written with the capital.
        ("Republican leaders rejected the budget.", "Republican leaders", "USAPTY"),
        ("A Democrat from Ohio rejected the budget.", "Democrat", "USAPTY"),
        ("A Christian Democrat rejected the budget.", "Christian Democrat", "PTY"),
        # A state's Republican Guard is its army's.
        ("Iraq's Republican Guard withdrew.", "Iraq's Republican Guard", "IRQMIL"),
    ],
)
def test_parties_are_of_their_country(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_national_as_an_adjective_names_no_civilians(run: Run) -> None:
    found = codes(run, "The National Library refused, and a Kenyan national was detained.")
    assert found.get("National Library") is None
    assert found.get("Kenyan national") == "KENCVL"


def test_a_partys_members_in_office_keep_the_office_sector(run: Run) -> None:
    found = codes(run, "Labour MPs and Republican lawmakers criticized the plan.")
    assert found.get("Labour MPs") == "LEG"


def test_a_sector_word_used_as_a_verb_is_no_actor(run: Run) -> None:
    found = codes(run, "The party, which advocates independence, lost. Soldiers police the zone.")
    assert "advocates" not in found
    assert "police" not in found
    assert found.get("Soldiers") == "MIL"


def test_the_us_attorney_general_keeps_his_title_and_name(run: Run) -> None:
    found = run("Acting U.S. Attorney General Jane Roe criticized the ruling. Roe said so.")
    office = found["U.S. Attorney General Jane Roe"]
    assert (office.code, office.name) == ("USAJUD", "Jane Roe")
    assert found["Roe"].code == "USAJUD"



@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A retired general told the committee the plan would fail.", "retired general"),
        ("Two retired admirals signed the letter on Monday.", "retired admirals"),
    ],
)
def test_retired_officers_are_elites(run: Run, text: str, span: str) -> None:
    # Former officials, as "former minister" (Phoenix codes RETIRED as ELI).
    assert codes(run, text).get(span) == "ELI"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # Northern Ireland is in the United Kingdom; Ireland, the word its name ends with, is not.
        ("A Northern Ireland minister faulted the border plan.", "Northern Ireland minister",
         "GBRGOV"),
        ("Police in Northern Ireland detained two men.", "Police in Northern Ireland", "GBRCOP"),
        ("Scottish ministers faulted the border plan.", "Scottish ministers", "GBRGOV"),
        ("Irish ministers faulted the border plan.", "Irish ministers", "IRLGOV"),
    ],
)
def test_the_nations_of_the_united_kingdom_are_gbr(
    run: Run, text: str, span: str, code: str
) -> None:
    found = run(text)
    assert found[span].code == code, found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # A country's sector word coordinated with the modifier of the sector word after it:
        # the country is both phrases'.
        ("The envoy met Kenyan military and intelligence officials on Monday.",
         "intelligence officials", "KENSPY"),
        ("The envoy met US military and administration officials on Monday.",
         "administration officials", "USAGOV"),
    ],
)
def test_a_country_is_shared_by_coordinated_modifiers(
    run: Run, text: str, span: str, code: str
) -> None:
    found = run(text)
    assert found[span].code == code, found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The chairman of the Senate Budget Committee spoke first.",
         "chairman of the Senate Budget Committee", "LEG"),
        ("The chairwoman of the firm resigned on Friday.", "chairwoman of the firm", "BUS"),
        ("The director of the FBI testified on Tuesday.", "director of the FBI", "USACOP"),
        ("The executive director of the teachers' union spoke.",
         "executive director of the teachers' union", "LAB"),
        ("The chairman of the Ashford Association wrote to the mayor.",
         "chairman of the Ashford Association", "NGO"),
        ("The director of the Halden Institution wrote to the mayor.",
         "director of the Halden Institution", "NGO"),
        ("A Peruvian chairman spoke first.", "Peruvian chairman", "PERGOV"),
        # A body compounded onto a part of it that a generic word heads.
        ("A Senate panel chairman spoke first.", "Senate panel chairman", "LEG"),
        ("A House committee spokesman spoke first.", "House committee spokesman", "LEG"),
    ],
)
def test_a_chairman_or_director_is_of_the_body_he_heads(
    run: Run, text: str, span: str, code: str
) -> None:
    assert codes(run, text).get(span) == code


def test_a_generic_word_takes_no_country_through_a_noun_that_is_not_a_part(run: Run) -> None:
    assert "Iraq war veterans" not in codes(run, "Iraq war veterans marched on Sunday.")


def test_a_bare_chairman_or_director_names_no_actor(run: Run) -> None:
    found = codes(run, "The chairman told the director that the film was late.")
    assert found.get("chairman", "absent") is None
    assert found.get("director", "absent") is None


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The chief executive of the company flew to Lagos.", "chief executive of the company",
         "BUS"),
        ("The company's CEO flew to Lagos.", "company's CEO", "BUS"),
        ("The CEO flew to Lagos.", "CEO", "BUS"),
        # An office of state with no body outside the state named with it.
        ("The Hong Kong chief executive flew to Lagos.", "Hong Kong chief executive", "HKGGOV"),
    ],
)
def test_a_chief_executive_presides_over_his_body(
    run: Run, text: str, span: str, code: str
) -> None:
    assert codes(run, text).get(span) == code


def test_an_economist_is_of_whom_he_works_for(run: Run) -> None:
    """An economist is of his employer (the Treasury: GOV; a firm: BUS), not a scholar by
    default; alone he names no actor."""
    found = codes(run, "A Treasury economist and an economist at the firm disagreed with "
                       "economists.")
    assert found.get("Treasury economist") == "GOV"
    assert found.get("economist at the firm") == "BUS"
    assert found.get("economists", "absent") is None


def test_the_treasury_is_a_ministry_but_its_bonds_are_no_actor(run: Run) -> None:
    assert codes(run, "The Treasury said it would borrow more.").get("Treasury") == "GOV"
    assert "Treasury" not in codes(run, "Treasury yields fell after the Treasury bills sold.")


def test_a_capitalised_executive_is_a_government_but_its_orders_are_no_actor(run: Run) -> None:
    assert codes(run, "The Scottish Executive rejected the plan.").get(
        "Scottish Executive") == "GBRGOV"
    assert "Executive" not in codes(run, "The governor signed an Executive Order on Friday.")


def test_reporters_placed_in_a_country_are_not_of_it(run: Run) -> None:
    # Correspondents are posted abroad, as troops are deployed: a locative gives no country.
    found = codes(run, "Reporters in Beijing criticised the rules.")
    assert "CHNMED" not in found.values()
    found = codes(run, "Protesters in Nairobi criticised the rules.")
    assert found.get("Protesters in Nairobi") == "KENOPP"


@pytest.mark.parametrize(("text", "title"), [
    ("Trade Representative Jane Whitcombe criticised the tariffs.",
     "Trade Representative Jane Whitcombe"),
    ("Surgeon General Tom Okafor criticised the industry.", "Surgeon General Tom Okafor"),
])
def test_a_civil_title_ending_in_a_rank_or_a_generic_word_is_government(
        run: Run, text: str, title: str) -> None:
    # Not a military "General", nor a generic "representative" with nothing to take a sector from.
    assert run(text)[title].code == "GOV"
