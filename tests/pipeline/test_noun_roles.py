"""Source and target of event nouns (``noun_roles.py``): a visit noun's compounded country is
where the visit goes. Sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def visit(coder: Coder, text: str) -> Event:
    (event,) = [e for e in coder.code(text) if e.cameo.code == "042"]
    return event


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Officials are preparing for the first Kenya visit by the French president.", "FRAGOV",
     "KEN"),
    ("The Brazilian president made a Kenya visit last year.", "BRAGOV", "KEN"),
    # A possessive or an adjective is the visitor.
    ("Kenya's visit to France went well.", "KEN", "FRA"),
    ("The French visit to Kenya went well.", "FRA", "KEN"),
])
def test_a_compounded_country_is_the_destination_of_a_visit(
        coder: Coder, text: str, source: str, target: str) -> None:
    event = visit(coder, text)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.code == target


def test_a_compounded_country_of_another_act_is_still_its_source(coder: Coder) -> None:
    (event,) = [e for e in coder.code("The Kenya talks with the French envoy ended.")
                if e.cameo.code.startswith("04")]
    assert event.source is not None and event.source.code == "KEN"


def coded_as(coder: Coder, text: str, prefix: str) -> Event:
    (event,) = [e for e in coder.code(text) if e.cameo.code.startswith(prefix)]
    return event


@pytest.mark.parametrize(("text", "prefix", "target"), [
    ("Opposition leader Ivan Petrov flew home on Sunday. Canada condemned his arrest.", "173",
     "OPP"),
    ("The Kenyan foreign minister's assassination stunned the region.", "186", "KENGOV"),
    ("Doctors in Ghana protested against their detention.", "173", "GHAHLH"),
])
def test_the_possessor_of_an_act_undergone_is_its_target(
        coder: Coder, text: str, prefix: str, target: str) -> None:
    event = coded_as(coder, text, prefix)
    assert event.target is not None and event.target.code.endswith(target)
    assert event.source is None or event.source.code != event.target.code


@pytest.mark.parametrize(("text", "prefix", "source"), [
    # An "of" phrase names who undergoes it: the possessor releases.
    ("Kenya's release of the fishermen eased tensions.", "084", "KEN"),
    # An agentive noun keeps its possessor as the doer.
    ("Kenya's attack on the border post killed two guards.", "19", "KEN"),
])
def test_the_possessor_of_an_act_done_stays_its_source(
        coder: Coder, text: str, prefix: str, source: str) -> None:
    event = coded_as(coder, text, prefix)
    assert event.source is not None and event.source.code == source


def test_an_own_possessor_is_the_doer(coder: Coder) -> None:
    event = coded_as(coder, "The guerrillas were haunted by their own killings.", "19")
    assert event.source is not None and event.source.text == "The guerrillas"
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("During a phone call with Erdogan, Scholz urged restraint.", "DEUGOV", "TURGOV"),
        ("At talks with Kenya on Monday, Uganda agreed to reopen the border.", "UGA", "KEN"),
        ("After a meeting with the Chinese foreign minister, the Kenyan president left.",
         "KENGOV", "CHNGOV"),
    ],
)
def test_the_subject_of_a_clause_set_at_a_meeting_with_someone_is_its_other_side(
    coder: Coder, text: str, source: str, target: str
) -> None:
    event = coded_as(coder, text, "04")
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.code == target


def test_a_meeting_with_no_partner_or_a_passive_clause_gives_no_side(coder: Coder) -> None:
    bare = coded_as(coder, "After the meeting, the Kenyan president left for Nairobi.", "04")
    assert bare.source is None
    passive = coded_as(coder, "During talks with Hamas, Israeli envoys were told to wait.", "04")
    assert passive.source is None


@pytest.mark.parametrize(("text", "source"), [
    ("Peru's government has ramped up arrests of smugglers.", "PERGOV"),
    ("Chilean police redoubled their arrests of looters.", "CHLCOP"),
])
def test_the_subject_of_a_verb_of_raising_an_act_does_it(
        coder: Coder, text: str, source: str) -> None:
    (event,) = [e for e in coder.code(text) if e.cameo.root == "17"]
    assert event.source is not None and event.source.code == source
