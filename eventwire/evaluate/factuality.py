"""The ``factuality`` suite: status and hedge of one marked trigger per sentence.

The gold file is JSON lines (``tests/data/factuality/``, see its ``guideline.md``): ``id``,
``text``, ``trigger`` (the word as written), ``trigger_start`` (its character offset),
``status`` (occurred, planned, possible, negated), ``hedge`` (null, alleged, reported, claimed)
and an optional ``note``. Each text is coded; the item's event is the event whose trigger span
covers ``trigger_start`` (the shortest such span). When events carry their trigger's head word
(``event.extra["trigger_head"]``, character offsets), an event whose span covers the word but
whose head is elsewhere ("threatened to attack" headed by "threatened") is a ``folded`` item:
the coder recorded the governing act, not the event asked about. An event whose status was
judged at another word than its head (``event.extra["status_word"]``: the event noun of a
material-act phrase, "called a general **strike**", or the verb saying that an event noun
happens, "the visit did not **take** place") is that word's event too, span or not; the
status word of the shortest trigger span wins. An item without an event of
its own is wrong for status and hedge accuracy and is listed under ``no_event`` (or ``folded``).
Events at other triggers are ``extra`` (reported, not penalised). ``precision`` is status
accuracy over the items with an event of their own, ``recall`` (and ``accuracy``) status
accuracy over all items.

Items whose event has no CAMEO code ("the vote", "a referendum", "raise interest rates") are
not excluded: a CAMEO coder emits no event for them, so they count as ``no_event`` misses in
``accuracy`` and ``recall`` and are left out of ``precision``, the figure that measures the
status decisions alone (see the gold set's guideline).

``given`` scores the same items with the event word given, as factuality corpora (FactBank and
its successors) are scored: the ``ew_factuality`` component judges every marked word, coded or
not, so ``given.accuracy`` measures the status rules on all items and ``accuracy`` the coder end
to end.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.evaluate.metrics import class_report, f1_score, ratio
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts
from eventwire.pipeline.factuality import FactualityComponent
from eventwire.records import STATUSES, Event

SUITE = "factuality"
NO_EVENT = "none"
HEDGES: tuple[str, ...] = ("alleged", "reported", "claimed")
REQUIRED: tuple[str, ...] = ("id", "text", "trigger", "trigger_start", "status")


@dataclass(frozen=True, slots=True)
class FactualityItem:
    """One gold sentence with its marked trigger."""

    id: str
    text: str
    trigger: str
    trigger_start: int
    status: str
    hedge: str | None = None
    note: str | None = None


def _invalid(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def parse_item(raw: object, where: str) -> FactualityItem:
    """Check one decoded JSON line; errors name ``where`` (file and line)."""
    if not isinstance(raw, dict):
        raise _invalid(where, "expected a JSON object")
    missing = [key for key in REQUIRED if key not in raw]
    if missing:
        raise _invalid(where, f"missing field(s) {', '.join(missing)}")
    text, trigger, start = str(raw["text"]), str(raw["trigger"]), raw["trigger_start"]
    if not isinstance(start, int) or text[start:start + len(trigger)] != trigger:
        raise _invalid(where, f"trigger {trigger!r} is not at offset {start!r}")
    if raw["status"] not in STATUSES:
        raise _invalid(where, f"unknown status {raw['status']!r}")
    hedge = raw.get("hedge")
    if hedge is not None and hedge not in HEDGES:
        raise _invalid(where, f"unknown hedge {hedge!r}")
    note = raw.get("note")
    return FactualityItem(
        str(raw["id"]), text, trigger, start, str(raw["status"]), hedge,
        str(note) if note is not None else None,
    )


def read_factuality_text(text: str, path: str = "<text>") -> list[FactualityItem]:
    """The items of a JSONL text (blank lines skipped); ids must be unique."""
    items: list[FactualityItem] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _invalid(where, f"invalid JSON ({exc.msg})") from None
        item = parse_item(raw, where)
        if item.id in seen:
            raise _invalid(where, f"duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    return items


def read_factuality_file(path: str | Path) -> list[FactualityItem]:
    return read_factuality_text(Path(path).read_text(encoding="utf-8"), str(path))


def head_span(event: Event) -> tuple[int, int] | None:
    """The character span of the trigger's head word, when the coder records it."""
    return _word_span(event, "trigger_head")


def status_word_span(event: Event) -> tuple[int, int] | None:
    """The character span of the word the event's status was judged at, when it is not the
    head ("called a general **strike**", "the visit did not **take** place")."""
    return _word_span(event, "status_word")


def _word_span(event: Event, key: str) -> tuple[int, int] | None:
    word = event.extra.get(key)
    if isinstance(word, list | tuple) and len(word) == 2:
        return int(word[0]), int(word[1])
    return None


def covering(events: Sequence[Event], offset: int) -> list[Event]:
    """Events whose trigger span covers the character ``offset``, shortest span first."""
    found = [e for e in events if e.trigger.start <= offset < e.trigger.end]
    return sorted(found, key=lambda e: e.trigger.end - e.trigger.start)


def is_own_event(event: Event, offset: int) -> bool:
    """Whether ``event`` is about the word at ``offset`` (its head, when known, covers it)."""
    head = head_span(event)
    return head is None or head[0] <= offset < head[1]


