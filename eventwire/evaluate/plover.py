"""The ``plover-gsr`` suite: PLOVER's gold-standard records from the CAMEO manual examples.

The file is a JSON array: a ``DOCUMENT`` record (provenance), then one record per sentence with its
``text``, PLOVER ``event`` type and ``source``/``target`` actor lists (``code`` = country or
``IGO``/``NGO``..., optional ``sector``). Old type names are mapped to the current ones. Each
sentence's prediction is its top event (``selection.top_event``) among the events that carry a
PLOVER type (all events when none does); its type is read under CAMEO's tense convention
(``eventwire.cameo_tense``: an announced action is an intent or a threat). The common fields count
decided sentences only, as in ``conflibert-class``; ``accuracy`` counts an undecided sentence as
wrong. Actor accuracy compares the top event's source/target with the gold actors (any of them, for
compounds): the country (our ISO3 country, else the first three characters of our code, e.g.
``IGO``) and the sector (first three letters; ``***`` means unknown and is not scored; our CAMEO
sector codes are read in PLOVER's vocabulary, where media is JRN and health MED).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.cameo_tense import cameo_convention
from eventwire.evaluate.errors_report import ErrorClasses, top_root_confusion
from eventwire.evaluate.metrics import class_report, common_fields, ratio
from eventwire.evaluate.petrarch_records import parse_date
from eventwire.evaluate.runner import ArticleCoder, CodedItems, GoldText, code_texts, unique_ids
from eventwire.evaluate.selection import top_event
from eventwire.ontology import get_ontology
from eventwire.records import Actor, Event

SUITE = "plover-gsr"
DOCUMENT = "DOCUMENT"
NO_TYPE = "NONE"
UNKNOWN_SECTOR = "***"
SECTOR_LENGTH = 3
COUNTRY_LENGTH = 3
# Type names of PLOVER 0.5 used in the gold file, renamed in later PLOVER versions.
RENAMED_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Pre-ISO country codes left in the gold file, with their ISO 3166-1 alpha-3 codes.
LEGACY_COUNTRY_CODES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ROLES: tuple[str, ...] = ("source", "target")
# CAMEO sector codes that PLOVER renamed (PLOVER manual, sector code note 4: CAMEO's MED, media,
# is PLOVER's JRN; CAMEO's HLH, health, is PLOVER's MED). Our actors carry CAMEO codes.
PLOVER_SECTORS: dict[str, str] = {"MED": "JRN", "HLH": "MED"}


@dataclass(frozen=True, slots=True)
class GoldActor:
    country: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class PloverRecord:
    id: str
    text: str
    published: date | None
    type: str
    actors: dict[str, tuple[GoldActor, ...]]


@dataclass(slots=True)
class PloverFile:
    path: str
    records: list[PloverRecord] = field(default_factory=list)
    skipped: int = 0
    renamed: int = 0


def current_type(name: str | None) -> str:
    """A PLOVER type under its current name (``NONE`` for a missing type)."""
    if not name:
        return NO_TYPE
    upper = name.strip().upper()
    return RENAMED_TYPES.get(upper, upper)


def gold_actor(entry: dict[str, Any]) -> GoldActor | None:
    code = str(entry.get("code") or "").strip().upper()
    if not code:
        return None
    sector = str(entry.get("sector") or "").strip()[:SECTOR_LENGTH].upper()
    country = LEGACY_COUNTRY_CODES.get(code[:COUNTRY_LENGTH], code[:COUNTRY_LENGTH])
    return GoldActor(country, None if not sector or sector == UNKNOWN_SECTOR else sector)


def gold_actors(value: object) -> tuple[GoldActor, ...]:
    """The actors of a ``source``/``target`` field (a list; strings and nulls mean none)."""
    if not isinstance(value, list):
        return ()
    actors = (gold_actor(entry) for entry in value if isinstance(entry, dict))
    return tuple(actor for actor in actors if actor is not None)


def read_record(raw: object, into: PloverFile) -> None:
    """Add one gold record; the DOCUMENT record is passed over, unusable ones are counted."""
    if isinstance(raw, dict) and raw.get("event") == DOCUMENT:
        return
    if not isinstance(raw, dict) or not raw.get("event") or not str(raw.get("text") or "").strip():
        into.skipped += 1
        return
    text = str(raw["text"]).strip()
    event = str(raw["event"]).strip().upper()
    into.renamed += event in RENAMED_TYPES
    into.records.append(
        PloverRecord(
            id=str(raw.get("id") or f"record-{len(into.records) + 1}"),
            text=text,
            published=parse_date(str(raw.get("date") or "")),
            type=current_type(event),
            actors={role: gold_actors(raw.get(role)) for role in ROLES},
        )
    )


def read_plover_text(text: str, path: str = "<text>") -> PloverFile:
    """Gold records of a PLOVER GSR JSON array (records that are not events are counted)."""
    result = PloverFile(path=path)
    data = json.loads(text)
    for raw in data if isinstance(data, list) else []:
        read_record(raw, result)
    return result


def read_plover_file(path: str | Path) -> PloverFile:
    return read_plover_text(Path(path).read_text(encoding="utf-8", errors="replace"), str(path))


def event_type(event: Event) -> str:
    """The event's PLOVER type under CAMEO's tense convention (``cameo_tense``): the gold
    records code an announced action as the announcement ("will visit" is an intent, AGREE)."""
    code = cameo_convention(event)
    if code is event.cameo:
        return current_type(event.plover.type)
    return current_type(get_ontology().plover(code.code).type)


def typed_top_event(events: Sequence[Event]) -> Event | None:
    """The top event among those with a PLOVER type (among all when none has one)."""
    typed = [event for event in events if event.plover.type]
    return top_event(typed or events)


def actor_country(actor: Actor) -> str | None:
    if actor.country:
        return actor.country.upper()
    return actor.code[:COUNTRY_LENGTH].upper() if actor.code else None


def plover_sector(sector: str) -> str:
    """A CAMEO sector code in PLOVER's vocabulary ("MED" -> "JRN")."""
    code = sector.upper()
    return PLOVER_SECTORS.get(code, code)


