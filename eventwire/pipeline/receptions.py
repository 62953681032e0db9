"""An act named as the topic of its reception gives no event (part of ``ew_triggers``).

"The French **proposal** met a cool reception in Berlin", "the **announcement** was met with
protests", "Putin's **offer** drew a cold response": the event noun is the subject of a verb of
reception (``reception_verbs``) whose object, or the object of whose "with", is a noun of
reception (``reception_nouns``). The sentence tells how others took an act told elsewhere; the
noun's trigger of a verbal act (``verbal_roots``: an appeal 020, a statement 010, an offer
030) is dropped, and the reception's own trigger ("criticism", "protests") keeps its event; a
material act keeps its event ("the army's attacks on the villages drew condemnation"). The
lexicon is ``eventwire/data/receptions.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "receptions.yaml"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr"})
PREP_DEP = "prep"
PREP_OBJECT_DEP = "pobj"
WITH = "with"
NOUN_POS = frozenset({"NOUN", "PROPN"})


class ReceptionLexicon(BaseModel):
    """The validated contents of ``receptions.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    verbal_roots: tuple[str, ...] = Field(min_length=1)
    reception_verbs: frozenset[Word] = Field(min_length=1)
    reception_nouns: frozenset[Word] = Field(min_length=1)


def load_lexicon(path: Path | None = None) -> ReceptionLexicon:
    """Read and validate ``receptions.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ReceptionLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> ReceptionLexicon:
    return load_lexicon()


def _receptions(verb: Token) -> list[Token]:
    """A verb's objects and the objects of its "with" ("met *with* criticism")."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return found + [obj for prep in verb.children if prep.dep_ == PREP_DEP
                    and prep.lower_ == WITH for obj in prep.children
                    if obj.dep_ == PREP_OBJECT_DEP]


def is_received(noun: Token, lex: ReceptionLexicon) -> bool:
    """Whether ``noun`` is the subject of a verb of reception with a noun of reception."""
    if noun.pos_ not in NOUN_POS or noun.dep_ not in SUBJECT_DEPS:
        return False
    verb = noun.head
    if verb.lemma_.lower() not in lex.reception_verbs:
        return False
    return any(r.lemma_.lower() in lex.reception_nouns for r in _receptions(verb))


def without_received(doc: Doc, triggers: Sequence[TriggerMatch],
                     lex: ReceptionLexicon | None = None) -> list[TriggerMatch]:
    """``triggers`` less the event nouns named as the topic of their reception."""
    lex = lex if lex is not None else bundled_lexicon()
    return [t for t in triggers if not (t.code.startswith(lex.verbal_roots)
                                        and is_received(doc[t.head], lex))]


__all__ = ["ReceptionLexicon", "bundled_lexicon", "is_received", "load_lexicon",
           "without_received"]
