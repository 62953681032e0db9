"""The gender of the persons a document names, so that a personal pronoun stands only for a
person it agrees with ("... Soleimani ...," she wrote": not Soleimani, known as "he").

A person's gender is known from an honorific or gendered title before any mention of the
name ("Mr. Smith", "Queen Elizabeth", "Congresswoman Doe"), from the gendered noun that
names a person with no name ("the spokeswoman", "the businessman"), from a first name borne by
one gender ("Hillary Clinton") or from a gendered pronoun
that is the subject or possessive of a clause the person is the subject of ("Soleimani was
known for his acumen", "Merkel said she would stay"). Mentions of one person share the
name's last word. Conflicting evidence leaves the gender unknown; an unknown gender agrees
with both pronouns. The words are data in ``eventwire/data/person_gender.yaml``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention

DATA_FILE = "person_gender.yaml"
Gender = Literal["male", "female"]
# Relations of a pronoun that refers back to its clause's subject ("she said", "his acumen").
SUBJECT_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class GenderLexicon(BaseModel):
    """The pronouns and titles of ``person_gender.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    pronouns: dict[Word, Gender]
    titles: dict[Word, Gender]
    nouns: dict[Word, Gender] = {}
    given_names: dict[Gender, frozenset[Word]] = {}


@lru_cache(maxsize=2)
def load_gender_lexicon(path: Path | None = None) -> GenderLexicon:
    return read_yaml_model(DATA_FILE, path, GenderLexicon, check_duplicates=True)


def person_key(mention: ActorMention, doc: Doc) -> str:
    """The name's last word: "Qasem Soleimani" and "Soleimani" are one person."""
    return doc[mention.end - 1].lower_


def person_genders(doc: Doc, persons: Iterable[ActorMention],
                   lex: GenderLexicon) -> dict[str, Gender]:
    """Person key -> the one gender the document's evidence gives it."""
    evidence: dict[str, set[Gender]] = defaultdict(set)
    for mention in persons:
        found = (_title_gender(doc, mention, lex) or _noun_gender(doc, mention, lex)
                 or _given_name_gender(mention, lex) or _pronoun_gender(doc, mention, lex))
        if found is not None:
            evidence[person_key(mention, doc)].add(found)
    return {key: next(iter(found)) for key, found in evidence.items() if len(found) == 1}


def agrees(pronoun: Token, mention: ActorMention, genders: dict[str, Gender],
           lex: GenderLexicon) -> bool:
    wanted = lex.pronouns.get(pronoun.lower_)
    known = genders.get(person_key(mention, pronoun.doc))
    return wanted is None or known is None or known == wanted


def _title_gender(doc: Doc, mention: ActorMention, lex: GenderLexicon) -> Gender | None:
    words = [doc[i] for i in range(max(mention.start - 1, 0), mention.end - 1)]
    return next((found for w in words if (found := _word_gender(w, lex)) is not None), None)


def _noun_gender(doc: Doc, mention: ActorMention, lex: GenderLexicon) -> Gender | None:
    """The gender of a gendered noun that heads a mention naming no one ("the spokeswoman")."""
    return None if mention.name is not None else _word_gender(doc[mention.head], lex)


def _given_name_gender(mention: ActorMention, lex: GenderLexicon) -> Gender | None:
    """The gender of the first name of a person's full name ("Hillary Clinton")."""
    words = (mention.name or "").lower().split()
    if len(words) < 2:
        return None
    return next((gender for gender, names in lex.given_names.items() if words[0] in names), None)


def _word_gender(word: Token, lex: GenderLexicon) -> Gender | None:
    lower = word.lower_
    return lex.titles.get(lower) or lex.nouns.get(lower) or lex.nouns.get(word.lemma_.lower())


def _pronoun_gender(doc: Doc, mention: ActorMention, lex: GenderLexicon) -> Gender | None:
    """The first gendered pronoun after a subject person in its sentence, when it is a subject
    or possessive under the person's verb and no other personal pronoun comes between."""
    head = doc[mention.head]
    if head.dep_ not in SUBJECT_DEPS:
        return None
    verb = head.head
    for token in doc[mention.end:head.sent.end]:
        if token.lower_ not in lex.pronouns:
            continue
        if token.dep_ in SUBJECT_PRONOUN_DEPS and verb in token.ancestors:
            return lex.pronouns[token.lower_]
        return None  # another person's pronoun first ("thanked him for his help")
    return None
