"""The ``muc`` suite: incident recall and precision on the MUC-3/4 terrorism reports.

PATH is the corpus directory (``muc34_docs.jsonl.gz`` + ``muc34_keys.jsonl.gz``). The reports of
DEV, TST3 and TST4 are coded in one batch: TST4 in its original mixed case, DEV and TST3 (written
in capitals only) truecased by :func:`eventwire.truecase.truecase` (same length, so offsets hold).
TST4 is also coded truecased from its capitals (set ``tst4-truecased``) to measure the truecaser.
Which templates count is described in :mod:`eventwire.evaluate.muc_keys`.

Matching (maps and lists in ``data/muc.yaml``):

- An event *matches* a template when it is reported as ``occurred``, its CAMEO root fits one of
  the template's incident types, and either its source or target shares a content word with a
  perpetrator or target fill (case- and accent-insensitive, stop words left out) or its place
  (or a target that is a place name) is one of the template's places below the country.
- Predicted incidents: our ``occurred`` events with a root in ``predicted_roots`` (18-20),
  grouped per report into incidents the way the keys make one template per incident
  (:mod:`eventwire.evaluate.muc_incidents`), then kept when they pass the keys' relevance rules
  judged on the whole incident (:mod:`eventwire.evaluate.muc_relevance`).
- A predicted incident is ``correct`` when one of its events matches an expected template,
  ``neutral`` when they match only optional or excluded templates, and ``extra`` otherwise
  (also when they match only a threatened template).
- A template is *found* when an event of a kept predicted incident matches it
  (``recall_any_event`` counts any occurred event of the report, as the first version did).
- A THREATENED template *comes out as an occurred attack* (``threatened_as_occurred``) when a
  kept predicted incident matches it and no other kind of template.

``recall`` = found expected templates / expected templates; ``precision`` = correct predicted
incidents / (correct + extra); ``precision_per_mention`` counts the events of the kept
incidents one by one instead. Headline figures are TST3 + TST4; ``sets`` breaks them down.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluate.errors_report import ErrorClasses
from eventwire.evaluate.metrics import common_fields, ratio
from eventwire.evaluate.muc_incidents import Incident, group_incidents
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
from eventwire.evaluate.muc_relevance import bare_name, is_place_name, relevance_rule
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts
from eventwire.records import Actor, Event
from eventwire.truecase import truecase

SUITE = "muc"
OCCURRED = "occurred"
HEADLINE_SETS: tuple[str, ...] = ("tst3", "tst4")
REPORTED_SETS: tuple[str, ...] = ("tst3", "tst4", "dev")
TRUECASED_TST4 = "tst4-truecased"
MUC_ERROR_CLASSES: tuple[str, ...] = (
    "missed_no_fitting_event",
    "missed_left_out_by_relevance",
    "missed_fitting_events_name_nothing",
    "missed_actors_not_in_fills",
    "extra_in_report_without_incident",
    "extra_in_report_with_incidents",
)


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


def place_names(event: Event) -> set[str]:
    """The event's place (text and gazetteer name) and a target that is a place name, folded."""
    names = [event.location.text, event.location.name] if event.location else []
    if is_place_name(event.target) and event.target is not None:
        names.append(bare_name(event.target.text))
    return {" ".join(fold_text(name).split()) for name in names if name}


def location_matches(event: Event, template: Template) -> bool:
    return bool(template.locations) and bool(place_names(event) & set(template.locations))


def event_matches(event: Event, template: Template, data: MucData) -> bool:
    """An occurred event whose root fits the template and whose actors or place agree."""
    if event.status != OCCURRED or event.cameo.root not in fitting_roots(template, data):
        return False
    return actors_overlap(event, template) or location_matches(event, template)


def names_nothing(event: Event) -> bool:
    """An event with neither source, target nor location ("the attack caused heavy damage")."""
    return event.source is None and event.target is None and event.location is None


def is_candidate(event: Event, data: MucData) -> bool:
    """An occurred event of a predicted root (before the relevance rules)."""
    return event.status == OCCURRED and event.cameo.root in data.predicted_roots


