"""Words of harm used figuratively, whose patient is an intangible (part of ``ew_triggers``,
applied with :mod:`.nonacts`).

News speaks of threats, damage and blows to things no actor can strike: "health problems
serious enough to **threaten** his status as leader", "an inquiry intent on **damaging** the
party's chances", "the relationship with China was **damaged**", "the scandal **destroyed** his
career", "an **attack** on his credibility", "moved to **quell** rumours", "the problem is not
**confined** to Republicans", "**fighting** against fraud". A trigger coded as a threat (13),
as damage to property (171), as arrest or expulsion (173, 174), as repression (175) or as force
(18, 19, 20) gives no event when its patient is such an intangible: the direct object or
passive subject of a verb (or the noun a passive participle describes: "the ties **damaged** by
the row"), else the object of its "against" or "on", the object of a preposition after a noun
("**damage** to relations"), every conjunct of it an intangible. Social ills that a crackdown
is done to people for ("corruption", "crime") are intangibles only to force: "fight corruption"
uses no force, a crackdown on it arrests people. A pattern that reads the object as part of the
event ("damaged relations", 160) claims it and is left alone; so are a trigger without a
patient, a pronoun patient ("fighting **it**") and a patient that is a person, a group, a place
or a thing ("destroyed the bridge and his hopes", "threatened the envoy").

A "war" or a "crusade" declared or waged on things that no dictionary knows as an actor or a
place ("declared war on potholes", "a war on plastic bags", "a war on the press") is a
campaign, no use of force; "war on Georgia", "on the cartels", "against the rebels" keep theirs.

A verb of moving whose goal is a direction, a position on a scale or a state ("**pushed** the
party to the right", "could **push** the country into chaos", "**drove** the agency down a road",
"**moved** to the centre") moves nothing through space: coded as a demand (10), as coercion (17)
or as force (18-20), it gives no event; "troops **pushed** into the town" and "**pushed** for
reform" keep theirs. The words are data (``eventwire/data/figures.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention, TriggerMatch

DATA_FILE = "figures.yaml"
# A verb's patient: its direct object or its passive subject.
VERB_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
OBJECT_OF_PREP = "pobj"
PREP_DEP = "prep"
# A passive participle describing its patient: "the ties **damaged** by the row".
PARTICIPLE_DEP = "acl"
PARTICIPLE_TAG = "VBN"
NOUN_POS = frozenset({"NOUN"})


class FigureLexicon(BaseModel):
    """The validated contents of ``figures.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    codes: tuple[Word, ...] = Field(min_length=1)
    intangibles: frozenset[Word]
    patient_preps: frozenset[Word]
    verb_patient_preps: frozenset[Word]
    force_codes: tuple[Word, ...] = Field(min_length=1)
    force_intangibles: frozenset[Word]
    # Names of public programmes, intangibles though proper nouns ("destroy Medicaid").
    named_intangibles: frozenset[Word] = frozenset()
    # Verbs of moving, the prepositions of their goal, the goals that are no place, and the
    # code prefixes they are read for ("pushed the party to the right").
    goal_verbs: frozenset[Word] = frozenset()
    goal_preps: frozenset[Word] = frozenset()
    goal_nouns: frozenset[Word] = frozenset()
    goal_codes: tuple[Word, ...] = ()
    # Nouns of war that a campaign against things is called ("a war on plastic bags").
    war_nouns: frozenset[Word] = frozenset()
    war_preps: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> FigureLexicon:
    """Read and validate ``figures.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, FigureLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> FigureLexicon:
    return load_lexicon()


def _own_patients(head: Token, lex: FigureLexicon) -> list[Token]:
    """What ``head`` acts on (see the module), with its conjuncts."""
    if head.pos_ in {"VERB", "AUX"}:
        found = [c for c in head.children if c.dep_ in VERB_PATIENT_DEPS]
        if head.dep_ == PARTICIPLE_DEP and head.tag_ == PARTICIPLE_TAG:
            found.append(head.head)
        if not found:  # "fighting **against** fraud", "cut down **on** bureaucracy"
            found = [g for c in head.children
                     if c.dep_ == PREP_DEP and c.lower_ in lex.verb_patient_preps
                     for g in c.children if g.dep_ == OBJECT_OF_PREP]
    elif head.pos_ in NOUN_POS:
        found = [g for c in head.children if c.dep_ == PREP_DEP and c.lower_ in lex.patient_preps
                 for g in c.children if g.dep_ == OBJECT_OF_PREP]
    else:
        found = []
    return [n for p in found for n in (p, *p.conjuncts)]


def patients(trigger: TriggerMatch, doc: Doc, lex: FigureLexicon) -> list[Token]:
    """What the trigger acts on. An event noun that the trigger's pattern reads as the verb's
    object acts on what its preposition names ("launched an **attack** on his credibility");
    any other patient the pattern reads stays, and keeps the event ("damaged **relations**")."""
    claimed = range(trigger.start, trigger.end)
    head = doc[trigger.head]
    found = _own_patients(head, lex)
    if head.pos_ in NOUN_POS:
        return found
    return [g for p in found for g in (
        _own_patients(p, lex) or [p] if p.i in claimed and p.pos_ in NOUN_POS
        and doc[p.i].lemma_.lower() not in lex.intangibles else [p])]


def is_figurative(trigger: TriggerMatch, doc: Doc, lex: FigureLexicon) -> bool:
    """Whether a trigger of harm acts only on intangibles that its pattern does not claim."""
    if not trigger.code.startswith(lex.codes):
        return False
    found = patients(trigger, doc, lex)
    if not found or any(trigger.start <= p.i < trigger.end for p in found):
        return False
    words = lex.intangibles | (lex.force_intangibles if trigger.code.startswith(lex.force_codes)
                               else frozenset())
    return all((p.pos_ in NOUN_POS and p.lemma_.lower() in words)
               or p.lower_ in lex.named_intangibles for p in found)


def _known_actor(token: Token) -> bool:
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    return any(m.start <= token.i < m.end for m in mentions)


def is_war_on_things(trigger: TriggerMatch, doc: Doc, lex: FigureLexicon) -> bool:
    """Whether a war of force is waged on things no dictionary knows as an actor or a place,
    every object of its "on" or "against" ("declared war on potholes"; see the module)."""
    if not trigger.code.startswith(lex.force_codes):
        return False
    head = doc[trigger.head]
    wars = [head] if head.lemma_.lower() in lex.war_nouns and head.pos_ in NOUN_POS else [
        t for t in doc[trigger.start:trigger.end]
        if t.lemma_.lower() in lex.war_nouns and t.pos_ in NOUN_POS]
    found = [n for w in wars for c in w.children if c.dep_ == PREP_DEP
             and c.lower_ in lex.war_preps for g in c.children if g.dep_ == OBJECT_OF_PREP
             for n in (g, *g.conjuncts)]
    return bool(found) and all(n.pos_ in NOUN_POS and not _known_actor(n) for n in found)


def is_figurative_goal(trigger: TriggerMatch, doc: Doc, lex: FigureLexicon) -> bool:
    """Whether a verb of moving moves something only to a direction or a state: every object
    of its goal prepositions (and their conjuncts) is such a goal (see the module)."""
    head = doc[trigger.head]
    if not lex.goal_codes or not trigger.code.startswith(lex.goal_codes):
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() not in lex.goal_verbs:
        return False
    goals = [n for c in head.children if c.dep_ == PREP_DEP and c.lower_ in lex.goal_preps
             for g in c.children if g.dep_ == OBJECT_OF_PREP for n in (g, *g.conjuncts)]
    return bool(goals) and all(g.lemma_.lower() in lex.goal_nouns for g in goals)


def without_figures(doc: Doc, triggers: Sequence[TriggerMatch], lex: FigureLexicon
                    ) -> list[TriggerMatch]:
    """``triggers`` less the words of harm that act only on intangibles, the verbs of moving
    whose goal is a direction or a state, and the wars waged on things."""
    return [t for t in triggers
            if not is_figurative(t, doc, lex) and not is_figurative_goal(t, doc, lex)
            and not is_war_on_things(t, doc, lex)]


__all__ = ["FigureLexicon", "bundled_lexicon", "is_figurative", "is_figurative_goal",
           "is_war_on_things",
           "load_lexicon", "patients",
           "without_figures"]
