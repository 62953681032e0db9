"""The MUC-4 keys' relevance rules, applied to our predicted incidents.

The rules are those the key writers applied to the text (MUC-4 template documentation
``template-doc-part1.v7``, section 1.0). They are rules about *incidents*, so they are applied to
a predicted incident (our events grouped by :mod:`eventwire.evaluate.muc_incidents`), judging
it by all of its mentions: a guerrilla attack on a police post that also killed two civilians
is relevant (rule 1: "if a guerrilla warfare incident happens to affect civilian personnel or
property ... the incident becomes relevant"), though its first mention names only the police.
In order (``INCIDENT_RULES``):

- ``armed_target``: a mention names an armed force or illegal group as target
  (``armed_sectors``) and no mention shows another target: none names a civilian target, and
  none is a bombing without a named target (``property_incident_types``: its target is often
  property, which our coder does not name as an actor; rules 1 and 3).
- ``not_recent``: a mention is dated more than ``recent_days`` before the report (rule 6).
- ``foreign``: its places are outside the nine countries and no actor belongs to them (rule 4).
- ``generic``: every mention is a plural or simple-present word (rule 7).
- ``combat``: every mention is a word for combat between armed parties or for a campaign
  (``combat_words``: "clashes", "fighting", "the war", "the offensive"; rule 1, exception b,
  and rule 7).
- ``not_an_incident_type``: every mention is of a code that is none of the MUC incident types
  (``non_incident_codes``: blockading or occupying territory).
- ``unspecified_without_target``: no target, and the incident is an attack of no specific
  means (``untargeted_types``) or every mention is unspecified violence (rule 7).

A place name is not a target (rule 7: "any location name that is on the set list cannot serve
as a target ID"): an event whose target is a place ("attacks on San Salvador") has no target
for these rules, and the place is its location for matching.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from eventwire.evaluate.muc_incidents import Incident, incident_type
from eventwire.evaluate.muc_keys import MucData
from eventwire.knowledge.gazetteer import gazetteer
from eventwire.records import Actor, Event

ARTICLES = ("the ", "a ", "an ")
# Sectors of a target that may still be a bare place: none, or the people a place stands for.
PLACE_SECTORS = frozenset({None, "CVL"})
PUBLICATION = "publication"


def bare_name(text: str) -> str:
    lowered = text.strip()
    for article in ARTICLES:
        if lowered.lower().startswith(article):
            return lowered[len(article):]
    return lowered


def is_place_name(actor: Actor | None) -> bool:
    """The actor is a place of the gazetteer ("San Salvador", "Peru"), not a group of people:
    no sector, or the civilians a place named alone stands for as a target (``place_targets``:
    "shelled San Miguel" is SLVCVL), and its words name a place."""
    return actor is not None and actor.sector in PLACE_SECTORS and bool(
        gazetteer().lookup(bare_name(actor.text)))


def target_of(event: Event) -> Actor | None:
    """The event's target, unless it is a place name (rule 7)."""
    return None if is_place_name(event.target) else event.target


def is_clash(event: Event, data: MucData) -> bool:
    """The target is an armed force or illegal group (military, police, guerrillas, drug
    traffickers): a guerrilla act, a clash or an attack on another illegal group, not a
    terrorist incident (MUC-4 relevance rule 1, exceptions a and b; rule 3). A former member
    ("a retired general", ``former_words``) is not: rule 1 includes "a murder perpetrated
    against a retired general"."""
    target = target_of(event)
    if target is None or target.sector not in set(data.armed_sectors):
        return False
    return not set(target.text.lower().replace("-", " ").split()) & set(data.former_words)


def is_old(event: Event, published: date | None, data: MucData) -> bool:
    """Dated (from the text) more than ``recent_days`` before the report (rule 6)."""
    if published is None or event.date is None or event.date_precision == PUBLICATION:
        return False
    try:
        when = date.fromisoformat(event.date)
    except ValueError:
        return False
    return when < published - timedelta(days=data.recent_days)


