"""``Store``: one DuckDB file holding articles, events, clusters, failures and runs.

Writes go through ``StoreWriter`` (one per run); reads use their own cursor and return Arrow,
pandas or polars tables.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from eventwire import __version__
from eventwire.errors import InputError
from eventwire.store import queries, schema
from eventwire.store.clusters import ClusterIndex, ClusterOptions, mention_of_row
from eventwire.store.queries import EventFilter, Unit
from eventwire.store.rows import to_arrow
from eventwire.store.writer import REFRESH_CLUSTERS, RunCounts, StoreWriter, touched_row

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

DEFAULT_DB = "eventwire.duckdb"
OCCURRED: tuple[str, ...] = ("occurred",)


def bundled_data_hash() -> str:
    """A digest of the bundled data files (ontology, dictionaries, knowledge base)."""
    digest = hashlib.sha1()
    root = resources.files("eventwire.data")
    stack = [root]
    files = []
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith((".yaml", ".jsonl", ".json")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to ``path``, or an ``InputError`` saying why the file cannot be opened."""
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise InputError(
                f"{path} is in use by another process (a running `eventwire ingest`?): DuckDB "
                "lets one process open a database file at a time; wait for it to finish, or "
                "query a copy of the file") from None
        if "not a valid DuckDB database" in message:
            raise InputError(f"{path} is not a DuckDB database file") from None
        raise InputError(f"cannot open {path}: {message}") from None


