"""The country of an unqualified domestic actor, from the other side of its event.

A state's authorities act on their own people: in "the Mozambique government accepted demands
from rebels", "Egyptian police dispersed demonstrators" or "rebels in the Ivory Coast dismissed
an appeal from the president", the rebels, the demonstrators and the president are of the
country of the other side, as a CAMEO coder reads them. The rule applies when one side has a
country and a sector, the other a sector only (its code is a bare sector: ``REB``, ``OPP``,
``GOV``), both sectors are domestic ones, at least one is an authority (government, police,
judiciary, legislature) and they are not both governments (two governments meet across
borders). Countries, militaries and international bodies give no country to the other side:
troops and states act abroad. Neither do a state's agents abroad (``roles.yaml``
``abroad_words``): "militants stormed the French embassy" names no French militants. The sector
and word lists are data (``roles.yaml``).

Only an actor named by a common noun is unqualified: an entity the dictionaries name (it has a
knowledge-base id) has the country its entry gives, and an entry with no country is of no country.
"The Iranian foreign minister told the Financial Times" gives the newspaper no Iranian country:
an independent outlet (``media.yaml``) is of no state, whoever speaks to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from eventwire.knowledge.actors import NON_COUNTRY_PREFIXES
from eventwire.pipeline.mentions import ActorMention

GOVERNMENT = "GOV"
SECTOR_LENGTH = 3


def _bare_sector(mention: ActorMention) -> bool:
    """A mention coded by its sectors alone ("rebels": REB, "the opposition newspaper": OPPMED,
    sector MED), not an international body ("IGOUNOREFHCR", sector REF) nor a dictionary entity
    ("the Financial Times": MED, of no country)."""
    code, sector = mention.code or "", mention.sector
    if mention.country is not None or mention.kb_id is not None or not code or not sector:
        return False
    if code.startswith(NON_COUNTRY_PREFIXES):
        return False
    parts = {code[i : i + SECTOR_LENGTH] for i in range(0, len(code), SECTOR_LENGTH)}
    return sector in parts


def _domestic_link(known: ActorMention, other: ActorMention, domestic: frozenset[str],
                   authorities: frozenset[str]) -> bool:
    sectors = (known.sector, other.sector)
    if not known.country or not known.sector or not _bare_sector(other):
        return False
    if any(s not in domestic for s in sectors) or not any(s in authorities for s in sectors):
        return False
    return sectors != (GOVERNMENT, GOVERNMENT)


def _in_country(mention: ActorMention, country: str) -> ActorMention:
    return replace(mention, country=country, code=f"{country}{mention.code}")


def domestic_pair(
    source: ActorMention | None, target: ActorMention | None,
    domestic: frozenset[str], authorities: frozenset[str],
    abroad: Callable[[ActorMention], bool] | None = None,
    audience: Callable[[ActorMention], bool] | None = None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """``source`` and ``target``, the bare-sector one placed in the other's country when the
    two are a domestic pair (module docstring). ``abroad`` tells a state's agent abroad (an
    embassy, an envoy): such a pair is never domestic. ``audience`` tells an actor that takes
    no country from the other side, though it may give its own (the press a statement is told
    to, ``audience_sectors`` of ``roles.yaml``: "the minister told reporters" names no
    reporters of the minister's country)."""
    if source is None or target is None:
        return source, target
    if abroad is not None and (abroad(source) or abroad(target)):
        return source, target
    taker = audience or (lambda _: False)
    if _domestic_link(source, target, domestic, authorities) and not taker(target):
        return source, _in_country(target, source.country or "")
    if _domestic_link(target, source, domestic, authorities) and not taker(source):
        return _in_country(source, target.country or ""), target
    return source, target


__all__ = ["domestic_pair"]
