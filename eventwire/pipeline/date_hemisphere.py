"""The hemisphere a season word is of (part of ``ew_dates``).

"This summer" is June to August in the north and December to February in the south
(``seasons`` in ``dates.yaml`` are the northern ones). A season is of the hemisphere of the
countries its sentence is about: the countries of the sentence's places (``ew_places``), or,
with no place of a known country, of its actors (``ew_actors``). When all of them lie in the
south (``southern_countries``) the season's months are the northern ones six months on ("the
Australian army will hold exercises this winter": June to August); when the sentence names
countries of both hemispheres the season is left without a date; with none, it is northern.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Doc, Span

from eventwire.pipeline.date_patterns import DatesData
from eventwire.pipeline.mentions import ActorMention, PlaceMention

Hemisphere = Literal["north", "south", "both"]
HALF_YEAR = 6


def hemisphere(span: Span, data: DatesData) -> Hemisphere:
    """The hemisphere of the countries ``span``'s sentence is about (module docstring)."""
    sent, doc = span.sent, span.doc
    places = _countries(doc._.ew_places if Doc.has_extension("ew_places") else None, sent)
    actors = doc._.ew_actors if Doc.has_extension("ew_actors") else None
    countries = places or _countries(actors, sent)
    southern = {country in data.southern_countries for country in countries}
    if southern == {True}:
        return "south"
    return "both" if southern == {True, False} else "north"


def _countries(
    mentions: Iterable[PlaceMention | ActorMention] | None, sent: Span
) -> set[str]:
    """The countries of the ``mentions`` (places or actors) within ``sent``."""
    return {m.country for m in mentions or ()
            if m.country and sent.start <= m.start and m.end <= sent.end}


def southern_months(months: tuple[int, int]) -> tuple[int, int]:
    """The months of a northern season's southern namesake: six months on."""
    first, last = months
    return (first + HALF_YEAR - 1) % 12 + 1, (last + HALF_YEAR - 1) % 12 + 1


__all__ = ["Hemisphere", "hemisphere", "southern_months"]
