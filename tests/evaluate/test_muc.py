"""The ``muc`` suite: key reading on the real corpus, matching on hand-made events, a TST4 run."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.muc import (
    event_fits,
    event_matches,
    is_clash,
    is_foreign,
    is_old,
    is_predicted,
    run_muc,
    score_report,
)
from eventwire.evaluate.muc_keys import (
    MucData,
    MucDoc,
    Template,
    load_muc_data,
    location_names,
    quoted_fills,
    read_corpus,
    read_template,
    set_fills,
)
from eventwire.records import Location
from tests.evaluate.factories import SHARED, actor, event

MUC = SHARED / "corpora/muc34"
needs_corpus = pytest.mark.skipif(not (MUC / "muc34_keys.jsonl.gz").is_file(),
                                  reason="needs ../shared/corpora/muc34")


@pytest.fixture(scope="module")
def data() -> MucData:
    return load_muc_data()


def template(kind: str = "expected", **changes: Any) -> Template:
    base = Template(
        doc_id="D1",
        number="1",
        kind=kind,  # type: ignore[arg-type]
        types=("BOMBING",),
        perpetrators=("URBAN GUERRILLAS", "MORAZANIST PATRIOTIC FRONT"),
        targets=("BANK BRANCH",),
        locations=("tegucigalpa",),
    )
    return replace(base, **changes)


def placed(code: str, name: str, **kwargs: Any) -> Any:
    located = event(code, **kwargs)
    return replace(located, location=Location(name, name, "HND", None, None, None, "city"))


DOC = MucDoc("D1", "dev", "TEXT", None, None)


# reading ------------------------------------------------------------------------------------
def test_fill_parsing() -> None:
    assert quoted_fills(['"A" / "B"', 'CIVILIAN: "A"', "-"]) == ("A", "B")
    assert set_fills(["ATTACK / BOMBING", "*"]) == ("ATTACK", "BOMBING")
    assert set_fills(["? ACCOMPLISHED"]) == ("ACCOMPLISHED",)
    names = location_names(["EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS (TOWN)", "PERU"])
    assert names == ("san luis", "peru")


def test_template_kinds(data: MucData) -> None:
    def kind(number: str, kinds: list[str], stages: list[str]) -> str:
        raw = {"doc_id": "D", "template": number,
               "slots": {"INCIDENT: TYPE": kinds, "INCIDENT: STAGE OF EXECUTION": stages}}
        found = read_template(raw, data)
        assert found is not None
        return found.kind

    assert kind("1", ["ATTACK"], ["ACCOMPLISHED"]) == "expected"
    assert kind("2", ["BOMBING"], ["ATTEMPTED / THREATENED"]) == "expected"
    assert kind("1 (OPTIONAL)", ["ATTACK"], ["ACCOMPLISHED"]) == "optional"
    assert kind("3", ["ROBBERY"], ["ACCOMPLISHED"]) == "excluded"
    assert kind("4", ["ATTACK"], ["THREATENED"]) == "threatened"
    assert read_template({"doc_id": "D", "template": "*", "slots": {}}, data) is None


def test_reader_is_tolerant(tmp_path: Path) -> None:
    docs = [{"id": "X-1", "set": "dev", "date": "1989-01-02", "text": "A BOMB EXPLODED."},
            {"id": "X-2", "set": "dev"}]
    keys = [{"doc_id": "X-1", "template": "1",
             "slots": {"INCIDENT: TYPE": ["BOMBING"], "PERP: INDIVIDUAL ID": ['"MEN"']}}]
    for name, rows in (("muc34_docs.jsonl.gz", docs), ("muc34_keys.jsonl.gz", keys)):
        lines = [json.dumps(row) for row in rows] + ["not json"]
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    corpus = read_corpus(tmp_path)
    assert list(corpus.docs) == ["X-1"] and corpus.doc_counts.skipped == 2
    assert corpus.key_counts.skipped == 1
    assert corpus.of("X-1")[0].perpetrators == ("MEN",)


@needs_corpus
def test_reader_counts_on_the_corpus() -> None:
    corpus = read_corpus(MUC)
    assert len(corpus.docs) == 1700 and corpus.doc_counts.skipped == 0
    assert corpus.key_counts.lines == 2275 and corpus.key_counts.skipped == 0
    assert sum(len(templates) for templates in corpus.templates.values()) == 1514
    sets: dict[str, int] = {}
    for doc in corpus.docs.values():
        sets[doc.set] = sets.get(doc.set, 0) + 1
    assert sets == {"dev": 1300, "tst1": 100, "tst2": 100, "tst3": 100, "tst4": 100}
    expected = {name: 0 for name in ("dev", "tst3", "tst4")}
    for doc_id, templates in corpus.templates.items():
        name = corpus.docs[doc_id].set
        if name in expected:
            expected[name] += sum(t.kind == "expected" for t in templates)
    assert expected == {"dev": 906, "tst3": 96, "tst4": 64}
    assert sum(doc.mixed_case is not None for doc in corpus.docs.values()) == 100


# matching -----------------------------------------------------------------------------------
def test_actor_overlap_finds_the_incident(data: MucData) -> None:
    ours = event("183", actor("REB", "urban guerrillas"), actor(None, "a bank"))
    assert event_matches(ours, template(), data)
    other = event("183", actor("COP", "the police"), actor(None, "a bus"))
    assert not event_matches(other, template(), data)


def test_location_finds_the_incident(data: MucData) -> None:
    assert event_matches(placed("183", "Tegucigalpa"), template(), data)
    assert not event_matches(placed("183", "Lima"), template(), data)


def test_root_and_status_must_fit(data: MucData) -> None:
    source = actor("REB", "urban guerrillas")
    assert not event_matches(event("112", source), template(), data)
    assert not event_matches(event("183", source, status="planned"), template(), data)
    kidnapping = template(types=("KIDNAPPING",))
    assert event_matches(event("181", source), kidnapping, data)
    assert not event_matches(event("190", source), kidnapping, data)


def test_unnamed_events_fit_by_root_for_precision(data: MucData) -> None:
    bare = event("183")
    assert not event_matches(bare, template(), data)
    assert event_fits(bare, template(), data)
    assert not event_fits(event("173"), template(), data)


def test_relevance_rules(data: MucData) -> None:
    clash = event("190", actor("MIL", "troops", sector="MIL"), actor("REB", "rebels", sector="REB"))
    assert is_clash(clash, data) and not is_predicted(clash, None, data)
    assert is_clash(event("183", None, actor("COP", "a police post", sector="COP")), data)
    civilians = event("190", actor("MIL", "troops", sector="MIL"), actor("CVL", "peasants",
                                                                         sector="CVL"))
    assert not is_clash(civilians, data) and is_predicted(civilians, None, data)
    dated = replace(civilians, date="1989-01-02", date_precision="day")
    assert is_old(dated, date(1989, 6, 1), data)
    assert not is_old(dated, date(1989, 2, 1), data)
    foreign = event("190", actor("USA", "Americans", country="USA"))
    assert is_foreign(foreign, data)
    assert not is_foreign(event("190", actor("PER", "Peruvians", country="PER")), data)


def test_score_report_counts(data: MucData) -> None:
    templates = [template(), template("threatened", number="2", types=("ATTACK",),
                                      perpetrators=("DEATH SQUAD",), targets=(), locations=())]
    events = [
        event("183", actor("REB", "urban guerrillas")),
        event("190", actor("UAF", "the death squad")),
        event("183", actor("REB", "the contras"), status="planned"),
        event("042"),
    ]
    tally = score_report(DOC, events, templates, data)
    assert (tally.expected, tally.found, tally.correct, tally.extra) == (1, 1, 1, 1)
    assert (tally.threatened, tally.threatened_as_occurred) == (1, 1)


# end to end ---------------------------------------------------------------------------------
@pytest.mark.slow
@needs_corpus
def test_tst4_with_the_real_coder() -> None:
    from eventwire.coder import Coder

    report = run_muc(MUC, Coder(), sets=("tst4",))
    assert report["suite"] == "muc" and report["items"] == 100 and report["expected"] == 64
    assert report["coder_errors"] == 0
    assert report["recall"] >= RECALL_FLOOR and report["precision"] >= PRECISION_FLOOR
    truecased = report["sets"]["tst4-truecased"]
    assert truecased["items"] == 100 and truecased["recall"] >= TRUECASED_RECALL_FLOOR
    json.dumps(report)


# Floors just under the TST4 figures measured when they were last raised (2026-11-29: recall
# 0.734, precision 0.632-0.647, truecased recall 0.734); they only go up.
RECALL_FLOOR = 0.68
PRECISION_FLOOR = 0.58
TRUECASED_RECALL_FLOOR = 0.68
