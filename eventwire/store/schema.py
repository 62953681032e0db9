"""The database schema as numbered migrations, each recorded in ``schema_migrations`` when applied.

A migration is applied once, in its own transaction; ``migrate`` brings any database (new or old)
to the latest version. Never edit a released migration: add the next number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    statements: tuple[str, ...]


ACTOR_COLUMNS = ("text VARCHAR", "start_char INTEGER", "end_char INTEGER", "code VARCHAR",
                 "country VARCHAR", "sector VARCHAR", "name VARCHAR", "kb_id VARCHAR")


def _actor_columns(prefix: str) -> str:
    return ",\n  ".join(f"{prefix}_{column}" for column in ACTOR_COLUMNS)


CREATE_ARTICLES = """
CREATE TABLE articles (
  article_key VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  url VARCHAR,
  title VARCHAR,
  source VARCHAR,
  outlet VARCHAR NOT NULL,
  published DATE,
  text_chars INTEGER NOT NULL,
  num_events INTEGER NOT NULL,
  run_id INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL
)"""

CREATE_EVENTS = f"""
CREATE TABLE events (
  id VARCHAR PRIMARY KEY,
  article_key VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  sentence INTEGER NOT NULL,
  evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
  trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
  cameo_code VARCHAR NOT NULL, cameo_base VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL,
  cameo_name VARCHAR, goldstein DOUBLE, quad_class INTEGER,
  plover_type VARCHAR, plover_mode VARCHAR,
  {_actor_columns("source")},
  {_actor_columns("target")},
  status VARCHAR NOT NULL,
  hedge VARCHAR,
  {_actor_columns("attribution")},
  date DATE,
  date_precision VARCHAR,
  location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
  location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT,
  location_precision VARCHAR,
  confidence DOUBLE,
  rule VARCHAR,
  record JSON NOT NULL,
  cluster_id BIGINT,
  run_id INTEGER NOT NULL
)"""

CREATE_CLUSTERS = """
CREATE TABLE clusters (
  cluster_id BIGINT NOT NULL,
  status VARCHAR NOT NULL,
  cameo_root VARCHAR NOT NULL,
  actor_a VARCHAR,
  actor_b VARCHAR,
  country VARCHAR,
  date_start DATE,
  date_end DATE,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL,
  first_seen DATE,
  last_seen DATE,
  representative_event VARCHAR NOT NULL
)"""

CREATE_FAILURES = """
CREATE TABLE failures (
  failure_key VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  run_id INTEGER NOT NULL,
  failed_at TIMESTAMP NOT NULL
)"""

CREATE_RUNS = """
CREATE TABLE runs (
  run_id INTEGER PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL,
  eventwire_version VARCHAR NOT NULL,
  coder_version VARCHAR NOT NULL,
  dictionary_hash VARCHAR NOT NULL,
  data_hash VARCHAR NOT NULL,
  options JSON NOT NULL,
  inputs JSON NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0,
  new INTEGER NOT NULL DEFAULT 0,
  duplicate INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0
)"""

CREATE_SUPERSEDED = """
CREATE TABLE superseded (
  article_key VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  run_id INTEGER NOT NULL
)"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, failures and runs",
              (CREATE_ARTICLES, CREATE_EVENTS, CREATE_FAILURES, CREATE_RUNS,
               "CREATE INDEX articles_url ON articles (url)")),
    Migration(2, "event clusters (cross-article deduplication)",
              (CREATE_CLUSTERS,)),
    Migration(3, "articles.text_notes (what the reader changed in the text: encoding, markup); "
                 "runs.replaced (earlier versions of a story that a new text replaced)",
              ("ALTER TABLE articles ADD COLUMN text_notes VARCHAR",
               "ALTER TABLE runs ADD COLUMN replaced INTEGER DEFAULT 0")),
    Migration(4, "cluster matching state: city-level place and anchors",
              ("ALTER TABLE clusters ADD COLUMN place BIGINT",
               "ALTER TABLE clusters ADD COLUMN anchors VARCHAR[]")),
    Migration(5, "superseded: the texts that later versions of a story replaced (re-ingesting "
                 "one skips them)",
              (CREATE_SUPERSEDED,)),
)

# Migrations after which the stored clusters are rebuilt with the default rules (``Store``):
# 4 gives clusters the anchors that joins across articles need; clusters made before it have none.
RECLUSTER_AFTER = frozenset({4})

CREATE_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
  number INTEGER PRIMARY KEY,
  name VARCHAR NOT NULL,
  applied_at TIMESTAMP NOT NULL
)"""


def applied(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str, str]]:
    """(number, name, applied_at) of every applied migration, in order."""
    con.execute(CREATE_MIGRATIONS_TABLE)
    rows = con.execute(
        "SELECT number, name, strftime(applied_at, '%Y-%m-%d %H:%M:%S') "
        "FROM schema_migrations ORDER BY number"
    ).fetchall()
    return [(int(n), str(name), str(at)) for n, name, at in rows]


def utc_now() -> datetime:
    """The time now in UTC, to the second, as the naive ``TIMESTAMP`` every table stores
    (the store keeps no local time)."""
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the missing migrations in order; the numbers applied now."""
    done = {number for number, _, _ in applied(con)}
    now_applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.number in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.number, migration.name, utc_now()],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        now_applied.append(migration.number)
    return now_applied


def latest_version() -> int:
    return MIGRATIONS[-1].number
