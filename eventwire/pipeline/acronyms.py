"""Acronyms an article defines: "the Center for Immigration Studies (CIS)" or "CIS (Center for
Immigration Studies)". In that article the acronym stands for what the article says, not for
what the actor dictionaries hold under it (CIS: the Commonwealth of Independent States): an
occurrence of it reads as the full name's dictionary entry when the dictionaries know the full
name, and as no actor when they do not, unless the dictionary's own entry for it is that name
(most of its content words are the entry's: "the UN Children's Emergency Fund (UNICEF)").

An acronym no dictionary knows stands for its defined name's entry too, except in a sentence
written in capitals; when no dictionary knows the name either, the acronym stands for the actor
composed from the name's own words when one ends the name ("the Kivu Farmers Union (KFU)": the
farmers of Kivu; ``name_mentions``).

A definition is an acronym in brackets (two or more capitals, hyphens and digits allowed)
next to a name whose words' initials spell it, in order: each capital of the acronym is the
initial of a word of the name, the name's first word gives the first, and its capitalised
words all give one ("Pakistan Muslim League-Quaid (PML-Q)", "Sudan People's Liberation Army in
Opposition (SPLA-IO)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.mentions import ActorMention

OPENING = "("
CLOSING = ")"
# How many tokens an acronym and a name may have inside brackets.
MAX_ACRONYM_TOKENS = 5
MAX_NAME_TOKENS = 12
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")
WORD = re.compile(r"[A-Za-z]+")
# Words of a name that may give no letter of its acronym ("Center for ...", "Plan of Action").
NAME_JOINERS = frozenset({"-", "'s", "\u2019s", "&"})
# Share of a defined name's content words the dictionary entry's name must hold to be it.
SAME_NAME_SHARE = 0.5
MIN_CONTENT_LENGTH = 3
# Share of a sentence's words in capitals above which it is a shouted headline.
SHOUTED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Definition:
    """An acronym (its letters and digits) and the token span of the name it is defined as."""

    acronym: str
    start: int
    end: int


def compact(text: str) -> str:
    """An acronym as written, without spaces and hyphens ("PML - Q" -> "PMLQ")."""
    return re.sub(r"[\s\-\u2013]", "", text)


def definitions(doc: Doc) -> dict[str, Definition]:
    """The acronyms ``doc`` defines, by compacted acronym (the first definition wins)."""
    found: dict[str, Definition] = {}
    for token in doc:
        if token.text != OPENING:
            continue
        closing = _closing(doc, token.i)
        if closing is None:
            continue
        definition = name_then_acronym(doc, token.i, closing) or _acronym_then_name(
            doc, token.i, closing)
        if definition is not None and definition.acronym not in found:
            found[definition.acronym] = definition
    return found


def _closing(doc: Doc, opening: int) -> int | None:
    for i in range(opening + 1, min(len(doc), opening + MAX_NAME_TOKENS + 2)):
        if doc[i].text == CLOSING:
            return i
        if doc[i].text == OPENING:
            return None
    return None


def _acronym_of(doc: Doc, start: int, end: int) -> str | None:
    written = compact(doc[start:end].text)
    if end - start > MAX_ACRONYM_TOKENS or not ACRONYM.fullmatch(doc[start:end].text.replace(
            " ", "")):
        return None
    return written if sum(c.isupper() for c in written) >= 2 else None


def name_then_acronym(doc: Doc, opening: int, closing: int) -> Definition | None:
    """"Center for Immigration Studies (CIS)": the name ends before the bracket."""
    acronym = _acronym_of(doc, opening + 1, closing)
    if acronym is None:
        return None
    letters = [c for c in acronym if c.isalpha()]
    first = _name_start(doc, opening, letters)
    return Definition(acronym, first, opening) if first is not None else None


def _name_start(doc: Doc, end: int, letters: list[str]) -> int | None:
    """The first word of the name ending before ``end`` whose initials spell ``letters``
    (read from the right)."""
    wanted = len(letters) - 1
    i = end - 1
    while i >= max(0, end - MAX_NAME_TOKENS) and wanted >= 0:
        token = doc[i]
        if token.text in NAME_JOINERS:
            i -= 1
            continue
        if not token.is_alpha:
            return None
        if token.text[0].upper() == letters[wanted]:
            wanted -= 1
        elif token.text[0].isupper():
            return None
        i -= 1
    first = i + 1
    return first if wanted < 0 and end - first >= 2 else None


def _acronym_then_name(doc: Doc, opening: int, closing: int) -> Definition | None:
    """"CIS (Center for Immigration Studies)": the name is inside the bracket."""
    if opening == 0:
        return None
    acronym = _acronym_of(doc, opening - 1, opening)
    if acronym is None or closing - opening - 1 < 2:
        return None
    letters = [c for c in acronym if c.isalpha()]
    if _name_start(doc, closing, letters) != opening + 1:
        return None
    return Definition(acronym, opening + 1, closing)


def occurrences(doc: Doc, definition: Definition) -> list[tuple[int, int]]:
    """Token spans written as the acronym (its definition's own name excepted)."""
    found: list[tuple[int, int]] = []
    letters = definition.acronym
    for token in doc:
        if not letters.startswith(token.text) or definition.start <= token.i < definition.end \
                or _shouted(token):
            continue
        for end in range(token.i + 1, min(len(doc), token.i + MAX_ACRONYM_TOKENS) + 1):
            if compact(doc[token.i:end].text) == letters:
                found.append((token.i, end))
                break
    return found


def name_mentions(
    doc: Doc, mentions: list[ActorMention], unknown: list[Definition]
) -> list[ActorMention]:
    """``mentions`` with the occurrences of acronyms whose defined name no dictionary knows
    (``unknown``) read as the actor composed from the name's own words ("the Kivu Farmers Union
    (KFU)": the farmers of Kivu), when one ends the name; in text order."""
    # an uncoded name mention (``unknown_names``) gives way to the defined acronym's actor
    uncoded = {(m.start, m.end) for m in mentions if m.code is None and m.kb_id is None}
    taken = {i for m in mentions if (m.start, m.end) not in uncoded
             for i in range(m.start, m.end)}
    added: list[ActorMention] = []
    replaced: set[tuple[int, int]] = set()
    for definition in unknown:
        last = definition.end - 1
        named = next((m for m in mentions if m.start >= definition.start and m.end == last + 1),
                     None)
        if named is None:
            continue
        for start, end in occurrences(doc, definition):
            if not taken.intersection(range(start, end)):
                taken.update(range(start, end))
                replaced.add((start, end))
                added.append(replace(named, start=start, end=end, head=end - 1, also=()))
    kept = [m for m in mentions if (m.start, m.end) not in replaced or m.code is not None]
    return sorted([*kept, *added], key=lambda m: m.start)


def _shouted(token: Token) -> bool:
    """Whether the token's sentence is written in capitals ("ISIS IS BACK"), where an acronym
    cannot be told from a word."""
    words = [t for t in token.sent if t.is_alpha and len(t.text) > 1]
    return sum(t.is_upper for t in words) >= SHOUTED_SHARE * len(words)


def same_name(defined: list[Token], entry_names: list[str]) -> bool:
    """Whether a dictionary entry is the defined name: one of its names (``entry_names``: its
    name and aliases) holds most of the defined name's content words."""
    content = {t.lower_ for t in defined if t.is_alpha and len(t.text) > MIN_CONTENT_LENGTH}
    if not content:
        return False
    for name in entry_names:
        known = {w.lower() for w in WORD.findall(name.replace("_", " "))}
        if len(content & known) >= SAME_NAME_SHARE * len(content):
            return True
    return False


__all__ = [
    "Definition", "compact", "definitions", "name_mentions", "name_then_acronym", "occurrences",
    "same_name",
]