@dataclass(slots=True)
class ActorTally:
    """Country and sector agreement for one role."""

    gold: int = 0
    country: int = 0
    sector_gold: int = 0
    sector: int = 0

    def add(self, gold: Sequence[GoldActor], ours: Actor | None) -> None:
        if not gold:
            return
        self.gold += 1
        sectors = {actor.sector for actor in gold if actor.sector}
        self.sector_gold += bool(sectors)
        if ours is None:
            return
        self.country += actor_country(ours) in {actor.country for actor in gold}
        self.sector += bool(ours.sector) and plover_sector(ours.sector or "") in sectors

    def report(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "country_correct": self.country,
            "country_accuracy": ratio(self.country, self.gold),
            "sector_gold": self.sector_gold,
            "sector_correct": self.sector,
            "sector_accuracy": ratio(self.sector, self.sector_gold),
        }


def actor_report(records: Sequence[PloverRecord], tops: Sequence[Event | None]) -> dict[str, Any]:
    tallies = {role: ActorTally() for role in ROLES}
    for record, top in zip(records, tops, strict=True):
        tallies["source"].add(record.actors["source"], top.source if top else None)
        tallies["target"].add(record.actors["target"], top.target if top else None)
    return {role: tally.report() for role, tally in tallies.items()}


PLOVER_ERROR_CLASSES: tuple[str, ...] = ("missing_event", "wrong_type", "wrong_source",
                                          "wrong_target")


def role_wrong(gold: Sequence[GoldActor], ours: Actor | None) -> bool:
    """The gold names actors for the role and ours is missing or of another country."""
    if not gold:
        return False
    return ours is None or actor_country(ours) not in {actor.country for actor in gold}


def record_error_classes(record: PloverRecord, top: Event | None) -> list[str]:
    """How the top event differs from the gold record (empty when it agrees)."""
    if top is None:
        return ["missing_event"]
    found = ["wrong_type"] if event_type(top) != record.type else []
    found += [f"wrong_{role}" for role in ROLES
              if role_wrong(record.actors[role], getattr(top, role))]
    return found


def plover_errors(
    records: Sequence[PloverRecord], tops: Sequence[Event | None]
) -> dict[str, Any]:
    """``confusion_by_root`` (gold PLOVER type x our top event's CAMEO root) and
    ``error_classes`` (missing event, wrong type, wrong source or target country)."""
    classes = ErrorClasses(names=PLOVER_ERROR_CLASSES)
    for record, top in zip(records, tops, strict=True):
        for name in record_error_classes(record, top):
            classes.add(name, record.id)
    return {
        "confusion_by_root": top_root_confusion([record.type for record in records], tops),
        "error_classes": classes.report(),
    }


def score_plover(
    records: Sequence[PloverRecord], ids: Sequence[str], coded: CodedItems
) -> dict[str, Any]:
    """The ``plover-gsr`` report for coded records (``ids[i]`` belongs to ``records[i]``)."""
    tops = [typed_top_event(coded.of(item_id)) for item_id in ids]
    predicted = [event_type(top) if top else NO_TYPE for top in tops]
    gold = [record.type for record in records]
    decided = sum(top is not None for top in tops)
    correct = sum(p == g for p, g in zip(predicted, gold, strict=True))
    report = common_fields(SUITE, len(records), len(records), correct, decided - correct)
    gold_labels = sorted(set(gold))
    labels = sorted(set(gold) | set(predicted) | {NO_TYPE})
    report.update(class_report(gold, predicted, labels, averaged=gold_labels))
    report["undecided"] = len(records) - decided
    report["actors"] = actor_report(records, tops)
    report["coder_errors"] = len(coded.errors)
    report.update(plover_errors(records, tops))
    return report


def run_plover(path: str | Path, coder: ArticleCoder, limit: int | None = None) -> dict[str, Any]:
    source = read_plover_file(path)
    records = source.records[:limit] if limit is not None else source.records
    ids = unique_ids(record.id for record in records)
    texts = [GoldText(i, r.text, r.published) for i, r in zip(ids, records, strict=True)]
    report = score_plover(records, ids, code_texts(coder, texts))
    report["files"] = [
        {
            "path": source.path,
            "items": len(source.records),
            "skipped": source.skipped,
            "renamed_types": source.renamed,
        }
    ]
    return report
