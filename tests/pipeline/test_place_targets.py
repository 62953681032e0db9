"""What a place stands for as the target of an event (``place_targets``) and a protest's target
from its purpose clause (``purpose``): sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def targets(events: list[Event], root: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in events if e.cameo.root == root}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # A city or region hit by coercion or violence stands for the people in it ...
        ("The governor imposed a curfew in Nairobi after the riots.", "17", "KENCVL"),
        ("Rebels shelled central Kabul overnight.", "19", "AFGCVL"),
        ("Troops shelled villages in northern Kenya on Monday.", "19", "KENCVL"),
        # ... also a city a dictionary codes by its country.
        ("The army imposed a curfew in Lagos on Sunday.", "17", "NGACVL"),
        # ... and threatened with an administrative sanction (a ban: 132).
        ("The governor threatened to ban marches in northern Kenya.", "13", "KENCVL"),
        # A capital addressed otherwise is its government.
        ("The minister accused Beijing of spreading lies.", "11", "CHNGOV"),
        ("The parliament demanded an apology from Tokyo.", "10", "JPNGOV"),
        # A country alone is the state, whatever the event, also one whose name holds a
        # compass word.
        ("Russia attacked Ukraine on Thursday.", "19", "UKR"),
        ("North Korea shelled South Korea on Thursday.", "19", "KOR"),
    ],
)
def test_place_target(coder: Coder, text: str, root: str, expected: str) -> None:
    events = coder.code(text, published="2022-03-01")
    assert expected in targets(events, root), [(e.cameo.code, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # A town only the gazetteer knows, hit by violence, is its people too ...
        ("Soldiers fired mortar rounds at houses in Kidal on Monday.", "19", "MLICVL"),
        ("Rebel fighters shelled Bunia overnight.", "19", "CODCVL"),
    ],
)
def test_a_gazetteer_town_hit_by_violence_is_its_people(
    coder: Coder, text: str, root: str, expected: str
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert expected in targets(events, root), [(e.cameo.code, e.target) for e in events]


def test_a_gazetteer_town_target_under_in_is_also_the_location(coder: Coder) -> None:
    events = coder.code("Soldiers fired mortar rounds at houses in Kidal on Monday.",
                        published="2022-03-01")
    attack = next(e for e in events if e.cameo.root == "19")
    assert attack.location is not None and attack.location.country == "MLI"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # ... not where the attackers fired from, nor the place of an event of another kind.
        ("Militants fired rockets from Kidal on Monday.", "19"),
        ("The envoys praised the agreement in Kidal on Monday.", "05"),
    ],
)
def test_a_gazetteer_town_is_no_other_target(coder: Coder, text: str, root: str) -> None:
    events = coder.code(text, published="2022-03-01")
    assert targets(events, root) == {None}, [(e.cameo.code, e.target) for e in events]


def test_a_capital_named_as_the_venue_stays_the_country(coder: Coder) -> None:
    # (A meeting's venue is no target at all: test_roles_venue.py.)
    events = coder.code("The two leaders promised to hold elections in Nairobi.",
                        published="2022-03-01")
    assert targets(events, "03") == {"KEN"}, [(e.cameo.code, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers continued their hunger strike to demand the resignation of the Kenyan president.",
         "KENGOV"),
        ("Students protested in Nairobi to demand the release of Ugandan activists.", "UGAOPP"),
    ],
)
def test_protest_is_aimed_at_its_purpose(coder: Coder, text: str, expected: str) -> None:
    events = coder.code(text, published="2022-03-01")
    assert expected in targets(events, "14"), [(e.cameo.code, e.target) for e in events]


def test_purpose_clause_does_not_replace_a_protest_target(coder: Coder) -> None:
    events = coder.code("Students protested against the Kenyan government to demand the release "
                        "of Ugandan activists.", published="2022-03-01")
    assert targets(events, "14") == {"KENGOV"}, [(e.cameo.code, e.target) for e in events]


def test_place_sectors_off_keeps_the_country(coder: Coder) -> None:
    """PETRARCH's convention (``place_sectors`` off, as for its unit tests): a city is its
    country."""
    from eventwire.pipeline.roles import RolesComponent

    roles = coder.nlp.get_pipe("ew_roles")
    assert isinstance(roles, RolesComponent)
    plain = RolesComponent(roles.lexicon.model_copy(update={"place_sectors": False}))
    doc = coder.nlp("Rebels shelled central Kabul overnight.")
    assert {f.target.code for f in plain(doc)._.ew_frames if f.target} == {"AFG"}
