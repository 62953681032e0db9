"""The store with the real coder: writer, clusters, queries, exports, migrations and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.coder import Coder
from eventwire.ingest.run import IngestOptions, ingest
from eventwire.records import Article, ArticleError
from eventwire.store import ClusterOptions, EventFilter, Store, schema
from eventwire.store.exports import gdelt_columns

SUMMIT = [
    Article(text="Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing "
                 "on Friday.", id="a1", published=date(2022, 2, 5), source="Wire A",
            url="http://a.example/1"),
    Article(text="Putin and Xi held talks in Beijing on Friday, Russian state media reported.",
            id="b1", published=date(2022, 2, 6), source="Wire B"),
    Article(text="Russian troops shelled the Ukrainian city of Kharkiv on Monday, killing five "
                 "people.", id="c1", published=date(2022, 3, 1), source="Wire C"),
    Article(text="Putin met Xi in Beijing on Friday.", id="late", published=date(2022, 3, 26),
            source="Wire D"),
]


def run(store: Store, coder: Coder, items: list[Article | ArticleError], **options: int):
    return ingest(store, coder, lambda writer: items, ["test"], IngestOptions(**options))


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    with Store(path) as first:
        numbers = [m["number"] for m in first.info()["migrations"]]
    assert numbers == [m.number for m in schema.MIGRATIONS]
    with Store(path) as again:
        assert schema.migrate(again.con) == []
        assert again.info()["schema_version"] == schema.latest_version()


def test_ingest_stores_articles_events_failures_and_reconciles(store: Store,
                                                                coder: Coder) -> None:
    bad = ArticleError("broken.jsonl:3", "bad-record", "malformed JSON")
    report = run(store, coder, [*SUMMIT, bad, Article(text="", id="empty")], commit_every=2)
    counts = report.counts
    assert (counts.seen, counts.new, counts.duplicate, counts.failed) == (6, 4, 0, 2)
    info = store.info()
    assert info["counts"]["articles"] == 4 and info["counts"]["failures"] == 2
    assert info["counts"]["events"] == counts.events > 0
    assert info["runs"][0]["status"] == "complete" and info["runs"][0]["seen"] == 6
    failures = store.con.execute("SELECT article_id, code FROM failures ORDER BY 1").fetchall()
    assert failures == [("broken.jsonl:3", "bad-record"), ("empty", "empty-text")]


def test_reingest_adds_nothing(store: Store, coder: Coder) -> None:
    run(store, coder, list(SUMMIT))
    before = store.info()["counts"]
    renamed = Article(text=SUMMIT[0].text, id="other-id")
    same_url = Article(text="Different text about Iran.", id="x", url="http://a.example/1")
    report = run(store, coder, [*SUMMIT, renamed, same_url])
    assert (report.counts.new, report.counts.duplicate, report.counts.events) == (0, 6, 0)
    after = store.info()["counts"]
    assert {k: v for k, v in after.items() if k != "runs"} == \
        {k: v for k, v in before.items() if k != "runs"}


def test_reports_of_one_summit_share_a_cluster(store: Store, coder: Coder) -> None:
    run(store, coder, list(SUMMIT), commit_every=1)
    clusters = store.clusters_df()
    summit = clusters[(clusters.cameo_root == "04") & (clusters.num_articles == 2)]
    assert len(summit) == 1
    row = summit.iloc[0]
    assert row.num_sources == 2 and row.num_mentions >= 3
    assert str(row.first_seen)[:10] == "2022-02-05" and str(row.last_seen)[:10] == "2022-02-06"
    late = clusters[(clusters.cameo_root == "04") & (clusters.first_seen.astype(str) >=
                                                     "2022-03-26")]
    assert len(late) == 1 and late.iloc[0].num_articles == 1
    assert store.count_events() == len(clusters)


def test_clusters_keep_updating_across_runs(store: Store, coder: Coder) -> None:
    run(store, coder, [SUMMIT[0]])
    first = store.clusters_df()
    assert first[first.cameo_root == "04"].num_articles.max() == 1
    run(store, coder, [SUMMIT[1]])
    second = store.clusters_df()
    assert second[second.cameo_root == "04"].num_articles.max() == 2
    assert store.recluster(ClusterOptions(window_days=0)) >= len(second)


def test_queries_filter_and_return_pandas_and_polars(store: Store, coder: Coder) -> None:
    run(store, coder, list(SUMMIT))
    fights = store.events_df(EventFilter(source="RUS", root="19"))
    assert len(fights) >= 1 and set(fights.cameo_root) == {"19"}
    assert all(code.startswith("RUS") for code in fights.source_code)
    ukraine = store.events_pl(EventFilter(target="UKR", statuses=("occurred",)))
    assert ukraine.height >= 1 and set(ukraine["target_country"].to_list()) == {"UKR"}
    feb = store.events_df(EventFilter(since=date(2022, 2, 1), until=date(2022, 2, 28)))
    assert len(feb) and all(str(d)[:7] == "2022-02" for d in feb.date)
    per_cluster = store.events_arrow(unit="cluster")
    assert per_cluster.num_rows == store.count_events(statuses=())
    assert store.events_arrow().num_rows > per_cluster.num_rows


def test_min_confidence_filter(store: Store, coder: Coder, tmp_path: Path) -> None:
    run(store, coder, list(SUMMIT))
    every = store.events_df(unit="mention")
    cut = float(every.confidence.median())
    kept = store.events_df(EventFilter(min_confidence=cut), unit="mention")
    assert 0 < len(kept) < len(every) and (kept.confidence >= cut).all()
    assert len(kept) == (every.confidence >= cut).sum()


def test_exports(store: Store, coder: Coder, tmp_path: Path) -> None:
    run(store, coder, list(SUMMIT))
    clusters = store.count_events(statuses=())
    assert store.export("parquet", tmp_path / "e.parquet") == clusters
    assert pq.read_table(tmp_path / "e.parquet").num_rows == clusters
    store.export("csv", tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_text().splitlines()[0].startswith('"id"')
    store.export("jsonl", tmp_path / "e.jsonl", unit="mention")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert records[0]["schema"] == "eventwire.event/1" and "num_articles" in records[0]["cluster"]
    store.export("gdelt", tmp_path / "e.tsv")
    lines = (tmp_path / "e.tsv").read_text().splitlines()
    assert len(lines) == clusters and all(len(line.split("\t")) == 61 for line in lines)
    names = [name for name, _ in gdelt_columns()]
    summit = next(line.split("\t") for line in lines
                  if line.split("\t")[names.index("EventRootCode")] == "04"
                  and line.split("\t")[names.index("NumArticles")] == "2")
    assert summit[names.index("SQLDATE")] == "20220204"
    assert summit[names.index("ActionGeo_CountryCode")] == "CH"
    store.export("plover", tmp_path / "e.plover.jsonl")
    plover = [json.loads(line) for line in (tmp_path / "e.plover.jsonl").read_text().splitlines()]
    assert plover and all({"id", "date", "actor", "event"} <= set(r) for r in plover)
    assert any(r["event"] == ["CONSULT"] and r["actor"][0]["code"] in {"RUS", "CHN"}
               for r in plover)


def test_cli_events_export_and_db_info(tmp_path: Path, coder: Coder) -> None:
    db = tmp_path / "cli.duckdb"
    with Store(db) as store:
        run(store, coder, list(SUMMIT))
    runner = CliRunner()
    listed = runner.invoke(cli, ["events", "--db", str(db), "--root", "19", "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert rows and all(r["cameo"]["root"] == "19" for r in rows)
    csv_out = runner.invoke(cli, ["events", "--db", str(db), "--format", "csv", "--mentions",
                                  "--status", "occurred"])
    assert csv_out.exit_code == 0 and csv_out.output.startswith('"id"')
    out = tmp_path / "g.tsv"
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "gdelt", str(out)])
    assert exported.exit_code == 0 and out.exists()
    info = runner.invoke(cli, ["db", "info", "--db", str(db), "--json"])
    assert info.exit_code == 0
    assert json.loads(info.output)["schema_version"] == schema.latest_version()
    sure = runner.invoke(cli, ["events", "--db", str(db), "--mentions", "--format", "jsonl",
                               "--min-confidence", "0.5"])
    assert sure.exit_code == 0, sure.output
    assert all(json.loads(line)["confidence"] >= 0.5 for line in sure.output.splitlines())
    bad = runner.invoke(cli, ["events", "--db", str(db), "--status", "maybe"])
    assert bad.exit_code != 0


def test_gdelt_export_codes_announced_actions_as_cameo_does(store: Store, coder: Coder,
                                                            tmp_path: Path) -> None:
    text = "The Kenyan president will meet the Ugandan president in Nairobi on Friday."
    run(store, coder, [Article(text=text, id="plan", published=date(2023, 5, 10))])
    planned = EventFilter(statuses=("planned",), article_id="plan")
    assert set(store.events_df(planned)["cameo_root"]) == {"04"}
    store.export("gdelt", tmp_path / "plan.tsv", planned)
    names = [name for name, _ in gdelt_columns()]
    rows = [line.split("\t") for line in (tmp_path / "plan.tsv").read_text().splitlines()]
    assert rows and {row[names.index("EventCode")] for row in rows} == {"036"}
    assert {row[names.index("QuadClass")] for row in rows} == {"1"}


def test_undated_articles_of_different_stories_share_no_cluster(store: Store,
                                                                coder: Coder) -> None:
    stories = [Article(text="Gunmen attacked a wedding party in the north, killing 12 people.",
                       id="u1"),
               Article(text="Gunmen attacked a crowded market, killing five people.", id="u2"),
               Article(text="Gunmen opened fire at a bus station on March 3, 2021, killing "
                            "nine people.", id="u3")]
    run(store, coder, list(stories))
    mentions = store.events_df(EventFilter(root="19", statuses=("occurred",)))
    assert set(mentions["article_id"]) == {"u1", "u2", "u3"}, mentions[["article_id", "rule"]]
    assert mentions.groupby("cluster_id")["article_id"].nunique().max() == 1


KILLINGS = [
    Article(text="Russian troops killed four civilians on Monday in Izium.", id="s1",
            published=date(2022, 3, 8), source="Wire A"),
    Article(text="Russian soldiers killed four civilians on Monday in Izium, Ukrainian "
                 "officials said.", id="s2", published=date(2022, 3, 8), source="Wire B"),
    Article(text="Russian troops killed three civilians in Kherson on Monday.", id="s3",
            published=date(2022, 3, 8), source="Wire C"),
]


def partition(store: Store) -> set[frozenset[str]]:
    """The clusters as sets of event ids (ids are the same across reclustering)."""
    rows = store.con.execute("SELECT cluster_id, id FROM events").fetchall()
    groups: dict[int, set[str]] = {}
    for cluster_id, event_id in rows:
        groups.setdefault(cluster_id, set()).add(event_id)
    return {frozenset(group) for group in groups.values()}


def test_reports_join_only_with_shared_evidence(store: Store, coder: Coder) -> None:
    run(store, coder, list(KILLINGS))
    killings = store.events_df(EventFilter(root="20", statuses=("occurred",)))
    assert set(killings["article_id"]) == {"s1", "s2", "s3"}, killings[["article_id", "rule"]]
    articles = killings.groupby("cluster_id")["article_id"].apply(frozenset)
    assert frozenset({"s1", "s2"}) in set(articles), "both name Izium: one event"
    assert all("s3" not in group or len(group) == 1 for group in articles), \
        "same actors, root and day, but nothing else shared: another event"
    loose = ClusterOptions(corroborate=False, actor_keys="country")
    store.recluster(loose)
    killings = store.events_df(EventFilter(root="20", statuses=("occurred",)))
    assert killings["cluster_id"].nunique() == 1, "without corroboration all three merge"


def test_a_restarted_writer_clusters_as_recluster_does(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "restart.duckdb"
    for article in [*KILLINGS, *SUMMIT]:
        with Store(path) as opened:
            run(opened, coder, [article])
    with Store(path) as opened:
        incremental = partition(opened)
        stored = opened.con.execute(
            "SELECT count(*) FROM clusters WHERE len(anchors) > 0").fetchone()
        assert stored is not None and stored[0] > 0, "anchors are stored with the clusters"
        opened.recluster(ClusterOptions())
        assert partition(opened) == incremental


def test_a_store_of_an_older_version_is_reclustered_when_upgraded(tmp_path: Path,
                                                                  coder: Coder) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as opened:
        run(opened, coder, list(KILLINGS))
        expected = partition(opened)
        # the state a store of the version before migration 4 is in: no anchors, one cluster each
        opened.con.execute("UPDATE events SET cluster_id = NULL")
        opened.con.execute("DELETE FROM clusters")
        opened.con.execute("ALTER TABLE clusters DROP COLUMN place")
        opened.con.execute("ALTER TABLE clusters DROP COLUMN anchors")
        opened.con.execute("DELETE FROM schema_migrations WHERE number = 4")
    with Store(path) as upgraded:
        assert upgraded.info()["schema_version"] == schema.latest_version()
        assert partition(upgraded) == expected
        stored = upgraded.con.execute(
            "SELECT count(*) FROM clusters WHERE len(anchors) > 0").fetchone()
        assert stored is not None and stored[0] > 0
