"""Cross-article deduplication: mentions that report the same real-world event share a cluster.

Two mentions join one cluster when all of these hold:

* the same factuality ``status`` (an occurred report never merges with a planned or denied one);
* the same CAMEO root (compatible codes: "042 make a visit" and "046 negotiate" share root 04);
* the same actors: the (source, target) pair of actor keys. With ``actor_keys="code"`` (the
  default) an actor's key is its full CAMEO code, country and sector ("USAGOV" and "USAPTY" are
  two actors: "the president criticized the Democrats" is not every US criticism of the day);
  with ``"country"`` it is its country (ISO alpha-3) or, for actors without a country (IGOs,
  groups), its code; ``"domestic"`` uses full codes only when both actors have one country.
  For the roots in ``reciprocal_roots`` (consultations, diplomatic and material cooperation) the
  pair is unordered, so "Russia met China" and "China met Russia" are one event;
* dates within the window: the cluster's date span, with the new date, stays within
  ``window_days`` days (the event date, else the publication date). A mention with no date at
  all (no event date and an undated article) joins only a cluster its own article opened, and a
  cluster with no date takes no mention of another article: nothing places them in time, and
  as wildcards they joined unrelated stories.
  With ``period_dates`` a week, month or year date is a period, not a day: it is compatible when
  its period overlaps the cluster's span widened by the window, and it never widens the span
  (off by default: measured, it lowers precision at the same recall);
* compatible locations: the same country, or either unknown; with ``match_places``, two different
  city-level places (by GeoNames id) never merge.

Cross-article joins are stricter than joins inside one article. A mention joins only clusters of
its own article when its root is in ``local_roots`` (statements and appeals, 01/02: talk about
events rather than events), or when it has only one actor, its root is not in
``one_actor_roots`` (material conflict, where one actor and a day still make an incident) and
``one_actor`` says so: ``"local"`` always, ``"located"`` unless it has a location country,
``"join"`` (the default, safe with ``corroborate``) never. A mention with neither a source nor a
target key cannot be matched at all and gets its own cluster.

With ``corroborate`` (the default) a mention joins a cluster opened by another article only when
they share evidence beyond the keys: an anchor (eventwire/store/anchors.py: a name of the
evidence sentence other than the actors, a city or admin1 place, a stated day) or
``shared_words`` words of it. On a busy day keys, root and date alone match many unrelated
reports. A cluster keeps its mentions' anchors (a bounded list, stored with it).

Among several compatible clusters the one nearest in date wins (then the oldest).
See docs/store.md for the measurements behind the defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.store.anchors import (
    STATED_PRECISION,
    corroborates,
    mention_anchors,
    merge_anchors,
)

CLUSTERING_FILE = "clustering.yaml"
CITY_PRECISION = "city"

ClusterKey = tuple[str, str, str | None, str | None]
OneActor = Literal["join", "located", "local"]
ActorKeys = Literal["country", "domestic", "code"]
ScopedKey = tuple[ClusterKey, str | None]
T = TypeVar("T")
RootCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2}$")]


class ClusterDefaults(BaseModel):
    """``eventwire/data/clustering.yaml``: the default clustering rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    meta: DataMeta = Field(alias="_meta")
    window_days: int = Field(ge=0)
    reciprocal_roots: frozenset[RootCode]
    local_roots: frozenset[RootCode]
    one_actor: OneActor
    one_actor_roots: frozenset[RootCode]
    match_places: bool
    period_dates: bool
    actor_keys: ActorKeys
    corroborate: bool
    shared_words: int = Field(ge=0)
    anchor_stopwords: frozenset[Word]


@lru_cache(maxsize=1)
def cluster_defaults() -> ClusterDefaults:
    return read_yaml_model(CLUSTERING_FILE, None, ClusterDefaults)


