"""Contract records -> flat table rows (actors, spans and location flattened into columns)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from eventwire.records import Actor, Article, ArticleError, Event, stable_hash, text_hash

ACTOR_FIELDS = ("text", "start", "end", "code", "country", "sector", "name", "kb_id")
ACTOR_COLUMN_NAMES = ("text", "start_char", "end_char", "code", "country", "sector", "name",
                      "kb_id")


def article_key(article: Article) -> str:
    """The content hash that keys an article in the store."""
    return text_hash(article.text)


def outlet_of(article: Article) -> str:
    """Who published it: the given source, else the URL's host, else the article itself."""
    if article.source:
        return article.source.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return f"article:{article_key(article)}"


def article_row(article: Article, num_events: int, run_id: int, now: datetime) -> dict[str, Any]:
    return {
        "article_key": article_key(article),
        "article_id": article.id,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "outlet": outlet_of(article),
        "published": article.published,
        "text_chars": len(article.text),
        "text_notes": ",".join(article.notes) or None,
        "num_events": num_events,
        "run_id": run_id,
        "ingested_at": now,
    }


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    values = actor.to_dict() if actor else {}
    return {f"{prefix}_{column}": values.get(field)
            for field, column in zip(ACTOR_FIELDS, ACTOR_COLUMN_NAMES, strict=True)}


def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def event_row(event: Event, key: str, run_id: int, cluster_id: int | None) -> dict[str, Any]:
    location = event.location
    row: dict[str, Any] = {
        "id": event.id, "article_key": key, "article_id": event.article_id,
        "sentence": event.sentence,
        "evidence_start": event.evidence.start, "evidence_end": event.evidence.end,
        "evidence_text": event.evidence.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "cameo_code": event.cameo.code, "cameo_base": event.cameo.base,
        "cameo_root": event.cameo.root, "cameo_name": event.cameo.name,
        "goldstein": event.cameo.goldstein, "quad_class": event.cameo.quad_class,
        "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "status": event.status, "hedge": event.hedge,
        "date": _iso_date(event.date), "date_precision": event.date_precision,
        "location_text": location.text if location else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "location_geonameid": location.geonameid if location else None,
        "location_precision": location.precision if location else None,
        "confidence": round(event.confidence, 3), "rule": event.rule,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
        "cluster_id": cluster_id, "run_id": run_id,
    }
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update(_actor_columns("attribution", event.attribution))
    return row


def failure_row(error: ArticleError, run_id: int, now: datetime) -> dict[str, Any]:
    return {
        "failure_key": stable_hash(error.article_id, error.code, error.message),
        "article_id": error.article_id,
        "code": error.code,
        "reason": error.message,
        "run_id": run_id,
        "failed_at": now,
    }


def to_arrow(rows: Iterable[dict[str, Any]], types: dict[str, pa.DataType]) -> pa.Table:
    """Rows -> an Arrow table with explicit types for the columns that need them."""
    listed = list(rows)
    if not listed:
        return pa.table({})
    columns = {name: [row[name] for row in listed] for name in listed[0]}
    return pa.table({name: pa.array(values, type=types.get(name))
                     for name, values in columns.items()})


ROW_TYPES: dict[str, pa.DataType] = {
    "published": pa.date32(), "date": pa.date32(), "ingested_at": pa.timestamp("us"),
    "failed_at": pa.timestamp("us"), "cluster_id": pa.int64(), "location_geonameid": pa.int64(),
    "location_lat": pa.float64(), "location_lon": pa.float64(), "goldstein": pa.float64(),
    "confidence": pa.float64(), "url": pa.string(), "title": pa.string(), "source": pa.string(),
    "hedge": pa.string(), "plover_type": pa.string(), "plover_mode": pa.string(),
    "location_text": pa.string(), "location_name": pa.string(), "location_country": pa.string(),
    "location_precision": pa.string(), "record": pa.string(), "text_notes": pa.string(),
    **{f"{prefix}_{column}": (pa.int32() if column in ("start_char", "end_char") else pa.string())
       for prefix in ("source", "target", "attribution") for column in ACTOR_COLUMN_NAMES},
}
