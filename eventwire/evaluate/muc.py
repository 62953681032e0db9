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
  pass the keys' relevance rules (``relevance_rule``; MUC-4 template documentation, section 1):
  not against an armed force or illegal group (target sector in ``armed_sectors``: military,
  police, guerrillas, drug traffickers; rules 1 and 3), not dated more than ``recent_days``
  before the report (rule 6), not placed outside the countries of interest with no actor of
  them (rule 4), not a generic or summary
  description (a plural or simple-present trigger word, rule 7) and not an unspecified act of
  violence without a target ("an attack by a subversive group", rule 7).
- Matching is literal: a predicted incident that matches an expected template (as above) is
  correct; one that matches only optional or excluded templates is neutral; every other one
  (also one matching only a threatened template) is ``extra``.
- An event that names neither source, target nor place ("the bomb caused heavy damage") gives no
  fill that would make it a separate incident (section 5: instances differ by location,
  perpetrator...), so it is merged into the report's other predicted incidents
  (``merged_mentions``); when the report has none, its bare events are one predicted incident,
  which can match no template (``bare_incidents``, counted as extra). ``precision_per_mention``
  counts every bare event as extra instead.

``recall`` = found expected templates / expected templates; ``precision`` = correct predicted
incidents / (correct + extra). Headline figures are TST3 + TST4; ``sets`` breaks them down.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.evaluate.errors_report import ErrorClasses
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
MUC_ERROR_CLASSES: tuple[str, ...] = (
    "missed_no_fitting_event",
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


def is_clash(event: Event, data: MucData) -> bool:
    """The target is an armed force or illegal group (military, police, guerrillas, drug
    traffickers): a guerrilla act, a clash or an attack on another illegal group, not a
    terrorist incident (MUC-4 relevance rule 1, exceptions a and b; rule 3)."""
    return event.target is not None and event.target.sector in set(data.armed_sectors)


def is_old(event: Event, published: date | None, data: MucData) -> bool:
    """Dated (from the text) more than ``recent_days`` before the report (rule 6)."""
    if published is None or event.date is None or event.date_precision == "publication":
        return False
    try:
        when = date.fromisoformat(event.date)
    except ValueError:
        return False
    return when < published - timedelta(days=data.recent_days)


def is_foreign(event: Event, data: MucData) -> bool:
    """Placed outside the countries of interest, and no actor belongs to them (rule 4).

    An event without a known place is not foreign: the reports are about the nine countries,
    and an attack on a foreign embassy there belongs to them.
    """
    place = event.location.country if event.location else None
    if not place or place in data.countries_of_interest:
        return False
    actors = {actor.country for actor in (event.source, event.target) if actor and actor.country}
    return not actors & set(data.countries_of_interest)


def is_generic(event: Event, data: MucData) -> bool:
    """The trigger word is plural or simple present ("attacks", "murders", "kills"): a class
    of incidents or a habit, a generic or summary description, not one incident (rule 7)."""
    words = event.trigger.text.split()
    word = words[0].lower() if words else ""
    return (
        len(word) >= data.plural_min_length
        and word.endswith(data.plural_ending)
        and not word.endswith(tuple(data.not_plural_endings))
    )


def is_unspecified(event: Event, data: MucData) -> bool:
    """Unspecified violence (CAMEO 180, 190, 200) without a target: the event indicates neither
    the nature of the attack nor of the target ("an attack perpetrated by a subversive group"
    is the documentation's example of a reference too vague for a template; rule 7)."""
    return event.target is None and event.cameo.code in data.unspecified_codes


RELEVANCE_RULES: tuple[tuple[str, Callable[[Event, date | None, MucData], bool]], ...] = (
    ("armed_target", lambda event, _, data: is_clash(event, data)),
    ("not_recent", is_old),
    ("foreign", lambda event, _, data: is_foreign(event, data)),
    ("generic", lambda event, _, data: is_generic(event, data)),
    ("unspecified_without_target", lambda event, _, data: is_unspecified(event, data)),
)


def relevance_rule(event: Event, published: date | None, data: MucData) -> str | None:
    """The first relevance rule that leaves the event out, or None when it is relevant."""
    return next((name for name, test in RELEVANCE_RULES if test(event, published, data)), None)


def is_candidate(event: Event, data: MucData) -> bool:
    """An occurred event of a predicted root (before the relevance rules)."""
    return event.status == OCCURRED and event.cameo.root in data.predicted_roots


def is_predicted(event: Event, published: date | None, data: MucData) -> bool:
    """An occurred event of a predicted root that passes the keys' relevance rules."""
    return is_candidate(event, data) and relevance_rule(event, published, data) is None


@dataclass(slots=True)
class SetTally:
    """Counts of one set of reports."""

    reports: int = 0
    expected: int = 0
    found: int = 0
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
            "bare_incidents": self.bare_incidents,
            "merged_mentions": self.merged_mentions,
            "precision_per_mention": ratio(
                self.correct,
                self.correct + self.extra + self.merged_mentions,
            ),
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
    """Why no event matched an expected template."""
    roots = fitting_roots(template, data)
    fitting = [e for e in events if e.status == OCCURRED and e.cameo.root in roots]
    if not fitting:
        return "missed_no_fitting_event"
    if all(names_nothing(event) for event in fitting):
        return "missed_fitting_events_name_nothing"
    return "missed_actors_not_in_fills"


def score_templates(events: Sequence[Event], templates: Sequence[Template], data: MucData,
                    tally: SetTally) -> None:
    for template in templates:
        matched = any(event_matches(event, template, data) for event in events)
        if template.kind == "expected":
            tally.expected += 1
            tally.found += matched
            if not matched:
                tally.errors.add(miss_class(events, template, data), template.doc_id)
            kind = "/".join(template.types) or "?"
            tally.by_type[kind] += 1
            tally.found_by_type[kind] += matched
        elif template.kind == "threatened":
            tally.threatened += 1
            tally.threatened_as_occurred += matched
        else:
            setattr(tally, template.kind, getattr(tally, template.kind) + 1)


def prediction_kind(event: Event, templates: Sequence[Template], data: MucData) -> str:
    """``correct``, ``neutral`` or ``extra``: the best kind of template the event matches."""
    kinds = {t.kind for t in templates if event_matches(event, t, data)}
    if "expected" in kinds:
        return "correct"
    return "neutral" if kinds & {"optional", "excluded"} else "extra"


def relevant_events(events: Sequence[Event], doc: MucDoc, data: MucData,
                    tally: SetTally) -> list[Event]:
    """The predicted incidents among the events; the ones left out are counted by rule."""
    kept = []
    for event in events:
        if not is_candidate(event, data):
            continue
        rule = relevance_rule(event, doc.published, data)
        if rule is None:
            kept.append(event)
        else:
            tally.not_predicted[rule] += 1
    return kept


def score_predictions(events: Sequence[Event], templates: Sequence[Template], doc: MucDoc,
                      data: MucData, tally: SetTally) -> None:
    kept = relevant_events(events, doc, data, tally)
    named = [event for event in kept if not names_nothing(event)]
    bare = len(kept) - len(named)
    extra_class = ("extra_in_report_with_incidents" if templates
                   else "extra_in_report_without_incident")
    for event in named:
        kind = prediction_kind(event, templates, data)
        setattr(tally, kind, getattr(tally, kind) + 1)
        if kind == "extra":
            tally.errors.add(extra_class, doc.id)
    if bare and not named:
        tally.extra += 1
        tally.bare_incidents += 1
        tally.errors.add(extra_class, doc.id)
    tally.merged_mentions += bare if named else max(bare - 1, 0)


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
