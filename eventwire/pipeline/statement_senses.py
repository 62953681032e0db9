"""Statements that criticize (part of ``ew_triggers``).

A plain statement (CAMEO 010) on a verb of saying whose clausal complement says of something
that it is a condemning thing criticizes or denounces (111): "said the decision was
*unacceptable*", "insisted the plan was *a disaster*", "said Charlie was *wrong* to print the
cartoon", "saying the suggestion is *disgraceful*". The predicate of the clause is its
adjective or noun after "be" (with its conjuncts and the words modifying it before it: "a
*totally unacceptable* way"), or the clause itself when the parser makes a verbless clause.
A clause whose subject names an actor deeper in its phrase ("the decision to close the
Ugandan border was wrong": who is criticized is unclear) stays a statement. A negated clause,
a mere possibility ("may have been offensive"), an existential ("there is
no criminal liability"), a question and a speaker's clause about himself ("I was wrong")
criticize no one. The condemning words are those of the pattern that codes calling something so as
criticism (``condemning_pattern``), with a few more; the data is
``eventwire/data/statement_senses.yaml``, and the pattern's code is kept in ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.knowledge.patterns import bundled_patterns
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, TriggerMatch

DATA_FILE = "statement_senses.yaml"
CLAUSE_DEPS = frozenset({"ccomp"})
COPULA = "be"
PREDICATE_DEPS = frozenset({"acomp", "attr"})
PREDICATE_POS = frozenset({"ADJ", "NOUN"})
MODIFIER_DEPS = frozenset({"amod", "advmod", "compound"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NEGATION = "neg"
EXPLETIVE = "expl"
NEGATING_DETERMINERS = frozenset({"no"})
QUESTION_MARKS = frozenset({"whether", "if"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
POSSESSOR = "poss"
PRONOUN = "PRON"


class StatementSenseLexicon(BaseModel):
    """The validated contents of ``statement_senses.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    criticism_code: str = Field(pattern=r"^\d{3,4}$")
    statement_codes: frozenset[str] = Field(min_length=1)
    saying_verbs: frozenset[Word] = Field(min_length=1)
    condemning_pattern: str = Field(min_length=1)
    condemning_words: frozenset[Word]
    own_subjects: frozenset[Word]
    open_modals: frozenset[Word]


def load_lexicon(path: Path | None = None) -> StatementSenseLexicon:
    """Read and validate ``statement_senses.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, StatementSenseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> StatementSenseLexicon:
    return load_lexicon()


@lru_cache(maxsize=4)
def condemning(lex: StatementSenseLexicon) -> frozenset[str]:
    """The condemning words: the named pattern's predicate words and the lexicon's own."""
    named = next((p for p in bundled_patterns() if p.id == lex.condemning_pattern), None)
    if named is None or not named.predicate:
        raise ValueError(f"no predicate words in pattern {lex.condemning_pattern!r}")
    return frozenset(named.predicate) | lex.condemning_words


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _predicates(clause: Token) -> list[Token]:
    """What the clause says its subject is: the complement of "be", or a verbless clause."""
    if clause.lemma_.lower() == COPULA:
        found = [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    elif clause.pos_ in PREDICATE_POS:
        found = [clause]
    else:
        return []
    return [t for p in found for t in (p, *p.conjuncts)]


def _words(predicate: Token) -> list[Token]:
    """The predicate and the words modifying it before it ("a *totally unacceptable* way"); of
    the first predicate only, not of a conjunct ("a crisis and *irresponsible* promotions" says
    nothing condemning of the crisis)."""
    return [predicate] + [c for c in predicate.children
                          if c.dep_ in MODIFIER_DEPS and c.i < predicate.i]


def criticizing_clause(verb: Token, lex: StatementSenseLexicon) -> Token | None:
    """The clause of the saying ``verb`` that condemns something, if any."""
    words = condemning(lex)
    for clause in verb.children:
        if clause.dep_ not in CLAUSE_DEPS or _open(clause, lex):
            continue
        predicates = _predicates(clause)
        if any(_is(p, words) for p in predicates) or any(
                _is(w, words) for p in predicates[:1] for w in _words(p)):
            return clause
    return None


def _open(clause: Token, lex: StatementSenseLexicon) -> bool:
    """A clause that condemns no one: negated ("was not illegal", "there is no liability"), a
    mere possibility ("may have been offensive"), an existential ("there is ..."), a question,
    or about the speaker's own side."""
    children = list(clause.children)
    if any(c.dep_ in (NEGATION, EXPLETIVE) or c.lower_ in lex.open_modals for c in children):
        return True
    if any(d.lower_ in NEGATING_DETERMINERS for p in _predicates(clause) for d in p.children):
        return True
    if any(_names_others(c) for c in children if c.dep_ in SUBJECT_DEPS):
        return True
    if any(c.lower_ in QUESTION_MARKS or c.tag_ in WH_TAGS for c in children
           if c.i == clause.left_edge.i):
        return True
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in lex.own_subjects for c in children)


def _names_others(subject: Token) -> bool:
    """Whether the subject names an actor deeper in its phrase than its head or its possessor
    ("the decision to close *the Ugandan* border", "offering *Russia* an alternative"): whom the
    criticism is aimed at is then unclear, and the statement stays one."""
    possessed = {t.i for c in subject.children if c.dep_ == POSSESSOR for t in c.subtree}
    inner = {t.i for t in subject.subtree} - possessed - {subject.i}
    actors = subject.doc._.ew_actors or ()
    return any(mention.head in inner for mention in actors)


def recoded(trigger: TriggerMatch) -> bool:
    """Whether ``trigger`` is a statement this module recoded as criticism."""
    lex = bundled_lexicon()
    return trigger.code == lex.criticism_code and \
        trigger.extra.get(PATTERN_CODE_KEY) in lex.statement_codes


def criticized(verb: Token) -> list[Token]:
    """Whom a statement recoded as criticism criticizes: the subject of its condemning clause,
    or that subject's possessor ("said *Iran's* decision was wrong", "*his* remarks"); a
    pronoun subject ("it is unacceptable") names nobody here. The addressee of the
    verb of saying ("told *BBC News* it was unacceptable") and actors elsewhere in the
    sentence are not criticized by it."""
    clause = criticizing_clause(verb, bundled_lexicon())
    if clause is None:
        return []
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    possessors = [p for s in subjects for p in s.children if p.dep_ == POSSESSOR]
    return [s for s in subjects if s.pos_ != PRONOUN] + possessors


def with_statement_senses(doc: Doc, triggers: Sequence[TriggerMatch],
                          lex: StatementSenseLexicon) -> list[TriggerMatch]:
    """``triggers`` with statements whose clause condemns something recoded as criticism (the
    pattern's code kept in ``extra``)."""
    found: list[TriggerMatch] = []
    for trigger in triggers:
        head = doc[trigger.head]
        if trigger.code in lex.statement_codes and _is(head, lex.saying_verbs) \
                and criticizing_clause(head, lex) is not None:
            trigger = replace(trigger, code=lex.criticism_code,
                              extra={**trigger.extra, PATTERN_CODE_KEY: trigger.code})
        found.append(trigger)
    return found


__all__ = ["StatementSenseLexicon", "bundled_lexicon", "condemning", "criticized",
           "criticizing_clause", "load_lexicon", "recoded", "with_statement_senses"]
