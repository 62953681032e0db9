"""A yield refused: CAMEO codes "will not release the prisoners" and "refused to lift the
sanctions" as a refusal (124x), not only as a yield that did not happen.

The negated yield (root 08) keeps its own event and status (the factuality of that act); the
refusal is the speaker's act, coded with the refused act's code in the refusals table
(``reported_acts.refusals`` of ``attribution.yaml``, the table the reported refusals read:
0841 -> 1243, 085 -> 1244, 087 -> 1246, 08 -> 124):

* a verb of refusal governing the yield ("*refused* to lift the sanctions", "*declined* to free
  them") is coded as a refusal of some kind (120, 124) by its own trigger; its code is narrowed
  to the refused act's refusal code (1244);
* a yield negated with a modal of will ("*will not* release", "*won't* end", "*would not*
  withdraw") announces a refusal by its source: an event of its own, on the modal and the
  negation, with the yield's source and target, occurred. A passive ("will not be pardoned",
  "shall not be surrendered") or a yield with no source names no one who refuses. "Did not
  release" reports a past and gives none, nor does "cannot" (no will), nor a statement that
  already reports the refusal ("said it would not lift": the statement is the refusal,
  ``eventwire.reported_acts``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.ontology import Ontology
from eventwire.records import Event, Span, stable_hash
from eventwire.reported_acts import bundled_lexicon as attribution_lexicon

YIELD_ROOT = "08"
REFUSAL_ROOT = "12"
# Codes of a refusal verb's own trigger that the refused act may narrow.
GENERAL_REFUSALS = frozenset({"120", "124"})
REFUSAL_VERBS = frozenset({"refuse", "decline"})
WILL_MODALS = frozenset({"will", "would", "wo"})
NEGATED = "negated"
RULE = "ew.refusal.announced"
# How much less sure an announced refusal is than the yield's own event.
REFUSAL_CONFIDENCE = 0.9


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
            and governor.lemma_.lower() in REFUSAL_VERBS:
        return governor
    return None


def _will_not(head: Token) -> list[Token]:
    """The modal of will and the negation on ``head`` ("will not", "won't"), or []. A passive
    ("will not be pardoned") states what shall not happen, no one's refusal."""
    if any(c.dep_ == "auxpass" for c in head.children):
        return []
    modals = [c for c in head.children if c.dep_ == "aux" and c.lower_ in WILL_MODALS]
    negations = [c for c in head.children if c.dep_ == "neg"]
    return sorted(modals[:1] + negations[:1], key=lambda t: t.i) \
        if modals and negations else []


def with_refusals(doc: Doc, events: list[Event], ontology: Ontology, digest: str) -> list[Event]:
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
            continue
        cue = _will_not(head) if event.source is not None else []
        if cue:
            result.append(_announced(doc, event, cue, code, ontology, digest))
    return result


def _announced(
    doc: Doc, event: Event, cue: list[Token], code: str, ontology: Ontology, digest: str
) -> Event:
    start, end = cue[0].idx, cue[-1].idx + len(cue[-1].text)
    trigger = Span(start, end, doc.text[start:end])
    event_id = stable_hash(event.article_id, digest, start, code,
                           event.source.start if event.source else None,
                           event.target.start if event.target else None)
    return replace(
        event, id=event_id, trigger=trigger, cameo=ontology.cameo(code),
        plover=ontology.plover(code), status="occurred", hedge=None,
        confidence=event.confidence * REFUSAL_CONFIDENCE, rule=RULE,
        extra={"trigger_head": [cue[-1].idx, cue[-1].idx + len(cue[-1].text)],
               "refused_act": event.id},
    )


__all__ = ["refusal_code", "with_refusals"]
