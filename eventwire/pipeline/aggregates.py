"""Statistics: counts and shares over a population, no particular event (part of
``ew_triggers``, applied with :mod:`.nonacts`).

"The number of Americans **fighting** for ISIS has doubled", "the 30 percent of detainees who
were **released**", "the share of voters who **backed** the deal", "the number of nuclear
weapons has **declined**": a count, a share or a rate over a population, and its rise or fall,
names no act of an actor. A trigger gives no event when its verb

* describes the people a word of aggregate counts: a relative clause or a participle on the
  aggregate ("the 30 percent **that were released**") or on the population its ``of`` names
  ("the number of people **charged**"; not a particular set: "30 percent of the officers who
  **attacked** them");
* or has such an aggregate as its subject ("the number of weapons has **declined**").

An aggregate of a particular set counts acts done to or by it ("30 percent of the hostages
were **freed**").

Only a definite or numbered aggregate counts: "a number of Democrats would not **speak**" is
"several", and "Mexico arrested the highest number of migrants" (the count as object) reports
arrests; so does a count of those hurt or held in a particular occasion ("the number of people
killed **in the bombing**", "the number of pylons blown up **by the rebels**"). A count of act
nouns ("the number of attacks") is :mod:`.states`'. The words are data
(``eventwire/data/aggregates.yaml``).
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

DATA_FILE = "aggregates.yaml"
VERBAL_POS = frozenset({"VERB", "AUX"})
# How a clause describes a noun: "people **charged**", "detainees **who were released**".
DESCRIBING_DEPS = frozenset({"relcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A verb shares the clause of the verb whose open complement or conjunct it is ("the number of
# people who have tried to **cross**").
CONTROLLED_DEPS = frozenset({"xcomp", "conj"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
RELATIVE_DEP = "relcl"
NUMBER_DEPS = frozenset({"nummod", "quantmod"})
MAX_DEPTH = 4


class AggregateLexicon(BaseModel):
    """The validated contents of ``aggregates.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    aggregate_nouns: frozenset[Word]
    definite_determiners: frozenset[Word]
    occasion_nouns: frozenset[Word]
    occasion_preps: frozenset[Word]


def load_lexicon(path: Path | None = None) -> AggregateLexicon:
    """Read and validate ``aggregates.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, AggregateLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> AggregateLexicon:
    return load_lexicon()


def is_aggregate(noun: Token, lex: AggregateLexicon) -> bool:
    """"the number", "30 percent", "their share", "the total" (not "a number": several)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or not (
            noun.lemma_.lower() in lex.aggregate_nouns or noun.lower_ in lex.aggregate_nouns):
        return False
    return any(c.dep_ in NUMBER_DEPS or c.dep_ == "poss" or (
        c.dep_ == "det" and c.lower_ in lex.definite_determiners) for c in noun.children)


def _of_a_set(noun: Token) -> bool:
    """An aggregate of a particular set: "30 percent **of the hostages**" (a definite or
    possessive noun after ``of``), not of a population ("30 percent of voters")."""
    return any(g.dep_ == "pobj" and any(d.dep_ in {"det", "poss"} for d in g.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


def _counted(noun: Token, lex: AggregateLexicon) -> bool:
    """The aggregate itself, or the noun its ``of`` names ("the number **of** people")."""
    if is_aggregate(noun, lex):
        return not _of_a_set(noun)
    of = noun.head
    # a population, not a particular set ("30 percent of the officers who attacked them")
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i \
        and is_aggregate(of.head, lex) and not any(
            c.dep_ in {"det", "poss"} for c in noun.children)


def _of_an_occasion(verb: Token, lex: AggregateLexicon) -> bool:
    """A clause that names a particular occasion or doer: "killed **in the bombing**",
    "arrested **at Sunday's rally**", "who committed **the crime**" (a definite or possessive
    occasion noun), "killed **by terrorists**" (a passive's agent)."""
    nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.occasion_preps
             for g in c.children if g.dep_ == "pobj"]
    nouns += [c for c in verb.children if c.dep_ == "dobj"]  # "who committed **the crime**"
    if any(c.dep_ == "agent" for c in verb.children):  # "killed **by** terrorists": their acts
        return True
    return any(g.lemma_.lower() in lex.occasion_nouns and any(
        d.dep_ in {"poss", "compound"} or (d.dep_ == "det" and d.lower_ in lex.definite_determiners)
        for d in g.children) for g in nouns)


def _describes_counted(verb: Token, lex: AggregateLexicon) -> bool:
    """Whether ``verb`` describes what an aggregate counts: a participle, or a relative clause
    whose pronoun is its subject ("detainees **that** were released"; not "the 2.5% **which**
    the government had predicted")."""
    if verb.dep_ not in DESCRIBING_DEPS or not _counted(verb.head, lex):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == RELATIVE_DEP and not any(c.tag_ in RELATIVE_TAGS for c in subjects):
        return False
    return not _of_an_occasion(verb, lex)


def _aggregate_subject(verb: Token, lex: AggregateLexicon) -> bool:
    """"the number of weapons has **declined**"."""
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS and is_aggregate(c, lex)
               and not _of_a_set(c) for c in verb.children)


def is_statistic(head: Token, lex: AggregateLexicon) -> bool:
    """Whether the trigger headed by ``head`` is inside a count or a share (see the module)."""
    verb = predicate_of(head)
    # an aggregate subject only of the predicate or what it is the open complement of ("the
    # number continues to **fall**"), not of a conjunct a parse hangs from it
    open_chain = True
    for _ in range(MAX_DEPTH):
        if verb is None or verb.pos_ not in VERBAL_POS:
            return False
        if _describes_counted(verb, lex) or (open_chain and _aggregate_subject(verb, lex)):
            return True
        open_chain = open_chain and verb.dep_ == "xcomp"
        if verb.dep_ not in CONTROLLED_DEPS or verb.head.i == verb.i or (
                verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
            return False
        verb = verb.head
    return False


def without_statistics(doc: Doc, triggers: Sequence[TriggerMatch], lex: AggregateLexicon
                       ) -> list[TriggerMatch]:
    """``triggers`` less those inside a count or a share over a population."""
    return [t for t in triggers if not is_statistic(doc[t.head], lex)]


__all__ = ["AggregateLexicon", "bundled_lexicon", "is_aggregate", "is_statistic",
           "load_lexicon", "without_statistics"]
