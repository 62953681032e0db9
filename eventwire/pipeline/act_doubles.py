"""One act of force told twice in a sentence (part of ``ew_triggers``).

* A response verb ("retaliate", "respond", "hit back": ``response_verbs``) whose "with" or "by"
  phrase (``means_preps``) heads a trigger of force is that act: "Iran **retaliated** with air
  strikes on Israel" is one air strike (195) by Iran, coded at the verb (so that its subject is
  the doer) over the verb and its means, and the means' own trigger is dropped. A verb coded on
  its own (the bare "retaliated", 190) takes the finer code of its means, its pattern's code
  kept in ``extra``.
* A killing, a wounding or a targeting (``toll_verbs``) coded as force that tells the toll or the
  aim of another coded act of force is dropped: its participle clause ("rebels ambushed a convoy,
  **killing** four soldiers", "its military operation **targeting** Kurdish fighters") or a
  passive harm verb whose "when", "as" or "after" clause (``cause_marks``) is the act ("three
  were **killed** when gunmen attacked the bus"; its "in" and "by" phrases are
  :mod:`.harm_doubles`). A relative clause on an attack noun ("the attack that **killed** 31
  people") keeps its killing: such a noun often names no actor and gives no event, the killing
  naming its victims.

The lexicon is ``eventwire/data/act_doubles.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, TriggerMatch

DATA_FILE = "act_doubles.yaml"
PREP_DEP = "prep"
AGENT_DEP = "agent"
# The object of a means preposition: a noun or a gerund.
MEANS_DEPS = frozenset({"pobj", "pcomp"})
PARTICLE_DEP = "prt"
# "when" is read as an adverb of its clause's verb, "as" and "after" as its marker.
MARK_DEPS = frozenset({"mark", "advmod"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A participle clause on a verb or a noun: "ambushed a convoy, killing four", "the operation
# targeting Kurds".
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "conj", "xcomp"})
PARTICIPLE_TAG = "VBG"
CLAUSE_DEP = "advcl"


class ActDoubleLexicon(BaseModel):
    """The validated contents of ``act_doubles.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    force_codes: tuple[str, ...] = Field(min_length=1)
    response_verbs: frozenset[Word] = Field(min_length=1)
    means_preps: frozenset[Word] = Field(min_length=1)
    repression_codes: tuple[str, ...]
    toll_verbs: frozenset[Word] = Field(min_length=1)
    cause_marks: frozenset[Word]


def load_lexicon(path: Path | None = None) -> ActDoubleLexicon:
    """Read and validate ``act_doubles.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ActDoubleLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> ActDoubleLexicon:
    return load_lexicon()


def _is_force(trigger: TriggerMatch, lex: ActDoubleLexicon) -> bool:
    return trigger.code.startswith(lex.force_codes)


def _is_act(trigger: TriggerMatch, lex: ActDoubleLexicon) -> bool:
    """A trigger of force or of violent repression, whose toll a harm verb may tell."""
    return _is_force(trigger, lex) or trigger.code.startswith(lex.repression_codes)


def _at(triggers: Sequence[TriggerMatch], token: Token) -> TriggerMatch | None:
    """The trigger headed by ``token``, or else one whose words hold it."""
    heads = [t for t in triggers if t.head == token.i]
    if heads:
        return heads[0]
    return next((t for t in triggers if t.start <= token.i < t.end), None)


def _response_verb(verb: Token, lex: ActDoubleLexicon) -> bool:
    """A response verb, a phrasal one with its particle ("hit back")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in lex.response_verbs:
        return True
    return any(f"{lemma} {c.lower_}" in lex.response_verbs
               for c in verb.children if c.dep_ == PARTICLE_DEP)


def _means(verb: Token, lex: ActDoubleLexicon) -> list[Token]:
    """The nouns and gerunds of a verb's "with" or "by" phrases ("responded by *shelling*")."""
    return [obj for prep in verb.children
            if prep.dep_ in (PREP_DEP, AGENT_DEP) and prep.lower_ in lex.means_preps
            for obj in prep.children if obj.dep_ in MEANS_DEPS]


def _as_response(verb: Token, means: TriggerMatch, own: TriggerMatch | None) -> TriggerMatch:
    """The means' act coded at the response verb, over the verb and its means."""
    base = own if own is not None else replace(means, pos="VERB", specificity=means.specificity)
    extra = {**base.extra, PATTERN_CODE_KEY: base.code} if own is not None else dict(means.extra)
    return replace(base, start=min(verb.i, means.start), end=max(verb.i + 1, means.end),
                   head=verb.i, code=means.code, rule=means.rule if own is None else own.rule,
                   target_preps=base.target_preps or means.target_preps, extra=extra)


def with_responses(doc: Doc, triggers: Sequence[TriggerMatch],
                   lex: ActDoubleLexicon) -> list[TriggerMatch]:
    """``triggers`` with each response verb whose means is a coded act of force made that act
    (see the module)."""
    found = list(triggers)
    for verb in doc:
        if not _response_verb(verb, lex):
            continue
        own = next((t for t in found if t.head == verb.i), None)
        for noun in _means(verb, lex):
            means = next((t for t in found if t.head == noun.i and t is not own), None)
            if means is None or not _is_force(means, lex):
                continue
            merged = _as_response(verb, means, own)
            found = [t for t in found if t is not means and t is not own] + [merged]
            break
    return sorted(found, key=lambda t: (t.head, t.start))


def _subjectless(verb: Token) -> bool:
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _participle_of_act(verb: Token) -> Token | None:
    """The word a participle clause of ``verb`` hangs on ("ambushed ..., *killing* four")."""
    if verb.tag_ == PARTICIPLE_TAG and verb.dep_ in PARTICIPLE_DEPS and _subjectless(verb):
        return verb.head
    return None


def _caused_by(verb: Token, lex: ActDoubleLexicon) -> list[Token]:
    """The verbs of a passive harm verb's "when", "as" or "after" clauses (an active one names
    a doer of its own: "rebels killed two soldiers when troops raided their camp")."""
    if not any(c.dep_ in PASSIVE_DEPS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == CLAUSE_DEP
            and any(m.dep_ in MARK_DEPS and m.lower_ in lex.cause_marks for m in c.children)]


def _tells_toll(trigger: TriggerMatch, doc: Doc, force: Sequence[TriggerMatch],
                lex: ActDoubleLexicon) -> bool:
    verb = doc[trigger.head]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.toll_verbs:
        return False
    others = [t for t in force if t is not trigger]
    holder = _participle_of_act(verb)
    if holder is not None and _at(others, holder) is not None:
        return True
    return any(_at(others, cause) is not None for cause in _caused_by(verb, lex))


def without_tolls(doc: Doc, triggers: Sequence[TriggerMatch],
                  lex: ActDoubleLexicon) -> list[TriggerMatch]:
    """``triggers`` less the killings and woundings that tell another coded act's toll."""
    acts = [t for t in triggers if _is_act(t, lex)]
    dropped = {id(t) for t in acts if _is_force(t, lex) and _tells_toll(t, doc, acts, lex)}
    return [t for t in triggers if id(t) not in dropped]


def without_act_doubles(doc: Doc, triggers: Sequence[TriggerMatch],
                        lex: ActDoubleLexicon | None = None) -> list[TriggerMatch]:
    """``triggers`` with each act of force told twice coded once (see the module)."""
    lex = lex if lex is not None else bundled_lexicon()
    return without_tolls(doc, with_responses(doc, triggers, lex), lex)


__all__ = ["ActDoubleLexicon", "bundled_lexicon", "load_lexicon", "with_responses",
           "without_act_doubles", "without_tolls"]
