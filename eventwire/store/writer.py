"""The one writer: each batch of coded articles (articles, their events, failures, the clusters they
touch and the run's counts) is written in ONE transaction, so a killed process never leaves an
article without its events.

A new text under an article id already stored (or met earlier in the run) is a corrected
version of that story: when it is coded, it replaces the earlier version, whose article row and
events are deleted and whose clusters are recounted, in the same transaction. The run counts
these in ``replaced`` (a part of ``new``). Ids that are content hashes (no id was given) never
replace anything. A version that fails to code leaves the earlier one in place. With
``replace_versions=False`` (``ingest --keep-versions``, for inputs whose ids are not unique,
such as row numbers restarting in each file) every version is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.records import Article, CodeResult, text_hash
from eventwire.store.clusters import ClusterIndex, ClusterOptions, ClusterState, mention_of_row
from eventwire.store.rows import (
    ROW_TYPES,
    article_key,
    article_row,
    event_row,
    failure_row,
    to_arrow,
)
from eventwire.store.schema import utc_now

REFRESH_CLUSTERS = """
INSERT INTO clusters BY NAME
SELECT t.cluster_id, t.status, t.cameo_root, t.actor_a, t.actor_b, t.country, t.date_start,
       t.date_end, t.place, t.anchors, s.num_articles, s.num_sources, s.num_mentions,
       s.first_seen, s.last_seen, s.representative_event
