"""Roles read from converted PETRARCH verb-pattern constructs carried in a trigger's ``extra``,
for ``ew_roles`` (``roles.py``):

- ``target_after`` (PETRARCH's "* AT ^ +"): the target is the first actor after the object of a
  landmark preposition;
- ``after_object`` ("+ * WORD $", "* WORD ^ +"): the other side is the n-th actor after the
  object;
- ``target_governor``/``source_governor`` ("+ HOSTING *", "NOTED + *"): the subject of a
  pattern word that is a verb governing the trigger's clause is the side the marker names;
- ``inverse_code`` (``[a:b]``): the event seen from the target's side too, when the component's
  ``inverse_events`` is on ("A visited B" is also "B hosted A").

Coded end to end in ``tests/pipeline/test_petrarch_constructs.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention, Frame, TriggerMatch
from eventwire.pipeline.support import OBJECT_DEPS, prep_objects
from eventwire.pipeline.verb_subjects import verb_subjects


def target_after(
    trigger: TriggerMatch, head: Token, index: MentionIndex
) -> list[ActorMention] | None:
    """PETRARCH's "* AT ^ +": the target is the first actor after the object of the named
    preposition ("warned at the meeting of the danger from X": X). None without such a
    preposition."""
    preps = trigger.extra.get("target_after")
    if not preps:
        return None
    hosts = [head, *(c for c in head.children if c.dep_ in OBJECT_DEPS)]
    objects = [o for host in hosts for o in prep_objects(host, preps)]
    if not objects:
        return None
    start = objects[0].i
    for token in head.subtree:
        mention = index.at(token) if token.i > start else None
        if mention is not None and mention.start > start:
            return actors_of([token.doc[mention.head]], index)
    return []


def after_skipped_actors(
    trigger: TriggerMatch, head: Token, index: MentionIndex
) -> list[ActorMention] | None:
    """PETRARCH's "+ * WORD $" and "* WORD ^ +": the other side is the n-th actor after
    the object (``after_object``; each ``^`` passes one over: "hosts X to celebrate the feast
    with Y at Z": Y, or Z with a ``^``). None without such a pattern or an object."""
    nth = trigger.extra.get("after_object")
    objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    if not isinstance(nth, int) or nth <= 0 or not objects:
        return None
    skip = nth - 1
    start = objects[0].i
    passed: set[int] = set()
    for token in head.subtree:
        mention = index.at(token) if token.i > start else None
        if mention is None or mention.start in passed:
            continue
        if len(passed) == skip:
            return actors_of([token.doc[mention.head]], index)
        passed.add(mention.start)
    return []


def governed_sides(
    trigger: TriggerMatch, doc: Doc, index: MentionIndex,
    sources: list[ActorMention], targets: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """PETRARCH's role marker beside a pattern word that is a verb governing the trigger's
    clause: "+ HOSTING *" makes that verb's subject the target ("Rohan will be hosting Bree to
    celebrate the harvest with Dale": Rohan), "NOTED + *" the source ("Rohan noted that Dale
    regretted the refusal": Rohan noted it). A side whose verb has no actor as its subject
    stays as the parse gave it."""
    found = {}
    for side in ("target", "source"):
        governor = trigger.extra.get(f"{side}_governor")
        if isinstance(governor, int):
            found[side] = actors_of(verb_subjects(doc[governor], index.lexicon)[0], index)
    return found.get("source") or sources, found.get("target") or targets


def inverse_frame(
    trigger: TriggerMatch, source: ActorMention | None, target: ActorMention | None,
    confidence: float,
) -> Frame | None:
    """The event seen from the other side, for a pattern with an inverse code (PETRARCH's
    ``[a:b]``): "A visited B" is also "B hosted A". Only when both sides are known."""
    inverse = trigger.extra.get("inverse_code")
    if not isinstance(inverse, str) or trigger.extra.get("swapped"):
        return None
    if source is None or target is None:
        return None
    return Frame(replace(trigger, code=inverse), target, source, confidence)


__all__ = ["after_skipped_actors", "governed_sides", "inverse_frame", "target_after"]
