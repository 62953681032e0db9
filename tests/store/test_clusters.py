from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventwire.datafiles import parse_yaml_model
from eventwire.errors import DataError
from eventwire.store.clusters import (
    CLUSTERING_FILE,
    ClusterDefaults,
    ClusterIndex,
    ClusterOptions,
    ClusterState,
    Mention,
    cluster_defaults,
    make_mention,
    period_end,
)


def mention(source: str | None, target: str | None, day: date | None, root: str = "19",
            country: str | None = None, status: str = "occurred") -> Mention:
    return Mention(status, root, source, target, day, country)


def test_same_actors_root_and_nearby_dates_share_a_cluster() -> None:
    index = ClusterIndex()
    first = index.assign(mention("RUS", "UKR", date(2022, 3, 1)))
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 3))) == first
    assert index.assign(mention("RUS", "UKR", None)) == first


def test_window_bounds_the_span_of_a_cluster() -> None:
    index = ClusterIndex(options=ClusterOptions(window_days=3))
    first = index.assign(mention("RUS", "UKR", date(2022, 3, 1)))
    index.assign(mention("RUS", "UKR", date(2022, 3, 4)))
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 6))) != first


def test_different_status_root_direction_or_country_split() -> None:
    index = ClusterIndex()
    base = index.assign(mention("RUS", "UKR", date(2022, 3, 1), country="UKR"))
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 1), status="planned")) != base
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 1), root="18")) != base
    assert index.assign(mention("UKR", "RUS", date(2022, 3, 1))) != base
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 1), country="RUS")) != base
    assert index.assign(mention("RUS", "UKR", date(2022, 3, 1))) == base


def test_reciprocal_roots_ignore_direction() -> None:
    index = ClusterIndex()
    first = index.assign(mention("RUS", "CHN", date(2022, 2, 4), root="04"))
    assert index.assign(mention("CHN", "RUS", date(2022, 2, 4), root="04")) == first


def test_mentions_without_actors_stay_alone_and_ids_continue() -> None:
    index = ClusterIndex()
    one = index.assign(mention(None, None, date(2022, 1, 1)))
    two = index.assign(mention(None, None, date(2022, 1, 1)))
    assert one != two and index.next_id == two + 1


SHARED = frozenset({"name:kharkiv"})
LOCATED = ClusterOptions(one_actor="located")


def at(article: str, source: str | None, target: str | None, root: str = "19",
       country: str | None = None, place: int | None = None,
       day: date | None = date(2022, 3, 1), anchors: frozenset[str] = SHARED) -> Mention:
    """A mention of ``article``; by default every one shares an anchor (corroborated)."""
    return Mention("occurred", root, source, target, day, country, article, None, place,
                   anchors=anchors)


def test_statements_and_appeals_cluster_only_within_their_article() -> None:
    index = ClusterIndex()
    first = index.assign(at("a1", "USA", "RUS", root="01"))
    assert index.assign(at("a1", "USA", "RUS", root="01")) == first
    assert index.assign(at("a2", "USA", "RUS", root="01")) != first
    other_root = index.assign(at("a2", "USA", "RUS", root="02"))
    assert index.assign(at("a3", "USA", "RUS", root="02")) != other_root


def test_one_actor_verbal_mentions_cross_articles_only_when_located() -> None:
    index = ClusterIndex(options=LOCATED)
    alone = index.assign(at("a1", "USA", None, root="11"))
    assert index.assign(at("a1", "USA", None, root="11")) == alone
    assert index.assign(at("a2", "USA", None, root="11")) != alone
    located = index.assign(at("a1", "USA", None, root="11", country="SYR"))
    assert index.assign(at("a2", "USA", None, root="11", country="SYR")) == located
    assert index.assign(at("a3", "USA", None, root="11", country="IRQ")) != located


