"""Checks that coded records honour the eventwire.event/1 contract (test helper, not a test module).

``validate_record`` checks one record against ``event.schema.json`` (from ``<repo>/../shared``) and
the rules the schema cannot express: every located span is an exact slice of the article text, the
trigger lies inside its evidence sentence, the CAMEO code, base, root and QuadClass agree, and a
``publication`` date is the publication date. ``validate_article_records`` adds the checks that
need all records of one article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SCHEMA_PATH = SHARED / "contract" / "event.schema.json"
ACTOR_FIELDS: tuple[str, ...] = ("source", "target", "attribution")
QUAD_CLASS_ROOTS: dict[int, range] = {
    1: range(1, 6),
    2: range(6, 9),
    3: range(9, 14),
    4: range(14, 21),
}


class ContractViolation(AssertionError):
    """A record breaks the contract; the message lists every problem found."""


@lru_cache(maxsize=1)
def schema_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_problems(record: dict[str, Any]) -> list[str]:
    errors = schema_validator().iter_errors(record)
    return [
        f"schema: {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
    ]


def span_problems(name: str, span: dict[str, Any] | None, text: str) -> list[str]:
    """An exact-slice check for a ``{start, end, text}`` span (actors may have null offsets)."""
    if span is None:
        return []
    start, end = span.get("start"), span.get("end")
    if start is None and end is None:
        return []
    if not isinstance(start, int) or not isinstance(end, int):
        return [f"{name}: start/end must both be integers, got {start!r}/{end!r}"]
    if not 0 <= start < end <= len(text):
        return [f"{name}: offsets {start}:{end} outside the article (length {len(text)})"]
    if text[start:end] != span.get("text"):
        return [f"{name}: text {span.get('text')!r} != article[{start}:{end}] {text[start:end]!r}"]
    return []


def trigger_in_evidence(record: dict[str, Any]) -> list[str]:
    evidence, trigger = record.get("evidence") or {}, record.get("trigger") or {}
    try:
        inside = evidence["start"] <= trigger["start"] and trigger["end"] <= evidence["end"]
    except (KeyError, TypeError):
        return []
    return [] if inside else [f"trigger {trigger} is not inside evidence {evidence}"]


def cameo_problems(cameo: dict[str, Any]) -> list[str]:
    code, base, root = cameo.get("code", ""), cameo.get("base", ""), cameo.get("root", "")
    problems = []
    if not code.startswith(base) or base != code[:3]:
        problems.append(f"cameo: base {base!r} is not the first 3 digits of code {code!r}")
    if root != code[:2]:
        problems.append(f"cameo: root {root!r} is not the first 2 digits of code {code!r}")
    quad = cameo.get("quad_class")
    if root.isdigit() and quad in QUAD_CLASS_ROOTS and int(root) not in QUAD_CLASS_ROOTS[quad]:
        problems.append(f"cameo: quad_class {quad} does not fit root {root}")
    return problems


def location_problems(location: dict[str, Any] | None, text: str) -> list[str]:
    """A location has no offsets; its text must still occur in the article."""
    if location is None or location.get("text", "") in text:
        return []
    return [f"location: text {location.get('text')!r} does not occur in the article"]


def date_problems(record: dict[str, Any], published: date | None) -> list[str]:
    precision, value = record.get("date_precision"), record.get("date")
    if precision == "publication" and published is not None and value != published.isoformat():
        return [f"date: precision 'publication' but date {value!r} != {published.isoformat()}"]
    return []


def record_problems(
    record: dict[str, Any], article_text: str, published: date | None = None
) -> list[str]:
    """Every contract problem of one record (empty when the record is valid)."""
    problems = schema_problems(record)
    if problems:
        return problems
    problems += span_problems("evidence", record["evidence"], article_text)
    problems += span_problems("trigger", record["trigger"], article_text)
    for name in ACTOR_FIELDS:
        problems += span_problems(name, record[name], article_text)
    problems += trigger_in_evidence(record)
    problems += cameo_problems(record["cameo"])
    problems += location_problems(record["location"], article_text)
    problems += date_problems(record, published)
    return problems


def validate_record(
    record: dict[str, Any], article_text: str, published: date | None = None
) -> None:
    """Raise ``ContractViolation`` naming every problem of ``record`` against ``article_text``."""
    problems = record_problems(record, article_text, published)
    if problems:
        raise ContractViolation(
            f"record {record.get('id')!r} ({record.get('rule')!r}):\n  " + "\n  ".join(problems)
        )


def validate_article_records(
    records: Sequence[dict[str, Any]],
    article_text: str,
    article_id: str,
    published: date | None = None,
) -> None:
    """Validate every record of one article, plus ids, article ids and sentence numbering."""
    for record in records:
        validate_record(record, article_text, published)
    problems = [
        f"record {r['id']}: article_id {r['article_id']!r} != {article_id!r}"
        for r in records
        if r["article_id"] != article_id
    ]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate record ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    problems += sentence_problems(records)
    if problems:
        raise ContractViolation(f"article {article_id!r}:\n  " + "\n  ".join(problems))


def sentence_problems(records: Sequence[dict[str, Any]]) -> list[str]:
    """One evidence span per sentence index, and sentence order follows text order."""
    spans: dict[int, tuple[int, int]] = {}
    problems = []
    for record in records:
        span = (record["evidence"]["start"], record["evidence"]["end"])
        seen = spans.setdefault(record["sentence"], span)
        if seen != span:
            problems.append(f"sentence {record['sentence']}: evidence {span} and {seen} differ")
    ordered = sorted(spans.items())
    for (index_a, span_a), (index_b, span_b) in zip(ordered, ordered[1:], strict=False):
        if span_a[1] > span_b[0]:
            problems.append(
                f"sentences {index_a} {span_a} and {index_b} {span_b} overlap/out of order"
            )
    return problems
