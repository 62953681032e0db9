"""The ``eventwire code`` command, run as a real subprocess with the real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract import validate_record

GOOD = ("Russian President Vladimir Putin will meet Chinese President Xi Jinping in Beijing on "
        "Friday, the Kremlin said. Russian troops have massed on the border with Ukraine.")


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], input=stdin,
                          capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    (root / "01_good.txt").write_text(GOOD, encoding="utf-8")
    (root / "02_empty.txt").write_text("", encoding="utf-8")
    (root / "03_binary.txt").write_bytes(bytes(range(0, 32)) * 200)
    (root / "04_huge.txt").write_text("The army attacked the town. " * 190000, encoding="utf-8")
    (root / "05_german.txt").write_text(
        "Die russischen Truppen haben sich an der Grenze versammelt, sagte ein Sprecher am "
        "Dienstag der Nachrichtenagentur, und die Gespräche mit der Regierung gehen weiter.",
        encoding="utf-8")
    (root / "06_latin1.txt").write_bytes("Troops massed near the café.".encode("latin-1"))
    (root / "07_batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD, "published": "2022-02-02"}) + "\n"
        + '{"id": "j2", "text": "unterminated\n'
        + json.dumps({"id": "j3", "text": GOOD, "published": "02/02/2022"}) + "\n",
        encoding="utf-8")
    return root


def test_bad_input_is_reported_and_the_rest_coded(bad_batch: Path) -> None:
    proc = run(["code", str(bad_batch), "--format", "jsonl", "--published", "2022-02-02"])
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    for name, code in [("02_empty", "empty-text"), ("03_binary", "binary-text"),
                       ("04_huge", "too-large"), ("05_german", "not-english"),
                       ("06_latin1", "read as Windows-1252"),
                       ("07_batch.jsonl:2", "bad-record"),
                       ("j3: '02/02/2022'", "published value is no date")]:
        line = next((ln for ln in err.splitlines() if name in ln), "")
        assert code in line, (name, err)
    assert "9 articles: 4 coded, 5 failed" in err  # j3 coded with the --published default
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert records, "the good articles yield events"
    texts = {"j1": GOOD, "j3": GOOD, str(bad_batch / "01_good.txt"): GOOD,
             str(bad_batch / "06_latin1.txt"): "Troops massed near the café."}
    for record in records:
        validate_record(record, texts[record["article_id"]])


def test_nothing_coded_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  ")
    proc = run(["code", str(tmp_path / "empty.txt")])
    assert proc.returncode == 1
    assert "empty-text" in proc.stderr.decode()
    assert proc.stdout == b""


def test_stdin_status_filter_and_csv() -> None:
    proc = run(["code", "-", "--format", "jsonl", "--status", "planned",
                "--published", "2022-02-02"], stdin=GOOD.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert records and all(r["status"] == "planned" for r in records)
    proc = run(["code", "-", "--format", "csv"], stdin=GOOD.encode())
    assert proc.returncode == 0
    header = proc.stdout.decode().splitlines()[0]
    assert header.startswith("id,article_id,sentence,status")


def test_usage_errors() -> None:
    assert run(["code", "/no/such/file.txt"]).returncode == 2
    assert run(["code", "-", "--published", "yesterday"], stdin=b"x").returncode == 2
    assert run(["code", "-", "--status", "maybe"], stdin=b"x").returncode == 2


def test_min_confidence_drops_less_certain_events() -> None:
    story = (b"Police arrested the union leader on Friday. Nobody knew whether talks would ever "
             b"happen, the Veloran foreign minister said.")
    every = run(["code", "-", "--format", "jsonl"], stdin=story)
    assert every.returncode == 0, every.stderr.decode()
    scores = sorted(json.loads(line)["confidence"] for line in every.stdout.decode().splitlines())
    assert len(scores) >= 2 and scores[0] < scores[-1]
    cut = (scores[0] + scores[-1]) / 2
    kept = run(["code", "-", "--format", "jsonl", "--min-confidence", f"{cut:.3f}"], stdin=story)
    assert kept.returncode == 0, kept.stderr.decode()
    left = [json.loads(line)["confidence"] for line in kept.stdout.decode().splitlines()]
    assert left == [s for s in left if s >= cut] and len(left) == sum(s >= cut for s in scores)
    assert run(["code", "-", "--min-confidence", "1.5"], stdin=story).returncode == 2


def test_a_batch_size_below_one_is_a_usage_error() -> None:
    for size in ("0", "-3"):
        proc = run(["code", "-", "--batch-size", size], stdin=GOOD.encode())
        assert proc.returncode == 2 and b"--batch-size" in proc.stderr, proc.stderr.decode()
        assert b"Traceback" not in proc.stderr


def test_jsonl_on_stdin_with_a_byte_order_mark_is_read_as_jsonl() -> None:
    lines = [json.dumps({"id": "m1", "text": GOOD, "published": "2022-02-02"}),
             json.dumps({"id": "m2", "text": GOOD, "published": "2022-02-03"})]
    proc = run(["code", "-", "--format", "jsonl"],
               stdin=b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "2 articles: 2 coded" in proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert {r["article_id"] for r in records} == {"m1", "m2"}
    for record in records:
        validate_record(record, GOOD)