def event_at(events: Sequence[Event], offset: int) -> Event | None:
    """The event of the word at character ``offset`` (None when there is none of its own): the
    shortest covering event headed there, else the event whose status was judged there."""
    own = next((e for e in covering(events, offset) if is_own_event(e, offset)), None)
    if own is not None:
        return own
    ranked = sorted(events, key=lambda e: e.trigger.end - e.trigger.start)
    return next((e for e in ranked if _covers(status_word_span(e), offset)), None)


def _covers(span: tuple[int, int] | None, offset: int) -> bool:
    return span is not None and span[0] <= offset < span[1]


def extra_triggers(events: Sequence[Event], offset: int) -> int:
    """How many distinct trigger spans other than the one at ``offset`` carry events."""
    spans = {(e.trigger.start, e.trigger.end) for e in events}
    return sum(1 for start, end in spans if not start <= offset < end)


def _mistake(item: FactualityItem, event: Event | None) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "trigger": item.trigger,
        "status": item.status,
        "predicted": event.status if event else NO_EVENT,
        "hedge": item.hedge,
        "predicted_hedge": event.hedge if event else None,
    }


def score_factuality(items: Sequence[FactualityItem], coded: CodedItems) -> dict[str, Any]:
    """The suite's report from gold items and their coded events."""
    gold: list[str] = []
    predicted: list[str] = []
    hedge_correct = extra = 0
    no_event: list[dict[str, Any]] = []
    folded: list[dict[str, Any]] = []
    mistakes: list[dict[str, Any]] = []
    for item in items:
        events = coded.of(item.id)
        event = event_at(events, item.trigger_start)
        extra += extra_triggers(events, item.trigger_start)
        gold.append(item.status)
        predicted.append(event.status if event else NO_EVENT)
        if event is None:
            missing = {"id": item.id, "trigger": item.trigger, "text": item.text}
            (folded if covering(events, item.trigger_start) else no_event).append(missing)
            continue
        hedge_correct += event.hedge == item.hedge
        if event.status != item.status or event.hedge != item.hedge:
            mistakes.append(_mistake(item, event))
    found = len(items) - len(no_event) - len(folded)
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    precision, recall = ratio(correct, found), ratio(correct, len(items))
    classes = class_report(gold, predicted, (*STATUSES, NO_EVENT), averaged=STATUSES)
    return {
        "suite": SUITE,
        "items": len(items),
        "expected": len(items),
        "predicted": found,
        "correct": correct,
        "extra": extra,
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
        "accuracy": classes["accuracy"],
        "macro_f1": classes["macro_f1"],
        "hedge_accuracy": ratio(hedge_correct, len(items)),
        "per_class": classes["per_class"],
        "confusion": classes["confusion"],
        "no_event": len(no_event),
        "no_event_items": no_event,
        "folded": len(folded),
        "folded_items": folded,
        "mistakes": mistakes,
        "coder_errors": len(coded.errors),
    }


def word_at(doc: Doc, offset: int) -> Token | None:
    """The token of ``doc`` that holds the character ``offset``."""
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def judge_given(items: Sequence[FactualityItem], nlp: Language) -> dict[str, Any]:
    """Status and hedge of each item's marked word, the event mention given (as FactBank-style
    factuality is scored): the ``ew_factuality`` component alone, whether or not the coder has
    a CAMEO code for the word. ``nlp`` is the coder's full pipeline."""
    component = nlp.get_pipe("ew_factuality")
    if not isinstance(component, FactualityComponent):
        raise TypeError("the pipeline's ew_factuality is not eventwire's factuality component")
    gold: list[str] = []
    predicted: list[str] = []
    hedge_correct = 0
    mistakes: list[dict[str, Any]] = []
    for item, doc in zip(items, nlp.pipe(item.text for item in items), strict=True):
        token = word_at(doc, item.trigger_start)
        judged = component.judge_word(token) if token is not None else None
        status = judged.status if judged is not None else NO_EVENT
        hedge = judged.hedge if judged is not None else None
        gold.append(item.status)
        predicted.append(status)
        hedge_correct += hedge == item.hedge
        if status != item.status or hedge != item.hedge:
            mistakes.append({"id": item.id, "text": item.text, "trigger": item.trigger,
                             "status": item.status, "predicted": status,
                             "hedge": item.hedge, "predicted_hedge": hedge})
    classes = class_report(gold, predicted, (*STATUSES, NO_EVENT), averaged=STATUSES)
    return {
        "accuracy": classes["accuracy"],
        "macro_f1": classes["macro_f1"],
        "hedge_accuracy": ratio(hedge_correct, len(items)),
        "confusion": classes["confusion"],
        "mistakes": mistakes,
    }


def _pipeline(coder: ArticleCoder) -> Language | None:
    """The coder's spaCy pipeline when it has the factuality component (``Coder.nlp``)."""
    nlp = getattr(coder, "nlp", None)
    return nlp if isinstance(nlp, Language) and "ew_factuality" in nlp.pipe_names else None


def run_factuality(
    path: str | Path, coder: ArticleCoder, limit: int | None = None
) -> dict[str, Any]:
    """Code every sentence of the gold file at ``path`` and score status and hedge: end to end
    (the coder must find the event) and, when the coder exposes its pipeline, with the event
    word given (``given``)."""
    items = read_factuality_file(path)[:limit]
    coded = code_texts(coder, [GoldText(item.id, item.text) for item in items])
    nlp = _pipeline(coder)
    given = judge_given(items, nlp) if nlp is not None else None
    return {**score_factuality(items, coded), "given": given, "path": str(path)}
