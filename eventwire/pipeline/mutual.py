"""Which acts make coordinated subjects each other's sides.

"Russia and China met": each met the other, so with no other target the event is coded both
ways (RUS->CHN, CHN->RUS). "Kenya and Uganda called for a ceasefire": each called, at no one,
so each is a source of its own and the target comes from the object or phrase as for one
subject. The mutual acts are data (``mutual_codes``, ``mutual_words`` and
``reciprocal_pronouns`` of ``roles.yaml``); ``ew_roles`` (``roles.py``) asks ``mutual_sides``
when an event has several sources. The sides of a mutual act are each
other's, so no third side is looked for in its phrase ("Peru and Chile held talks on the
Bolivian question": PER<->CHL, not BOL); a grammatical target still counts ("met with Iran").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.role_lexicon import RoleLexicon

# Links of a verb's objects (as in roles.py) and of its open complement.
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
COMPLEMENT_DEP = "xcomp"
# The preposition through which an exchange noun names what is exchanged ("an exchange of
# prisoners").
EXCHANGED_PREP = "of"


def mutual_sides(trigger: TriggerMatch, head: Token, lexicon: RoleLexicon,
                 sources: list[ActorMention]) -> bool:
    """Whether the coordinated ``sources`` are each other's sides when nothing else is the
    target: of more than one code ("US jets and drones" are one side) in a ``mutual_act``;
    with the option ``mutual_acts`` off (PETRARCH's unit tests), any two or more."""
    if not lexicon.mutual_acts:
        return len(sources) > 1
    return len({s.code for s in sources}) > 1 and mutual_act(trigger, head, lexicon)


def mutual_act(trigger: TriggerMatch, head: Token, lexicon: RoleLexicon) -> bool:
    """An act whose coordinated subjects are each other's sides when nothing else is its
    target: one mutual by nature, by its CAMEO code (``mutual_codes`` of ``roles.yaml``:
    "Russia and China met", "held talks", "signed an accord") or its word (``mutual_words``:
    "clashed", "agreed"), one whose open complement is such a word ("failed to reach an
    agreement", "refused to negotiate"), or one done to "each other" ("accused each other").
    Any other act of coordinated subjects has each of them as a source of its own and its
    target from its object or phrase as usual ("Kenya and Uganda condemned Sudan": KEN->SDN,
    UGA->SDN; "called for a ceasefire": no target)."""
    if trigger.code.startswith(lexicon.mutual_codes):
        return True
    complements = [c for c in head.children if c.dep_ == COMPLEMENT_DEP]
    if any(_mutual_word(t, lexicon) for t in (head, *complements)):
        return True
    return _each_other(head, lexicon)


def _mutual_word(verb: Token, lexicon: RoleLexicon) -> bool:
    """A word of ``mutual_words``, or a support verb over one ("reached an agreement")."""
    if verb.lemma_.lower() in lexicon.mutual_words:
        return True
    return verb.lemma_.lower() in lexicon.support_verbs and any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lexicon.mutual_words
        for c in verb.children)


def _each_other(head: Token, lexicon: RoleLexicon) -> bool:
    """A reciprocal pronoun as the trigger's object or the object of one of its prepositions
    ("accused each other", "talked with one another")."""
    objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    objects += [o for c in head.children if c.dep_ == "prep" for o in c.children
                if o.dep_ == "pobj"]
    doc = head.doc
    return any(o.i > 0 and doc[o.i - 1:o.i + 1].text.lower() in lexicon.reciprocal_pronouns
               for o in objects)


def without_exchanged(head: Token, sources: list[ActorMention], targets: list[ActorMention],
                      index: MentionIndex) -> list[ActorMention]:
    """``targets`` without what the sides exchange: the direct object of an ``exchange_words``
    verb or the "of" phrase of such a noun, when the other side is named, as a coordinated
    subject of another code ("Israel and Hamas **exchanged prisoners**": each is the other's
    target, the prisoners are what they give) or as a target of its own ("Russia exchanged
    prisoners with Ukraine")."""
    if head.lemma_.lower() not in index.lexicon.exchange_words:
        return targets
    given = actors_of(exchanged_objects(head), index)
    others = [t for t in targets if t not in given]
    return others if others or len({s.code for s in sources}) > 1 else targets


def exchanged_objects(head: Token) -> list[Token]:
    """What an exchange word names as exchanged: a verb's direct object, a noun's "of" phrase."""
    if head.pos_ == "VERB":
        return [c for c in head.children if c.dep_ in OBJECT_DEPS]
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ == EXCHANGED_PREP
            for o in c.children if o.dep_ == "pobj"]


__all__ = ["exchanged_objects", "mutual_act", "mutual_sides", "without_exchanged"]
