"""The plain readers (.txt, .jsonl, directories) that ``eventwire code`` and ``ingest`` share."""

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire import errors
from eventwire.ingest.formats import EmptyInput
from eventwire.ingest.sources import SourceOptions, count_articles, iter_articles, iter_items
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
    assert codes == ["ok", errors.BAD_RECORD, "ok", errors.BAD_RECORD,
                     errors.BAD_RECORD, "ok", "ok"]
    assert all(f"{path}:" in i.article_id or i.article_id == "notext"
               for i in items if isinstance(i, ArticleError))
    undated = items[2]  # a published value that is no date: coded without one, noted
    assert isinstance(undated, Article) and undated.published is None
    assert undated.notes == ("bad-published",) and undated.bad_published == "yesterday"


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
    assert isinstance(rfc, Article) and rfc.published == date(2022, 3, 1)  # its own day
    assert isinstance(words, Article) and words.published is None
    assert words.bad_published == "March 1, 2022"


def test_a_lone_surrogate_is_replaced_and_the_article_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "s\\udc00", "title": "\\ud83d", "text": "Dock workers \\ud800 went '
                    'on strike in Durban."}\n', encoding="ascii")
    (item,) = iter_articles([str(path)])
    assert isinstance(item, Article), item
    assert item.text == "Dock workers \ufffd went on strike in Durban."
    assert item.id == "s\ufffd" and item.title == "\ufffd" and item.notes == ("surrogates",)
    item.text.encode("utf-8")  # nothing left that UTF-8 refuses


def test_ids_and_fields_of_any_json_type_are_strings(tmp_path: Path) -> None:
    lines = [{"id": {"$oid": "5f3a", "a": [1, "é"]}, "text": "The army withdrew.",
              "source": ["Wire", "Agency"], "url": 7, "title": True},
             {"id": [3, None], "text": "Talks were held.", "published": "notadate"},
             {"id": 12.5, "text": "The army withdrew."}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    mongo, bad, number = list(iter_articles([str(path)]))
    assert isinstance(mongo, Article) and mongo.id == '{"$oid":"5f3a","a":[1,"é"]}'
    assert mongo.source == '["Wire","Agency"]' and mongo.url == "7" and mongo.title == "true"
    assert isinstance(bad, Article) and bad.id == "[3,null]" and bad.bad_published == "notadate"
    assert isinstance(number, Article) and number.id == "12.5"


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf\n"])
def test_a_jsonl_file_without_a_line_holds_no_article(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    (item,) = iter_items([str(path)])
    assert isinstance(item, EmptyInput) and str(path) in str(item) and "0 articles" in str(item)
    told: list[EmptyInput] = []
    assert list(iter_articles([str(path)], on_empty=told.append)) == [] and told == [item]
    assert count_articles([str(path)]) == 0


def test_blank_lines_between_records_are_not_articles(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('\n{"text": "Talks were held."}\n\n \n{"text": "The army withdrew."}\n\n')
    items = list(iter_articles([str(path)]))
    assert len(items) == count_articles([str(path)]) == 2
    assert all(isinstance(item, Article) for item in items)


def test_raw_control_characters_in_json_strings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "tab", "text": "Dock workers\twent on strike."}\n'
                     b'{"id": "nl", "text": "Dock workers went\r on strike."}\n')
    tab, cr = list(iter_articles([str(path)]))
    assert isinstance(tab, Article) and tab.text == "Dock workers\twent on strike."
    assert isinstance(cr, Article) and cr.id == "nl"


def test_timestamps_with_offsets_keep_their_own_day(tmp_path: Path) -> None:
    stamps = {"west": "2019-03-10T23:30:00-05:00", "east": "2019-03-11T00:30:00+05:30",
              "naive": "2019-03-10T23:30:00", "zulu": "2019-03-10T23:30:00.123456789Z",
              "rfc": "Sun, 10 Mar 2019 23:30:00 -0500", "epoch": 1552260600,
              "millis": 1552260600000}
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"id": key, "text": "Talks were held.",
                                          "published": value})
                              for key, value in stamps.items()) + "\n")
    days = {i.id: i.published for i in iter_articles([str(path)]) if isinstance(i, Article)}
    assert days == {"west": date(2019, 3, 10), "east": date(2019, 3, 11),
                    "naive": date(2019, 3, 10), "zulu": date(2019, 3, 10),
                    "rfc": date(2019, 3, 10), "epoch": date(2019, 3, 10),
                    "millis": date(2019, 3, 10)}


def test_json_files_are_read_record_by_record(tmp_path: Path) -> None:
    records = [{"id": "a", "text": "Talks were held."}, "stray", {"text": "The army withdrew."}]
    (tmp_path / "array.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": "b", "text": "Iran protested."}))
    (tmp_path / "lines.json").write_text('{"id": "c", "text": "x"}\n{"id": "d", "text": "y"}\n')
    (tmp_path / "none.json").write_text("[]")
    told: list[EmptyInput] = []
    items = list(iter_articles([str(tmp_path)], on_empty=told.append))
    named = [i.id if isinstance(i, Article) else i.article_id for i in items]
    assert named[:3] == ["a", f"{tmp_path / 'array.json'}#2", items[2].id]
    assert isinstance(items[1], ArticleError) and "not str" in items[1].message
    assert named[3:] == ["c", "d", "b"] and len(told) == 1 and "none.json" in told[0].name


def test_a_jsonl_file_with_carriage_returns_only_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mac.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Talks were held."}\r{"id": "b", "text": "x"}\r')
    assert [i.id for i in iter_articles([str(path)]) if isinstance(i, Article)] == ["a", "b"]
    assert count_articles([str(path)]) == 2
