"""Cross-article deduplication: mentions that report the same real-world event share a cluster.

Two mentions join one cluster when all of these hold:

* the same factuality ``status`` (an occurred report never merges with a planned or denied one);
* the same CAMEO root (compatible codes: "042 make a visit" and "046 negotiate" share root 04);
* the same actors: the (source, target) pair of actor keys, where an actor's key is its country
  (ISO alpha-3) or, for actors without a country (IGOs, groups), its CAMEO code. For the roots in
  ``reciprocal_roots`` (consultations, diplomatic and material cooperation) the pair is unordered,
  so "Russia met China" and "China met Russia" are one event;
* dates within the window: the cluster's date span, with the new date, stays within
  ``window_days`` days (the event date, else the publication date; a missing date is compatible);
* compatible locations: the same country, or either one unknown.

A mention with neither a source nor a target key cannot be matched safely and gets its own cluster.
Among several compatible clusters the one nearest in date wins (then the oldest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from eventwire.records import Event

DEFAULT_WINDOW_DAYS = 3
DEFAULT_RECIPROCAL_ROOTS: frozenset[str] = frozenset({"04", "05", "06"})

ClusterKey = tuple[str, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    window_days: int = DEFAULT_WINDOW_DAYS
    reciprocal_roots: frozenset[str] = DEFAULT_RECIPROCAL_ROOTS

    def as_dict(self) -> dict[str, object]:
        return {"window_days": self.window_days,
                "reciprocal_roots": sorted(self.reciprocal_roots)}


@dataclass(frozen=True, slots=True)
class Mention:
    """What clustering reads of one event mention."""

    status: str
    root: str
    source: str | None
    target: str | None
    day: date | None
    country: str | None


@dataclass(slots=True)
class ClusterState:
    cluster_id: int
    date_start: date | None
    date_end: date | None
    country: str | None


@dataclass(slots=True)
class ClusterIndex:
    """The matching state of every keyed cluster, kept in memory by the one writer."""

    options: ClusterOptions = field(default_factory=ClusterOptions)
    next_id: int = 1
    by_key: dict[ClusterKey, list[ClusterState]] = field(default_factory=dict)
    by_id: dict[int, tuple[ClusterKey, ClusterState]] = field(default_factory=dict)

    def key_of(self, mention: Mention) -> ClusterKey:
        first, second = mention.source, mention.target
        if mention.root in self.options.reciprocal_roots:
            first, second = sorted((first, second), key=lambda value: value or "")
        return (mention.status, mention.root, first, second)

    def add_existing(self, key: ClusterKey, state: ClusterState) -> None:
        self.next_id = max(self.next_id, state.cluster_id + 1)
        self.by_id[state.cluster_id] = (key, state)
        if _keyed(key):
            self.by_key.setdefault(key, []).append(state)

    def assign(self, mention: Mention) -> int:
        """The cluster of ``mention``: an existing compatible one (widened) or a new one."""
        key = self.key_of(mention)
        best = self._best(self.by_key.get(key, ()), mention) if _keyed(key) else None
        if best is None:
            best = ClusterState(self._new_id(), mention.day, mention.day, mention.country)
            self.add_existing(key, best)
            return best.cluster_id
        _widen(best, mention)
        return best.cluster_id

    def _new_id(self) -> int:
        cluster_id = self.next_id
        self.next_id += 1
        return cluster_id

    def _best(self, states: Iterable[ClusterState], mention: Mention) -> ClusterState | None:
        best: ClusterState | None = None
        best_gap = 0
        for state in states:
            if not self._compatible(state, mention):
                continue
            gap = _gap(state, mention.day)
            if best is None or gap < best_gap:
                best, best_gap = state, gap
        return best

    def _compatible(self, state: ClusterState, mention: Mention) -> bool:
        if state.country and mention.country and state.country != mention.country:
            return False
        if mention.day is None or state.date_start is None or state.date_end is None:
            return True
        span = max(state.date_end, mention.day) - min(state.date_start, mention.day)
        return span.days <= self.options.window_days


def _keyed(key: ClusterKey) -> bool:
    return key[2] is not None or key[3] is not None


def _gap(state: ClusterState, day: date | None) -> int:
    if day is None or state.date_start is None or state.date_end is None:
        return 0
    if day < state.date_start:
        return (state.date_start - day).days
    return max(0, (day - state.date_end).days)


def _widen(state: ClusterState, mention: Mention) -> None:
    if mention.day is not None:
        state.date_start = min(state.date_start or mention.day, mention.day)
        state.date_end = max(state.date_end or mention.day, mention.day)
    if state.country is None:
        state.country = mention.country


def actor_key(country: str | None, code: str | None) -> str | None:
    """An actor as clustering sees it: its country, else its code (IGOs, groups)."""
    return country or code or None


def mention_of(event: Event, published: date | None) -> Mention:
    day = date.fromisoformat(event.date) if event.date else published
    return Mention(
        status=event.status,
        root=event.cameo.root,
        source=actor_key(event.source.country, event.source.code) if event.source else None,
        target=actor_key(event.target.country, event.target.code) if event.target else None,
        day=day,
        country=event.location.country if event.location else None,
    )
