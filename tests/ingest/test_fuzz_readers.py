"""Fuzzing the readers with the hostile files of ``tests.fuzz_inputs``: every file, read from
disk or from stdin, gives articles, per-article errors or an empty-input warning (never an
exception), every line of a JSONL file is one of them (nothing dropped), and everything an error
or warning says can be printed. Then regressions of what the fuzzing found."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.ingest.formats import EmptyInput, jsonl_lines, to_utf8, unmarked_encoding
from eventwire.ingest.sources import SourceOptions, iter_items
from eventwire.records import Article, ArticleError
from tests.fuzz_inputs import cases, write_cases

NO_FETCH = SourceOptions(follow_links=False)
TEXT = "Protesters marched to the parliament in Lusaka on Wednesday, police said."


def check_items(items: list[object]) -> None:
    for item in items:
        assert isinstance(item, Article | ArticleError | EmptyInput), item
        str(item).encode("utf-8")  # an error or warning line can be printed
        if isinstance(item, Article):
            item.id.encode("utf-8")


def jsonl_count(path: Path) -> int:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return sum(1 for line in jsonl_lines(to_utf8(data)) if line.strip())


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_hostile_file_is_read_without_losing_a_line(tmp_path: Path, seed: int) -> None:
    for path in write_cases(tmp_path, seed, tiny=50):
        items = list(iter_items([str(path)], NO_FETCH))
        check_items(items)
        assert items, path.name  # at least an error or a warning: never silence
        inner = path.name.removesuffix(".gz")
        intact = not path.name.startswith(("random", "cut"))
        if inner.endswith(".jsonl") and intact:
            assert len(items) == jsonl_count(path), path.name


@pytest.mark.parametrize("seed", [0, 1])
def test_every_hostile_input_is_read_from_stdin(monkeypatch: pytest.MonkeyPatch, seed: int) \
        -> None:
    for name, data in cases(seed, tiny=20):
        fake = SimpleNamespace(buffer=io.BytesIO(data))
        monkeypatch.setattr(sys, "stdin", fake)
        items = list(iter_items(["-"], NO_FETCH))
        check_items(items)
        assert items, name


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    line = json.dumps({"id": "u", "text": TEXT + " Café."}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_bytes(f"{line}\n{line}\n".encode(encoding))
    (tmp_path / "b.csv").write_bytes(f'id,text\nc,"{TEXT}"\n'.encode(encoding))
    (tmp_path / "c.txt").write_bytes(TEXT.encode(encoding))
    items = list(iter_items([str(tmp_path)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["u", "u", "c", str(tmp_path /
                                                                                 "c.txt")]
    assert all(isinstance(i, Article) and i.text.startswith(TEXT) for i in items)


def test_unmarked_unicode_is_told_only_by_its_nul_bytes() -> None:
    assert unmarked_encoding(TEXT.encode("utf-8")) is None
    assert unmarked_encoding(TEXT.encode("cp1252")) is None
    assert unmarked_encoding(bytes(range(256)) * 4) is None  # binary: NULs nowhere in pattern
    assert unmarked_encoding(b"\x00" * 64) is None
    assert unmarked_encoding(TEXT.encode("utf-16-le")) == "utf-16-le"
    cut = TEXT.encode("utf-16-le")[:-1]  # a file cut inside its last character
    assert to_utf8(cut).decode("utf-8") == TEXT[:-1]
    assert to_utf8(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")) == TEXT.encode()


def test_an_empty_feed_or_csv_is_a_warning_not_silence(tmp_path: Path) -> None:
    (tmp_path / "empty.rss").write_bytes(b"")
    (tmp_path / "no_items.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel>'
                                            b"<title>W</title></channel></rss>")
    (tmp_path / "empty.csv").write_bytes(b" \n")
    items = list(iter_items([str(tmp_path)]))
    assert [type(i) for i in items] == [EmptyInput, EmptyInput, EmptyInput]
    assert [str(i).split(": ", 1)[1] for i in items] == [
        "the CSV file is empty (0 articles)", "the feed holds no entry (0 articles)",
        "the feed holds no entry (0 articles)"]
