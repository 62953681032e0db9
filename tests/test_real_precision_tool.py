"""tools/real_precision.py: scoring and marking a judged sample of real-news events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.tool_loader import load_tool

tool = load_tool("real_precision")
DATA = Path(__file__).parent / "data"
SAMPLES = (DATA / "real_precision.jsonl", DATA / "real_precision_holdout.jsonl",
           DATA / "real_precision_holdout2.jsonl", DATA / "real_precision_holdout3.jsonl",
           DATA / "real_precision_holdout3_after.jsonl",
           DATA / "real_precision_holdout3_pick3.jsonl", DATA / "real_precision_holdout4.jsonl",
           DATA / "real_precision_holdout4_pick5.jsonl", DATA / "real_precision_holdout5.jsonl",
           DATA / "real_precision_holdout6.jsonl", DATA / "real_precision_holdout7_before.jsonl",
           DATA / "real_precision_holdout7_after.jsonl", DATA / "real_precision_calib_a.jsonl",
           DATA / "real_precision_calib_b.jsonl", DATA / "real_precision_calib2_a.jsonl",
           DATA / "real_precision_calib2_b.jsonl", DATA / "real_precision_holdout8_before.jsonl",
           DATA / "real_precision_holdout8_after.jsonl", DATA / "real_precision_holdout9.jsonl",
           DATA / "real_precision_holdout10.jsonl", DATA / "real_precision_holdout11.jsonl",
           DATA / "real_precision_holdout12.jsonl", DATA / "real_precision_holdout13.jsonl",
           DATA / "real_precision_holdout14.jsonl", DATA / "real_precision_holdout15.jsonl",
           DATA / "real_precision_holdout16.jsonl", DATA / "real_precision_holdout17.jsonl")
# Each plan's draw excludes the articles of the plans drawn before it (tool docstring).
PLAN_ORDER = ("judged", "dev", "holdout", "holdout2", "holdout3", "dev2", "holdout4",
              "holdout5", "holdout6", "holdout7", "calib", "calib2", "holdout8",
              "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
              "holdout15", "holdout16", "holdout17")
PLAN_SAMPLES = {"judged": "real_precision.jsonl", "holdout": "real_precision_holdout.jsonl",
                "holdout2": "real_precision_holdout2.jsonl",
                "holdout3": "real_precision_holdout3.jsonl",
                "holdout4": "real_precision_holdout4.jsonl",
                "holdout5": "real_precision_holdout5.jsonl",
                "holdout6": "real_precision_holdout6.jsonl",
                "holdout7": "real_precision_holdout7_before.jsonl",
                "calib": "real_precision_calib_a.jsonl",
                "calib2": "real_precision_calib2_a.jsonl",
                "holdout8": "real_precision_holdout8_before.jsonl",
                "holdout9": "real_precision_holdout9.jsonl",
                "holdout10": "real_precision_holdout10.jsonl",
                "holdout11": "real_precision_holdout11.jsonl",
                "holdout12": "real_precision_holdout12.jsonl",
                "holdout13": "real_precision_holdout13.jsonl",
                "holdout14": "real_precision_holdout14.jsonl",
                "holdout15": "real_precision_holdout15.jsonl",
                "holdout16": "real_precision_holdout16.jsonl",
                "holdout17": "real_precision_holdout17.jsonl"}


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def line(event_id: str, verdict: str, **more: Any) -> dict[str, Any]:
    return {"event_id": event_id, "article_id": "a", "trigger_start": 10, "verdict": verdict,
            **more}


def test_share_right_before_and_after(tmp_path: Path) -> None:
    path = write(tmp_path / "s.jsonl", [
        line("1", "right"), line("2", "not_an_event", after_verdict="gone"),
        line("3", "wrong_code", after_verdict="right"), line("4", "")])
    before = tool.score(path)
    assert (before["judged"], before["right"], before["share_right"]) == (3, 1, 0.333)
    after = tool.score(path, after=True)
    assert (after["judged"], after["right"], after["share_right"]) == (2, 2, 1.0)


def test_unknown_verdict_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        tool.score(write(tmp_path / "s.jsonl", [line("1", "maybe")]))


def test_mark_keeps_gone_and_changed_events_apart(tmp_path: Path) -> None:
    sample = write(tmp_path / "s.jsonl", [
        line("kept", "right"), line("gone", "not_an_event", trigger_start=50),
        line("changed", "wrong_code", trigger_start=90)])
    events = write(tmp_path / "e.jsonl", [
        {"id": "kept", "article_id": "a", "trigger": {"start": 10, "text": "met"}},
        {"id": "new", "article_id": "a", "trigger": {"start": 90, "text": "said"},
         "cameo": {"code": "010"}, "evidence": {"text": "He said so."}}])
    marked = {row["event_id"]: row for row in tool.mark(sample, events)}
    assert "after_verdict" not in marked["kept"]
    assert marked["gone"]["after_verdict"] == "gone"
    assert marked["changed"]["after_verdict"] == ""
    assert marked["changed"]["after_event"]["code"] == "010"
    marked["changed"].update(after_verdict="right", after_reason="re-judged")
    rejudged = write(tmp_path / "r.jsonl", list(marked.values()))
    again = {row["event_id"]: row for row in tool.mark(rejudged, events)}
    assert again["changed"]["after_verdict"] == "right"  # a re-judgement is kept


def test_mark_rejudges_an_event_whose_status_changed(tmp_path: Path) -> None:
    """The id stays when only the status (or an actor's code) changes: judged again."""
    sample = write(tmp_path / "s.jsonl", [
        line("same", "wrong_status", code="190", status="possible"),
        line("still", "right", code="040", status="occurred", trigger_start=30)])
    events = write(tmp_path / "e.jsonl", [
        {"id": "same", "article_id": "a", "trigger": {"start": 10, "text": "attack"},
         "cameo": {"code": "190"}, "status": "occurred"},
        {"id": "still", "article_id": "a", "trigger": {"start": 30, "text": "met"},
         "cameo": {"code": "040"}, "status": "occurred"}])
    marked = {row["event_id"]: row for row in tool.mark(sample, events)}
    assert marked["same"]["after_verdict"] == ""
    assert marked["same"]["after_event"]["status"] == "occurred"
    assert "after_verdict" not in marked["still"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_the_judged_samples_are_well_formed(sample: Path) -> None:
    rows = [json.loads(text) for text in sample.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 50
    for row in rows:
        assert row["verdict"] in tool.VERDICTS and row["reason"] and row["sentence"]
        assert row.get("after_verdict", "right") in (*tool.VERDICTS, tool.GONE)
    assert 0.0 < tool.score(sample)["share_right"] < 1.0
    assert tool.score(sample, after=True)["judged"] <= len(rows)


def test_article_ids_read_judged_samples_too(tmp_path: Path) -> None:
    """A judged sample names its articles by ``article_id``: it may be given to --exclude."""
    sample = write(tmp_path / "s.jsonl", [line("1", "right", article_id="bbc:politics/002")])
    assert tool.article_ids([sample]) == {"politics/002"}


def test_article_ids_drop_the_corpus_prefix(tmp_path: Path) -> None:
    assert tool.article_ids([write(tmp_path / "a.jsonl", [{"id": "bbc:politics/001"},
                                                          {"id": "XYZ"}])]) == {
        "politics/001", "XYZ"}


@pytest.mark.slow
@pytest.mark.skipif(not tool.CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_plans_draw_disjoint_articles(tmp_path: Path) -> None:
    """The plans, drawn in order, give disjoint articles outside the bench sample, and each
    judged sample's events come from its own plan's articles."""
    drawn: dict[str, set[str]] = {}
    for plan in PLAN_ORDER:
        out = tmp_path / f"{plan}.jsonl"
        tool.sample_articles(out, plan, [tmp_path / f"{done}.jsonl" for done in drawn])
        drawn[plan] = {row["id"] for row in tool.read_jsonl(out)}
        assert len(drawn[plan]) == sum(count for _, count, _ in tool.PLANS[plan][1])
    everything = set().union(*drawn.values())
    assert len(everything) == sum(len(ids) for ids in drawn.values())
    assert not {key.split(":", 1)[-1] for key in everything} & tool.bench_ids()
    for plan, name in PLAN_SAMPLES.items():
        assert {row["article_id"] for row in tool.read_jsonl(DATA / name)} <= drawn[plan]
    for name in ("real_precision_holdout3_after.jsonl", "real_precision_holdout3_pick3.jsonl"):
        # later picks on the same articles
        assert {row["article_id"] for row in tool.read_jsonl(DATA / name)} <= drawn["holdout3"]
    after8 = tool.read_jsonl(DATA / "real_precision_holdout8_after.jsonl")
    assert {row["article_id"] for row in after8} <= drawn["holdout8"]
    pick5 = tool.read_jsonl(DATA / "real_precision_holdout4_pick5.jsonl")
    assert {row["article_id"] for row in pick5} <= drawn["holdout4"]
    after7 = tool.read_jsonl(DATA / "real_precision_holdout7_after.jsonl")
    assert {row["article_id"] for row in after7} <= drawn["holdout7"]
    for plan in ("calib", "calib2"):
        second = tool.read_jsonl(DATA / f"real_precision_{plan}_b.jsonl")
        assert {row["article_id"] for row in second} <= drawn[plan]


def test_judging_line_keeps_hedge_and_attribution() -> None:
    row = {"id": "e1", "article_id": "a1",
           "evidence": {"text": "Rebels  reportedly\nshelled the town, the army said."},
           "trigger": {"text": "shelled", "start": 18}, "cameo": {"code": "195"},
           "rule": "r", "source": {"text": "Rebels", "code": "REB"}, "target": None,
           "status": "occurred", "hedge": "reported",
           "attribution": {"text": "the army", "code": "MIL"}}
    line = tool.judging_line(row)
    assert line["sentence"] == "Rebels reportedly shelled the town, the army said."
    assert (line["hedge"], line["attribution"]) == ("reported", "the army [MIL]")
    assert (line["source"], line["target"], line["verdict"]) == ("Rebels [REB]", None, "")
