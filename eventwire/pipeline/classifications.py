"""An event noun that only names the kind something is taken for (part of ``ew_triggers``,
applied with :mod:`.nonacts`).

A verb of classifying puts something in a kind with "as", and a verb of seeming with "like":
"the army's action could be **seen as** a silent *coup*", "a chat over dessert should not be
**characterized as** a *meeting*", "the opposition **denounced** the vote **as** a *coup*",
"the bombing **stands as** the deadliest *attack* on the base", "that **sounds like** a
*meeting*". The event noun there is the predicate of the classification: it names what the
subject or object is said to be, no act of its own, so it gives no event. The thing classified
keeps whatever event codes it ("denounced the vote": the denunciation; "the bombing": the
bombing). Verbs of becoming or beginning are not classifications ("what began as a peaceful
*protest*": the protest happened). The words are data (``eventwire/data/classifications.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "classifications.yaml"
OBJECT_OF_PREP = "pobj"
PREP_DEP = "prep"
NOUN_POS = "NOUN"
VERBAL_POS = frozenset({"VERB", "AUX"})
# A noun joined to the predicate noun ("seen as a coup and an invasion") shares its use.
CONJUNCT_DEP = "conj"
# The thing classified, on which the parser may hang the "as" phrase ("described the raid as an
# invasion").
DIRECT_OBJECT = "dobj"


class ClassificationLexicon(BaseModel):
    """The validated contents of ``classifications.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    classifying_verbs: frozenset[Word] = Field(min_length=1)
    classifying_preps: frozenset[Word] = Field(min_length=1)
    seeming_verbs: frozenset[Word]
    likeness_preps: frozenset[Word]


def load_lexicon(path: Path | None = None) -> ClassificationLexicon:
    """Read and validate ``classifications.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ClassificationLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> ClassificationLexicon:
    return load_lexicon()


def is_classified_kind(noun: Token, lex: ClassificationLexicon) -> bool:
    """Whether ``noun`` (or the noun it is a conjunct of) is the object of "as" after a verb
    of classifying (or after its object), or of "like" after a verb of seeming ("seen as a
    *coup*", "described the raid as an *invasion*", "sounds like a *meeting*")."""
    if noun.pos_ != NOUN_POS:
        return False
    while noun.dep_ == CONJUNCT_DEP and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != OBJECT_OF_PREP or prep.dep_ != PREP_DEP:
        return False
    word = prep.lower_
    governor = prep.head
    if word in lex.classifying_preps and governor.dep_ == DIRECT_OBJECT:
        governor = governor.head  # "described [the raid as an invasion]"
    if governor.pos_ not in VERBAL_POS:
        return False
    verb = governor.lemma_.lower()
    return (word in lex.classifying_preps and verb in lex.classifying_verbs) or (
        word in lex.likeness_preps and verb in lex.seeming_verbs)


def without_classified_kinds(doc: Doc, triggers: Sequence[TriggerMatch],
                             lex: ClassificationLexicon) -> list[TriggerMatch]:
    """``triggers`` less the event nouns that only name the kind something is taken for."""
    return [t for t in triggers if not (t.pos == NOUN_POS and is_classified_kind(doc[t.head], lex))]


__all__ = ["ClassificationLexicon", "bundled_lexicon", "is_classified_kind", "load_lexicon",
           "without_classified_kinds"]
