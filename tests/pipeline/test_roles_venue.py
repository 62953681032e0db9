"""The place of a meeting is its venue, whatever is done about the meeting (``meeting_nouns`` and
``venue_codes`` of roles.yaml, ``support.held_there``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.pipeline.test_roles import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # Halting, postponing, leaving or judging a meeting is not an act towards its host.
        ("Chile broke off the negotiations in Lima.", "16", {("CHL", None)}),
        ("Ghana postponed the Accra summit.", "16", {("GHA", None)}),
        ("Serbia walked out of the conference in Vienna.", "16", {("SRB", None)}),  # 164
        ("Peru criticized the summit in Brasilia.", "11", {("PER", None)}),
        # An attack on a meeting keeps its place as the target, as for any attack.
        ("Rebels shelled a meeting in Mogadishu.", "19", {("REB", "SOMCVL")}),
    ],
)
def test_a_meetings_place_is_its_venue_not_the_target(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2023-05-01")
    assert pairs(events, root) == expected


def test_the_venue_stays_the_events_location(coder: Coder) -> None:
    events = coder.code("Chile broke off the negotiations in Lima.", published="2023-05-01")
    halted = [e for e in events if e.cameo.root == "16"]
    assert halted and all(e.location is not None and e.location.country == "PER"
                          for e in halted)


def test_a_visit_keeps_its_place_as_the_target(coder: Coder) -> None:
    events = coder.code("Turkey cancelled its visit to Riga.", published="2023-05-01")
    assert ("TUR", "LVAGOV") in pairs(events, "04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place in the phrase of an occasion of speaking is where it was said, whatever
        # preposition or verb the occasion hangs on.
        ("The envoy said during an interview at the Kenyan embassy that the talks were over.",
         {("GOV", None)}),
        ("The premier told his weekly news conference at the Kenyan embassy that the deal was "
         "good.", {("GOV", None)}),
        ("The senator said in a speech to a rally at the Kenyan embassy that the budget was "
         "fair.", {("LEG", None)}),
        # An addressee is whom it was told, wherever it was told.
        ("The premier told Kenyan officials at the embassy that the deal was good.",
         {("GOV", "KENGOV")}),
    ],
)
def test_the_place_of_an_occasion_of_speaking_is_no_target(
    coder: Coder, text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2023-05-01")
    assert pairs(events, "01") == expected, [(e.cameo.code, e.source, e.target) for e in events]


def test_a_third_locations_place_is_no_side(coder: Coder) -> None:
    # A photo caption: the embassy where the news conference is held is no party to it.
    events = coder.code("Kenyan Foreign Minister Jane Doe attends a news conference at the "
                        "Ugandan Embassy in Nairobi.", published="2023-05-01")
    assert pairs(events, "04") == {("KENGOV", None)}


def test_the_country_of_a_third_locations_town_is_no_side_either(coder: Coder) -> None:
    events = coder.code("Kenyan Foreign Minister Jane Doe attends a news conference at the "
                        "Ugandan Embassy in Kampala, Uganda.", published="2023-05-01")
    assert pairs(events, "04") == {("KENGOV", None)}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # A seat of government or a capital named after the person addressed is the venue.
        ("The Kenyan president invited the Ugandan premier to the Kremlin for talks.", "03",
         {("KENGOV", "UGAGOV")}),
        ("The Kenyan president welcomed the Ugandan premier to Nairobi on Monday.", "04",
         {("KENGOV", "UGAGOV")}),
        ("The Ugandan premier told reporters on Capitol Hill that the deal was fair.", "01",
         {("UGAGOV", "MED")}),
        # A visit made goes to the place: what the source sends there is its own.
        ("The Kenyan president will send a delegation to Kampala.", "04",
         {("KENGOV", None), ("KENGOV", "UGAGOV")}),
        # With no actor object the place may be the party addressed; as a subject it acts.
        ("The Ugandan premier appealed to the White House for aid.", "02",
         {("UGAGOV", "USAGOV")}),
        ("The White House told the Ugandan premier that the deal was fair.", "01",
         {("USAGOV", "UGAGOV")}),
    ],
)
def test_a_place_after_the_person_addressed_is_the_venue(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2023-05-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The Kenyan president met the Ugandan premier at the United Nations on Monday.",
    "The Kenyan president met the Ugandan premier at the NATO summit on Monday.",
])
def test_an_intergovernmental_body_after_the_person_met_is_the_venue(
    coder: Coder, text: str
) -> None:
    """An intergovernmental body, or one compounded onto the meeting, is where the meeting was
    held, whatever code the meeting gets."""
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.code[:2] in
              ("03", "04")]
    assert events
    assert {(e.source and e.source.code, e.target and e.target.code) for e in events} == {
        ("KENGOV", "UGAGOV")}