def is_foreign(event: Event, data: MucData) -> bool:
    """Placed outside the countries of interest, and no actor belongs to them (rule 4).

    An event without a known place is not foreign: the reports are about the nine countries,
    and an attack on a foreign embassy there belongs to them. Only a place named at a precision
    of ``foreign_place_precisions`` (a country) counts: the gazetteer lacks most towns of the
    nine countries, so a town there is often read as a namesake abroad ("San Francisco").
    """
    location = event.location
    if location is None or location.precision not in data.foreign_place_precisions:
        return False
    place = location.country
    if not place or place in data.countries_of_interest:
        return False
    actors = {actor.country for actor in (event.source, event.target) if actor and actor.country}
    return not actors & set(data.countries_of_interest)


def is_generic(event: Event, data: MucData) -> bool:
    """The trigger word is plural or simple present ("attacks", "murders", "kills"): a class
    of incidents or a habit, a generic or summary description, not one incident (rule 7)."""
    words = event.trigger.text.split()
    word = words[0].lower() if words else ""
    return (
        len(word) >= data.plural_min_length
        and word.endswith(data.plural_ending)
        and not word.endswith(tuple(data.not_plural_endings))
    )


def is_unspecified(event: Event, data: MucData) -> bool:
    """Unspecified violence (CAMEO 180, 190, 200) without a target: the event indicates neither
    the nature of the attack nor of the target ("an attack perpetrated by a subversive group"
    is the documentation's example of a reference too vague for a template; rule 7)."""
    return target_of(event) is None and event.cameo.code in data.unspecified_codes


def is_other_type(event: Event, data: MucData) -> bool:
    """A code that is none of the MUC incident types (blockade, occupation of territory)."""
    return event.cameo.code.startswith(tuple(data.non_incident_codes))


def is_combat(event: Event, data: MucData) -> bool:
    """The trigger names combat between armed parties or a campaign ("war", "fighting",
    "clashes", "offensive"): a clash (rule 1, exception b) or a summary (rule 7)."""
    words = event.trigger.text.lower().split()
    return bool(words) and words[0] in data.combat_words


def untargeted(incident: Incident, data: MucData) -> bool:
    """No mention names a target, and the incident is of a general type (an attack of no
    specific means) or every mention is unspecified violence: "an attack perpetrated by a
    subversive group" is the documentation's example of a reference that gives no template."""
    if any(target_of(event) is not None for event in incident.events):
        return False
    return incident.type in data.untargeted_types or all(
        event.cameo.code in data.unspecified_codes for event in incident.events)


def armed_only(incident: Incident, data: MucData) -> bool:
    """Some mention names an armed target and no mention shows another one: no civilian
    target, and no bombing of an unnamed target (buildings, pylons and vehicles are not actors,
    so a bombing without one may well have hit property; rule 3: targets not exclusively
    military)."""
    return any(is_clash(event, data) for event in incident.events) and not any(
        other_target(event, data) for event in incident.events)


def other_target(event: Event, data: MucData) -> bool:
    target = target_of(event)
    if target is None:
        return incident_type(event, data) in data.property_incident_types
    return not is_clash(event, data)


def foreign_only(incident: Incident, data: MucData) -> bool:
    placed = [event for event in incident.events if event.location and event.location.country]
    return bool(placed) and all(is_foreign(event, data) for event in placed) and not any(
        actor.country in data.countries_of_interest
        for event in incident.events for actor in (event.source, event.target)
        if actor is not None)


IncidentRule = Callable[[Incident, date | None, MucData], bool]


def all_mentions(test: Callable[[Event, MucData], bool]) -> IncidentRule:
    return lambda incident, _, data: all(test(event, data) for event in incident.events)


INCIDENT_RULES: tuple[tuple[str, IncidentRule], ...] = (
    ("armed_target", lambda incident, _, data: armed_only(incident, data)),
    ("not_recent", lambda incident, published, data: any(
        is_old(event, published, data) for event in incident.events)),
    ("foreign", lambda incident, _, data: foreign_only(incident, data)),
    ("generic", all_mentions(is_generic)),
    ("combat", all_mentions(is_combat)),
    ("not_an_incident_type", all_mentions(is_other_type)),
    ("unspecified_without_target", lambda incident, _, data: untargeted(incident, data)),
)


def relevance_rule(incident: Incident, published: date | None, data: MucData) -> str | None:
    """The first relevance rule that leaves the incident out, or None when it is relevant."""
    return next((name for name, test in INCIDENT_RULES if test(incident, published, data)), None)
