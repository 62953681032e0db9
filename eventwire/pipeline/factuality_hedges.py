"""Hedges of ``ew_factuality`` (``factuality.py``): the evidential words that say an event is
only reported, alleged or claimed ("reportedly arrested", "the alleged smugglers fired",
"according to reports", "are said to have shelled", "claimed responsibility for the attack").
A hedge qualifies the event's source, not its status: a hedged event still occurred. All the
words are data in ``eventwire/data/factuality.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.pipeline.factuality_lexicon import FactualityLexicon, known_lemma, verb_key
from eventwire.pipeline.factuality_tree import (
    PREP_DEPS,
    PREP_OBJECT_DEPS,
    SUBJECT_DEPS,
    Step,
)

# Relations of a modifier that qualifies its head ("reportedly arrested", "alleged attack").
MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "nmod", "acomp", "oprd"})
# Relations through which a governor's own negation, modals and evidential words reach the event:
# the event is a participant of the governor's clause ("did not launch an attack", "talks will be
# held", "is reportedly weighing expelling").
PARTICIPANT_DEPS = frozenset(
    {"xcomp", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "acomp", "compound", "dative", "conj"}
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue for a status or a hedge at one token."""

    value: str
    token: Token


def hedge_cues(token: Token, lex: FactualityLexicon) -> list[Cue]:
    """Evidential modifiers on ``token`` or its subject ("the suspected militants ambushed")
    and "according to reports" on ``token``."""
    cues: list[Cue] = []
    for child in token.children:
        hedge = lex.hedge_modifiers.get(child.lower_)
        if hedge is not None and child.dep_ in MODIFIER_DEPS:
            cues.append(Cue(hedge, child))
        elif child.dep_ in PREP_DEPS and child.lower_ in lex.hedge_source_preps:
            cues += _source_hedges(child, lex)
        elif child.dep_ in SUBJECT_DEPS:
            cues += _subject_hedges(child, lex)
    return cues


def _subject_hedges(subject: Token, lex: FactualityLexicon) -> list[Cue]:
    return [
        Cue(lex.hedge_modifiers[c.lower_], c)
        for c in subject.children
        if c.dep_ == "amod" and c.lower_ in lex.hedge_modifiers
    ]


def _source_hedges(prep: Token, lex: FactualityLexicon) -> list[Cue]:
    for token in prep.subtree:
        hedge = lex.hedge_nouns.get(token.lemma_.lower())
        if hedge is not None and token.dep_ in PREP_OBJECT_DEPS:
            return [Cue(hedge, token)]
    return []


def passes_hedge(step: Step, lex: FactualityLexicon) -> bool:
    """Evidential words of a governor qualify the event unless the governor is speech:
    "reportedly considering closing" is reported, "reportedly said" qualifies the saying."""
    return (step.via in PARTICIPANT_DEPS
            and verb_key(step.governor, lex.verbs) not in lex.speech_verbs)


def lexical_hedges(step: Step, lex: FactualityLexicon) -> list[Cue]:
    """Hedges from governing words: "claimed", "allegations that", "is said to have"."""
    gov, lemma = step.governor, known_lemma(step.governor, lex.verbs)
    if gov.pos_ in {"NOUN", "PROPN"}:
        hedge = lex.hedge_nouns.get(lemma)
        ok = step.via in {"prep", "acl", "compound"}
    else:
        hedge = lex.hedge_verbs.get(lemma)
        ok = step.via in {"ccomp", "dobj", "prep", "xcomp"}
        if hedge is None and step.via == "xcomp" and _is_passive_speech(gov, lex):
            hedge, ok = "reported", True
    if hedge is None or not ok or _is_denied(gov, lex):
        return []
    return [Cue(hedge, gov)]


def _is_denied(gov: Token, lex: FactualityLexicon) -> bool:
    """A claim nobody makes is no hedge: "no group claimed responsibility for the blast",
    "the rebels did not claim the attack"."""
    if any(c.dep_ == "neg" for c in gov.children):
        return True
    subjects = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
    return any(s.lower_ in lex.negation_words
               or any(d.dep_ == "det" and d.lower_ in lex.negation_words for d in s.children)
               for s in subjects)


def _is_passive_speech(gov: Token, lex: FactualityLexicon) -> bool:
    passive = any(c.dep_ == "auxpass" for c in gov.children)
    return passive and known_lemma(gov, lex.verbs) in lex.speech_verbs
