"""Print, per PETRARCH validation record, the gold events beside ours, and class the errors.

For error analysis of the ``petrarch`` suite (``docs/evaluation.md``): each record shows its text,
the gold triples (source, target, code) and every coded event with its code, source, target,
trigger text and rule id, marked ``=`` (exact match), ``~`` (paired with a gold event by
``errors_report.align``, not exact) or ``+`` (extra), and the gold events we missed. The
summary counts the classes below (a paired pair may be in several):

* ``wrong_root`` / ``wrong_subcode``: paired, another CAMEO root / the same root, another code;
* ``wrong_source`` / ``wrong_target``: paired, the gold actor code is not among ours;
* ``missing_trigger``: a gold event with no coded counterpart at all;
* ``extra_said_010``: an extra 010 ("X said") event in a record where another event was coded,
  the reporting verb that PETRARCH leaves uncoded when it codes the embedded event;
* ``extra_converted``: an extra event from a converted PETRARCH pattern (rule ``petrarch2:...``);
* ``extra_own``: an extra event from a hand-written pattern (rule ``ew....``);
* ``extra_dropped_by_dyad``: listed separately, coded events that scoring leaves out.

Run: ``python tools/petrarch_diff.py GOLD.xml [--dictionaries DIR ...] [--no-bundled]
[--only ID ...] [--summary]``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from eventwire.coder import Coder
from eventwire.evaluate.errors_report import Pair, Triple, align, gold_triple
from eventwire.evaluate.petrarch import coded_triples, read_suite
from eventwire.evaluate.petrarch_records import PetrarchRecord
from eventwire.evaluate.runner import GoldText, code_texts, unique_ids
from eventwire.records import Event

SAID_CODE = "010"
CONVERTED_PREFIX = "petrarch2:"


def actor_label(actor: object) -> str:
    code = getattr(actor, "code", None)
    text = getattr(actor, "text", "")
    return f"{code or '-'}({text})" if actor is not None else "---"


def event_line(event: Event) -> str:
    return (
        f"{event.cameo.code:>4} {actor_label(event.source)} -> {actor_label(event.target)}"
        f" | '{event.trigger.text}' | {event.rule} | {event.status}"
    )


def scored_events(record: PetrarchRecord, events: Sequence[Event]) -> list[Event]:
    """The events that scoring keeps (``coded_triples`` drops actorless and dyad-less ones)."""
    return [e for e in events if coded_triples([e], record.options)]


def extra_class(event: Event, others: Sequence[Event]) -> str:
    if event.cameo.code == SAID_CODE and any(o.cameo.code != SAID_CODE for o in others):
        return "extra_said_010"
    if event.rule.startswith(CONVERTED_PREFIX):
        return "extra_converted"
    return "extra_own"


def pair_classes(pair: Pair) -> list[str]:
    if pair.gold is not None and pair.coded is None:
        return ["missing_trigger"]
    return pair.classes()


def record_report(
    record: PetrarchRecord, events: Sequence[Event], classes: Counter[str]
) -> list[str]:
    kept = scored_events(record, events)
    triples = [coded_triples([e], record.options)[0] for e in kept]
    ours = [Triple(t.sources, t.targets, t.code) for t in triples]
    gold = [gold_triple(g.source, g.target, g.code) for g in record.events]
    pairs = align(gold, ours)
    lines = [f"== {record.id} [{record.category}]", f"   {record.text}"]
    for g in record.events:
        lines.append(f"   gold {g.code:>4} {g.source or '---'} -> {g.target or '---'}")
    by_triple = {id(t): e for t, e in zip(ours, kept, strict=True)}
    for pair in pairs:
        names = pair_classes(pair)
        if pair.coded is None:
            gold_event = pair.gold
            assert gold_event is not None
            lines.append(f"   MISS {gold_event.code} {min(gold_event.sources)} ->"
                         f" {min(gold_event.targets)}  [{', '.join(names)}]")
        else:
            event = by_triple[id(pair.coded)]
            if pair.gold is None:
                names = [extra_class(event, kept)]
            mark = "=" if pair.gold is not None and not names else "~" if pair.gold else "+"
            lines.append(f"   {mark} {event_line(event)}  [{', '.join(names)}]")
        classes.update(names)
    for event in events:
        if event not in kept:
            lines.append(f"   . {event_line(event)}  [dropped by scoring]")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--dictionaries", type=Path, action="append", default=[])
    parser.add_argument("--no-bundled", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--summary", action="store_true", help="print the class counts only")
    args = parser.parse_args(argv)
    _, records = read_suite(args.path)
    ids = unique_ids(record.id for record in records)
    coder = Coder(dictionaries=args.dictionaries, bundled=not args.no_bundled)
    texts = [GoldText(i, r.text, r.published) for i, r in zip(ids, records, strict=True)]
    coded = code_texts(coder, texts)
    classes: Counter[str] = Counter()
    for record, item_id in zip(records, ids, strict=True):
        lines = record_report(record, coded.of(item_id), classes)
        if not args.summary and (not args.only or record.id in args.only):
            print("\n".join(lines))
    exact = sum(len(r.events) for r in records) - sum(
        classes[name] for name in ("missing_trigger",)
    )
    print(f"\nclasses: {dict(sorted(classes.items()))}; gold events: "
          f"{sum(len(r.events) for r in records)} (paired or exact: {exact})")


if __name__ == "__main__":
    main()
