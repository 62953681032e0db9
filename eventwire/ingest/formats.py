"""Parsers of every input format: plain text, JSONL, CSV, HTML pages and RSS/Atom feeds.

Each takes bytes already read (from a file, a ``.gz`` member, stdin or an HTTP response) and yields
``Article`` or ``ArticleError`` values: a parser never raises for one bad article, it yields an
``ArticleError`` naming it (file, line) and goes on, so that counts reconcile.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire import errors
from eventwire.ingest.normalise import decode_bytes
from eventwire.records import Article, ArticleError
from eventwire.validation import parse_published

MAX_CSV_FIELD = 50_000_000

Item = Article | ArticleError


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which input column (JSONL key or CSV header) holds each article field."""

    text: str = "text"
    id: str = "id"
    published: str = "published"
    source: str = "source"
    url: str = "url"
    title: str = "title"

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        """The record with our field names (unmapped keys are dropped)."""
        return {name: record.get(getattr(self, name))
                for name in ("text", "id", "published", "source", "url", "title")}

    def is_default(self) -> bool:
        return self == ColumnMap()


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where its page is, and what the feed itself says."""

    link: str | None
    title: str | None
    published: date | None
    source: str | None
    summary: str


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]] | ArticleError:
    """The text of ``data`` (UTF-8, a BOM dropped; else Windows-1252 or Latin-1, see
    ``normalise.decode_bytes``) and the note of the fallback encoding; an error for that article
    only when bytes marked as UTF-16/32 are not."""
    try:
        text, encoding = decode_bytes(data)
    except UnicodeDecodeError as exc:
        return ArticleError(name, errors.BAD_ENCODING,
                            f"invalid UTF-16/32 at byte {exc.start}: {exc.reason} (the byte-order "
                            "mark does not match the content: re-encode the file)")
    return text, (encoding,) if encoding else ()


# Byte-order marks of the encodings read besides UTF-8 (UTF-32 first: its LE mark begins
# with UTF-16's).
UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def to_utf8(data: bytes) -> bytes:
    """UTF-16 or UTF-32 content marked by its byte-order mark, as UTF-8 (Windows tools write
    "Unicode" text so), and UTF-8 without its mark; other bytes unchanged (invalid ones are
    reported by ``decode``)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):]
    for mark, encoding in UNICODE_BOMS:
        if data.startswith(mark):
            try:
                return data.decode(encoding).encode("utf-8")
            except UnicodeError:
                return data
    return data


def new_article(text: str, read_notes: tuple[str, ...] = (), **fields: Any) -> Article:
    """An article of ``text`` as read, normalised (``Article.normalised``): every reader
    builds its articles here."""
    return Article.normalised(text, notes=read_notes, **fields)


def article_from_record(record: Any, name: str, default_published: date | None,
                        read_notes: tuple[str, ...] = ()) -> Item:
    if not isinstance(record, dict):
        return ArticleError(name, errors.BAD_RECORD, "a JSON line must be an object")
    raw_id = record.get("id")
    article_id = None if raw_id is None or raw_id == "" else str(raw_id)
    label = article_id or name
    text = record.get("text")
    if not isinstance(text, str):
        return ArticleError(label, errors.BAD_RECORD, "the record has no 'text' string")
    try:
        published = parse_published(record.get("published")) or default_published
    except ValueError as exc:
        return ArticleError(label, errors.BAD_DATE, str(exc))
    return new_article(text, read_notes, id=article_id or "", published=published,
                       source=_optional(record.get("source")), url=_optional(record.get("url")),
                       title=_optional(record.get("title")))


