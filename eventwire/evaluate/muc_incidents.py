"""Predicted incidents: our events of one report grouped as the MUC-4 keys group mentions.

The MUC-4 template documentation (section 5) gives one template per incident: a report that
mentions an incident several times ("a bomb exploded at the bank", "the explosion destroyed
the building", "the guerrillas who set off the bomb") has one template, and a *separate
instance* is one that differs in location, date, category or perpetrator, or that is another
type of incident. So our relevant events of one report are grouped the same way before
precision is counted: an event joins the first incident (in text order) that it does not
contradict, and starts a new one otherwise. An event contradicts an incident when

- its incident type (``event_incident_types`` in ``muc.yaml``: 181 kidnapping, 183 bombing,
  else attack) is not the incident's nor compatible with it (``compatible_incident_types``:
  an attack told without its means contradicts neither a bombing nor a kidnapping);
- both name a place, and the places differ (names folded; a country-level place agrees with
  every place in that country);
- both are dated from the text, and the days differ (at the coarser of the two precisions);
- both name a perpetrator (the source), and the perpetrators are not coreferent: neither the
  same actor code nor a shared content word ("the FMLN" and "FMLN urban commandos").

Targets do not separate incidents (section 5: "attacks by rebels on ten power stations" is
one template). An event that names nothing contradicts nothing, so it joins the incident of
its type before it (the earlier rule of merging bare events is the special case).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.evaluate.muc_keys import MucData, content_tokens, fold_text
from eventwire.records import Actor, Event, Location

PUBLICATION = "publication"
COUNTRY_PRECISION = "country"
REGION_PRECISION = "region"
PRECISION_LENGTH = {"day": 10, "week": 10, "month": 7, "year": 4}


def incident_type(event: Event, data: MucData) -> str:
    """The MUC incident type our event reports: the longest matching code prefix, else attack."""
    code = event.cameo.code
    prefixes = [prefix for prefix in data.event_incident_types if code.startswith(prefix)]
    if not prefixes:
        return data.default_incident_type
    return data.event_incident_types[max(prefixes, key=len)]


def types_compatible(first: str, second: str, data: MucData) -> bool:
    return first == second or sorted((first, second)) in (
        sorted(pair) for pair in data.compatible_incident_types)


def place_key(location: Location | None) -> tuple[str | None, str] | None:
    """(country, folded name) of a place, name empty for a country-level place; None for no
    place or a region of several countries ("Central America"), which contradicts no place."""
    if location is None or location.precision == REGION_PRECISION:
        return None
    name = location.name or location.text
    if location.precision == COUNTRY_PRECISION:
        return (location.country, "")
    return (location.country, " ".join(fold_text(name).split()))


def places_agree(first: tuple[str | None, str], second: tuple[str | None, str]) -> bool:
    if first == second:
        return True
    if not first[1] or not second[1]:
        return first[0] is not None and first[0] == second[0]
    return False


def date_key(event: Event) -> str | None:
    """The event's date from the text, cut to its precision; None when only the report's."""
    if event.date is None or event.date_precision == PUBLICATION:
        return None
    return event.date[: PRECISION_LENGTH.get(event.date_precision, len(event.date))]


def dates_agree(first: str, second: str) -> bool:
    size = min(len(first), len(second))
    return first[:size] == second[:size]


def coreferent(first: Actor, second: Actor) -> bool:
    """The same actor code, the same sector of no other country ("the guerrillas", "the
    FMLN"), or a content word in common ("the FMLN", "FMLN urban commandos")."""
    if first.code and first.code == second.code:
        return True
    if first.sector and first.sector == second.sector and (
            not first.country or not second.country or first.country == second.country):
        return True
    return bool(actor_tokens(first) & actor_tokens(second))


def actor_tokens(actor: Actor) -> frozenset[str]:
    return content_tokens(f"{actor.text} {actor.name or ''}")


@dataclass(slots=True)
class Incident:
    """One predicted incident: the events taken as mentions of it and their merged fills."""

    type: str
    events: list[Event] = field(default_factory=list)
    places: list[tuple[str | None, str]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    perpetrators: list[Actor] = field(default_factory=list)

    def admits(self, event: Event, data: MucData) -> bool:
        """The event contradicts none of the incident's type, places, dates and perpetrators."""
        if not types_compatible(self.type, incident_type(event, data), data):
            return False
        place, when, source = place_key(event.location), date_key(event), event.source
        if place is not None and any(not places_agree(place, p) for p in self.places):
            return False
        if when is not None and any(not dates_agree(when, d) for d in self.dates):
            return False
        return source is None or all(coreferent(source, p) for p in self.perpetrators)

    def add(self, event: Event, data: MucData) -> None:
        self.events.append(event)
        if self.type == data.default_incident_type:
            self.type = incident_type(event, data)
        place, when = place_key(event.location), date_key(event)
        if place is not None and place not in self.places:
            self.places.append(place)
        if when is not None and when not in self.dates:
            self.dates.append(when)
        if event.source is not None:
            self.perpetrators.append(event.source)


def text_order(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda event: (event.sentence, event.trigger.start))


def group_incidents(events: Sequence[Event], data: MucData) -> list[Incident]:
    """Our events of one report grouped into predicted incidents (see the module docstring)."""
    incidents: list[Incident] = []
    for event in text_order(events):
        home = next((incident for incident in incidents if incident.admits(event, data)), None)
        if home is None:
            home = Incident(type=incident_type(event, data))
            incidents.append(home)
        home.add(event, data)
    return incidents