def test_one_actor_material_conflict_crosses_articles() -> None:
    index = ClusterIndex(options=LOCATED)
    first = index.assign(at("a1", "RUS", None, root="19"))
    assert index.assign(at("a2", "RUS", None, root="19")) == first
    assert index.assign(at("a3", None, "UKR", root="19")) != first


def test_one_actor_policy_options() -> None:
    joined = ClusterIndex(options=ClusterOptions(one_actor="join"))
    first = joined.assign(at("a1", "USA", None, root="11"))
    assert joined.assign(at("a2", "USA", None, root="11")) == first
    local = ClusterIndex(options=ClusterOptions(one_actor="local", one_actor_roots=frozenset()))
    located = local.assign(at("a1", "RUS", None, root="19", country="UKR"))
    assert local.assign(at("a2", "RUS", None, root="19", country="UKR")) != located
    two_actors = local.assign(at("a1", "RUS", "UKR", root="19"))
    assert local.assign(at("a2", "RUS", "UKR", root="19")) == two_actors


def test_different_city_level_places_split() -> None:
    index = ClusterIndex()
    kharkiv = index.assign(at("a1", "RUS", "UKR", country="UKR", place=706483))
    assert index.assign(at("a2", "RUS", "UKR", country="UKR", place=706483)) == kharkiv
    assert index.assign(at("a3", "RUS", "UKR", country="UKR", place=703448)) != kharkiv
    assert index.assign(at("a4", "RUS", "UKR", country="UKR")) == kharkiv
    unplaced = ClusterIndex(options=ClusterOptions(match_places=False))
    first = unplaced.assign(at("a1", "RUS", "UKR", place=706483))
    assert unplaced.assign(at("a2", "RUS", "UKR", place=703448)) == first


def test_period_dates_overlap_without_widening() -> None:
    month = make_mention("occurred", "19", ("RUS", "UKR"), (date(2022, 3, 1), "month"),
                         (None, None), "a2")
    month = replace(month, anchors=SHARED)
    assert month.until == date(2022, 3, 31)
    periods = ClusterIndex(options=ClusterOptions(period_dates=True))
    first = periods.assign(at("a1", "RUS", "UKR", day=date(2022, 3, 20)))
    assert periods.assign(month) == first
    assert periods.by_id[first][1].date_start == date(2022, 3, 20)
    days = ClusterIndex()
    other = days.assign(at("a1", "RUS", "UKR", day=date(2022, 3, 20)))
    assert days.assign(month) != other


def test_period_end() -> None:
    assert period_end(date(2022, 2, 7), "week") == date(2022, 2, 13)
    assert period_end(date(2022, 12, 1), "month") == date(2022, 12, 31)
    assert period_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    assert period_end(date(2022, 1, 1), "year") == date(2022, 12, 31)
    assert period_end(date(2022, 1, 1), "day") is None
    assert period_end(date(2022, 1, 1), "publication") is None


def test_stored_clusters_closed_to_other_articles_are_not_matched_again() -> None:
    index = ClusterIndex()
    day = date(2022, 3, 1)
    index.add_existing(("occurred", "01", "USA", "RUS"), ClusterState(7, day, day, None))
    index.add_existing(("occurred", "19", "RUS", "UKR"),
                       ClusterState(8, day, day, None, None, "", ["name:kharkiv"]))
    assert index.next_id == 9
    assert index.assign(at("a9", "USA", "RUS", root="01")) == 9
    assert index.assign(at("a9", "RUS", "UKR", root="19")) == 8


def test_defaults_come_from_the_data_file() -> None:
    defaults = cluster_defaults()
    assert defaults.meta.license and defaults.meta.source
    options = ClusterOptions()
    assert options.window_days == defaults.window_days
    assert options.local_roots == defaults.local_roots
    assert options.one_actor == defaults.one_actor


