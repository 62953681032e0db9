"""What a place stands for as the target of an event: its people or its government.

A city or a region is no actor of its own; as the target of an event it stands for someone
in it, as a CAMEO coder reads it. The target of a coercive or violent act (a curfew, martial
law, a blockade, shelling, an attack: the event codes of ``population_codes`` in
``roles.yaml``) is the place's population: "imposed a curfew in Lagos", "shelled central
Kabul", "attacked villages in northern Kenya" -> country + CVL. A capital addressed by any
other event ("demanded an apology from Tokyo", "accused Beijing") stands for the government,
as an acting capital does (``actor_compose``): country + GOV; a capital named only as where the
event happened ("talks in Tokyo") stays the country. A place here is a capital, a country
narrowed by a region word ("southeastern Turkey", "northern Kenya") or a country code written
as a city or region the gazetteer knows ("Lagos", "Gaza"); a country alone is the state and
keeps its code. A town that no actor dictionary knows but the gazetteer does, named in the
phrase of such a coercive or violent act with no other target ("fired shells at houses in
Kidal"), is its population as well (``gazetteer_target``). Reciprocal events ("talks between
Moscow and Beijing") have no target to read so: both sides keep their codes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.knowledge.gazetteer import gazetteer
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.noun_modifiers import TOWN_PRECISIONS

CIVILIANS = "CVL"
GOVERNMENT = "GOV"
CAPITAL = "capital"
COUNTRY = "country"
REGION_DEPS = frozenset({"amod", "compound", "advmod", "npadvmod"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# The mention kind of a town or province read as a target (TOWN_PRECISIONS: its precisions).
TOWN = "town"


def _city_alias(doc: Doc, mention: ActorMention) -> bool:
    """A country code written as one of its cities or regions: dictionaries code "Lagos" or
    "Gaza" by their country; the gazetteer reads the name as a city, not the country."""
    written = doc[mention.start : mention.end].text
    place = gazetteer().choose(gazetteer().lookup(written))
    return place is not None and place.kind != COUNTRY and place.country == mention.country


def _subnational(doc: Doc, mention: ActorMention, region_words: Collection[str]) -> bool:
    if mention.kind == CAPITAL:
        return True
    if mention.kind != COUNTRY:
        return False
    return _regional(doc[mention.head], mention.start, region_words) or _city_alias(doc, mention)


def _regional(head: Token, start: int, region_words: Collection[str]) -> bool:
    """A country narrowed to a part of it: "southeastern Turkey", "north Kenya" (not a word of
    the country's own name: "South Korea")."""
    return any(c.dep_ in REGION_DEPS and c.lower_ in region_words and c.i < start
               for c in head.children)


def _locative(head: Token, locative_preps: Collection[str]) -> bool:
    """Named as where the event happens: the object of "in", "at", "near"..."""
    return head.dep_ == "pobj" and head.head.lower_ in locative_preps


def _with_sector(mention: ActorMention, sector: str) -> ActorMention:
    country = mention.country or ""
    return replace(mention, code=f"{country}{sector}", sector=sector)


def place_target(
    target: ActorMention | None, code: str, doc: Doc, population_codes: tuple[str, ...],
    region_words: Collection[str], locative_preps: Collection[str],
) -> ActorMention | None:
    """``target`` as the population or the government its place stands for (module
    docstring); any other target unchanged."""
    if target is None or target.sector or not target.country or target.code != target.country:
        return target
    if not _subnational(doc, target, region_words):
        return target
    if code.startswith(population_codes):
        return _with_sector(target, CIVILIANS)
    if target.kind == CAPITAL and not _locative(doc[target.head], locative_preps):
        return _with_sector(target, GOVERNMENT)
    return target


def gazetteer_target(
    head: Token, code: str, population_codes: tuple[str, ...], locative_preps: Collection[str],
) -> list[ActorMention]:
    """A town no actor dictionary knows, named after the word of a coercive or violent act
    with no other target ("fired shells at targets in Jericho", "shelled Tulkarm"), stands for
    its people as a dictionary's city does: the first city or province of the gazetteer
    (``ew_places``) in the trigger's phrase, as its direct object or under a locative
    preposition (not "fired rockets from Jenin"), is the target, country + CVL."""
    if not code.startswith(population_codes):
        return []
    doc = head.doc
    phrase = {token.i for token in head.subtree if token.i > head.i}
    for place in doc._.ew_places or ():
        if place.precision not in TOWN_PRECISIONS or not place.country:
            continue
        root = doc[place.start : place.end].root
        if root.i not in phrase or not _placed(root, locative_preps):
            continue
        return [ActorMention(place.start, place.end, root.i, f"{place.country}{CIVILIANS}",
                             place.country, CIVILIANS, name=place.name, kind=TOWN)]
    return []


def placed_sides(
    mentions: list[ActorMention], doc: Doc, locative_preps: Collection[str],
) -> list[ActorMention]:
    """``mentions`` without the places named as where the act happened ("died in clashes
    **in Kirkuk**"): for an act told from its victims' side (the roles swapped), a place (a
    mention with no sector) under a locative preposition is where they died, never the side
    that attacked them; a body named there stays ("faces a battle in the House of Lords")."""
    return [m for m in mentions if m.sector or not _locative(doc[m.head], locative_preps)]


def _placed(token: Token, locative_preps: Collection[str]) -> bool:
    return token.dep_ in OBJECT_DEPS or _locative(token, locative_preps)


__all__ = ["gazetteer_target", "place_target", "placed_sides"]
