"""Fuzzing the runner: the hostile files of ``tests.fuzz_inputs`` through the real
``eventwire code`` and ``eventwire ingest`` and through the library. The run never crashes,
every article read is coded or failed with its own error line, and the counts reconcile with
what the readers yield (articles in = coded + failed). Then regressions of what it found."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.sources import SourceOptions, iter_articles
from tests.fuzz_inputs import write_cases

pytestmark = pytest.mark.slow

SUMMARY = re.compile(r"^(\d+) articles?: (\d+) coded, (\d+) failed; (\d+) events?$", re.MULTILINE)
ERROR_LINE = re.compile(r"^error article ", re.MULTILINE)
RUN_LINE = re.compile(r"^run \d+: (\d+) seen = (\d+) new \+ (\d+) duplicate \+ (\d+) failed;",
                      re.MULTILINE)


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], input=stdin,
                          capture_output=True, timeout=1800)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    write_cases(root, seed=3, tiny=1500)
    return root


def read_count(root: Path) -> int:
    return len(list(iter_articles([str(root)], SourceOptions(follow_links=False),
                                  lambda empty: None)))


def test_code_counts_every_article_of_the_hostile_files(hostile: Path) -> None:
    proc = run(["code", str(hostile), "--format", "jsonl", "--no-follow-links"])
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err, err[-3000:]
    (articles, coded, failed, events), = SUMMARY.findall(err)
    assert int(articles) == int(coded) + int(failed) == read_count(hostile)
    assert len(ERROR_LINE.findall(err)) == int(failed)
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(records) == int(events)


def test_ingest_stores_or_records_every_article(hostile: Path, tmp_path: Path) -> None:
    proc = run(["ingest", str(hostile), "--db", str(tmp_path / "f.duckdb"), "--no-follow-links"])
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err, err[-3000:]
    (seen, new, duplicate, failed), = RUN_LINE.findall(err)
    assert int(seen) == int(new) + int(duplicate) + int(failed) == read_count(hostile)


def test_the_library_gives_one_result_per_article(hostile: Path) -> None:
    items = list(iter_articles([str(hostile)], SourceOptions(follow_links=False),
                               lambda empty: None))
    results = list(Coder().code_articles(items))
    assert len(results) == len(items)
    for result in results:
        for event in result.events:
            assert result.article.text[event.evidence.start:event.evidence.end] \
                == event.evidence.text


def test_ids_and_values_that_look_like_console_markup_are_printed_as_written() -> None:
    lines = [{"id": "[/]", "text": ""},
             {"id": "[bold]x", "text": "Police arrested two men in Lagos.", "published": "[/]",
              "title": "[/red] t"}]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    for fmt in ("table", "jsonl"):
        proc = run(["code", "-", "--format", fmt, "--verbose"], data)
        err = proc.stderr.decode()
        assert proc.returncode == 0 and "Traceback" not in err, err[-2000:]
        assert "error article [/]: empty-text" in err and "2 articles: 1 coded, 1 failed" in err
        assert "article [bold]x: published value '[/]' is no date" in err
    assert "[/red] t" in proc.stdout.decode() or fmt == "jsonl"
    table = run(["code", "-", "--format", "table"], data).stdout.decode()
    assert "[/red] t" in table