def _default(read: Callable[[ClusterDefaults], T]) -> T:
    """A dataclass field whose default is read from ``clustering.yaml`` when first needed."""
    return field(default_factory=lambda: read(cluster_defaults()))


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """Clustering rules; every unset field takes its default from ``clustering.yaml``."""

    window_days: int = _default(lambda d: d.window_days)
    reciprocal_roots: frozenset[str] = _default(lambda d: d.reciprocal_roots)
    local_roots: frozenset[str] = _default(lambda d: d.local_roots)
    one_actor: OneActor = _default(lambda d: d.one_actor)
    one_actor_roots: frozenset[str] = _default(lambda d: d.one_actor_roots)
    match_places: bool = _default(lambda d: d.match_places)
    period_dates: bool = _default(lambda d: d.period_dates)
    actor_keys: ActorKeys = _default(lambda d: d.actor_keys)
    corroborate: bool = _default(lambda d: d.corroborate)
    shared_words: int = _default(lambda d: d.shared_words)

    def as_dict(self) -> dict[str, object]:
        return {"window_days": self.window_days,
                "reciprocal_roots": sorted(self.reciprocal_roots),
                "local_roots": sorted(self.local_roots), "one_actor": self.one_actor,
                "one_actor_roots": sorted(self.one_actor_roots),
                "match_places": self.match_places, "period_dates": self.period_dates,
                "actor_keys": self.actor_keys, "corroborate": self.corroborate,
                "shared_words": self.shared_words}

    def shared(self, key: ClusterKey, country: str | None) -> bool:
        """Whether a cluster of ``key`` located in ``country`` may take mentions from other
        articles."""
        _, root, first, second = key
        if root in self.local_roots or (first is None and second is None):
            return False
        if (first is not None and second is not None) or root in self.one_actor_roots:
            return True
        return self.one_actor == "join" or (self.one_actor == "located" and country is not None)


@dataclass(frozen=True, slots=True)
class Mention:
    """What clustering reads of one event mention.

    ``day`` is the event date (a period's first day when ``until`` is set, the period's last day);
    ``article`` scopes the joins of mentions that may not cross articles; ``place`` is the GeoNames
    id of a city-level location. ``source`` and ``target`` are the actors' country-or-code keys,
    ``codes`` their full CAMEO codes (country and sector); ``anchors`` what the mention may share
    with a report of another article (eventwire/store/anchors.py).
    """

    status: str
    root: str
    source: str | None
    target: str | None
    day: date | None
    country: str | None
    article: str = ""
    until: date | None = None
    place: int | None = None
    codes: tuple[str | None, str | None] = (None, None)
    anchors: frozenset[str] = frozenset()


@dataclass(slots=True)
class ClusterState:
    """A cluster's matching state; ``article`` is the article that opened it ("" when unknown:
    a cluster read back from the store)."""

    cluster_id: int
    date_start: date | None
    date_end: date | None
    country: str | None
    place: int | None = None
    article: str = ""
    anchors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ClusterIndex:
    """The matching state of every open cluster, kept in memory by the one writer."""

    options: ClusterOptions = field(default_factory=ClusterOptions)
    next_id: int = 1
    by_key: dict[ScopedKey, list[ClusterState]] = field(default_factory=dict)
    by_id: dict[int, tuple[ClusterKey, ClusterState]] = field(default_factory=dict)

    def key_of(self, mention: Mention) -> ClusterKey:
        first, second = mention.source, mention.target
        keys = self.options.actor_keys
        if keys == "code" or (keys == "domestic" and first is not None and first == second):
            first = mention.codes[0] or first
            second = mention.codes[1] or second
        if mention.root in self.options.reciprocal_roots:
            first, second = sorted((first, second), key=lambda value: value or "")
        return (mention.status, mention.root, first, second)

    def add_existing(self, key: ClusterKey, state: ClusterState) -> None:
        """A stored cluster; only clusters open to other articles are matched again."""
        self.next_id = max(self.next_id, state.cluster_id + 1)
        self.by_id[state.cluster_id] = (key, state)
        if self.options.shared(key, state.country):
            self.by_key.setdefault((key, None), []).append(state)

    def assign(self, mention: Mention) -> int:
        """The cluster of ``mention``: an existing compatible one (widened) or a new one."""
        key = self.key_of(mention)
        scoped = self._scoped(key, mention)
        best = self._best(self.by_key.get(scoped, ()), mention) if scoped else None
        if best is None:
            best = self._new_state(mention)
            self.by_id[best.cluster_id] = (key, best)
            if scoped:
                self.by_key.setdefault(scoped, []).append(best)
            return best.cluster_id
        _widen(best, mention, self._until(mention) is None)
        return best.cluster_id

    def _scoped(self, key: ClusterKey, mention: Mention) -> ScopedKey | None:
        if key[2] is None and key[3] is None:
            return None
        return (key, None) if self.options.shared(key, mention.country) \
            else (key, mention.article)

    def _new_state(self, mention: Mention) -> ClusterState:
        cluster_id = self.next_id
        self.next_id += 1
        state = ClusterState(cluster_id, None, None, mention.country, mention.place,
                             mention.article)
        merge_anchors(state.anchors, mention.anchors)
        if self._until(mention) is None:
            state.date_start = state.date_end = mention.day
        return state

    def _until(self, mention: Mention) -> date | None:
        return mention.until if self.options.period_dates else None

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
        if self.options.match_places and state.place and mention.place \
                and state.place != mention.place:
            return False
        if self.options.corroborate and state.article != mention.article \
                and not corroborates(state.anchors, mention.anchors, self.options.shared_words):
            return False
        if mention.day is None or state.date_start is None or state.date_end is None:
            return state.article == mention.article
        window = self.options.window_days
        until = self._until(mention)
        if until is not None:
            slack = timedelta(days=window)
            return mention.day <= state.date_end + slack and until >= state.date_start - slack
        span = max(state.date_end, mention.day) - min(state.date_start, mention.day)
        return span.days <= window


