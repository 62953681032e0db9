"""The codes of trigger patterns that tell apart senses of one verb by its argument: conceding a
point or an election, wanting to help and wanting help, seeking material support. Sentences
written for these tests, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventwire import Coder
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "code"), [
    # granting a point or a defeat is a statement, no yielding to a demand
    ("The treasurer conceded that the new stadium had cost too much.", "010"),
    ("The mayor conceded defeat on Sunday night.", "010"),
    ("The governor conceded the election to her challenger.", "010"),
    ("The senator conceded the point during the debate.", "010"),
    ("The budget will run over, the treasurer conceded.", "010"),
    # giving in to a demand or giving up a right stays a yielding
    ("The ministry conceded to the farmers' demands.", "080"),
    ("The council conceded the right to hold a ballot to the tenants.", "080"),
])
def test_what_is_conceded_decides_the_code(coder: Coder, text: str, code: str) -> None:
    codes = coded(coder, text)
    assert code in codes and (code == "080" or "080" not in codes)


def test_a_goal_conceded_is_no_event(coder: Coder) -> None:
    assert "080" not in coded(coder, "The visitors conceded two goals before half-time.")


@pytest.mark.parametrize(("text", "code"), [
    ("Norway wants to help Kenya rebuild its roads.", "033"),
    ("The charity hopes to assist the flood victims.", "033"),
    ("The farmers want help from the ministry.", "023"),
    ("The town sought help from the province.", "023"),
])
def test_wanting_to_help_is_intent_and_wanting_help_an_appeal(
        coder: Coder, text: str, code: str) -> None:
    codes = coded(coder, text)
    assert code in codes and not {"023", "033"} - {code} & set(codes)


@pytest.mark.parametrize(("text", "code"), [
    ("The rebels sought military support from their neighbours.", "0232"),
    ("Laos is seeking financial support from the development bank.", "0231"),
    ("The province requested humanitarian assistance from the Red Cross.", "0233"),
])
def test_seeking_material_support_is_an_appeal_for_aid(
        coder: Coder, text: str, code: str) -> None:
    codes = coded(coder, text)
    assert code in codes and "022" not in codes


@pytest.mark.parametrize(("text", "code"), [
    ("The senator suggested the new tariffs might hurt farmers.", "010"),
    ("The senator suggested that the auditor may have misled the committee.", "010"),
    ("The senator suggested that the auditor should step aside.", "02"),
    ("The senator suggested that the hearing be postponed.", "02"),
    ("The senator suggested the two committees could hold a joint hearing.", "02"),
])
def test_suggesting_a_likelihood_is_a_statement(coder: Coder, text: str, code: str) -> None:
    codes = coded(coder, text)
    if code == "010":
        assert "010" in codes and not any(c.startswith("02") for c in codes)
    else:
        assert any(c.startswith(code) for c in codes) and "010" not in codes


@pytest.mark.parametrize("text", [
    "The treasurer's admission that the figures were wrong suggested the board was misled.",
    "The move suggests the bank is worried about the economy.",
    "Her silence suggested she would not run again.",
])
def test_a_fact_that_suggests_proposes_nothing(coder: Coder, text: str) -> None:
    assert not any(c.startswith("02") for c in coded(coder, text))


@pytest.mark.parametrize("text", [
    "Also on Tuesday, Spain's industrial output for June was released.",
    "The council welcomed the audio recording's release on Monday.",
    "Today the commission is releasing its recommendations on housing.",
])
def test_a_publication_released_frees_no_one(coder: Coder, text: str) -> None:
    assert not any(c.startswith("084") for c in coded(coder, text))


def test_funds_released_are_economic_aid(coder: Coder) -> None:
    codes = coded(coder, "The fund released the second tranche of the loan to Zambia.")
    assert "071" in codes and not any(c.startswith("084") for c in codes)


def test_aid_released_is_coded_once_as_aid(coder: Coder) -> None:
    codes = coded(coder, "Canada is releasing 40 million dollars in military aid for Kenya.")
    assert "072" in codes and not any(c.startswith("08") or c == "070" for c in codes)


def test_persons_released_stay_a_release(coder: Coder) -> None:
    assert "0841" in coded(coder, "The rebels released four hostages on Friday.")
