"""Events placed by the article's dateline ("KABUL, March 3 (Reuters) -", "MOSCOW —").

A wire story's dateline names where it was filed, which is often but not always where its lead
events happened: a Washington-datelined story may report a strike in Syria or a meeting in
Hanoi. So the dateline places only events for which a coder would take it for granted
(``dateline`` in ``data/locations.yaml``):

* the dateline is a paragraph of its own kind (``segmenter.dateline_end``: an upper-case opening
  word and a dash or an agency colon) among the article's first paragraphs, and it names one
  gazetteer place, written first and whole ("NEW YORK/WASHINGTON" names two: none);
* the event is in the lead: the dateline's own paragraph, at most its first sentences (a page
  that lost its paragraph breaks runs on for the whole story); it has no place of its own and
  occurred (a planned meeting's place is not yet known);
* it is an act in words or a meeting (``codes``: statements, appeals, intentions,
  consultations, praise, demands, criticism, rejections, threats), not a visit, whose source
  belongs to the dateline's country ("WASHINGTON - The Pentagon said ...");
* a meeting's other side or any other act's target, when it has a country, belongs there too
  (an act in words may address or be about anyone: "WASHINGTON - Pence accused China ..." was
  said in Washington; a meeting with a foreign leader may be abroad).

Acts of force and other material acts are left unplaced: a dateline covers a whole country's
news, and the town it names is seldom the scene of an ambush or an arrest reported without one.
The event keeps the dateline's place name and character offsets in ``extra["dateline"]``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire.pipeline.event_places import location_rules
from eventwire.pipeline.mentions import PlaceMention
from eventwire.pipeline.segmenter import dateline_end, paragraph_starts
from eventwire.records import Event, Location, Span

OCCURRED = "occurred"
DATELINE_KEY = "dateline"
# Tokens that may follow a dateline's place name: its qualifier's comma, the agency's bracket,
# the dash or the colon (any other word means the place is only part of the name).
NAME_ENDS = frozenset({",", "(", ":", "-", "--", "\u2013", "\u2014"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline's place and the token range of the lead paragraph it heads."""

    place: PlaceMention
    lead_start: int
    lead_end: int


def find_dateline(doc: Doc) -> Dateline | None:
    """The article's dateline among its first paragraphs (module docstring), if any."""
    rules = location_rules().dateline
    starts = paragraph_starts(doc)
    for number, start in enumerate(starts[:rules.paragraphs]):
        after = dateline_end(doc, start)
        if after is None:
            continue
        places = [p for p in doc._.ew_places or () if start <= p.start < after]
        if not places or places[0].start != start:
            continue  # a caption's "FILE PHOTO -", a transcript's "NAME, HOST:"
        place = places[0]
        if len(places) > 1 or place.end >= after or doc[place.end].text not in NAME_ENDS:
            return None
        following = [s for s in starts[number + 1:] if s > after]
        end = following[0] if following else len(doc)
        return Dateline(place, after, _lead_end(doc, after, end, rules.sentences))
    return None


def _lead_end(doc: Doc, start: int, end: int, count: int) -> int:
    """The end of the lead: the paragraph after the dateline, at most its first ``count``
    sentences (where a page lost its paragraph breaks, the paragraph is the whole story)."""
    sentences = [s for s in doc.sents if start <= s.start < end]
    return min(end, sentences[count - 1].end) if len(sentences) >= count else end


def dateline_places(doc: Doc, events: list[Event], location: Location, span: Span,
                    dateline: Dateline) -> list[Event]:
    """``events`` with those the dateline places (module docstring) given its ``location`` and
    the character ``span`` of its place name."""
    lead = (doc[dateline.lead_start].idx,
            doc[dateline.lead_end - 1].idx + len(doc[dateline.lead_end - 1]))
    country = dateline.place.country
    placed = []
    for event in events:
        if lead[0] <= event.evidence.start < lead[1] and placed_by_dateline(event, country):
            extra = {**event.extra, DATELINE_KEY: span.to_dict()}
            event = replace(event, location=location, extra=extra)
        placed.append(event)
    return placed


def placed_by_dateline(event: Event, country: str | None) -> bool:
    """Whether an event of the lead with this code, status and actors is placed by a dateline
    in ``country`` (module docstring)."""
    rules = location_rules()
    code = event.cameo.code
    if event.location is not None or event.status != OCCURRED or country is None:
        return False
    if not code.startswith(rules.dateline.codes) or code.startswith(rules.destination_codes):
        return False
    if event.source is None or event.source.country != country:
        return False
    target = event.target
    foreign = target is not None and target.country is not None and target.country != country
    return not foreign or code.startswith(rules.own_clause_codes)


__all__ = ["Dateline", "dateline_places", "find_dateline", "placed_by_dateline"]
