from datetime import date

from eventwire.store.anchors import (
    MAX_ANCHORS,
    corroborates,
    mention_anchors,
    merge_anchors,
    name_anchors,
)
from eventwire.store.clusters import cluster_defaults

STOP = cluster_defaults().anchor_stopwords


def test_names_skip_actors_sentence_starts_and_stop_words() -> None:
    evidence = ("Rebels shelled the port of Mariupol on Tuesday, the Ukrainian army said. "
                "Witnesses saw smoke over the Azovstal plant.")
    names = name_anchors(evidence, ["Rebels", "the Ukrainian army"], STOP)
    assert names == {"name:mariupol", "name:azovstal"}


def test_country_names_and_demonyms_are_no_names() -> None:
    evidence = "Gunmen attacked a Nigerian army post near Maiduguri, South Sudan's envoy said."
    names = name_anchors(evidence, ["Gunmen"], STOP)
    assert names == {"name:maiduguri"}


def test_possessives_are_the_name() -> None:
    names = name_anchors("Police raided Kowalski's warehouse in Gdansk.", ["Police"], STOP)
    assert names == {"name:kowalski", "name:gdansk"}


def test_mention_anchors_add_words_places_and_stated_days() -> None:
    anchors = mention_anchors(
        "Police arrested the driver of a derailed tram in Croydon.", ["Police", "the driver"],
        ("Croydon", "city"), date(2016, 11, 9), STOP)
    assert {"name:croydon", "place:croydon", "day:2016-11-09", "word:derailed",
            "word:tram", "word:arrested"} <= anchors
    assert "word:driver" not in anchors, "words of the actors are no evidence"
    assert "word:the" not in anchors and "word:of" not in anchors
    country_only = mention_anchors("Police arrested a man.", ["Police"], ("France", "country"),
                                   None, STOP)
    assert not any(a.startswith(("place:", "day:")) for a in country_only)


def test_one_name_corroborates_but_words_need_several() -> None:
    kept = ["name:croydon", "word:tram", "word:derailed", "word:killed"]
    assert corroborates(kept, frozenset({"name:croydon"}), 3)
    assert not corroborates(kept, frozenset({"word:tram", "word:killed"}), 3)
    assert corroborates(kept, frozenset({"word:tram", "word:killed", "word:derailed"}), 3)
    assert not corroborates(kept, frozenset({"word:tram", "word:killed", "word:derailed"}), 0)
    assert not corroborates([], frozenset({"name:croydon"}), 3)


def test_a_stated_day_is_one_word_not_proof() -> None:
    kept = ["day:2022-03-07", "word:shelled", "word:civilians", "place:izium"]
    assert not corroborates(kept, frozenset({"day:2022-03-07"}), 3)
    assert not corroborates(kept, frozenset({"day:2022-03-07", "word:shelled"}), 3)
    assert corroborates(kept, frozenset({"day:2022-03-07", "word:shelled", "word:civilians"}), 3)
    assert not corroborates(kept, frozenset({"day:2022-03-07", "word:shelled"}), 0)
    assert corroborates(kept, frozenset({"place:izium"}), 3)


def test_merge_keeps_order_without_duplicates_up_to_the_cap() -> None:
    kept = ["name:b"]
    merge_anchors(kept, {"name:a", "name:b"})
    assert kept == ["name:b", "name:a"]
    merge_anchors(kept, {f"word:w{n:03d}" for n in range(2 * MAX_ANCHORS)})
    assert len(kept) == MAX_ANCHORS and kept[2] == "word:w000"
