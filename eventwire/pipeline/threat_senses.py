"""A noun of threat that names a danger, no act of threatening (part of ``ew_triggers``,
applied with :mod:`.nonacts`).

CAMEO's 13 (threaten) codes coercive acts: someone threatens someone. "threat" and "menace" also
name a danger that may come, with no threatener ("the threat of higher taxes worries voters",
"the threat of war looms", "a threat to democracy", "the Iranian threat"). A threat noun is an
act only with one of these cues (:func:`is_threat_made`):

* a threatener: a possessor ("Iran's threat", "its threat"), a "by" agent ("threats by the
  militia"), or a verb of making, keeping or dropping it, over it as its object ("issued a
  threat", "renewed its threat", "received death threats"), through a preposition ("followed
  through on the threat") or in a relative clause on it ("the threat he made");
* whom it is made against ("threats against journalists");
* a content that is an act an actor does to another: an infinitive ("the threat to close the
  strait"), the object of its "of" or a compound before it that is such an act ("the threat of
  sanctions", "a veto threat", "death threats"), or a modifier of a threat made ("veiled
  threats", "an empty threat").

A trigger of threat whose noun has none gives no event; so does a verb's trigger whose object is
such a noun ("faces the threat of a shutdown"). The words are data
(``eventwire/data/threat_senses.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "threat_senses.yaml"
POSSESSOR_DEP = "poss"
PREP_DEP = "prep"
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"acl", "relcl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
CONTENT_PREP = "of"
INFINITIVE_MARK = "to"
INFINITIVE_TAG = "VB"
NOUN_POS = "NOUN"
# How far up a coordination ("threats and ultimatums") and a chain of prepositions ("backed down
# from its threat") the governing verb is looked for.
MAX_STEPS = 3


class ThreatSenseLexicon(BaseModel):
    """The validated contents of ``threat_senses.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    threat_roots: tuple[str, ...] = Field(min_length=1)
    threat_nouns: frozenset[Word] = Field(min_length=1)
    act_contents: frozenset[Word]
    act_modifiers: frozenset[Word]
    agent_preps: frozenset[Word]
    target_preps: frozenset[Word]
    making_verbs: frozenset[Word]


def load_lexicon(path: Path | None = None) -> ThreatSenseLexicon:
    """Read and validate ``threat_senses.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ThreatSenseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> ThreatSenseLexicon:
    return load_lexicon()


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def threat_noun(head: Token, lex: ThreatSenseLexicon) -> Token | None:
    """The noun of threat of a trigger at ``head``: the head itself ("the *threat* of"), or a
    verb's object ("faces the *threat* of")."""
    if head.pos_ == NOUN_POS:
        return head if _is(head, lex.threat_nouns) else None
    return next((c for c in head.children if c.dep_ in OBJECT_DEPS and c.pos_ == NOUN_POS
                 and _is(c, lex.threat_nouns)), None)


def _prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``noun``'s prepositions of ``preps``, and of those of the nouns its own
    prepositions take ("threats by the militia *against* journalists")."""
    found: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == PREP_DEP):
        objects = [g for g in prep.children if g.dep_ in PREP_OBJECT_DEPS]
        if prep.lower_ in preps:
            found.extend(objects)
        found.extend(g2 for g in objects for p in g.children
                     if p.dep_ == PREP_DEP and p.lower_ in preps
                     for g2 in p.children if g2.dep_ in PREP_OBJECT_DEPS)
    return found


def _made(noun: Token, lex: ThreatSenseLexicon) -> bool:
    """A verb of making the threat governs it: as object, through its prepositions, or as a
    relative clause on it ("the threat *he made*")."""
    if any(c.dep_ in CLAUSE_DEPS and c.pos_ == "VERB" and _is(c, lex.making_verbs)
           and not any(g.dep_ == "aux" and g.lower_ == INFINITIVE_MARK for g in c.children)
           for c in noun.children):
        return True
    current = noun
    for _ in range(MAX_STEPS):
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        governor = current.head
        if governor.i == current.i:
            return False
        if governor.pos_ == "VERB":
            return _is(governor, lex.making_verbs)
        if current.dep_ not in PREP_OBJECT_DEPS and governor.dep_ != PREP_DEP:
            return False
        current = governor
    return False


def _infinitive_content(noun: Token) -> bool:
    """"the threat *to close* the strait": an infinitive clause on the noun (or after it, hung as
    an adverbial clause in a headline: "Threat *to behead* soldier")."""
    return any((c.dep_ in CLAUSE_DEPS or c.dep_ == "advcl" and c.i > noun.i)
               and c.tag_ == INFINITIVE_TAG and any(
        g.dep_ == "aux" and g.lower_ == INFINITIVE_MARK for g in c.children)
        for c in noun.children)


def _act_content(noun: Token, lex: ThreatSenseLexicon) -> bool:
    """The threat's "of" object or a modifier of it names an act of an actor, or the noun is
    qualified as a threat made."""
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and (
                _is(child, lex.act_contents) or _is(child, lex.act_modifiers)):
            return True
    return any(_is(g, lex.act_contents) or any(
        c.dep_ in MODIFIER_DEPS and _is(c, lex.act_contents) for c in g.children)
        for g in _prep_objects(noun, frozenset({CONTENT_PREP})))


def is_threat_made(noun: Token, lex: ThreatSenseLexicon) -> bool:
    """Whether the noun of threat ``noun`` names an act of threatening (see the module)."""
    if any(c.dep_ == POSSESSOR_DEP for c in noun.children):
        return True
    if _prep_objects(noun, lex.agent_preps | lex.target_preps):
        return True
    return _made(noun, lex) or _infinitive_content(noun) or _act_content(noun, lex)


def is_danger(head: Token, code: str, lex: ThreatSenseLexicon) -> bool:
    """Whether the threat trigger at ``head`` (coded ``code``) names only a danger."""
    if not code.startswith(lex.threat_roots):
        return False
    noun = threat_noun(head, lex)
    return noun is not None and not is_threat_made(noun, lex)


def without_dangers(doc: Doc, triggers: Sequence[TriggerMatch], lex: ThreatSenseLexicon
                    ) -> list[TriggerMatch]:
    """``triggers`` less the threats that name only a danger."""
    return [t for t in triggers if not is_danger(doc[t.head], t.code, lex)]


__all__ = ["ThreatSenseLexicon", "bundled_lexicon", "is_danger", "is_threat_made",
           "load_lexicon", "threat_noun", "without_dangers"]
