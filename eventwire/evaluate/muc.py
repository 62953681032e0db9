"""The ``muc`` suite: incident recall and precision on the MUC-3/4 terrorism reports.

PATH is the corpus directory (``muc34_docs.jsonl.gz`` + ``muc34_keys.jsonl.gz``). The reports of
DEV, TST3 and TST4 are coded in one batch: TST4 in its original mixed case, DEV and TST3 (written
in capitals only) truecased by :func:`eventwire.truecase.truecase` (same length, so offsets hold).
TST4 is also coded truecased from its capitals (set ``tst4-truecased``) to measure the truecaser.
Which templates count is described in :mod:`eventwire.evaluate.muc_keys`.

Matching (maps and lists in ``data/muc.yaml``):

- A gold incident (an expected template) is *found* when an event of the same report reported as
  ``occurred`` has a CAMEO root that fits one of the template's incident types and either its
  source or target shares a content word with a perpetrator or target fill (case- and
  accent-insensitive, stop words left out) or its location is the template's most specific place.
- A THREATENED template matched that way is a threat reported as an occurred attack
  (``threatened_as_occurred``).
- Predicted incidents are our ``occurred`` events with a root in ``predicted_roots`` (18-20) that
  pass the keys' relevance rules: not against an armed force (target sector in
  ``armed_sectors``: military, police, guerrillas), not dated more than ``recent_days`` before
  the report, and not placed (location or actor country) only outside the countries of
  interest. A predicted incident that
  matches an expected template is correct; one that matches only optional or excluded templates
  is neutral; every other one (also one matching only a threatened template) is ``extra``. For
  precision an event that names neither actor nor place ("the attack caused heavy damage") is
  compared by its root alone: it is mostly a further mention of an incident the report names
  elsewhere, and nothing in it contradicts the template. ``precision_strict`` counts such events
  as wrong.

``recall`` = found expected templates / expected templates; ``precision`` = correct predicted
incidents / (correct + extra). Headline figures are TST3 + TST4; ``sets`` breaks them down.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.evaluate.metrics import common_fields, ratio
from eventwire.evaluate.muc_keys import (
    MucCorpus,
    MucData,
    MucDoc,
    Template,
    content_tokens,
    fold_text,
    load_muc_data,
    read_corpus,
)
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts
from eventwire.records import Actor, Event
from eventwire.truecase import truecase

SUITE = "muc"
OCCURRED = "occurred"
HEADLINE_SETS: tuple[str, ...] = ("tst3", "tst4")
REPORTED_SETS: tuple[str, ...] = ("tst3", "tst4", "dev")
TRUECASED_TST4 = "tst4-truecased"


@dataclass(frozen=True, slots=True)
class Item:
    """One report as coded: its id in the batch, the report and the set it is scored in."""

    id: str
    doc: MucDoc
    set: str


def fitting_roots(template: Template, data: MucData) -> frozenset[str]:
    return frozenset(root for kind in template.types for root in data.incident_roots.get(kind, ()))


def actor_words(actor: Actor | None) -> frozenset[str]:
    if actor is None:
        return frozenset()
    return content_tokens(f"{actor.text} {actor.name or ''}")


def actors_overlap(event: Event, template: Template) -> bool:
    """The event's source or target shares a content word with a perpetrator or target fill."""
    words = actor_words(event.source) | actor_words(event.target)
    if not words:
        return False
    return any(words & content_tokens(fill) for fill in (*template.perpetrators,
                                                          *template.targets))


def location_matches(event: Event, template: Template) -> bool:
    location = event.location
    if location is None or not template.locations:
        return False
    ours = {" ".join(fold_text(name).split()) for name in (location.text, location.name) if name}
    return bool(ours & set(template.locations))


def event_matches(event: Event, template: Template, data: MucData) -> bool:
    """An occurred event whose root fits the template and whose actors or place agree."""
    if event.status != OCCURRED or event.cameo.root not in fitting_roots(template, data):
        return False
    return actors_overlap(event, template) or location_matches(event, template)


