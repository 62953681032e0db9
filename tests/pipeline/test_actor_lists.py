"""Actors that one phrase or one list shares: compound dictionary codes, prefix agents, sectors
and countries written once for a list. Small PETRARCH-format dictionaries written for these
tests, with the bundled dictionaries left out, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.petrarch_toy import coded, toy_coder
from tests.pipeline.conftest import ActorCodes

VERBS = """\
--- WELCOME [041] ---
WELCOME

--- CONDEMN [122] ---
CONDEMN

--- MEET [040] ---
MEET
"""

ACTORS = """\
VARONIA [VAR]
+VARONIAN
KELDOR [KEL]
LUSK [LSK]
OSTMARK [OST]
THE_TWIN_CITIES [TWA/TWB]
HARBOUR_LEAGUE [HLA/HLB]
AL-VARA [ALV]
HELPING_HANDS [NGOHHD]
"""

AGENTS = """\
MINISTER [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
ENVOY [~GOV]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
RELIEF_CHARITY [NGO~]
"""

@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    return toy_coder(tmp_path_factory.mktemp("actor_lists"), VERBS, ACTORS, AGENTS)


def test_compound_code_gives_an_event_for_each_actor(coder: Coder) -> None:
    assert coded(coder, "The Twin Cities condemned Varonia.") == {
        ("122", "TWA", "VAR"), ("122", "TWB", "VAR"),
    }
    assert coded(coder, "Varonia condemned the Harbour League.") == {
        ("122", "VAR", "HLA"), ("122", "VAR", "HLB"),
    }


def test_compound_codes_on_both_sides_give_every_pair(coder: Coder) -> None:
    assert len(coded(coder, "The Twin Cities condemned the Harbour League.")) == 4


def test_prefix_agent_written_before_the_country(coder: Coder) -> None:
    assert coded(coder, "Relief Charity Varonia condemned Keldor.") == {("122", "NGOVAR", "KEL")}
    assert coded(coder, "A Relief Charity Varonia official condemned Keldor.") == {
        ("122", "NGOVARGOV", "KEL")
    }


def test_prefix_agent_is_not_repeated_on_a_code_that_has_it(coder: Coder) -> None:
    assert coded(coder, "A Relief Charity Helping Hands official condemned Keldor.") == {
        ("122", "NGOHHDGOV", "KEL")
    }


def test_places_listed_after_a_sector_share_it(coder: Coder) -> None:
    assert coded(coder, "The envoys of Varonia, Keldor and Ostmark welcomed Lusk.") == {
        ("041", "VARGOV", "LSK"), ("041", "KELGOV", "LSK"), ("041", "OSTGOV", "LSK"),
    }
    assert coded(coder, "Lawmakers in Varonia and Keldor welcomed Lusk.") == {
        ("041", "VARLEG", "LSK"), ("041", "KELLEG", "LSK"),
    }


def test_listed_sectors_and_places_give_every_combination(coder: Coder) -> None:
    found = coded(coder, "Lawmakers and officials in Varonia and Keldor condemned Ostmark.")
    assert found == {
        ("122", "VARLEG", "OST"), ("122", "VARGOV", "OST"),
        ("122", "KELLEG", "OST"), ("122", "KELGOV", "OST"),
    }


def test_country_before_listed_sectors_is_each_ones(coder: Coder) -> None:
    assert coded(coder, "Varonian media and government condemned Keldor.") == {
        ("122", "VARMED", "KEL"), ("122", "VARGOV", "KEL"),
    }


def test_a_country_listed_after_a_country_sector_stays_the_country(coder: Coder) -> None:
    # "Varonia's minister and Keldor": Keldor is a country of its own, not Keldor's minister.
    found = coded(coder, "The Varonia minister and Keldor condemned Ostmark.")
    assert ("122", "KEL", "OST") in found and ("122", "KELGOV", "OST") not in found


def test_coordinated_adjectives_between_country_and_sector(coder: Coder) -> None:
    assert coded(coder, "Keldor's new and powerful minister condemned Ostmark.") == {
        ("122", "KELGOV", "OST")
    }


def test_hyphenated_dictionary_name_matches_however_the_text_is_cut(coder: Coder) -> None:
    """The dictionary writes "AL-VARA" as one word; the tokenizer cuts "Al-Vara" in three."""
    assert coded(coder, "Varonia condemned Al-Vara.") == {("122", "VAR", "ALV")}


# With the bundled dictionaries, which know parties ("Labour") and label US ones.
@pytest.mark.parametrize(("text", "own"), [
    ("Republican lawmakers and Labour MPs criticised the deal.", "Labour MPs"),
    ("Republican lawmakers and Conservative MPs criticised the deal.", "MPs"),
])
def test_a_member_with_a_name_of_its_own_keeps_its_own(
        actor_codes: ActorCodes, text: str, own: str) -> None:
    # The MPs' party names whose they are: the Republicans' country is not theirs.
    found = actor_codes(text)
    assert found["Republican lawmakers"] == "USALEG" and found[own] == "LEG"


def test_a_list_member_with_no_modifier_takes_the_list_country(actor_codes: ActorCodes) -> None:
    assert actor_codes("Danish media and government criticised the deal.") == {
        "Danish media": "DNKMED", "government": "DNKGOV"}