@dataclass(slots=True)
class SetTally:
    """Counts of one set of reports."""

    reports: int = 0
    expected: int = 0
    found: int = 0
    found_by_any_event: int = 0
    correct: int = 0
    extra: int = 0
    bare_incidents: int = 0
    merged_mentions: int = 0
    neutral: int = 0
    threatened: int = 0
    threatened_as_occurred: int = 0
    optional: int = 0
    excluded: int = 0
    coder_errors: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    not_predicted: Counter[str] = field(default_factory=Counter)
    mentions: Counter[str] = field(default_factory=Counter)
    errors: ErrorClasses = field(default_factory=lambda: ErrorClasses(names=MUC_ERROR_CLASSES))

    def add(self, other: SetTally) -> None:
        for name in self.__slots__:
            value = getattr(other, name)
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            elif isinstance(value, ErrorClasses):
                self.errors.merge(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def report(self) -> dict[str, Any]:
        fields = common_fields(SUITE, self.reports, self.expected, self.found, self.extra,
                               predicted=self.correct + self.extra)
        fields.pop("suite")
        return {
            **fields,
            "correct_predictions": self.correct,
            "recall_any_event": ratio(self.found_by_any_event, self.expected),
            "bare_incidents": self.bare_incidents,
            "merged_mentions": self.merged_mentions,
            "precision_per_mention": ratio(
                self.mentions["correct"], self.mentions["correct"] + self.mentions["extra"]),
            "not_predicted": dict(sorted(self.not_predicted.items())),
            "error_classes": self.errors.report(),
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


def miss_class(events: Sequence[Event], template: Template, data: MucData) -> str:
    """Why no predicted incident matched an expected template."""
    roots = fitting_roots(template, data)
    fitting = [e for e in events if e.status == OCCURRED and e.cameo.root in roots]
    if not fitting:
        return "missed_no_fitting_event"
    if any(event_matches(event, template, data) for event in fitting):
        return "missed_left_out_by_relevance"
    if all(names_nothing(event) for event in fitting):
        return "missed_fitting_events_name_nothing"
    return "missed_actors_not_in_fills"


def relevant_incidents(events: Sequence[Event], doc: MucDoc, data: MucData,
                       tally: SetTally) -> list[Incident]:
    """Our predicted incidents: candidate events grouped, then the keys' relevance rules;
    the incidents left out are counted by rule."""
    kept = []
    for incident in group_incidents([e for e in events if is_candidate(e, data)], data):
        rule = relevance_rule(incident, doc.published, data)
        if rule is None:
            kept.append(incident)
        else:
            tally.not_predicted[rule] += 1
    return kept


def matched_kinds(events: Iterable[Event], templates: Sequence[Template],
                  data: MucData) -> set[str]:
    """The kinds of the templates the events match."""
    events = list(events)
    return {t.kind for t in templates if any(event_matches(e, t, data) for e in events)}


def prediction_kind(kinds: set[str]) -> str:
    """``correct`` (matches an expected template), ``neutral`` (only optional or excluded ones)
    or ``extra`` (none, or only a threatened one)."""
    if "expected" in kinds:
        return "correct"
    return "neutral" if kinds & {"optional", "excluded"} else "extra"


def score_templates(events: Sequence[Event], incidents: Sequence[Incident],
                    templates: Sequence[Template], data: MucData, tally: SetTally) -> None:
    predicted = [event for incident in incidents for event in incident.events]
    for template in templates:
        matched = any(event_matches(event, template, data) for event in predicted)
        if template.kind == "expected":
            tally.expected += 1
            tally.found += matched
            tally.found_by_any_event += any(event_matches(e, template, data) for e in events)
            if not matched:
                tally.errors.add(miss_class(events, template, data), template.doc_id)
            kind = "/".join(template.types) or "?"
            tally.by_type[kind] += 1
            tally.found_by_type[kind] += matched
        elif template.kind == "threatened":
            tally.threatened += 1
            tally.threatened_as_occurred += any(
                matched_kinds(incident.events, templates, data) == {"threatened"}
                and matched_kinds(incident.events, [template], data)
                for incident in incidents)
        else:
            setattr(tally, template.kind, getattr(tally, template.kind) + 1)


def score_predictions(incidents: Sequence[Incident], templates: Sequence[Template],
                      doc: MucDoc, data: MucData, tally: SetTally) -> None:
    extra_class = ("extra_in_report_with_incidents" if templates
                   else "extra_in_report_without_incident")
    for incident in incidents:
        kind = prediction_kind(matched_kinds(incident.events, templates, data))
        setattr(tally, kind, getattr(tally, kind) + 1)
        for event in incident.events:
            tally.mentions[prediction_kind(matched_kinds([event], templates, data))] += 1
        tally.merged_mentions += len(incident.events) - 1
        if all(names_nothing(event) for event in incident.events):
            tally.bare_incidents += 1
        if kind == "extra":
            tally.errors.add(extra_class, doc.id)


def score_report(doc: MucDoc, events: Sequence[Event], templates: Sequence[Template],
                 data: MucData) -> SetTally:
    """The tally of one coded report."""
    tally = SetTally(reports=1)
    incidents = relevant_incidents(events, doc, data, tally)
    score_templates(events, incidents, templates, data, tally)
    score_predictions(incidents, templates, doc, data, tally)
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
                                            "recall", "f1", "precision_per_mention",
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
