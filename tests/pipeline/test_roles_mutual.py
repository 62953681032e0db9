"""Coordinated subjects: each other's sides only in acts mutual by nature (``mutual_codes``,
``mutual_words`` and ``reciprocal_pronouns`` of roles.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.pipeline.test_roles import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def assert_pairs(coder: Coder, text: str, root: str,
                 expected: set[tuple[str | None, str | None]]) -> None:
    events = coder.code(text, published="2022-03-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.trigger.text, e.source, e.target)
                                              for e in events]


def both_ways(a: str, b: str) -> set[tuple[str | None, str | None]]:
    return {(a, b), (b, a)}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Kenya and Uganda met in Kampala on Tuesday.", "04", both_ways("KEN", "UGA")),
        ("Ghana and Togo held talks on their shared border.", "04", both_ways("GHA", "TGO")),
        ("Chile and Peru negotiated for three days.", "04", both_ways("CHL", "PER")),
        ("India and Pakistan agreed to resume talks.", "03", both_ways("IND", "PAK")),
        ("Kenya and Uganda signed a trade agreement.", "03", both_ways("KEN", "UGA")),
        ("Armenian and Azerbaijani troops clashed along the border.", "19",
         both_ways("ARMMIL", "AZEMIL")),
        # Agreeing, or failing to reach an agreement (the deal, negated: bare 'fail' is no
        # rejection), is between the coordinated subjects.
        ("Sudan and Chad agreed to a truce on Friday.", "03", both_ways("SDN", "TCD")),
        ("Ghana and Togo failed to reach a deal on fishing rights.", "05",
         both_ways("GHA", "TGO")),
        # The sides of a mutual act are each other's: a country in its phrase is its topic or
        # its purpose, not a third side.
        ("Peru and Chile held talks on the Bolivian question.", "04", both_ways("PER", "CHL")),
        ("Spain and Morocco agreed to share information on Algeria.", "03",
         both_ways("ESP", "MAR")),
        ("Spain and Morocco signed an accord to curb migration to Italy.", "05",
         both_ways("ESP", "MAR")),
        # Two subjects of one code are one side.
        ("French soldiers and paratroopers fought in the desert.", "19", {("FRAMIL", None)}),
        # Not mutual by its code, but done to "each other".
        ("Kenya and Uganda accused each other of violating the truce.", "11",
         both_ways("KEN", "UGA")),
    ],
)
def test_mutual_acts_make_coordinated_subjects_each_others_sides(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert_pairs(coder, text, root, expected)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Kenya and Uganda called for a ceasefire.", "02", {("KEN", None), ("UGA", None)}),
        ("Egypt and Jordan praised the agreement on Sunday.", "05",
         {("EGY", None), ("JOR", None)}),
        ("Britain and France warned of new sanctions.", "13", {("GBR", None), ("FRA", None)}),
        ("Germany and Italy promised humanitarian aid.", "03", {("DEU", None), ("ITA", None)}),
        # The target comes from the object or the phrase, as for one subject.
        ("Kenya and Uganda condemned Sudan.", "11", {("KEN", "SDN"), ("UGA", "SDN")}),
        ("Kenya and Uganda appealed for calm in Sudan.", "02", {("KEN", "SDN"), ("UGA", "SDN")}),
    ],
)
def test_other_acts_have_each_subject_as_a_source(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert_pairs(coder, text, root, expected)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Kenya and Uganda met in Kampala. They signed a trade agreement.", "03",
         both_ways("KEN", "UGA")),
        ("Kenya and Uganda met in Kampala. They condemned Sudan.", "11",
         {("KEN", "SDN"), ("UGA", "SDN")}),
        ("France and Germany criticised Russia. Moscow rejected them.", "12",
         {("RUSGOV", "FRA"), ("RUSGOV", "DEU")}),
        # A complement clause's plural speaker with two nationalities is both of them.
        ("Greek and Turkish diplomats said they would meet again in June.", "04",
         both_ways("GRCGOV", "TURGOV")),
        # A plural group named after the pair is the nearer antecedent.
        ("Kenya and Uganda condemned the rebels. They attacked a village.", "19",
         {("REB", None)}),
    ],
)
def test_they_after_a_coordinated_pair_stands_for_both(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    events = [e for e in events if e.sentence == max(x.sentence for x in events)]
    assert pairs(events, root) == expected, [(e.cameo.code, e.trigger.text, e.source, e.target)
                                              for e in events]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # What the sides exchange is no target: they are each other's.
        ("Ethiopia and Eritrea exchanged prisoners on Sunday.", "08", both_ways("ETH", "ERI")),
        ("Armenia swapped detainees with Azerbaijan.", "08", {("ARM", "AZE")}),
        # The "of" phrase of an exchange noun is what is exchanged too.
        ("Ethiopia and Eritrea carried out an exchange of prisoners.", "08",
         both_ways("ETH", "ERI")),
        ("Ethiopia and Eritrea agreed to an exchange of detainees.", "03",
         both_ways("ETH", "ERI")),
        ("Serbia and Kosovo exchanged fire near the border.", "19", both_ways("SRB", "XKX")),
        # Firing is no mutual act: two shooters, not each other's targets.
        ("Sudan and Chad fired across the border.", "19", {("SDN", None), ("TCD", None)}),
    ],
)
def test_what_the_sides_exchange_is_no_target(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert_pairs(coder, text, root, expected)
