"""The ``petrarch`` suite: PETRARCH validation records scored by (source, target, event) codes.

Matching (per record, one-to-one, expected events in file order, first unused coded event wins):

* exact: normalised source, target and event codes are equal (``normalise_code``: upper case,
  leading/trailing punctuation removed, so ``---REB`` is ``REB`` and ``---`` is empty = no actor);
* relaxed: same two-digit CAMEO root and the same first three characters of source and target
  (the country or IGO prefix).

``<Config>`` options honoured: ``require_dyad`` (coded events without both a source and a target
code are dropped before matching) and ``new_actor_length`` (when positive, a coded actor also
matches a quoted new-actor code such as ``"INJURY TOLL"`` by its upper-cased text of at most that
many words). The ``comma_*`` options steer PETRARCH's parse-tree pruning and have no counterpart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.errors_report import Pair, Triple, align, event_errors, gold_triple
from eventwire.evaluate.metrics import common_fields, prf
from eventwire.evaluate.petrarch_records import (
    ExpectedEvent,
    PetrarchFile,
    PetrarchRecord,
    RecordOptions,
    normalise_code,
    petrarch_paths,
    read_petrarch_file,
)
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts, unique_ids
from eventwire.records import Actor, Event

SUITE = "petrarch"
COUNTRY_PREFIX = 3
ROOT_LENGTH = 2
STATEMENT_CODE = "010"
# ``error`` records about PETRARCH's own input, which eventwire never reads: "bad_input_parse"
# expects the record's Treebank parse (unbalanced brackets) to be rejected, while eventwire
# parses the text itself. They are set apart (``set_apart``), not scored.
UNREAD_INPUT_ERRORS = frozenset({"bad_input_parse"})
# Trigger forms (``extra["trigger_form"]``) that word an event without a clause of its own.
VERBLESS_FORMS = frozenset({"noun", "participle"})
# Statuses of an act not done (yet).
UNREALISED = frozenset({"planned", "possible"})


@dataclass(frozen=True, slots=True)
class CodedTriple:
    """A coded event as comparable codes; actors carry every form they may match."""

    sources: frozenset[str]
    targets: frozenset[str]
    code: str
    root: str

    def label(self) -> str:
        return f"{min(self.sources)}/{min(self.targets)}/{self.code}"


@dataclass(frozen=True, slots=True)
class RecordScore:
    """Counts for one record under one matching rule, and what was missed or extra."""

    expected: int
    correct: int
    extra: int
    missing: tuple[str, ...]
    spurious: tuple[str, ...]


Matcher = Callable[[ExpectedEvent, CodedTriple], bool]


def actor_forms(actor: Actor | None, options: RecordOptions) -> frozenset[str]:
    """The codes an actor can match: its code, and its text when new actors are allowed."""
    if actor is None:
        return frozenset({""})
    forms = {normalise_code(actor.code or "")}
    words = actor.text.split()
    if options.new_actor_length > 0 and 0 < len(words) <= options.new_actor_length:
        forms.add(normalise_code(" ".join(words)))
    return frozenset(forms)


def coded_triples(events: Sequence[Event], options: RecordOptions) -> list[CodedTriple]:
    """Comparable forms of a record's coded events, after the ``require_dyad`` filter."""
    triples = []
    for event in events:
        source, target = actor_forms(event.source, options), actor_forms(event.target, options)
        if options.require_dyad and ("" in source or "" in target):
            continue
        if "" in source and "" in target:
            continue  # PETRARCH never codes an event without any actor
        code = normalise_code(event.cameo.code)
        triples.append(CodedTriple(source, target, code, event.cameo.root))
    return triples


def exact_match(expected: ExpectedEvent, coded: CodedTriple) -> bool:
    return (
        expected.code == coded.code
        and expected.source in coded.sources
        and expected.target in coded.targets
    )


def prefix_in(code: str, forms: frozenset[str]) -> bool:
    return any(form[:COUNTRY_PREFIX] == code[:COUNTRY_PREFIX] for form in forms)


