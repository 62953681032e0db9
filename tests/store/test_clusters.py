from datetime import date

from eventwire.store.clusters import ClusterIndex, ClusterOptions, Mention


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