class Store:
    """An event database file. ``Store(path)`` creates and migrates it unless ``read_only``."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise InputError(f"no such database: {self.path}")
        self.con = _connect(self.path, read_only)
        if not read_only:
            applied = schema.migrate(self.con)
            if schema.RECLUSTER_AFTER.intersection(applied) and self._has_events():
                self.recluster(ClusterOptions())

    def _has_events(self) -> bool:
        return self.con.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # runs and the writer
    def begin_run(self, coder_version: str, dictionary_hash: str, options: dict[str, Any],
                  inputs: list[str]) -> int:
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, eventwire_version, coder_version, "
            "dictionary_hash, data_hash, options, inputs) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)",
            [run_id, schema.utc_now(), __version__, coder_version,
             dictionary_hash, bundled_data_hash(), json.dumps(options), json.dumps(inputs)],
        )
        return run_id

    def writer(self, run_id: int, options: ClusterOptions | None = None,
               replace_versions: bool = True) -> StoreWriter:
        return StoreWriter(self.con, run_id, options, replace_versions)

    def finish_run(self, run_id: int, counts: RunCounts, status: str = "complete") -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, seen = ?, new = ?, duplicate = ?, "
            "failed = ?, events = ?, replaced = ? WHERE run_id = ?",
            [schema.utc_now(), status, counts.seen, counts.new,
             counts.duplicate, counts.failed, counts.events, counts.replaced, run_id],
        )

    # reads
    def _arrow(self, sql: str, params: list[object]) -> pa.Table:
        cursor = self.con.cursor()
        try:
            table: pa.Table = cursor.sql(sql, params=params).to_arrow_table()
            return table
        finally:
            cursor.close()

    def events_arrow(self, filters: EventFilter | None = None, unit: Unit = "mention",
                     limit: int | None = None) -> pa.Table:
        """Events as an Arrow table: every mention, or one representative row per cluster."""
        sql, params = queries.events_query(filters or EventFilter(), unit, limit)
        return self._arrow(sql, params)

    def events_df(self, filters: EventFilter | None = None, unit: Unit = "mention",
                  limit: int | None = None) -> pd.DataFrame:
        return self.events_arrow(filters, unit, limit).to_pandas()

    def events_pl(self, filters: EventFilter | None = None, unit: Unit = "mention",
                  limit: int | None = None) -> pl.DataFrame:
        import polars as pl

        frame = pl.from_arrow(self.events_arrow(filters, unit, limit))
        assert isinstance(frame, pl.DataFrame)
        return frame

    def clusters_arrow(self, statuses: tuple[str, ...] = OCCURRED) -> pa.Table:
        """Clusters (occurred events by default), each with its representative event."""
        return self._arrow(*queries.clusters_query(statuses))

    def clusters_df(self, statuses: tuple[str, ...] = OCCURRED) -> pd.DataFrame:
        return self.clusters_arrow(statuses).to_pandas()

    def clusters_pl(self, statuses: tuple[str, ...] = OCCURRED) -> pl.DataFrame:
        import polars as pl

        frame = pl.from_arrow(self.clusters_arrow(statuses))
        assert isinstance(frame, pl.DataFrame)
        return frame

    def export(self, fmt: str, path: str | Path, filters: EventFilter | None = None,
               unit: Unit = "cluster") -> int:
        """Write the filtered events (one per cluster by default) to ``path``; rows written."""
        from eventwire.store.exports import write_export

        target = Path(path)
        if not target.parent.is_dir():
            raise InputError(f"cannot write {target}: no such directory {target.parent}")
        try:
            return write_export(self.events_arrow(filters, unit), fmt, target, unit)
        except OSError as exc:
            raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None

    def count_events(self, statuses: tuple[str, ...] = OCCURRED) -> int:
        """How many real-world events: clusters, of occurred events by default."""
        return self.clusters_arrow(statuses).num_rows

    def root_counts(self, statuses: tuple[str, ...] = OCCURRED) -> list[tuple[str, int, int]]:
        marks = ", ".join("?" for _ in statuses)
        cursor = self.con.cursor()
        try:
            rows = cursor.execute(queries.ROOT_COUNTS_SQL.format(marks=marks),
                                  list(statuses)).fetchall()
        finally:
            cursor.close()
        return [(str(root), int(n), int(m)) for root, n, m in rows]

    def info(self) -> dict[str, Any]:
        """Schema version, applied migrations, table counts, runs (with ``replaced``: earlier
        versions of a story that the run's new texts replaced), the total of replaced versions
        and ``text_notes``: stored articles by what the reader changed in their text
        (``{"markup": 12, "entities": 3}``). A store older than migration 3 has neither."""
        applied = self._migrations()
        migrations = [{"number": n, "name": name, "applied_at": at} for n, name, at in applied]
        version = max((n for n, _, _ in applied), default=0)
        extra = "".join(f", {column}" for number, column in queries.RUNS_LATER_COLUMNS
                        if number <= version)
        cursor = self.con.cursor()
        try:
            counts = {name: int(cursor.execute(sql).fetchone()[0])  # type: ignore[index]
                      for name, sql in queries.COUNTS_SQL.items()}
            runs_result = cursor.execute(queries.RUNS_SQL.format(extra=extra))
            names = [d[0] for d in runs_result.description]
            runs = [dict(zip(names, row, strict=True)) for row in runs_result.fetchall()]
            notes = ({str(note): int(n) for note, n in cursor.execute(
                queries.TEXT_NOTES_SQL).fetchall()} if version >= 3 else None)
        finally:
            cursor.close()
        replaced = sum(int(run["replaced"]) for run in runs) if version >= 3 else None
        return {"path": str(self.path), "schema_version": version,
                "latest_version": schema.latest_version(), "migrations": migrations,
                "counts": counts, "replaced": replaced, "text_notes": notes, "runs": runs}

    def _migrations(self) -> list[tuple[int, str, str]]:
        rows = self.con.execute(
            "SELECT number, name, strftime(applied_at, '%Y-%m-%d %H:%M:%S') "
            "FROM schema_migrations ORDER BY number").fetchall()
        return [(int(n), str(name), str(at)) for n, name, at in rows]

    def recluster(self, options: ClusterOptions) -> int:
        """Rebuild every cluster with ``options`` in ingestion order; the number of clusters."""
        index = ClusterIndex(options=options)
        assignment: list[dict[str, Any]] = []
        cursor = self.con.execute(queries.RECLUSTER_INPUT_SQL)
        names = [column[0] for column in cursor.description or ()]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            mention = mention_of_row(row, row["published"], row["article_key"])
            assignment.append({"id": row["id"], "cluster_id": index.assign(mention)})
        touched = [touched_row(cluster_id, index) for cluster_id in index.by_id]
        self._replace_clusters(assignment, touched)
        return len(touched)

    def _replace_clusters(self, assignment: list[dict[str, Any]],
                          touched: list[dict[str, Any]]) -> None:
        from eventwire.store.writer import TOUCHED_TYPES

        self.con.register("ew_assign", to_arrow(assignment, {"cluster_id": pa.int64()}))
        self.con.register("ew_touched", to_arrow(touched, TOUCHED_TYPES))
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM clusters")
            if assignment:
                self.con.execute(queries.RECLUSTER_REFRESH)
                self.con.execute(REFRESH_CLUSTERS)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.unregister("ew_assign")
            self.con.unregister("ew_touched")
