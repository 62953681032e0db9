"""Read queries: event filters -> SQL with parameters. Reads never go through the writer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Unit = Literal["cluster", "mention"]
MAX_LIMIT = 2**63 - 1  # DuckDB's LIMIT is a BIGINT: a larger limit means "no limit"

EVENT_SELECT = """
SELECT e.* EXCLUDE (record, run_id), e.record,
       c.num_articles, c.num_sources, c.num_mentions, c.first_seen, c.last_seen,
       a.url AS article_url, a.title AS article_title, a.source AS article_source,
       a.outlet AS article_outlet,
       a.published AS article_published, a.ingested_at AS article_ingested_at
FROM events AS e
JOIN articles AS a USING (article_key)
LEFT JOIN clusters AS c USING (cluster_id)
"""

CLUSTER_SELECT = """
SELECT c.*, e.cameo_code, e.cameo_name, e.plover_type, e.source_code, e.target_code,
       e.location_name, e.evidence_text
FROM clusters AS c
JOIN events AS e ON e.id = c.representative_event
"""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read (per cluster: the best mention among those that match).

    Actor filters match a code prefix ("RUS" matches "RUSGOV") or the actor's country;
    ``root`` is the 2-digit CAMEO root; ``since``/``until`` keep the events whose dated period
    overlaps them (``PERIOD_START``/``PERIOD_END``: an event dated "in March 2024" is kept by
    ``since=2024-03-20`` and by ``until=2024-03-05``); ``min_confidence`` keeps events whose
    calibrated confidence is at least it.
    """

    source: str | None = None
    target: str | None = None
    root: str | None = None
    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    min_confidence: float | None = None


# The period an event is dated to: a day, the week from its Monday, the calendar month or
# year of a month- or year-dated event; an event with no date of its own is dated to its
# article's publication day (as the exports date it).
PERIOD_START = """CASE e.date_precision
  WHEN 'month' THEN date_trunc('month', e.date)::DATE
  WHEN 'year' THEN date_trunc('year', e.date)::DATE
  ELSE coalesce(e.date, a.published) END"""
PERIOD_END = """CASE e.date_precision
  WHEN 'week' THEN e.date + 6
  WHEN 'month' THEN last_day(e.date)
  WHEN 'year' THEN make_date(year(e.date), 12, 31)
  ELSE coalesce(e.date, a.published) END"""


def _actor_condition(prefix: str, value: str) -> tuple[str, list[object]]:
    sql = f"(starts_with(e.{prefix}_code, ?) OR e.{prefix}_country = ?)"
    return sql, [value.upper(), value.upper()]


ONE_PER_CLUSTER = """
QUALIFY row_number() OVER (
  PARTITION BY e.cluster_id ORDER BY (e.id = c.representative_event) DESC, e.confidence DESC, e.id
) = 1
"""


def where_clause(filters: EventFilter) -> tuple[str, list[object]]:
    """``WHERE ...`` (or empty) and its parameters."""
    conditions: list[str] = []
    params: list[object] = []
    for prefix, value in (("source", filters.source), ("target", filters.target)):
        if value:
            sql, values = _actor_condition(prefix, value)
            conditions.append(sql)
            params.extend(values)
    if filters.root:
        conditions.append("e.cameo_root = ?")
        params.append(filters.root.zfill(2))
    if filters.statuses:
        conditions.append(f"e.status IN ({', '.join('?' for _ in filters.statuses)})")
        params.extend(filters.statuses)
    if filters.since:
        conditions.append(f"({PERIOD_END}) >= ?")
        params.append(filters.since)
    if filters.until:
        conditions.append(f"({PERIOD_START}) <= ?")
        params.append(filters.until)
    if filters.article_id:
        conditions.append("e.article_id = ?")
        params.append(filters.article_id)
    if filters.min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(filters.min_confidence)
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), params


def events_query(filters: EventFilter, unit: Unit, limit: int | None) -> tuple[str, list[object]]:
    where, params = where_clause(filters)
    if unit == "cluster":
        where += ONE_PER_CLUSTER
    sql = f"{EVENT_SELECT} {where} ORDER BY e.date NULLS LAST, a.ingested_at, e.article_key, " \
          "e.sentence, e.trigger_start, e.id"
    if limit is not None:
        sql += f" LIMIT {min(int(limit), MAX_LIMIT)}"
    return sql, params


def clusters_query(statuses: tuple[str, ...]) -> tuple[str, list[object]]:
    if not statuses:
        return f"{CLUSTER_SELECT} ORDER BY c.date_start NULLS LAST, c.cluster_id", []
    marks = ", ".join("?" for _ in statuses)
    return (f"{CLUSTER_SELECT} WHERE c.status IN ({marks}) "
            "ORDER BY c.date_start NULLS LAST, c.cluster_id", list(statuses))


COUNTS_SQL = {
    "articles": "SELECT count(*) FROM articles",
    "events": "SELECT count(*) FROM events",
    "clusters": "SELECT count(*) FROM clusters",
    "occurred_clusters": "SELECT count(*) FROM clusters WHERE status = 'occurred'",
    "failures": "SELECT count(*) FROM failures",
    "runs": "SELECT count(*) FROM runs",
}

RUNS_SQL = """
SELECT run_id, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at, status,
       coder_version, dictionary_hash, data_hash, seen, new, duplicate, failed, events{extra}
FROM runs ORDER BY run_id
"""
# Columns of RUNS_SQL that later migrations added: (migration number, column).
RUNS_LATER_COLUMNS: tuple[tuple[int, str], ...] = ((3, "coalesce(replaced, 0) AS replaced"),)

# Stored articles by what the reader changed in their text (articles.text_notes, migration 3).
TEXT_NOTES_SQL = """
SELECT note, count(*) AS articles
FROM (SELECT unnest(string_split(text_notes, ',')) AS note FROM articles
      WHERE text_notes IS NOT NULL)
GROUP BY note ORDER BY note
"""

ROOT_COUNTS_SQL = """
SELECT cameo_root, count(*) AS clusters, sum(num_mentions) AS mentions
FROM clusters WHERE status IN ({marks}) GROUP BY cameo_root ORDER BY cameo_root
"""

RECLUSTER_INPUT_SQL = """
SELECT e.id, e.status, e.cameo_root, e.source_country, e.source_code, e.source_text,
       e.target_country, e.target_code, e.target_text, e.attribution_text, e.evidence_text,
       e.date, e.date_precision, e.location_country, e.location_name, e.location_precision,
       e.location_geonameid, e.article_key, a.published
FROM events AS e JOIN articles AS a USING (article_key)
ORDER BY a.ingested_at, a.run_id, e.article_key, e.sentence, e.trigger_start, e.id
"""

RECLUSTER_REFRESH = """
UPDATE events SET cluster_id = m.cluster_id FROM ew_assign AS m WHERE events.id = m.id
"""
