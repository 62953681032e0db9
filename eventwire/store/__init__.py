"""The event store: DuckDB schema and migrations, the one writer, clusters, queries and exports.

All of eventwire's SQL lives in this package.
"""

from __future__ import annotations

from eventwire.store.clusters import ClusterOptions
from eventwire.store.queries import EventFilter
from eventwire.store.store import DEFAULT_DB, Store
from eventwire.store.writer import RunCounts, StoreWriter

__all__ = ["DEFAULT_DB", "ClusterOptions", "EventFilter", "RunCounts", "Store", "StoreWriter"]