FROM ew_touched AS t
JOIN (
  SELECT e.cluster_id,
         count(DISTINCT e.article_key)::INTEGER AS num_articles,
         count(DISTINCT a.outlet)::INTEGER AS num_sources,
         count(*)::INTEGER AS num_mentions,
         min(coalesce(a.published, a.ingested_at::DATE)) AS first_seen,
         max(coalesce(a.published, a.ingested_at::DATE)) AS last_seen,
         first(e.id ORDER BY e.confidence DESC, e.id) AS representative_event
  FROM events AS e JOIN articles AS a USING (article_key)
  WHERE e.cluster_id IN (SELECT cluster_id FROM ew_touched)
  GROUP BY e.cluster_id
) AS s USING (cluster_id)
"""

TOUCHED_TYPES: dict[str, pa.DataType] = {
    "cluster_id": pa.int64(), "status": pa.string(), "cameo_root": pa.string(),
    "actor_a": pa.string(), "actor_b": pa.string(), "country": pa.string(),
    "date_start": pa.date32(), "date_end": pa.date32(), "place": pa.int64(),
    "anchors": pa.list_(pa.string()),
}


@dataclass
class RunCounts:
    """seen = new + duplicate + failed, always; ``replaced`` counts the earlier versions that new
    texts under the same article id superseded."""

    seen: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    events: int = 0
    replaced: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"seen": self.seen, "new": self.new, "duplicate": self.duplicate,
                "failed": self.failed, "events": self.events, "replaced": self.replaced}

    def reconciles(self) -> bool:
        return self.seen == self.new + self.duplicate + self.failed


def load_cluster_index(con: duckdb.DuckDBPyConnection, options: ClusterOptions) -> ClusterIndex:
    """The index of the stored clusters: key, date span, country, city-level place and anchors
    survive a restart (the opening article does not: no later article is that one)."""
    index = ClusterIndex(options=options)
    rows = con.execute(
        "SELECT cluster_id, status, cameo_root, actor_a, actor_b, country, date_start, date_end, "
        "place, anchors FROM clusters ORDER BY cluster_id"
    ).fetchall()
    for cluster_id, status, root, actor_a, actor_b, country, start, end, place, anchors in rows:
        state = ClusterState(int(cluster_id), start, end, country,
                             int(place) if place is not None else None, "", list(anchors or ()))
        index.add_existing((status, root, actor_a, actor_b), state)
    return index


def is_story_id(article: Article) -> bool:
    """The article's id was given (a URL, a file name, the input's own id), not its content
    hash: a new text under it is a new version of the same story."""
    return article.id != text_hash(article.text)


@dataclass
class Replacements:
    """Of one batch: the positions of results a later result of the batch supersedes, the keys
    of stored versions to delete, and how many versions are replaced in all."""

    superseded: set[int] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)
    count: int = 0
    gone: dict[str, str] = field(default_factory=dict)  # key -> article id of every replaced text


def touched_row(cluster_id: int, index: ClusterIndex) -> dict[str, Any]:
    """The matching state of a cluster as a row of ``ew_touched`` (see REFRESH_CLUSTERS)."""
    (status, root, actor_a, actor_b), state = index.by_id[cluster_id]
    return {"cluster_id": cluster_id, "status": status, "cameo_root": root,
            "actor_a": actor_a, "actor_b": actor_b, "country": state.country,
            "date_start": state.date_start, "date_end": state.date_end, "place": state.place,
            "anchors": list(state.anchors)}


class StoreWriter:
    """Writes coded articles of one run; knows what is stored so duplicates are skipped early."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: int,
                 options: ClusterOptions | None = None, replace_versions: bool = True) -> None:
        self.con = con
        self.replace_versions = replace_versions
        self.run_id = run_id
        self.options = options or ClusterOptions()
        self.keys: set[str] = set()
        self.urls: set[str] = set()
        self.failure_keys: set[str] = set()
        self.versions: dict[str, set[str]] = {}
        self._load_known()
        self.index = load_cluster_index(con, self.options)

    def _load_known(self) -> None:
        rows = self.con.execute("SELECT article_key, url, article_id FROM articles").fetchall()
        for key, url, article_id in rows:
            self.keys.add(key)
            if url:
                self.urls.add(url)
            if article_id != key:
                self.versions.setdefault(article_id, set()).add(key)
        self.failure_keys = {row[0] for row in
                             self.con.execute("SELECT failure_key FROM failures").fetchall()}
        # A text a later version replaced is known too: re-ingesting the same input must not
        # bring it back (it would replace the later version, and flip back on the next run).
        self.keys.update(row[0] for row in
                         self.con.execute("SELECT article_key FROM superseded").fetchall())

    def is_known_url(self, url: str | None) -> bool:
        return bool(url) and url in self.urls

    def is_known(self, article: Article) -> bool:
        """Stored already (same content, or same URL), or claimed earlier in this run."""
        return article_key(article) in self.keys or self.is_known_url(article.url)

    def claim(self, article: Article) -> None:
        """Mark an article as on its way to the store (duplicates within one run are skipped)."""
        self.keys.add(article_key(article))
        if article.url:
            self.urls.add(article.url)

    def write_batch(self, results: Sequence[CodeResult], counts: RunCounts) -> int:
        """Articles, events, failures of ``results`` and the run's counts: one transaction.
        The number of earlier versions replaced (also added to ``counts.replaced``)."""
        now = utc_now()
        replacing = self._replacements(results)
        tables = self._batch_tables(results, now, replacing)
        counts.replaced += replacing.count
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_replaced(tables["replaced"])
            self._insert(tables)
            self._update_run(counts)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            self.index = load_cluster_index(self.con, self.options)
            self.versions = {}
            self._load_known()
            raise
        finally:
            for name, table in tables.items():
                if table.num_rows and name != "replaced":
                    self.con.unregister(f"ew_{name}")

        return replacing.count

    def _replacements(self, results: Sequence[CodeResult]) -> Replacements:
        """Which results are superseded later in the batch, and which stored versions go."""
        last: dict[str, int] = {}
        for position, result in enumerate(results):
            if result.error is None and is_story_id(result.article):
                last[result.article.id] = position
        replacing = Replacements()
        if not self.replace_versions:
            return replacing
        for position, result in enumerate(results):
            article = result.article
            if result.error is not None or not is_story_id(article):
                continue
            if last[article.id] != position:
                replacing.superseded.add(position)
                replacing.count += 1
                replacing.gone[article_key(article)] = article.id
                continue
            key = article_key(article)
            earlier = self.versions.get(article.id, set()) - {key}
            replacing.stored |= earlier
            replacing.count += len(earlier)
            replacing.gone.update(dict.fromkeys(earlier, article.id))
            self.versions[article.id] = {key}
        return replacing

    def _replaced_clusters(self, keys: set[str]) -> set[int]:
        if not keys:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE article_key IN (SELECT unnest(?))",
            [sorted(keys)]).fetchall()
        return {int(row[0]) for row in rows if row[0] is not None}

    def _delete_replaced(self, replaced: pa.Table) -> None:
        if not replaced.num_rows:
            return
        self.con.register("ew_replaced", replaced)
        try:
            for table in ("events", "articles"):
                self.con.execute(f"DELETE FROM {table} WHERE article_key IN "
                                 "(SELECT article_key FROM ew_replaced)")
        finally:
            self.con.unregister("ew_replaced")

    def _batch_tables(self, results: Sequence[CodeResult], now: datetime,
                      replacing: Replacements) -> dict[str, pa.Table]:
        articles: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        failures: list[dict[str, Any]] = []
        touched: set[int] = self._replaced_clusters(replacing.stored)
        seen_events: set[str] = set()
        for position, result in enumerate(results):
            if result.error is not None:
                row = failure_row(result.error, self.run_id, now)
                if row["failure_key"] not in self.failure_keys:
                    self.failure_keys.add(row["failure_key"])
                    failures.append(row)
                continue
            if position in replacing.superseded:
                continue
            key = article_key(result.article)
            unique = [e for e in result.events if e.id not in seen_events]
            seen_events.update(e.id for e in unique)
            articles.append(article_row(result.article, len(unique), self.run_id, now))
            for event in unique:
                row = event_row(event, key, self.run_id, None)
                row["cluster_id"] = self.index.assign(
                    mention_of_row(row, result.article.published, key))
                touched.add(row["cluster_id"])
                events.append(row)
        return {"articles": to_arrow(articles, ROW_TYPES), "events": to_arrow(events, ROW_TYPES),
                "failures": to_arrow(failures, ROW_TYPES), "touched": self._touched(touched),
                "replaced": pa.table({"article_key": pa.array(sorted(replacing.stored),
                                                              type=pa.string())}),
                "superseded": pa.table({
                    "article_key": pa.array(sorted(replacing.gone), type=pa.string()),
                    "article_id": pa.array([replacing.gone[k] for k in sorted(replacing.gone)],
                                           type=pa.string()),
                    "run_id": pa.array([self.run_id] * len(replacing.gone), type=pa.int32())})}

    def _touched(self, cluster_ids: set[int]) -> pa.Table:
        rows = [touched_row(cluster_id, self.index) for cluster_id in sorted(cluster_ids)]
        return to_arrow(rows, TOUCHED_TYPES)

    def _insert(self, tables: dict[str, pa.Table]) -> None:
        for name, table in tables.items():
            if table.num_rows and name != "replaced":
                self.con.register(f"ew_{name}", table)
        for name in ("articles", "events", "failures", "superseded"):
            if tables[name].num_rows:
                self.con.execute(f"INSERT OR IGNORE INTO {name} BY NAME SELECT * FROM ew_{name}")
        if tables["touched"].num_rows:
            self.con.execute(
                "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM ew_touched)")
            self.con.execute(REFRESH_CLUSTERS)

    def _update_run(self, counts: RunCounts) -> None:
        self.con.execute(
            "UPDATE runs SET seen = ?, new = ?, duplicate = ?, failed = ?, events = ?, "
            "replaced = ? WHERE run_id = ?",
            [counts.seen, counts.new, counts.duplicate, counts.failed, counts.events,
             counts.replaced, self.run_id],
        )