def relaxed_match(expected: ExpectedEvent, coded: CodedTriple) -> bool:
    return (
        expected.code[:ROOT_LENGTH] == coded.root[:ROOT_LENGTH]
        and prefix_in(expected.source, coded.sources)
        and prefix_in(expected.target, coded.targets)
    )


def match_events(
    expected: Sequence[ExpectedEvent], coded: Sequence[CodedTriple], matcher: Matcher
) -> tuple[list[ExpectedEvent], list[int]]:
    """Greedy one-to-one matching: (unmatched expected events, indexes of used coded events)."""
    used: list[int] = []
    missing = []
    for gold in expected:
        index = next(
            (i for i, triple in enumerate(coded) if i not in used and matcher(gold, triple)), None
        )
        if index is None:
            missing.append(gold)
        else:
            used.append(index)
    return missing, used


def score_record(record: PetrarchRecord, events: Sequence[Event], matcher: Matcher) -> RecordScore:
    """Score one record under ``matcher``.

    Coded events that match an unscorable gold code (``174K``) are neither correct nor extra.
    """
    coded = coded_triples(events, record.options)
    missing, used = match_events(record.events, coded, matcher)
    rest = [triple for i, triple in enumerate(coded) if i not in used]
    _, absorbed = match_events(record.unscorable, rest, relaxed_match)
    spurious = [triple for i, triple in enumerate(rest) if i not in absorbed]
    return RecordScore(
        expected=len(record.events),
        correct=len(record.events) - len(missing),
        extra=len(spurious),
        missing=tuple(f"{e.source}/{e.target}/{e.code}" for e in missing),
        spurious=tuple(triple.label() for triple in spurious),
    )


def reports_a_coded_event(event: Event, events: Sequence[Event]) -> bool:
    """A plain statement (010) whose speaker is the attribution of another event of its
    sentence: the verb of saying frames an event that is coded ("X said Y attacked Z")."""
    if event.cameo.code != STATEMENT_CODE or event.source is None:
        return False
    speaker = event.source
    return any(
        other is not event and other.sentence == event.sentence
        and other.attribution is not None and other.attribution.start is not None
        and speaker.start is not None and speaker.end is not None
        and speaker.start <= other.attribution.start < speaker.end
        for other in events
    )


def worded_by_a_clause(event: Event) -> bool:
    """The event is worded by a verb with a clause of its own: not by a noun ("the attack",
    "China's assistance") nor by a subjectless participial adjunct ("..., killing eight
    people"), as the coder marks in ``extra["trigger_form"]``. PETRARCH codes verb phrases
    from its verb dictionary, one event per clause."""
    return event.extra.get("trigger_form") not in VERBLESS_FORMS


def has_a_source(event: Event) -> bool:
    """The event names who acted: PETRARCH reads an event off the phrase of its source actor
    and codes none without one (the GSR records expect none; the unit tests 2 of 350)."""
    return event.source is not None and bool(event.source.code)


def requested_act(event: Event, events: Sequence[Event]) -> bool:
    """An act not (yet) done whose doer is the addressee of an earlier act of its sentence that
    occurred, and not one of that act's sources: the act someone is asked, urged or pressed to
    do ("Kenya urged Uganda to open the border": the opening). CAMEO codes the asking."""
    if event.status not in UNREALISED or event.source is None:
        return False
    doer = event.source
    return any(
        other is not event and other.sentence == event.sentence
        and other.status == "occurred" and other.trigger.start < event.trigger.start
        and same_mention(other.target, doer)
        and not any(same_mention(o.source, doer) for o in events if o.trigger == other.trigger)
        for other in events
    )


def same_mention(actor: Actor | None, other: Actor) -> bool:
    return actor is not None and (actor.start, actor.end) == (other.start, other.end)


def composed_into_a_statement(event: Event, events: Sequence[Event]) -> bool:
    """A reported act that the coder also coded as its speaker's accusation, claim or refusal
    (``extra["reported_act"]``: "Kenya said rebels shelled the town" is Kenya's 112 against the
    rebels): PETRARCH codes the statement so composed, one event, not the act beside it."""
    return any(other.extra.get("reported_act") == event.id for other in events)


