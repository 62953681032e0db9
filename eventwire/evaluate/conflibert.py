"""The ConfliBERT CAMEO suites: ``conflibert-class`` (penta class) and ``conflibert-roles``.

``conflibert-class`` reads ``sentence<TAB>label`` rows (label 0-4, see ``selection``), predicts one
class per sentence from its top event (no event: class 0, "statement") and reports accuracy,
macro F1, per-class scores and the confusion matrix. Its common fields count only *decided*
sentences (those with at least one event): ``correct`` = decided and right, ``extra`` = decided
and wrong, ``expected`` = all sentences; so precision is accuracy over decided sentences and
recall the share of all sentences decided right (the class-0 fallback never counts as correct).

With a sentence classifier (``Coder(classifier=DIR)``, docs/learning.md) the prediction is the
classifier's class of the sentence (the mean of its sentences' probabilities when spaCy splits
the text); the classifier is stacked on the rule coder, reading its triggers and statuses among
its features. The rule-coder reading is reported beside it as ``top_event``: the class of the
top event, preferring events of the classified class, or the classified class when the rules
found no event.

``conflibert-roles`` compares the character spans of our events' source and target actors with the
gold ``S``/``T``/``R`` spans (see ``conll``). A predicted span is a (role, token span) pair, the
token span being the tokens its characters overlap; duplicates across events count once. Spans
match *exactly* when their token spans are equal, and *by head* when the last token (the head of
an English noun phrase) of either span lies inside the other. Roles must agree, except that a
reciprocal gold span is matched by a source or a target. ``correct`` = gold spans matched by some
prediction; ``extra`` = predictions matching no gold span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluate.conll import GoldSpan, RoleSentence, read_role_file
from eventwire.evaluate.metrics import class_report, common_fields, f1_score, prf
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts
from eventwire.evaluate.selection import (
    NO_EVENT_CLASS,
    PENTA_LABELS,
    predicted_class,
    top_event,
)
from eventwire.records import Actor, Article, CodeResult, Event

CLASS_SUITE = "conflibert-class"
ROLES_SUITE = "conflibert-roles"
RECIPROCAL = "R"
# What may stand between two coordinated actors read as one reciprocal span.
COORDINATORS = frozenset({"and", "&", ","})


@dataclass(frozen=True, slots=True)
class ClassItem:
    id: str
    text: str
    label: int


@dataclass(slots=True)
class ClassFile:
    path: str
    items: list[ClassItem] = field(default_factory=list)
    bad_lines: int = 0


def read_class_text(text: str, path: str = "<text>") -> ClassFile:
    """``sentence<TAB>label`` rows; rows without a 0-4 label (or a header) are counted."""
    result = ClassFile(path=path)
    for number, line in enumerate(text.splitlines(), start=1):
        sentence, _, label = line.rstrip("\r\n").rpartition("\t")
        label = label.strip()
        if not sentence.strip() or not label.isdigit() or int(label) not in PENTA_LABELS:
            result.bad_lines += bool(line.strip())
            continue
        result.items.append(ClassItem(f"line-{number}", sentence.strip(), int(label)))
    return result


def read_class_file(path: str | Path) -> ClassFile:
    return read_class_text(Path(path).read_text(encoding="utf-8", errors="replace"), str(path))


def score_classes(
    items: Sequence[ClassItem], coded: CodedItems, classified: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """The ``conflibert-class`` report for coded items (and their classified classes)."""
    if not classified:
        return class_fields(items, [predicted_class(coded.of(item.id)) for item in items], coded)
    report = class_fields(items, [classified.get(item.id) for item in items], coded)
    by_rules = [
        predicted_class(coded.of(item.id), classified.get(item.id)) for item in items
    ]
    fallback = [classified.get(item.id) if d is None else d for d, item in zip(
        by_rules, items, strict=True)]
    rules = class_fields(items, fallback, coded)
    report["top_event"] = {
        "accuracy": rules["accuracy"],
        "macro_f1": rules["macro_f1"],
        "rule_decided": sum(d is not None for d in by_rules),
    }
    report["classifier"] = True
    return report


def class_fields(
    items: Sequence[ClassItem], decisions: Sequence[int | None], coded: CodedItems
) -> dict[str, Any]:
    """Common fields over decided sentences, class scores with undecided ones as class 0."""
    gold = [item.label for item in items]
    final = [NO_EVENT_CLASS if d is None else d for d in decisions]
    decided = sum(d is not None for d in decisions)
    correct = sum(d == g for d, g in zip(decisions, gold, strict=True))
    report = common_fields(CLASS_SUITE, len(items), len(items), correct, decided - correct)
    report.update(class_report(gold, final, PENTA_LABELS))
    report["undecided"] = len(items) - decided
    report["coder_errors"] = len(coded.errors)
    return report


class ClassRecorder:
    """Passes a coder's results through, keeping each article's classified class (the label
    of the mean of its sentences' probabilities) when the coder ran a sentence classifier."""

    def __init__(self, coder: ArticleCoder) -> None:
        self.coder = coder
        self.classes: dict[str, int] = {}

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodeResult]:
        for result in self.coder.code_articles(articles):
            label = mean_class(getattr(result, "sentence_classes", ()))
            if label is not None:
                self.classes[result.article.id] = label
            yield result


