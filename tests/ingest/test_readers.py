"""The plain readers (.txt, .jsonl, directories) that ``eventwire code`` and ``ingest`` share."""

import json
from datetime import date
from pathlib import Path

from eventwire import errors
from eventwire.ingest.sources import SourceOptions, iter_articles
from eventwire.records import Article, ArticleError


def test_txt_jsonl_and_directories(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia and China held talks in Beijing.", encoding="utf-8")
    lines = [
        {"id": "x1", "text": "Protesters clashed with police.", "published": "2021-05-01",
         "source": "Wire", "url": "http://example.org/1", "title": "Clashes"},
        {"text": "Iran condemned the sanctions."},
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    items = list(iter_articles([str(tmp_path)], SourceOptions(published=date(2020, 1, 1))))
    assert [type(i) for i in items] == [Article, Article, Article]
    first, second, third = items
    assert isinstance(first, Article) and first.published == date(2020, 1, 1)
    assert isinstance(second, Article) and second.id == "x1"
    assert second.published == date(2021, 5, 1) and second.title == "Clashes"
    assert isinstance(third, Article) and third.id and third.published == date(2020, 1, 1)


def test_bad_lines_become_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "Talks were held."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "baddate", "text": "x", "published": "yesterday"}\n'
        b'{"id": "notext"}\n'
        b'[1, 2]\n'
        b'{"id": "latin1", "text": "caf\xe9"}\n'
        b'{"id": "ok2", "text": "The army withdrew."}\n'
    )
    items = list(iter_articles([str(path)]))
    assert len(items) == 7
    codes = [i.code if isinstance(i, ArticleError) else "ok" for i in items]
    assert codes == ["ok", errors.BAD_RECORD, errors.BAD_DATE, errors.BAD_RECORD,
                     errors.BAD_RECORD, "ok", "ok"]
    assert all(f"{path}:" in i.article_id or i.article_id in ("baddate", "notext")
               for i in items if isinstance(i, ArticleError))


def test_bytes_marked_utf16_that_are_not_stay_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe" + "Troops massed".encode("utf-16-le") + b"\x00\xd8")
    (item,) = iter_articles([str(path)])
    assert isinstance(item, ArticleError) and item.code == errors.BAD_ENCODING
    assert str(path) in str(item) and "re-encode" in item.message


def test_unicode_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "Protesters clashed with police in Bogotá on Sunday."
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le"):
        mark = "\ufeff".encode(encoding)
        (tmp_path / f"{encoding}.txt").write_bytes(mark + text.encode(encoding))
        line = json.dumps({"id": encoding, "text": text}, ensure_ascii=False)
        (tmp_path / f"{encoding}.jsonl").write_bytes(mark + (line + "\n").encode(encoding))
    items = list(iter_articles([str(tmp_path)]))
    assert len(items) == 6
    assert all(isinstance(i, Article) and i.text == text for i in items), items


def test_latin1_and_windows_1252_are_read_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Protesters marched in Bogotá.".encode("latin-1"))
    (tmp_path / "b.txt").write_bytes("The minister’s aides resigned.".encode("cp1252"))
    # 0x81 is undefined in Windows-1252: the bytes are read as Latin-1
    (tmp_path / "c.txt").write_bytes(b"Troops massed near the caf\xe9 \x81.")
    line = json.dumps({"id": "j", "text": "Le président a parlé."}, ensure_ascii=False)
    (tmp_path / "d.jsonl").write_bytes((line + "\n").encode("cp1252")
                                       + b'{"id": "u", "text": "ok"}\n')
    a, b, c, j, u = list(iter_articles([str(tmp_path)]))
    assert isinstance(a, Article) and a.text == "Protesters marched in Bogotá."
    assert a.notes == ("cp1252",)
    assert isinstance(b, Article) and b.text == "The minister’s aides resigned."
    assert isinstance(c, Article) and c.notes == ("latin-1",) and c.text.endswith("café \x81.")
    assert isinstance(j, Article) and j.text == "Le président a parlé." and j.notes == ("cp1252",)
    assert isinstance(u, Article) and u.notes == ()


def test_a_falsy_id_is_still_the_id(tmp_path: Path) -> None:
    lines = [{"id": 0, "text": "Iran condemned the sanctions."},
             {"id": "", "text": "The army withdrew."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    zero, empty = list(iter_articles([str(tmp_path / "a.jsonl")]))
    assert isinstance(zero, Article) and zero.id == "0"
    assert isinstance(empty, Article) and len(empty.id) == 20  # no id: the content hash


def test_a_feed_style_published_date_is_read(tmp_path: Path) -> None:
    lines = [{"id": "rfc", "text": "The army withdrew.",
              "published": "Tue, 01 Mar 2022 23:30:00 -0500"},
             {"id": "words", "text": "The army withdrew.", "published": "March 1, 2022"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    rfc, words = list(iter_articles([str(tmp_path / "a.jsonl")]))
    assert isinstance(rfc, Article) and rfc.published == date(2022, 3, 1)
    assert isinstance(words, ArticleError) and words.code == errors.BAD_DATE
