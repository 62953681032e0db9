"""A yield refused: CAMEO codes "refused to lift the sanctions" as a refusal to ease sanctions
(1244), not as a refusal of some kind.

The negated yield (root 08) keeps its own event and status (the factuality of that act); the
refusal is the refusing actor's act, coded with the refused act's code in the refusals table
(``reported_acts.refusals`` of ``attribution.yaml``, the table the reported refusals read:
0841 -> 1243, 085 -> 1244, 087 -> 1246, 08 -> 124):

* a verb of refusal governing the yield ("*refused* to lift the sanctions", "*declined* to free
  them") is coded as a refusal of some kind (120, 124) by its own trigger; its code is narrowed
  to the refused act's refusal code (1244).

A yield negated with a modal of will and no refusal verb ("*will not* release") is left as the
negated yield: an event of its own for the announcement (tried on "will not") added events
that CAMEO-coded role gold sets do not annotate.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.ontology import Ontology
from eventwire.records import Event
from eventwire.reported_acts import bundled_lexicon as attribution_lexicon

YIELD_ROOT = "08"
# Codes of a refusal verb's own trigger that the refused act may narrow.
GENERAL_REFUSALS = frozenset({"120", "124"})
NEGATED = "negated"


def _head(doc: Doc, event: Event) -> Token | None:
    span = event.extra.get("trigger_head")
    if not isinstance(span, list) or len(span) != len(("start", "end")):
        return None
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return found.root if found is not None else None


def refusal_code(code: str) -> str | None:
    """The refusal code of a refused yield ``code`` (root 08 only), or None."""
    if not code.startswith(YIELD_ROOT):
        return None
    return attribution_lexicon().reported_acts.refusal(code)


def _refusal_verb(head: Token) -> Token | None:
    """The verb of refusal whose open complement ``head`` is: "*refused* to lift"."""
    governor = head.head
    if head.dep_ == "xcomp" and governor.i != head.i \
            and governor.lemma_.lower() in attribution_lexicon().reported_acts.refusal_verbs:
        return governor
    return None


def with_refusals(doc: Doc, events: list[Event], ontology: Ontology) -> list[Event]:
    """``events`` with the refusals of their refused yields (see the module)."""
    reported = {e.extra.get("reported_act") for e in events}
    by_start = {e.trigger.start: i for i, e in enumerate(events)
                if e.cameo.code in GENERAL_REFUSALS}
    result = list(events)
    for event in events:
        if event.status != NEGATED or event.id in reported:
            continue
        code = refusal_code(event.cameo.code)
        head = _head(doc, event)
        if code is None or head is None:
            continue
        verb = _refusal_verb(head)
        if verb is not None:
            index = by_start.get(verb.idx)
            if index is not None:
                result[index] = replace(result[index], cameo=ontology.cameo(code),
                                        plover=ontology.plover(code))
    return result


__all__ = ["refusal_code", "with_refusals"]
