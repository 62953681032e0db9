"""How the coder uses the sentence classifier's output (``doc._.ew_classify``).

* Each event's ``confidence`` becomes the mean of the confidence model's probability
  (``learn/confidence.py``) and the classifier's probability of the event's penta class in its
  sentence: an event the classifier agrees with keeps or gains confidence, one it doubts loses
  some. ``event.extra["classifier"]``
  keeps the sentence's class and that probability.
* The result of an article carries every sentence's class (``ClassifiedResult``), so that a
  sentence the rules found no event in still has the classifier's reading.
* Choosing one event per sentence (``eventwire.evaluate.selection.top_event``) prefers events of
  the sentence's classified class.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire.evaluate.selection import event_class
from eventwire.pipeline.classify import SentenceClass
from eventwire.records import CodeResult, Event

CLASSIFIER_KEY = "classifier"


@dataclass(slots=True)
class ClassifiedResult(CodeResult):
    """A ``CodeResult`` with the class of every sentence of the article, in order."""

    sentence_classes: tuple[SentenceClass, ...] = ()


def with_classifier(event: Event, sentence: SentenceClass) -> Event:
    """The event with its confidence blended with the classifier's view of its class."""
    penta = event_class(event)
    if penta is None:
        return event
    agreement = sentence.probability(penta)
    extra = {**event.extra, CLASSIFIER_KEY: {"class": sentence.label, "probability": agreement}}
    return replace(event, confidence=(event.confidence + agreement) / 2, extra=extra)


def apply_classes(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, each adjusted by the class of its sentence (``Event.sentence`` index)."""
    classes: list[SentenceClass] = list(doc._.ew_classify or ())
    return [
        with_classifier(event, classes[event.sentence]) if event.sentence < len(classes)
        else event
        for event in events
    ]


def classified_result(doc: Doc, result: CodeResult) -> ClassifiedResult:
    """``result`` with adjusted events and the doc's sentence classes."""
    return ClassifiedResult(
        article=result.article,
        events=apply_classes(doc, result.events),
        error=result.error,
        sentence_classes=tuple(doc._.ew_classify or ()),
    )


def sentence_class_of(event: Event) -> int | None:
    """The classified class of the event's sentence, when a classifier ran."""
    info = event.extra.get(CLASSIFIER_KEY)
    return int(info["class"]) if isinstance(info, dict) else None
