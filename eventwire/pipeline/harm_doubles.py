"""One attack told by a passive harm verb and the event noun of its cause (part of
``ew_triggers``).

"Five people were **killed** in a suicide **blast**", "two civilians were **wounded** by an
Israeli air **strike**": the victims are named with a passive harm verb (``harm_verbs`` of
``roles.yaml``) and the attack is the noun of its cause phrase (``harm_cause_preps``: "in",
"during", the "by" agent). When a trigger of material violence (``harm_cause_codes``: 18, 19,
20) codes that noun, it codes the attack, with the victims as its target and the attacker its
modifier or "by" phrase names (:mod:`.harm_cause`); the harm verb's own trigger of violence
tells the same act's toll and is dropped. An active harm verb ("rebels killed five soldiers in
an ambush") names its doer and keeps its event, and so does a passive one whose cause phrase
is no coded act ("killed in the city", "killed in the fighting" when "fighting" is no trigger
of its own). So does one whose victims are no actor ("a suspect was killed by gunfire"): the
attack noun would have no target to carry the harm.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.role_lexicon import RoleLexicon, load_lexicon
from eventwire.pipeline.verb_subjects import verb_subjects

CAUSE_DEPS = frozenset({"prep", "agent"})
PREP_OBJECT_DEP = "pobj"
PASSIVE_AUX = "auxpass"
CONJUNCT_DEP = "conj"
OF = "of"


@lru_cache(maxsize=1)
def bundled_roles() -> RoleLexicon:
    return load_lexicon()


def _passive_harm(verb: Token, lex: RoleLexicon) -> bool:
    """A harm verb in the passive whose victims are an actor ("five civilians were killed",
    "soldiers wounded in ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.harm_verbs:
        return False
    subjects, passive = verb_subjects(verb)
    if not (passive or any(c.dep_ == PASSIVE_AUX for c in verb.children)):
        return False
    mentions: Sequence[ActorMention] = verb.doc._.ew_actors or ()
    victims = [w for s in subjects for w in (s, *_of_objects(s))]
    return any(m.start <= w.i < m.end for w in victims for m in mentions)


def _of_objects(noun: Token) -> list[Token]:
    """The nouns of a quantity's "of" ("dozens *of people*")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == OF
            for g in c.children if g.dep_ == PREP_OBJECT_DEP]


def _cause_nouns(verb: Token, lex: RoleLexicon) -> list[int]:
    """The nouns of a harm verb's cause phrases ("killed *in* a suicide blast", "wounded *by*
    an air strike"), with their conjuncts."""
    found: list[int] = []
    for prep in verb.children:
        if prep.dep_ not in CAUSE_DEPS or prep.lower_ not in lex.harm_cause_preps:
            continue
        for noun in prep.children:
            if noun.dep_ == PREP_OBJECT_DEP:
                found += [noun.i, *(c.i for c in noun.children if c.dep_ == CONJUNCT_DEP)]
    return found


def without_harm_doubles(doc: Doc, triggers: Sequence[TriggerMatch],
                         lex: RoleLexicon | None = None) -> list[TriggerMatch]:
    """``triggers`` less the violence of a passive harm verb whose cause noun another trigger of
    violence codes (see the module)."""
    lex = lex if lex is not None else bundled_roles()
    violent = [t for t in triggers if t.code.startswith(lex.harm_cause_codes)]
    dropped: set[int] = set()
    for trigger in violent:
        verb = doc[trigger.head]
        if not _passive_harm(verb, lex):
            continue
        nouns = _cause_nouns(verb, lex)
        if any(other.head != trigger.head and not trigger.start <= other.head < trigger.end
               and any(other.head == n or other.start <= n < other.end for n in nouns)
               for other in violent):
            dropped.add(id(trigger))
    return [t for t in triggers if id(t) not in dropped]


__all__ = ["bundled_roles", "without_harm_doubles"]
