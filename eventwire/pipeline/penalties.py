"""Penalties in prospect: what a charge or a law puts at stake, no sentence passed (part of
``ew_triggers``, applied with :mod:`.nonacts`).

A court report often says what a defendant risks: "he **faces** up to ten years in prison if
convicted", "if found guilty, the men **face** the death penalty", "she could be **jailed** for
up to two years", "he could get a ten-year **sentence**", "if convicted, he could be
**sentenced** to life". Nobody has been sentenced, and nobody says anyone will be: the clause
states the range of outcomes the charge carries. CAMEO codes acts, so such a clause gives no
event, nor does the condition of conviction it hangs on ("if **convicted**", "if **found**
guilty").

A clause is such a penalty in prospect when its verb

* is a verb of facing or risking whose object is a penalty or a term ("faces up to ten
  **years**", "risks a life **sentence**", "face the death **penalty**"), in any tense;
* or is a verb of penalty ("jail", "sentence", "fine", "get a sentence") with a modal of
  possibility and either a term in its own phrases ("for up to two **years**", "to **life**", "a
  ten-year **sentence**") or a condition of conviction ("could be sentenced if convicted").

"Must lift the barriers or face penalties" is an ultimatum, left to the coder of threats. "He
was sentenced to ten years" (passed), "police could arrest him within days" (an arrest in
prospect, not a penalty) and "he could be jailed" (no term, no condition: left to the
factuality component as a possible event) are left alone. The words are data
(``eventwire/data/penalties.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.genericity import predicate_of
from eventwire.pipeline.mentions import TriggerMatch
from eventwire.pipeline.trigger_words import token_keys

DATA_FILE = "penalties.yaml"
OBJECT_DEPS = frozenset({"dobj", "attr"})
# Dependents that open a clause of their own: a term there is that clause's ("could be jailed
# **after** a trial that lasted two years").
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "xcomp", "acl", "csubj", "conj", "parataxis"})
ADVERBIAL_DEP = "advcl"
MARKER_DEPS = frozenset({"mark", "advmod"})
# How far below the verb a term may be ("jailed for up to two **years**": prep, pobj).
MAX_DEPTH = 3


class PenaltyLexicon(BaseModel):
    """The validated contents of ``penalties.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    facing_verbs: frozenset[Word] = Field(min_length=1)
    penalty_verbs: frozenset[Word] = Field(min_length=1)
    receiving_verbs: frozenset[Word]
    term_nouns: frozenset[Word] = Field(min_length=1)
    prospect_modals: frozenset[Word] = Field(min_length=1)
    condition_markers: frozenset[Word] = Field(min_length=1)
    conviction_verbs: frozenset[Word] = Field(min_length=1)
    finding_verbs: frozenset[Word]
    verdict_words: frozenset[Word]
    alternative_words: frozenset[Word]


def load_lexicon(path: Path | None = None) -> PenaltyLexicon:
    """Read and validate ``penalties.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, PenaltyLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> PenaltyLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_verb(token: Token, words: frozenset[str]) -> bool:
    """The verb is one of ``words`` by its lemma or a regular base of its form ("fined", which
    the lemmatizer may read as "fin")."""
    return bool(token_keys(token) & words)


def _phrases(verb: Token) -> list[Token]:
    """The words of ``verb``'s own phrases, not those of a clause below it."""
    found: list[Token] = []
    layer = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    for _ in range(MAX_DEPTH):
        found += layer
        layer = [g for c in layer for g in c.children if g.dep_ not in CLAUSE_DEPS]
    return found


def _has_term(verb: Token, lex: PenaltyLexicon) -> bool:
    """A penalty or a term in the verb's own phrases: "for up to two **years**", "to **life**",
    "a ten-**year** sentence", "the death **penalty**"."""
    return any(_lemma(w) in lex.term_nouns or w.lower_ in lex.term_nouns for w in _phrases(verb))


def is_conviction_condition(verb: Token, lex: PenaltyLexicon) -> bool:
    """"**if** convicted", "**if** found guilty", "**unless** he is acquitted" is not one: a
    condition whose verb is a conviction or a finding of guilt."""
    if verb.dep_ != ADVERBIAL_DEP or not any(
            c.dep_ in MARKER_DEPS and c.lower_ in lex.condition_markers for c in verb.children):
        return False
    if _is_verb(verb, lex.conviction_verbs):
        return True
    return _is_verb(verb, lex.finding_verbs) and any(
        c.lower_ in lex.verdict_words for c in verb.children)


def _conditioned_on_conviction(verb: Token, lex: PenaltyLexicon) -> bool:
    return any(is_conviction_condition(c, lex) for c in verb.children)


def _ultimatum(verb: Token, lex: PenaltyLexicon) -> bool:
    """"must lift the barriers **or face** penalties": the other arm of an alternative, what
    someone is told will follow unless they act, a threat (13) the coder reads as one."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and any(
        c.dep_ == "cc" and c.lower_ in lex.alternative_words for c in verb.head.children)


def is_penalty_prospect(verb: Token, lex: PenaltyLexicon) -> bool:
    """Whether the clause of ``verb`` states a penalty in prospect (see the module)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _is_verb(verb, lex.facing_verbs):
        return not _ultimatum(verb, lex) and any(
            c.dep_ in OBJECT_DEPS and (_lemma(c) in lex.term_nouns or _has_term(c, lex))
            for c in verb.children)
    penalty = _is_verb(verb, lex.penalty_verbs) or (_is_verb(verb, lex.receiving_verbs) and any(
        c.dep_ in OBJECT_DEPS and _lemma(c) in lex.term_nouns for c in verb.children))
    if not penalty or not any(c.dep_ == "aux" and c.lower_ in lex.prospect_modals
                              for c in verb.children):
        return False
    return _has_term(verb, lex) or _conditioned_on_conviction(verb, lex)


def is_in_penalty_prospect(head: Token, lex: PenaltyLexicon) -> bool:
    """The trigger at ``head`` is the penalty of such a clause ("could be **jailed**", "a
    ten-year **sentence**") or its condition of conviction ("if **convicted**"): its verb or
    a penalty noun, not an act the clause names as the ground ("faces ten years for the
    **attack**", "if convicted of the **murders**": those are coded)."""
    predicate = predicate_of(head)
    if predicate is None or (predicate.i != head.i and _lemma(head) not in lex.term_nouns):
        return False
    if is_penalty_prospect(predicate, lex):
        return True
    return is_conviction_condition(predicate, lex) and predicate.head.i != predicate.i \
        and is_penalty_prospect(predicate.head, lex)


def without_penalty_prospects(doc: Doc, triggers: Sequence[TriggerMatch],
                              lex: PenaltyLexicon) -> list[TriggerMatch]:
    """``triggers`` less those of a penalty in prospect and its condition of conviction."""
    return [t for t in triggers if not is_in_penalty_prospect(doc[t.head], lex)]


__all__ = ["PenaltyLexicon", "bundled_lexicon", "is_conviction_condition",
           "is_in_penalty_prospect", "is_penalty_prospect", "load_lexicon",
           "without_penalty_prospects"]
