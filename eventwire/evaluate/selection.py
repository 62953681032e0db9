"""Choosing one event per sentence for the class suites (the "top event" rule).

A sentence often yields several events ("X said Y attacked Z" gives a statement and an assault),
while the ConfliBERT and PLOVER gold sets give one label per sentence. The top event is the first
event in text order (by trigger position) whose status is not ``negated``; when every event is
negated, the first one. News sentences put their main action first and the verb of saying that
frames it last ("Troops shelled the town, officials said"), so text order is a good proxy for the
main clause. Chosen on ConfliBERT's *training* split (``cameo_class/train.tsv``), where it beat
preferring non-statements (accuracy 0.613) or material events (0.552) with 0.649.

The sentence's *class* (:func:`predicted_class`) is the class of what was said: there a plain
comment (010, CAMEO's "make statement, not specified below") whose content is itself a coded
event ranks after the events of the sentence ("Turkey's president says it will begin an
operation" is a threat, as a CAMEO coder codes it). The content is what
``Event.extra["reported_by"]`` links to the speech verb (``reported_acts.content_verb``); a
statement of another kind (a claim of responsibility, an accusation, a demand) keeps its rank.
On the training split this took accuracy from 0.855 to 0.861 (11 sentences right, 3 wrong: "X
claimed they had attacked", a claim the coder does not see as one when "they" stays
unresolved). The top event whose actors the roles suite reads keeps text order: ConfliBERT's
role annotation marks the speaker as the source of such a sentence (on its training split,
ranking the content first lost 5 exactly matched spans and added 13 wrong ones).

With a sentence classifier (``eventwire train``, docs/learning.md) the caller may pass the
sentence's classified penta class as ``preferred``: among the non-negated events, those of that
class come first, then text order decides as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.cameo_tense import cameo_convention
from eventwire.records import Event

# Penta classes as ConfliBERT's annotators assign them (their TagTog exports label actions
# "0-2 Appeal", "1-3 Express Intent to Coop", "3-16 Reduce Relations", "4-14 Protest"):
# 0 statement (01 statement, 02 appeal), 1 verbal cooperation (03-05), 2 material cooperation
# (06-08), 3 verbal conflict (09-13 and 16 reduce relations), 4 material conflict (14, 15, 17-20).
PENTA_LABELS: tuple[int, ...] = (0, 1, 2, 3, 4)
PENTA_NAMES: tuple[str, ...] = (
    "statement",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)
PENTA_OF_ROOT: dict[int, int] = {
    1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3, 13: 3,
    14: 4, 15: 4, 16: 3, 17: 4, 18: 4, 19: 4, 20: 4,
}
NO_EVENT_CLASS = 0
COMMENT_CODE = "010"


def event_rank(
    event: Event, preferred: int | None = None, reporting: frozenset[tuple[int, int]] = frozenset()
) -> tuple[int, int, int, int]:
    """Sort key, lower first: not negated before negated, then events of the ``preferred``
    penta class (when given), then events other than a plain comment on one of the
    ``reporting`` speech verbs (:func:`reporting_verbs`), then trigger position."""
    other = preferred is not None and event_class(event) != preferred
    comment = event.cameo.code == COMMENT_CODE and _head(event) in reporting
    return (1 if event.status == "negated" else 0, int(other), int(comment), event.trigger.start)


def _head(event: Event) -> tuple[int, int]:
    head = event.extra.get("trigger_head")
    if isinstance(head, list) and len(head) == 2:
        return head[0], head[1]
    return event.trigger.start, event.trigger.end


def reporting_verbs(events: Sequence[Event]) -> frozenset[tuple[int, int]]:
    """The speech verbs (character spans) whose statement's content is one of the ``events``
    that is coded in CAMEO and not negated (``extra["reported_by"]``)."""
    verbs = set()
    for event in events:
        verb = event.extra.get("reported_by")
        if isinstance(verb, list) and len(verb) == 2 and event.status != "negated" \
                and event_class(event) is not None:
            verbs.add((verb[0], verb[1]))
    return frozenset(verbs)


def top_event(
    events: Sequence[Event], preferred: int | None = None, content: bool = False
) -> Event | None:
    """The top event of a sentence (see the module docstring), or None when there is none;
    with ``content``, a plain comment on coded content ranks after the other events."""
    if not events:
        return None
    reporting = reporting_verbs(events) if content else frozenset()
    ordered = sorted(
        enumerate(events), key=lambda pair: (event_rank(pair[1], preferred, reporting), pair[0])
    )
    return ordered[0][1]


def penta_class(cameo_root: str) -> int:
    """The ConfliBERT penta class of a two-digit CAMEO root ("01".."20")."""
    try:
        root = int(cameo_root[:2])
    except ValueError as error:
        raise ValueError(f"not a CAMEO root: {cameo_root!r}") from error
    if root not in PENTA_OF_ROOT:
        raise ValueError(f"CAMEO root out of range: {cameo_root!r}")
    return PENTA_OF_ROOT[root]


def event_class(event: Event) -> int | None:
    """The penta class of the event's CAMEO root under CAMEO's tense convention (an announced
    meeting is an intent, 03: ``eventwire.cameo_tense``); None for a code outside CAMEO's roots."""
    try:
        return penta_class(cameo_convention(event).root)
    except ValueError:
        return None


def predicted_class(events: Sequence[Event], preferred: int | None = None) -> int | None:
    """Penta class of the top event, a comment ranked after its coded content; None when there
    is no event or its code is not CAMEO's."""
    event = top_event(events, preferred, content=True)
    return None if event is None else event_class(event)