def _optional(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def read_text_bytes(data: bytes, name: str, published: date | None) -> Iterator[Item]:
    """One article: the whole content, named ``name``."""
    decoded = decode(data, name)
    if isinstance(decoded, ArticleError):
        yield decoded
        return
    text, notes = decoded
    yield new_article(text, notes, id=name, published=published)


def read_jsonl(data: bytes, name: str, published: date | None,
               columns: ColumnMap | None = None) -> Iterator[Item]:
    """One article per non-blank line; ``columns`` maps other keys to the article fields. A file
    with no line at all is one ``empty-text`` error naming it."""
    found = False
    for number, raw in enumerate(data.splitlines(), start=1):
        label = f"{name}:{number}"
        if not raw.strip():
            continue
        found = True
        decoded = decode(raw, label)
        if isinstance(decoded, ArticleError):
            yield decoded
            continue
        line, notes = decoded
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(label, errors.BAD_RECORD, f"malformed JSON: {exc.msg}")
            continue
        except RecursionError:
            yield ArticleError(label, errors.BAD_RECORD, "JSON nested too deeply to read")
            continue
        if columns is not None and isinstance(record, dict):
            record = columns.apply(record)
        yield article_from_record(record, label, published, notes)
    if not found:
        yield ArticleError(name, errors.EMPTY_TEXT, "the file holds no JSON line")


def read_csv(data: bytes, name: str, published: date | None, columns: ColumnMap) -> Iterator[Item]:
    decoded = decode(data, name)
    if isinstance(decoded, ArticleError):
        yield decoded
        return
    text, notes = decoded
    csv.field_size_limit(MAX_CSV_FIELD)
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if rows.fieldnames is None or columns.text not in rows.fieldnames:
        yield ArticleError(name, errors.BAD_RECORD,
                           f"no {columns.text!r} column (columns: {rows.fieldnames or []})")
        return
    number = 1
    try:
        for number, row in enumerate(rows, start=2):
            yield article_from_record(columns.apply(row), f"{name}:{number}", published, notes)
    except csv.Error as exc:  # the rows after a broken one cannot be told apart
        yield ArticleError(f"{name}:{number + 1}", errors.BAD_RECORD,
                           f"unreadable CSV from this row on: {exc}")
        return
    if number == 1:
        yield ArticleError(name, errors.EMPTY_TEXT, "the CSV file holds no row")


def html_article(data: bytes, name: str, url: str | None, published: date | None,
                 title: str | None = None, source: str | None = None) -> Item:
    """The main text of an HTML page (trafilatura), with the page's own metadata as fallback."""
    import trafilatura

    decoded = decode(data, name)
    page, notes = decoded if not isinstance(decoded, ArticleError) else \
        (data.decode("utf-8", errors="replace"), ())
    try:
        extracted = trafilatura.extract(page, url=url, output_format="json", with_metadata=True,
                                        include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a page the extractor chokes on fails alone
        return ArticleError(name, errors.NO_MAIN_TEXT,
                            f"the HTML page cannot be read: {type(exc).__name__}: {exc}")
    if not extracted:
        return ArticleError(name, errors.NO_MAIN_TEXT, "no main text found in the HTML page")
    meta = json.loads(extracted)
    text = str(meta.get("text") or "").strip()
    if not text:
        return ArticleError(name, errors.NO_MAIN_TEXT, "no main text found in the HTML page")
    return new_article(
        text, notes,
        id=url or name,
        published=published or _page_date(meta.get("date")),
        source=source or meta.get("sitename") or meta.get("hostname") or None,
        url=url or meta.get("source") or None,
        title=title or meta.get("title") or None,
    )


def _page_date(value: object) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        return None


def looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<?xml"):
        return b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower() \
            or b"<rdf" in data[:4096].lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf"))


def feed_entries(data: bytes, name: str) -> list[FeedEntry] | ArticleError:
    """The entries of an RSS/Atom feed, or why it cannot be read."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        return ArticleError(name, errors.BAD_FEED,
                            f"not a readable feed: {parsed.get('bozo_exception')}")
    source = parsed.feed.get("title") or None
    return [FeedEntry(link=entry.get("link") or None, title=entry.get("title") or None,
                      published=_entry_date(entry), source=source, summary=_entry_text(entry))
            for entry in parsed.entries]


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    raw = contents[0].get("value", "") if contents else entry.get("summary", "")
    return str(raw or "").strip()


def entry_article(entry: FeedEntry, name: str, published: date | None) -> Item:
    """A feed entry's own text (used when its page is not fetched)."""
    label = entry.link or f"{name}:{entry.title}"
    if not entry.summary:
        return ArticleError(label, errors.EMPTY_TEXT, "the feed entry has no text")
    return new_article(entry.summary, (), id=label, published=entry.published or published,
                       source=entry.source, url=entry.link, title=entry.title)
