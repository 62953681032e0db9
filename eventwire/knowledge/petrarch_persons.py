"""Which undated PETRARCH actor entries name a person (``petrarch_persons.yaml``).

A PETRARCH actor entry does not say whether it names a person or a group: the loader
(``actors.py``) reads an entry with dated codes as a person ("barack obama [USAGOV
090120-170120]"), but many persons carry one undated code ("samir geagea [LBNELI]", "khalid
sheikh mohammed [IMGMUSALQ]") and would load as groups: no "he" could stand for them and "Geagea
said" would not be the same actor again. An undated entry is read as a person by its shape: a
root phrase of two to four words whose first word is a given name (or an honorific: "sheikh
abdul hamid"), no phrase of the entry holding a word that names an organisation ("daniel pearl
foundation", "charles martel group", "assad regime"), and a code that is no company's (MNC:
"charles schwab", "philip morris" are firms named after persons).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, Word, read_yaml_model

DATA_FILE = "petrarch_persons.yaml"


class PersonShapes(BaseModel):
    """The word lists of ``petrarch_persons.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    min_words: int = Field(ge=2)
    max_words: int = Field(ge=2)
    given_names: frozenset[Word] = frozenset()
    honorifics: frozenset[Word] = frozenset()
    not_given_names: frozenset[Word] = frozenset()
    organisation_words: frozenset[Word]
    company_prefixes: tuple[str, ...] = ()


@lru_cache(maxsize=2)
def load_person_shapes(path: Path | None = None) -> PersonShapes:
    return read_yaml_model(DATA_FILE, path, PersonShapes, check_duplicates=True)


def names_person(phrases: Iterable[str], code: str | None, shapes: PersonShapes) -> bool:
    """Whether an undated entry with these phrases (the root first) and code is a person."""
    listed = list(phrases)
    if not listed or not code or code.startswith(shapes.company_prefixes):
        return False
    words = listed[0].split()
    if not shapes.min_words <= len(words) <= shapes.max_words:
        return False
    if words[0] not in shapes.given_names and words[0] not in shapes.honorifics:
        return False
    return not any(_organisation_word(phrase, shapes) for phrase in listed)


def _organisation_word(phrase: str, shapes: PersonShapes) -> bool:
    return any(word.strip("().,") in shapes.organisation_words for word in phrase.split())


__all__ = ["PersonShapes", "load_person_shapes", "names_person"]
