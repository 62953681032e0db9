"""Capitalised legislature words (``chamber_names`` and ``sectors.yaml``): "the House" is a
chamber, "a house" a dwelling, "Halvard House" a building's name. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.mentions import ActorMention
from tests.pipeline.conftest import actor_run

Run = Callable[[str], dict[str, ActorMention]]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    mentions = actor_run(nlp, date(2021, 6, 1))
    return lambda text: dict(mentions(text))


def test_the_capitalised_house_is_a_chamber(run: Run) -> None:
    found = run("The budget stalled after the House rejected it on Friday.")
    assert found["House"].code == "LEG"


def test_house_members_of_a_party_are_legislators_of_its_country(run: Run) -> None:
    found = run("On Monday House Republicans wrote to the governor about the levee.")
    assert found["House Republicans"].code == "USALEG"


def test_a_house_in_lower_case_is_no_actor(run: Run) -> None:
    found = run("The storm destroyed a house near the river.")
    assert not any("house" in span for span in found)


@pytest.mark.parametrize(
    "text",
    ["Analysts at Halvard House warned the ministry.",
     "Researchers from Merriton House criticised the plan."],
)
def test_a_house_ending_a_proper_name_is_no_chamber(run: Run, text: str) -> None:
    found = run(text)
    assert not any(m.sector == "LEG" for m in found.values())


def test_a_country_before_a_capitalised_assembly_keeps_it(run: Run) -> None:
    found = run("The Kosovo Assembly voted against the treaty.")
    assert any(m.country == "XKX" or (m.code or "").endswith("LEG") for m in found.values())


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The House Intelligence Committee summoned the contractor.",
         "House Intelligence Committee", "LEG"),
        ("A House GOP Armed Services Committee aide briefed the contractor.",
         "House GOP Armed Services Committee aide", "USALEG"),
    ],
)
def test_a_chambers_committee_is_the_legislature(
        run: Run, text: str, span: str, code: str) -> None:
    found = run(text)
    assert any(s in span and m.code == code for s, m in found.items())


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The Justice Department opened an inquiry into the bank.", "Justice Department",
         "USAGOV"),
        ("The Department of Homeland Security expanded the program.",
         "Department of Homeland Security", "USAGOV"),
        ("DHS officials toured the border crossing.", "DHS officials", "USAGOV"),
        ("The Treasury Department fined the exporter.", "Treasury Department", "USAGOV"),
        ("The National Archives handed over the records.", "National Archives", "USAGOV"),
        ("The Home Office refused his visa.", "Home Office", "GBRGOV"),
        ("A Tory spokesman rejected the figures.", "Tory spokesman", "GBRPTY"),
    ],
)
def test_named_departments_and_parties(run: Run, text: str, span: str, code: str) -> None:
    found = run(text)
    assert any(span in s and m.code == code for s, m in found.items()), found


def test_a_house_of_a_proper_name_is_no_chamber(run: Run) -> None:
    found = run("Critics of the House of Valdor gathered outside the palace.")
    assert not any(m.sector == "LEG" for m in found.values())


def test_the_house_of_lords_is_britains_upper_chamber(run: Run) -> None:
    found = run("The House of Lords delayed the bill again.")
    assert any(m.code == "GBRLEG" for m in found.values())


def test_the_law_lords_are_judges(run: Run) -> None:
    found = run("The Law Lords ruled against the detention of the suspects.")
    assert any(m.code == "GBRJUD" for m in found.values())


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A one-word dictionary group ("the Foundation", a gang's nickname) is not the last
        # word of a longer name; the capitalised word ends a think tank's or foundation's name.
        ("The Halvard Foundation faulted the new tax plan.", "Foundation"),
        ("Scholars at the Merriton Foundation praised the accord.", "Foundation"),
    ],
)
def test_a_one_word_group_ending_a_longer_name_is_no_group(run: Run, text: str, span: str) -> None:
    found = run(text)
    assert not any(m.sector == "REB" for m in found.values())
    assert any(span in s and m.sector == "NGO" for s, m in found.items())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Quennell Institute faulted the new tax plan.", "NGO"),
        ("The Lindqvist Endowment faulted the new tax plan.", "NGO"),
        ("A British think tank faulted the new tax plan.", "GBRNGO"),
    ],
)
def test_think_tanks_and_foundations_are_ngos(run: Run, text: str, code: str) -> None:
    found = run(text)
    assert any(m.code == code for m in found.values()), found


def test_a_plural_party_word_after_a_proper_noun_stays_the_partys_members(run: Run) -> None:
    found = run("Congressional Republicans faulted the new tax plan.")
    assert any(m.code == "USAPTY" for m in found.values()), found