def mean_class(sentence_classes: Sequence[Any]) -> int | None:
    """The label with the highest mean probability over the sentences (None for none)."""
    if not sentence_classes:
        return None
    labels = sentence_classes[0].labels
    totals = [sum(s.probability(label) for s in sentence_classes) for label in labels]
    return int(labels[max(range(len(labels)), key=totals.__getitem__)])


def run_conflibert_class(
    path: str | Path, coder: ArticleCoder, limit: int | None = None
) -> dict[str, Any]:
    source = read_class_file(path)
    items = source.items[:limit] if limit is not None else source.items
    recorder = ClassRecorder(coder)
    coded = code_texts(recorder, [GoldText(item.id, item.text) for item in items])
    report = score_classes(items, coded, recorder.classes)
    report["files"] = [
        {"path": source.path, "items": len(source.items), "bad_lines": source.bad_lines}
    ]
    return report


def token_span(
    actor: Actor | None, offsets: Sequence[tuple[int, int]], role: str
) -> GoldSpan | None:
    """The actor as a ``role`` span over the tokens its characters overlap."""
    if actor is None or actor.start is None or actor.end is None:
        return None
    inside = [
        i for i, (start, end) in enumerate(offsets) if start < actor.end and end > actor.start
    ]
    return GoldSpan(role, inside[0], inside[-1] + 1) if inside else None


def main_events(events: Sequence[Event]) -> list[Event]:
    """The records of the sentence's main event: the top event (``selection.top_event``) among
    the events with an actor, and every record of its trigger (one per source-target pair)."""
    acting = [e for e in events if e.source is not None or e.target is not None]
    top = top_event(acting)
    if top is None:
        return []
    return [e for e in acting if (e.trigger.start, e.trigger.end) == (top.trigger.start,
                                                                       top.trigger.end)]


def paired_span(
    source: GoldSpan | None, target: GoldSpan | None, tokens: Sequence[str]
) -> GoldSpan | None:
    """One reciprocal span over a source and a target coordinated with each other ("Mexico and
    the United Kingdom"): only a conjunction or commas lie between them."""
    if source is None or target is None:
        return None
    first, second = sorted((source, target), key=lambda span: span.start)
    between = [token.lower() for token in tokens[first.end:second.start]]
    if not between or not set(between) <= COORDINATORS or between == [","]:
        return None
    return GoldSpan(RECIPROCAL, first.start, second.end)


def predicted_spans(
    events: Sequence[Event], offsets: Sequence[tuple[int, int]], tokens: Sequence[str] = ()
) -> list[GoldSpan]:
    """Unique (role, token span) pairs of the events' sources (``S``) and targets (``T``); an
    event whose source and target are coordinated gives one reciprocal span (``R``) instead
    (when the ``tokens`` are given)."""
    spans: dict[GoldSpan, None] = {}
    for event in events:
        source = token_span(event.source, offsets, "S")
        target = token_span(event.target, offsets, "T")
        paired = paired_span(source, target, tokens) if tokens else None
        for span in (paired,) if paired else (source, target):
            if span is not None:
                spans[span] = None
    return list(spans)


def exact_span(gold: GoldSpan, predicted: GoldSpan) -> bool:
    return (gold.start, gold.end) == (predicted.start, predicted.end)


def head_overlap(gold: GoldSpan, predicted: GoldSpan) -> bool:
    return gold.start <= predicted.end - 1 < gold.end or predicted.start <= gold.end - 1 < (
        predicted.end
    )


SpanMatcher = Callable[[GoldSpan, GoldSpan], bool]


def spans_match(gold: GoldSpan, predicted: GoldSpan, matcher: SpanMatcher) -> bool:
    roles_agree = gold.role == predicted.role or gold.role == RECIPROCAL
    return roles_agree and matcher(gold, predicted)


