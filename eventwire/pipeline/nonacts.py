"""Triggers that name no act of an actor: capabilities and natural or abstract doers (part of
``ew_triggers``).

A capability says what someone or something could do, not that it was done: "a missile **able
to strike** Israel", "is **capable of striking** targets", "has the **capacity to attack**
shipping", "the **ability to launch** a nuclear strike", "weapons **that can reach** the United
States". A trigger inside the complement of such a word gives no event (CAMEO codes acts), nor
does the gerund of a policy position ("supports **sending** troops", "opposes **deporting**
migrants"), which names a kind of act; the position itself is coded. An adjective of ability
in the past or the perfect ("was able to take the town", "have been able to reach them")
reports what was done and is left alone.

A natural force or an abstract cause as the doer of a trigger's verb is no actor: "storms
battered the coast", "Hurricane Ian hit Florida", "budget cuts hit schools", "the village was
destroyed by floods". The trigger gives no event. The words are data
(``eventwire/data/nonacts.yaml``).
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

DATA_FILE = "nonacts.yaml"
# How a verb hangs from a word of ability: "able **to strike**", "capacity **to attack**".
COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "advcl", "relcl"})
# A verb shares the capability of the verb whose open complement or conjunct it is ("able to
# strike and destroy", "the ability to build and launch").
CONTROLLED_DEPS = frozenset({"xcomp", "conj"})
# The act a position's gerund names includes what it embeds ("supports allowing the police to
# **arrest** protesters").
EMBEDDING_DEPS = CONTROLLED_DEPS | {"ccomp"}
GERUND_DEPS = frozenset({"pcomp"})
GERUND_TAG = "VBG"
# How a gerund hangs from the verb of a position: "supports **sending**" (object or complement).
POSITION_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
RELATIVE_DEP = "relcl"
RELATIVE_TAGS = frozenset({"WDT", "WP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AGENT_DEP = "agent"
PARTICIPLE_DEP = "acl"
COMPOUND_DEPS = frozenset({"compound"})
# Tags of a past or perfect form that makes "able" implicative ("was able", "had been able").
PAST_TAGS = frozenset({"VBD", "VBN"})
PERFECT_LEMMA = "have"
MAX_DEPTH = 4


class NonActLexicon(BaseModel):
    """The validated contents of ``nonacts.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    ability_adjectives: frozenset[Word]
    ability_nouns: frozenset[Word]
    ability_modals: frozenset[Word]
    natural_forces: frozenset[Word]
    abstract_causes: frozenset[Word]
    position_words: frozenset[Word]
    position_preps: frozenset[Word]
    cause_preps: frozenset[Word]


def load_lexicon(path: Path | None = None) -> NonActLexicon:
    """Read and validate ``nonacts.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, NonActLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> NonActLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _controllers(verb: Token, deps: frozenset[str] = CONTROLLED_DEPS) -> list[Token]:
    """``verb`` and the verbs whose open complement or conjunct (or one of ``deps``) it is."""
    chain = [verb]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i and len(chain) < MAX_DEPTH:
        chain.append(chain[-1].head)
    return chain


def _implicative(adjective: Token) -> bool:
    """"was able", "has been able": the copula or an auxiliary of ``adjective``'s clause is past
    or perfect, so what it was able to do was done."""
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    words = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(w.tag_ in PAST_TAGS or _lemma(w) == PERFECT_LEMMA for w in words
               if w.pos_ in {"AUX", "VERB"})


def _relative_subject(verb: Token) -> bool:
    """The antecedent of the relative clause is its subject, so the ability is the antecedent's
    ("weapons **that** can reach"; not "a position where **we** can expect")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(c.tag_ in RELATIVE_TAGS for c in subjects)


def _ability_word(verb: Token, lex: NonActLexicon) -> bool:
    """Whether ``verb`` is the complement of a word of ability (see the module)."""
    head = verb.head
    if verb.dep_ in GERUND_DEPS and head.lower_ == "of":
        return _lemma(head.head) in lex.ability_adjectives
    if verb.dep_ == RELATIVE_DEP:
        return _relative_subject(verb) and any(
            c.dep_ == "aux" and _lemma(c) in lex.ability_modals for c in verb.children)
    if verb.dep_ not in COMPLEMENT_DEPS:
        return False
    if _lemma(head) in lex.ability_nouns and head.pos_ == "NOUN":
        return True
    return _lemma(head) in lex.ability_adjectives and not _implicative(head)


def _position_gerund(verb: Token, lex: NonActLexicon) -> bool:
    """A gerund that a word of a policy position takes: "supports **sending** troops",
    "objected to **arming** the rebels", "in favour of **banning** rallies"."""
    if verb.tag_ != GERUND_TAG or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.dep_ in GERUND_DEPS and verb.head.lower_ in lex.position_preps:
        return _lemma(verb.head.head) in lex.position_words
    return verb.dep_ in POSITION_OBJECT_DEPS and _lemma(verb.head) in lex.position_words


def is_capability(head: Token, lex: NonActLexicon) -> bool:
    """Whether the trigger headed by ``head`` only names a capability, or the kind of act a
    policy position is on."""
    predicate = predicate_of(head)
    if predicate is None:
        return False
    return any(_ability_word(v, lex) for v in _controllers(predicate)) or any(
        _position_gerund(v, lex) for v in _controllers(predicate, EMBEDDING_DEPS))


def _doers(verb: Token, lex: NonActLexicon) -> list[Token]:
    """The subject of an active ``verb`` (the antecedent of a relative pronoun: "the storm
    **which** hit"), the noun a participle modifies ("storms **battering** the coast"), the
    ``by`` agent of a passive and its cause phrase ("were killed **in the earthquake**")."""
    doers = [verb.head if c.tag_ in RELATIVE_TAGS and verb.dep_ == RELATIVE_DEP else c
             for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == PARTICIPLE_DEP and verb.tag_ == GERUND_TAG:
        doers.append(verb.head)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    doers += [g for c in verb.children
              if c.dep_ == AGENT_DEP or (passive and c.lower_ in lex.cause_preps)
              for g in c.children if g.dep_ == "pobj"]
    return doers


def _no_actor(noun: Token, lex: NonActLexicon) -> bool:
    """A natural force or an abstract cause, also named by a compound ("Hurricane Ian")."""
    words = lex.natural_forces | lex.abstract_causes
    return _lemma(noun) in words or any(
        c.dep_ in COMPOUND_DEPS and _lemma(c) in lex.natural_forces for c in noun.children)


def has_natural_doer(head: Token, lex: NonActLexicon) -> bool:
    """Whether the verb of the trigger headed by ``head`` has a natural or abstract doer."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    # A passive verb's controller has its patient as subject ("the measure has to **be
    # approved** by the Senate"): only the passive's own agent and cause are its doers.
    passive = any(c.dep_ == "auxpass" for c in head.children)
    verbs = [head] if passive else _controllers(head)
    return any(_no_actor(d, lex) for v in verbs for d in _doers(v, lex))


def without_nonacts(doc: Doc, triggers: Sequence[TriggerMatch], lex: NonActLexicon
                    ) -> list[TriggerMatch]:
    """``triggers`` less those that only name a capability or whose doer is no actor."""
    return [t for t in triggers
            if not is_capability(doc[t.head], lex) and not has_natural_doer(doc[t.head], lex)]


__all__ = ["NonActLexicon", "has_natural_doer", "is_capability", "load_lexicon",
           "without_nonacts"]