def test_a_bad_clustering_file_names_file_and_line() -> None:
    text = (Path(__file__).parents[2] / "eventwire" / "data" / CLUSTERING_FILE).read_text("utf-8")
    bad = text.replace('local_roots: ["01", "02"]', 'local_roots: ["01", "2x"]')
    assert bad != text
    with pytest.raises(DataError) as caught:
        parse_yaml_model(bad, CLUSTERING_FILE, ClusterDefaults)
    line = next(n for n, row in enumerate(bad.splitlines(), start=1)
                if row.startswith("local_roots"))
    assert f"{CLUSTERING_FILE}:{line}" in str(caught.value)


def test_undated_mentions_cross_no_article() -> None:
    index = ClusterIndex()

    def said(article: str, day: date | None) -> Mention:
        return Mention("occurred", "19", None, "CVL", day, None, article, anchors=SHARED)

    dated = index.assign(said("a", date(2022, 3, 1)))
    undated = index.assign(said("b", None))
    assert undated != dated, "an undated report is no wildcard for another article's cluster"
    assert index.assign(said("c", date(2022, 3, 1))) == dated
    assert index.assign(said("d", date(2022, 3, 2))) != undated
    assert index.assign(said("b", None)) == undated, "inside its article it still joins"
    assert index.assign(said("a", None)) == dated


def test_cross_article_joins_need_a_shared_anchor() -> None:
    index = ClusterIndex()
    first = index.assign(at("a1", "RUS", "CVL", root="20", anchors=frozenset({"name:izium"})))
    assert index.assign(at("a1", "RUS", "CVL", root="20", anchors=frozenset())) == first, \
        "inside its article a report needs no evidence"
    assert index.assign(at("a2", "RUS", "CVL", root="20",
                           anchors=frozenset({"name:kherson"}))) != first
    assert index.assign(at("a3", "RUS", "CVL", root="20",
                           anchors=frozenset({"name:izium", "word:shelled"}))) == first
    loose = ClusterIndex(options=ClusterOptions(corroborate=False))
    other = loose.assign(at("a1", "RUS", "CVL", root="20", anchors=frozenset({"name:izium"})))
    assert loose.assign(at("a2", "RUS", "CVL", root="20", anchors=frozenset())) == other


def coded(article: str, codes: tuple[str | None, str | None]) -> Mention:
    countries = tuple(code[:3] if code and len(code) > 3 else code for code in codes)
    return Mention("occurred", "11", countries[0], countries[1], date(2022, 3, 1), None,
                   article, codes=codes, anchors=SHARED)


def test_full_codes_tell_domestic_actors_apart() -> None:
    index = ClusterIndex()
    first = index.assign(coded("a1", ("USAGOV", "USAPTY")))
    assert index.assign(coded("a2", ("USAGOV", "USAMED"))) != first
    assert index.assign(coded("a3", ("USAGOV", "USAPTY"))) == first
    by_country = ClusterIndex(options=ClusterOptions(actor_keys="country"))
    other = by_country.assign(coded("a1", ("USAGOV", "USAPTY")))
    assert by_country.assign(coded("a2", ("USAGOV", "USAMED"))) == other


def test_domestic_keys_use_codes_only_within_one_country() -> None:
    index = ClusterIndex(options=ClusterOptions(actor_keys="domestic"))
    foreign = index.assign(coded("a1", ("USAGOV", "RUSGOV")))
    assert index.assign(coded("a2", ("USAMIL", "RUSGOV"))) == foreign
    domestic = index.assign(coded("a1", ("USAGOV", "USAPTY")))
    assert index.assign(coded("a2", ("USAGOV", "USAMED"))) != domestic


def test_stored_clusters_keep_their_anchors() -> None:
    index = ClusterIndex()
    day = date(2022, 3, 1)
    index.add_existing(("occurred", "20", "RUS", "CVL"),
                       ClusterState(4, day, day, None, None, "", ["name:izium"]))
    assert index.assign(at("a9", "RUS", "CVL", root="20",
                           anchors=frozenset({"name:izium"}))) == 4
    assert index.assign(at("a9", "RUS", "CVL", root="20",
                           anchors=frozenset({"name:kherson"}))) != 4