def petrarch_view(events: Sequence[Event]) -> list[Event]:
    """The events PETRARCH's conventions would produce (``conventions`` figure): without the
    plain statements that report another coded event (``reports_a_coded_event``), the events
    that no clause of their own words (``worded_by_a_clause``), the events without a source
    (``has_a_source``), the acts someone is asked to do (``requested_act``) and the reported
    acts composed into their speaker's statement (``composed_into_a_statement``)."""
    return [
        e for e in events
        if not reports_a_coded_event(e, events) and worded_by_a_clause(e) and has_a_source(e)
        and not requested_act(e, events) and not composed_into_a_statement(e, events)
    ]


def totals(scores: Sequence[RecordScore]) -> tuple[int, int, int]:
    """(expected, correct, extra) summed over records."""
    return (
        sum(s.expected for s in scores),
        sum(s.correct for s in scores),
        sum(s.extra for s in scores),
    )


def by_category(
    records: Sequence[PetrarchRecord], scores: Sequence[RecordScore]
) -> dict[str, dict[str, Any]]:
    """Exact-match counts and F1 per record category (DEMO, COMPOUND, ...)."""
    grouped: dict[str, list[RecordScore]] = {}
    for record, score in zip(records, scores, strict=True):
        grouped.setdefault(record.category or "-", []).append(score)
    result = {}
    for category, group in sorted(grouped.items()):
        expected, correct, extra = totals(group)
        result[category] = {
            "items": len(group),
            "expected": expected,
            "correct": correct,
            "extra": extra,
            **prf(correct, correct + extra, expected),
        }
    return result


def empty_expectations(
    records: Sequence[PetrarchRecord], scores: Sequence[RecordScore]
) -> dict[str, dict[str, int]]:
    """For records expecting no event (``noevents``, ``error``): how many stayed clean."""
    result: dict[str, dict[str, int]] = {}
    for record, score in zip(records, scores, strict=True):
        if record.expectation == "events":
            continue
        entry = result.setdefault(record.expectation, {"items": 0, "clean": 0})
        entry["items"] += 1
        entry["clean"] += score.extra == 0
    return result


def mismatches(ids: Sequence[str], scores: Sequence[RecordScore]) -> list[dict[str, Any]]:
    return [
        {"id": item_id, "missing": list(score.missing), "extra": list(score.spurious)}
        for item_id, score in zip(ids, scores, strict=True)
        if score.missing or score.spurious
    ]


def record_pairs(record: PetrarchRecord, events: Sequence[Event]) -> list[Pair]:
    """Gold and coded events of a record aligned for error analysis (``errors_report``).

    Coded events taken by an unscorable gold code (``174K``) are left out, as in scoring.
    """
    coded = coded_triples(events, record.options)
    _, used = match_events(record.events, coded, exact_match)
    rest = [i for i in range(len(coded)) if i not in used]
    _, absorbed = match_events(record.unscorable, [coded[i] for i in rest], relaxed_match)
    dropped = {rest[i] for i in absorbed}
    gold = [gold_triple(e.source, e.target, e.code) for e in record.events]
    ours = [Triple(t.sources, t.targets, t.code) for i, t in enumerate(coded) if i not in dropped]
    return align(gold, ours)


def petrarch_errors(
    records: Sequence[PetrarchRecord], ids: Sequence[str], coded: CodedItems
) -> dict[str, Any]:
    """``confusion_by_root`` (gold root x coded root) and ``error_classes`` of the records."""
    return event_errors(
        (item_id, record_pairs(record, coded.of(item_id)))
        for record, item_id in zip(records, ids, strict=True)
    )


def file_summary(source: PetrarchFile) -> dict[str, Any]:
    return {
        "path": source.path,
        "records": len(source.records),
        "expected": sum(len(r.events) for r in source.records),
        "unscorable_events": sum(len(r.unscorable) for r in source.records),
        "skipped": dict(source.skipped),
        "bad_dates": source.bad_dates,
        "environment": source.environment,
    }