def names_nothing(event: Event) -> bool:
    """An event with neither source, target nor location ("the attack caused heavy damage")."""
    return event.source is None and event.target is None and event.location is None


def event_fits(event: Event, template: Template, data: MucData) -> bool:
    """For precision: a match, or an event that names nothing and has a fitting root."""
    if event_matches(event, template, data):
        return True
    return (
        names_nothing(event)
        and event.status == OCCURRED
        and event.cameo.root in fitting_roots(template, data)
    )


def is_clash(event: Event, data: MucData) -> bool:
    """The target is an armed force (military, police, guerrillas...): a guerrilla act or a
    clash, not a terrorist incident (MUC-4 relevance rule 1, exceptions a and b)."""
    return event.target is not None and event.target.sector in set(data.armed_sectors)


def is_old(event: Event, published: date | None, data: MucData) -> bool:
    """Dated (from the text) more than ``recent_days`` before the report."""
    if published is None or event.date is None or event.date_precision == "publication":
        return False
    try:
        when = date.fromisoformat(event.date)
    except ValueError:
        return False
    return when < published - timedelta(days=data.recent_days)


def is_foreign(event: Event, data: MucData) -> bool:
    """Every country the event names lies outside the countries of interest."""
    countries = {
        country
        for country in (
            event.location.country if event.location else None,
            event.source.country if event.source else None,
            event.target.country if event.target else None,
        )
        if country
    }
    return bool(countries) and not countries & set(data.countries_of_interest)


def is_predicted(event: Event, published: date | None, data: MucData) -> bool:
    """An occurred event of a predicted root that passes the keys' relevance rules."""
    if event.status != OCCURRED or event.cameo.root not in data.predicted_roots:
        return False
    return not (is_clash(event, data) or is_old(event, published, data) or is_foreign(event, data))


@dataclass(slots=True)
class SetTally:
    """Counts of one set of reports."""

    reports: int = 0
    expected: int = 0
    found: int = 0
    correct: int = 0
    correct_by_root_only: int = 0
    extra: int = 0
    neutral: int = 0
    threatened: int = 0
    threatened_as_occurred: int = 0
    optional: int = 0
    excluded: int = 0
    coder_errors: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)

    def add(self, other: SetTally) -> None:
        for name in self.__slots__:
            value = getattr(other, name)
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def report(self) -> dict[str, Any]:
        fields = common_fields(SUITE, self.reports, self.expected, self.found, self.extra,
                               predicted=self.correct + self.extra)
        fields.pop("suite")
        return {
            **fields,
            "correct_predictions": self.correct,
            "correct_by_root_only": self.correct_by_root_only,
            "precision_strict": ratio(self.correct - self.correct_by_root_only,
                                      self.correct + self.extra),
            "neutral_predictions": self.neutral,
            "threatened": self.threatened,
            "threatened_as_occurred": self.threatened_as_occurred,
            "optional": self.optional,
            "excluded": self.excluded,
            "coder_errors": self.coder_errors,
            "recall_by_type": {
                kind: {"expected": n, "found": self.found_by_type[kind],
                       "recall": ratio(self.found_by_type[kind], n)}
                for kind, n in sorted(self.by_type.items())
            },
        }


def score_templates(events: Sequence[Event], templates: Sequence[Template], data: MucData,
                    tally: SetTally) -> None:
    for template in templates:
        matched = any(event_matches(event, template, data) for event in events)
        if template.kind == "expected":
            tally.expected += 1
            tally.found += matched
            kind = "/".join(template.types) or "?"
            tally.by_type[kind] += 1
            tally.found_by_type[kind] += matched
        elif template.kind == "threatened":
            tally.threatened += 1
            tally.threatened_as_occurred += matched
        else:
            setattr(tally, template.kind, getattr(tally, template.kind) + 1)