@dataclass(slots=True)
class SpanCounts:
    expected: int = 0
    correct: int = 0
    predicted: int = 0
    extra: int = 0
    by_role: dict[str, list[int]] = field(default_factory=dict)
    made_by_role: dict[str, list[int]] = field(default_factory=dict)

    def add(
        self, gold: Sequence[GoldSpan], predicted: Sequence[GoldSpan], matcher: SpanMatcher
    ) -> None:
        """Count one sentence's gold and predicted spans."""
        self.expected += len(gold)
        self.predicted += len(predicted)
        for span in gold:
            found = any(spans_match(span, guess, matcher) for guess in predicted)
            self.correct += found
            role = self.by_role.setdefault(span.role, [0, 0])
            role[0] += 1
            role[1] += found
        for guess in predicted:
            missed = not any(spans_match(g, guess, matcher) for g in gold)
            self.extra += missed
            made = self.made_by_role.setdefault(guess.role, [0, 0])
            made[0] += 1
            made[1] += missed

    def scores(self) -> dict[str, Any]:
        made = self.predicted
        result: dict[str, Any] = {"correct": self.correct, "extra": self.extra}
        result.update(prf(made - self.extra, made, self.expected))
        result["recall"] = round(self.correct / self.expected, 4) if self.expected else 0.0
        return result

    def role_scores(self, role: str) -> dict[str, float]:
        """Precision over the predictions of ``role``, recall over its gold spans."""
        expected, correct = self.by_role.get(role, [0, 0])
        made, extra = self.made_by_role.get(role, [0, 0])
        result = prf(made - extra, made, expected)
        result["recall"] = round(correct / expected, 4) if expected else 0.0
        result["f1"] = f1_score(result["precision"], result["recall"])
        return result


def score_roles(sentences: Sequence[RoleSentence], coded: CodedItems) -> dict[str, Any]:
    """The ``conflibert-roles`` report: the main event's spans, exact and by head overlap, and
    the same figures over every event of the sentence (``all_events``)."""
    exact, relaxed = SpanCounts(), SpanCounts()
    every, every_relaxed = SpanCounts(), SpanCounts()
    for sentence in sentences:
        tokens = [sentence.text[start:end] for start, end in sentence.offsets]
        events = coded.of(sentence.id)
        guesses = predicted_spans(main_events(events), sentence.offsets, tokens)
        exact.add(sentence.spans, guesses, exact_span)
        relaxed.add(sentence.spans, guesses, head_overlap)
        all_guesses = predicted_spans(events, sentence.offsets, tokens)
        every.add(sentence.spans, all_guesses, exact_span)
        every_relaxed.add(sentence.spans, all_guesses, head_overlap)
    report = common_fields(
        ROLES_SUITE, len(sentences), exact.expected, exact.correct, exact.extra, exact.predicted
    )
    report["relaxed"] = {"rule": "head-overlap", **relaxed.scores()}
    report["by_role"] = {role: role_report(role, exact, relaxed)
                         for role in sorted({*exact.by_role, *exact.made_by_role})}
    report["all_events"] = {
        "predicted": every.predicted,
        **every.scores(),
        "relaxed": {"rule": "head-overlap", **every_relaxed.scores()},
    }
    report["coder_errors"] = len(coded.errors)
    return report


def role_report(role: str, exact: SpanCounts, relaxed: SpanCounts) -> dict[str, Any]:
    """Gold spans of ``role`` and how many were matched; predictions of ``role`` and the
    exact and relaxed precision, recall and F1 (a gold ``R`` span may be matched by any role, a
    predicted ``R`` span matches only a gold ``R``)."""
    expected, correct = exact.by_role.get(role, [0, 0])
    return {
        "expected": expected,
        "correct": correct,
        "correct_relaxed": relaxed.by_role.get(role, [0, 0])[1],
        "predicted": exact.made_by_role.get(role, [0, 0])[0],
        **exact.role_scores(role),
        "relaxed": relaxed.role_scores(role),
    }


def run_conflibert_roles(
    path: str | Path, coder: ArticleCoder, limit: int | None = None
) -> dict[str, Any]:
    source = read_role_file(path)
    sentences = source.sentences[:limit] if limit is not None else source.sentences
    coded = code_texts(coder, [GoldText(s.id, s.text) for s in sentences])
    report = score_roles(sentences, coded)
    report["files"] = [
        {"path": source.path, "items": len(source.sentences), "bad_lines": source.bad_lines}
    ]
    return report
