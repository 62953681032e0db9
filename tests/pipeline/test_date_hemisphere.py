"""``date_hemisphere``: a season of a sentence about southern countries is the southern one
(real model; places and actors set by hand)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

import eventwire.pipeline.actors  # noqa: F401  (registers doc._.ew_actors)
import eventwire.pipeline.places  # noqa: F401  (registers doc._.ew_places)
from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_hemisphere import southern_months
from eventwire.pipeline.dates import DatesComponent, make_dates
from eventwire.pipeline.mentions import ActorMention, PlaceMention

PUBLISHED = date(2024, 3, 6)


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def season_date(
    nlp: Language, component: DatesComponent, text: str, places: dict[str, str],
    actors: dict[str, str],
) -> tuple[str, str] | None:
    """The date of the season of ``text``, its places and actors given as words: country."""
    doc = set_published(nlp(text), PUBLISHED)

    def span_of(words: str) -> tuple[int, int]:
        start = next(t.i for t in doc if t.text == words.split()[0])
        return start, start + len(words.split())

    doc._.ew_places = [PlaceMention(*span_of(w), w, c, None, None, None, "country")
                       for w, c in places.items()]
    doc._.ew_actors = [ActorMention(*span_of(w), span_of(w)[0], c, country=c)
                       for w, c in actors.items()]
    component(doc)
    found = [(m.date, m.precision) for m in doc._.ew_dates]
    return found[0] if found else None


def test_southern_months_are_six_months_on() -> None:
    assert southern_months((6, 8)) == (12, 2)
    assert southern_months((12, 2)) == (6, 8)
    assert southern_months((3, 5)) == (9, 11)


@pytest.mark.parametrize(("text", "places", "actors", "expected"), [
    # a northern winter runs across a new year and dates nothing; a southern one is June-August
    ("The navy will hold exercises near Darwin this winter.", {"Darwin": "AUS"}, {},
     ("2024-01-01", "year")),
    ("The navy will hold exercises near Brest this winter.", {"Brest": "FRA"}, {}, None),
    # with no place, the actors' countries decide
    ("Chile will hold elections this winter.", {}, {"Chile": "CHL"}, ("2024-01-01", "year")),
    # a southern summer runs across a new year
    ("Chile will hold elections this summer.", {}, {"Chile": "CHL"}, None),
    ("France will hold elections this summer.", {}, {"France": "FRA"}, ("2024-01-01", "year")),
    # the places come before the actors
    ("France will send ships to Sydney this winter.", {"Sydney": "AUS"}, {"France": "FRA"},
     ("2024-01-01", "year")),
    # countries of both hemispheres leave the season undated
    ("Brazil and Spain will hold talks this summer.", {},
     {"Brazil": "BRA", "Spain": "ESP"}, None),
])
def test_a_season_is_of_the_hemisphere_of_its_sentence(
    nlp: Language, component: DatesComponent, text: str, places: dict[str, str],
    actors: dict[str, str], expected: tuple[str, str] | None,
) -> None:
    assert season_date(nlp, component, text, places, actors) == expected