def score_predictions(events: Sequence[Event], templates: Sequence[Template], doc: MucDoc,
                      data: MucData, tally: SetTally) -> None:
    for event in events:
        if not is_predicted(event, doc.published, data):
            continue
        kinds = {t.kind for t in templates if event_fits(event, t, data)}
        if "expected" in kinds:
            tally.correct += 1
            tally.correct_by_root_only += not any(
                event_matches(event, t, data) for t in templates if t.kind == "expected"
            )
        elif kinds & {"optional", "excluded"}:
            tally.neutral += 1
        else:
            tally.extra += 1


def score_report(doc: MucDoc, events: Sequence[Event], templates: Sequence[Template],
                 data: MucData) -> SetTally:
    """The tally of one coded report."""
    tally = SetTally(reports=1)
    score_templates(events, templates, data, tally)
    score_predictions(events, templates, doc, data, tally)
    return tally


def select_items(
    corpus: MucCorpus, limit: int | None, sets: Sequence[str] = REPORTED_SETS
) -> list[Item]:
    """The reports to code: DEV, TST3, TST4 and TST4 again truecased (first ``limit`` of each)."""
    by_set: dict[str, list[MucDoc]] = {}
    for doc in corpus.docs.values():
        by_set.setdefault(doc.set, []).append(doc)
    items: list[Item] = []
    for name in sets:
        docs = sorted(by_set.get(name, []), key=lambda d: d.id)[:limit]
        items += [Item(doc.id, doc, name) for doc in docs]
        if name == "tst4":
            items += [Item(f"{doc.id}#truecased", doc, TRUECASED_TST4) for doc in docs]
    return items


def text_of(item: Item) -> str:
    """Mixed case where the corpus has it (TST4), else the capitals truecased."""
    if item.set == "tst4" and item.doc.mixed_case is not None:
        return item.doc.mixed_case
    return truecase(item.doc.text)


def score_items(items: Iterable[Item], coded: CodedItems, corpus: MucCorpus,
                data: MucData) -> dict[str, SetTally]:
    tallies: dict[str, SetTally] = {}
    for item in items:
        tally = score_report(item.doc, coded.of(item.id), corpus.of(item.doc.id), data)
        tally.coder_errors = int(item.id in coded.errors)
        tallies.setdefault(item.set, SetTally()).add(tally)
    return tallies


def muc_report(tallies: dict[str, SetTally], corpus: MucCorpus) -> dict[str, Any]:
    headline = SetTally()
    for name in HEADLINE_SETS:
        headline.add(tallies.get(name, SetTally()))
    sets = {name: tallies[name].report() for name in (*REPORTED_SETS, TRUECASED_TST4)
            if name in tallies}
    sets["tst3+tst4"] = headline.report()
    report = {"suite": SUITE, **headline.report()}
    report["sets"] = sets
    report["per_set"] = {
        name: {key: values[key] for key in ("items", "expected", "correct", "extra", "precision",
                                            "recall", "f1", "precision_strict",
                                            "threatened_as_occurred")}
        for name, values in sets.items()
    }
    report["files"] = {
        "documents": len(corpus.docs),
        "document_lines_skipped": corpus.doc_counts.skipped,
        "key_lines": corpus.key_counts.lines,
        "key_lines_skipped": corpus.key_counts.skipped,
    }
    return report


def run_muc(
    path: str | Path,
    coder: ArticleCoder,
    limit: int | None = None,
    sets: Sequence[str] = REPORTED_SETS,
) -> dict[str, Any]:
    """Code the reports of ``sets`` (default DEV, TST3, TST4; ``limit`` of each) and score them."""
    data = load_muc_data()
    corpus = read_corpus(path, data)
    items = select_items(corpus, limit, sets)
    texts = [GoldText(item.id, text_of(item), item.doc.published) for item in items]
    coded = code_texts(coder, texts)
    return muc_report(score_items(items, coded, corpus, data), corpus)