def _gap(state: ClusterState, day: date | None) -> int:
    if day is None or state.date_start is None or state.date_end is None:
        return 0
    if day < state.date_start:
        return (state.date_start - day).days
    return max(0, (day - state.date_end).days)


def _widen(state: ClusterState, mention: Mention, single_day: bool) -> None:
    if mention.day is not None and single_day:
        state.date_start = min(state.date_start or mention.day, mention.day)
        state.date_end = max(state.date_end or mention.day, mention.day)
    if state.country is None:
        state.country = mention.country
    if state.place is None:
        state.place = mention.place
    merge_anchors(state.anchors, mention.anchors)


def actor_key(country: str | None, code: str | None) -> str | None:
    """An actor as clustering sees it: its country, else its code (IGOs, groups)."""
    return country or code or None


def period_end(day: date, precision: str | None) -> date | None:
    """The last day of the week, month or year starting at ``day``; None for a single day."""
    if precision == "week":
        return day + timedelta(days=6)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 12, 31)
    return None


def city_place(precision: str | None, geonameid: int | None) -> int | None:
    return geonameid if precision == CITY_PRECISION and geonameid else None


def make_mention(status: str, root: str, actors: tuple[str | None, str | None],
                 when: tuple[date | None, str | None], where: tuple[str | None, int | None],
                 article: str) -> Mention:
    """A mention from flat values: ``when`` = (day, date precision), ``where`` = (country,
    city-level place)."""
    day, precision = when
    until = period_end(day, precision) if day is not None else None
    return Mention(status, root, actors[0], actors[1], day, where[0], article, until, where[1])


def mention_of_row(row: Mapping[str, Any], published: date | None, article: str) -> Mention:
    """The mention of a stored event row (the ``events`` table's columns, as
    ``rows.event_row`` writes them): the writer and ``Store.recluster`` both read events so."""
    stated: date | None = row["date"]
    precision = row["date_precision"] if stated else None
    mention = make_mention(
        row["status"], row["cameo_root"],
        (actor_key(row["source_country"], row["source_code"]),
         actor_key(row["target_country"], row["target_code"])),
        (stated or published, precision),
        (row["location_country"], city_place(row["location_precision"],
                                             row["location_geonameid"])),
        article)
    anchors = mention_anchors(
        row["evidence_text"],
        (row["source_text"], row["target_text"], row["attribution_text"]),
        (row["location_name"], row["location_precision"]),
        stated if precision == STATED_PRECISION else None,
        cluster_defaults().anchor_stopwords)
    return replace(mention, codes=(row["source_code"] or row["source_country"],
                                   row["target_code"] or row["target_country"]),
                   anchors=anchors)