def set_apart(
    records: Sequence[PetrarchRecord], ids: Sequence[str], coded: CodedItems
) -> tuple[list[PetrarchRecord], list[str], dict[str, Any]]:
    """The records to score and their ids, and the report of those set apart: ``error``
    records about input eventwire never reads (``UNREAD_INPUT_ERRORS``), with their ids and
    the coded events that scoring would have counted as extra (``coded_triples``)."""
    pairs = list(zip(records, ids, strict=True))
    kept = [(r, i) for r, i in pairs if r.error not in UNREAD_INPUT_ERRORS]
    apart = [(r, i) for r, i in pairs if r.error in UNREAD_INPUT_ERRORS]
    report = {
        "errors": sorted(UNREAD_INPUT_ERRORS),
        "items": len(apart),
        "ids": [i for _, i in apart],
        "coded_events": sum(len(coded_triples(coded.of(i), r.options)) for r, i in apart),
    }
    return [r for r, _ in kept], [i for _, i in kept], report


def score_petrarch(
    records: Sequence[PetrarchRecord], ids: Sequence[str], coded: CodedItems
) -> dict[str, Any]:
    """The suite report for records already coded (``ids[i]`` is the item id of ``records[i]``);
    records about unread input are reported apart (``set_apart``)."""
    records, ids, apart = set_apart(records, ids, coded)
    exact = [score_record(r, coded.of(i), exact_match) for r, i in zip(records, ids, strict=True)]
    relaxed = [
        score_record(r, coded.of(i), relaxed_match) for r, i in zip(records, ids, strict=True)
    ]
    expected, correct, extra = totals(exact)
    _, relaxed_correct, relaxed_extra = totals(relaxed)
    report = common_fields(SUITE, len(records), expected, correct, extra)
    report["relaxed"] = {
        "rule": "root+actor-prefix",
        "correct": relaxed_correct,
        "extra": relaxed_extra,
        **prf(relaxed_correct, relaxed_correct + relaxed_extra, expected),
    }
    view = [score_record(r, petrarch_view(coded.of(i)), exact_match)
            for r, i in zip(records, ids, strict=True)]
    _, view_correct, view_extra = totals(view)
    report["conventions"] = {
        "rule": "reporting-verb+clauses-only+source+asked-act+composed-report",
        "correct": view_correct,
        "extra": view_extra,
        "left_out": (correct - view_correct) + (extra - view_extra),
        **prf(view_correct, view_correct + view_extra, expected),
    }
    report["by_category"] = by_category(records, exact)
    report["empty_expectations"] = empty_expectations(records, exact)
    report["coder_errors"] = len(coded.errors)
    report["set_apart"] = apart
    report["mismatches"] = mismatches(ids, exact)
    report.update(petrarch_errors(records, ids, coded))
    return report


def read_suite(
    path: str | Path, limit: int | None = None
) -> tuple[list[PetrarchFile], list[PetrarchRecord]]:
    """Read the file (or every record file in a directory); at most ``limit`` records."""
    files = [read_petrarch_file(p) for p in petrarch_paths(path)]
    records = [record for source in files for record in source.records]
    return files, records[:limit] if limit is not None else records


def run_petrarch(path: str | Path, coder: ArticleCoder, limit: int | None = None) -> dict[str, Any]:
    """Read, code (one batch, ``published`` = the record's date) and score the suite."""
    files, records = read_suite(path, limit)
    ids = unique_ids(record.id for record in records)
    texts = [GoldText(i, r.text, r.published) for i, r in zip(ids, records, strict=True)]
    report = score_petrarch(records, ids, code_texts(coder, texts))
    report["files"] = [file_summary(source) for source in files]
    report["options_honoured"] = ["require_dyad", "new_actor_length"]
    report["categories"] = dict(Counter(r.category for r in records))
    return report
