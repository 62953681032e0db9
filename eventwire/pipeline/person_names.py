"""Persons named again, for ``ew_actors`` (``actors.py``): news name a person in full once
("Defence Minister John Smith") and then by the surname ("Smith said", "Mr. Smith"). Such a
surname, written alone or after an honorific, is a mention of the same person with the same
code; a name after an honorific that no earlier person bears ("Mrs. Jones") is a person
mention with no code, so that a pronoun after it ("she said") stands for that person and not
for another one named before (``mention_index.py``). The honorifics are data in
``eventwire/data/person_names.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.actor_compose import PERSON, Piece

DATA_FILE = "person_names.yaml"
# Words of a name written after an honorific ("Mrs. Jones", "Dr. Ali Khan").
MAX_NAME_TOKENS = 3


class PersonNames(BaseModel):
    """The honorifics of ``person_names.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    honorifics: frozenset[Word]


@lru_cache(maxsize=2)
def load_person_names(path: Path | None = None) -> PersonNames:
    return read_yaml_model(DATA_FILE, path, PersonNames, check_duplicates=True)


def with_person_names(doc: Doc, pieces: list[Piece], names: PersonNames) -> list[Piece]:
    """``pieces`` (text order, no overlaps) with the surnames of earlier persons and the names
    after honorifics added as person pieces."""
    taken = {i for piece in pieces for i in range(piece.start, piece.end)}
    found: list[Piece] = []
    persons = [p for p in pieces if p.role == PERSON and not p.also]
    for token in doc:
        if token.i in taken or not _name_word(token):
            continue
        start, end = _name_span(doc, token, taken, names)
        if end <= start:
            continue
        earlier = _bearer(doc, persons, doc[start:end], names)
        if earlier is not None:
            found.append(replace(earlier, start=start, end=end))
        elif start < token.i:
            written = doc[token.i:end].text
            found.append(Piece(start, end, PERSON, "person", name=written))
        taken.update(range(start, end))
    return sorted(pieces + found, key=lambda p: p.start)


def _name_span(doc: Doc, first: Token, taken: set[int], names: PersonNames) -> tuple[int, int]:
    """The span of the name that starts at ``first``, with an honorific just before it; an
    empty span for a word that is part of a longer name or phrase."""
    end = first.i
    while end < len(doc) and end - first.i < MAX_NAME_TOKENS and end not in taken \
            and _name_word(doc[end]):
        end += 1
    start = first.i
    if start > 0 and doc[start - 1].lower_ in names.honorifics and start - 1 not in taken:
        start -= 1
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end:
        return 0, 0  # "the Smith Foundation", "Obama administration"
    return start, end


def _bearer(doc: Doc, persons: list[Piece], span: Span, names: PersonNames) -> Piece | None:
    """The last person named in full before ``span`` whose surname it is."""
    words = [t.text for t in span if t.lower_ not in names.honorifics]
    if len(words) != 1:
        return None
    before = [p for p in persons if p.end <= span.start and p.end - p.start > 1
              and doc[p.end - 1].text == words[0]]
    return before[-1] if before else None


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


__all__ = ["PersonNames", "load_person_names", "with_person_names"]
