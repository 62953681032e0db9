"""Norms: what a law, a treaty or a rule says, no act (part of ``ew_triggers``, applied with
:mod:`.nonacts`).

A text that obliges, bars or allows states what may or must be done, not that anything was
done: "the convention **obliges** states to admit refugees", "the statute bars officials from
**lobbying**", "a provision allowing insurers to **charge** older people more", "rules that
bar them from **hiring** foreign graduates", "the law requires the **deportation** of anyone
convicted". A trigger gives no event when it is the verb of a norm (a verb of obliging,
barring or allowing whose doer is a norm: its subject, the antecedent of a relative pronoun
subject, or the noun a participle describes), or is inside such a verb's complement (its
open complement, clause, ``from`` phrase or object). An actor that bans or orders is left
alone ("the parliament banned the party", "the court ordered his release"), and so is a law
used by an actor ("police used the law to arrest protesters"). The words are data
(``eventwire/data/norms.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "norms.yaml"
VERBAL_POS = frozenset({"VERB", "AUX"})
# How the act a norm bars or allows hangs from the norm's verb, or from what it embeds: "obliges
# states to **admit**" (xcomp, ccomp), "bars officials from **lobbying**" (pcomp under prep),
# "requires the **deportation**" (dobj), "allows them to arrest and **deport**" (conj).
EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "dative",
                           "oprd", "advcl"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
RELATIVE_DEP = "relcl"
PARTICIPLE_DEP = "acl"
SUBJECT_DEP = "nsubj"
MAX_DEPTH = 6


class NormLexicon(BaseModel):
    """The validated contents of ``norms.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    norm_nouns: frozenset[Word]
    norm_verbs: frozenset[Word]


def load_lexicon(path: Path | None = None) -> NormLexicon:
    """Read and validate ``norms.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, NormLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> NormLexicon:
    return load_lexicon()


def _doers(verb: Token) -> list[Token]:
    """The active subject of ``verb`` (a relative pronoun's antecedent: "rules **that** bar"),
    and the noun a participle describes ("a provision **allowing**")."""
    found = [verb.head if c.tag_ in RELATIVE_TAGS and verb.dep_ == RELATIVE_DEP else c
             for c in verb.children if c.dep_ == SUBJECT_DEP]
    if verb.dep_ == PARTICIPLE_DEP and verb.tag_ == "VBG":
        found.append(verb.head)
    return found


def is_norm_verb(verb: Token, lex: NormLexicon) -> bool:
    """A verb of obliging, barring or allowing whose doer is a norm: "the statute **bars**"."""
    return verb.pos_ in VERBAL_POS and verb.lemma_.lower() in lex.norm_verbs and any(
        d.pos_ in {"NOUN", "PROPN"} and d.ent_type_ != "PERSON"  # "Bill", a name
        and d.lemma_.lower() in lex.norm_nouns for d in _doers(verb))


def in_norm(head: Token, lex: NormLexicon) -> bool:
    """Whether ``head`` is the verb of a norm or inside what a norm's verb bars or allows (see
    the module)."""
    current = head
    for _ in range(MAX_DEPTH):
        if is_norm_verb(current, lex):
            return True
        if current.dep_ not in EMBEDDED_DEPS or current.head.i == current.i:
            return False
        # a clause with its own subject under a conjunct is another clause ("the law bars it,
        # and the police **arrested** him")
        if current.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                          for c in current.children):
            return False
        current = current.head
    return False


def without_norms(doc: Doc, triggers: Sequence[TriggerMatch], lex: NormLexicon
                  ) -> list[TriggerMatch]:
    """``triggers`` less those that only state what a norm bars, obliges or allows."""
    return [t for t in triggers if not in_norm(doc[t.head], lex)]


__all__ = ["NormLexicon", "bundled_lexicon", "in_norm", "is_norm_verb", "load_lexicon",
           "without_norms"]
