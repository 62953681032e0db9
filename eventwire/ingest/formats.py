"""Parsers of every input format: plain text, JSONL, CSV, HTML pages and RSS/Atom feeds.

Each takes bytes already read (from a file, a ``.gz`` member, stdin or an HTTP response) and yields
``Article`` or ``ArticleError`` values: a parser never raises for one bad article, it yields an
``ArticleError`` naming it (file, line) and goes on, so that counts reconcile.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from eventwire import errors
from eventwire.ingest.csv_rows import BadRow, csv_header, csv_rows
from eventwire.ingest.deep_html import readable_page
from eventwire.ingest.normalise import decode_bytes, replace_surrogates
from eventwire.records import BAD_PUBLISHED, Article, ArticleError, as_date, lenient_published
from eventwire.validation import parse_published

Item = Article | ArticleError
CSV_DELIMITERS = (",", ";", "\t", "|")


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
class EmptyInput:
    """A file that holds no article at all (a JSONL file without a line, a CSV file with only
    its header): nothing to code nor to count, but said in a warning so that it is not missed."""

    name: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message} (0 articles)"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where its page is, and what the feed itself says."""

    link: str | None
    guid: str | None
    number: int
    title: str | None
    published: date | None
    source: str | None
    summary: str
    bad_published: str | None = None  # a date the feed gives that is no date, as written


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
    """UTF-16 or UTF-32 content marked by its byte-order mark, or unmarked but told by its NUL
    bytes (``unmarked_encoding``), as UTF-8 (Windows tools write "Unicode" text so), and UTF-8
    without its mark; other bytes unchanged (invalid ones are reported by ``decode``)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):]
    for mark, encoding in UNICODE_BOMS:
        if data.startswith(mark):
            try:
                return data.decode(encoding).encode("utf-8")
            except UnicodeError:
                return data
    unmarked = unmarked_encoding(data)
    if unmarked is not None:
        whole = len(data) - len(data) % (4 if "32" in unmarked else 2)  # a cut last character
        try:
            return data[:whole].decode(unmarked).encode("utf-8")
        except UnicodeError:
            return data
    return data


# UTF-16/32 without a byte-order mark: text in the Latin script has a NUL in the high byte(s) of
# nearly every character and none in the low one; UTF-8 text has none at all.
UNMARKED_LAYOUTS: tuple[tuple[str, int, tuple[int, ...]], ...] = (
    ("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,)),
)
UNMARKED_SAMPLE = 4096
MIN_NUL_SHARE = 0.7
MAX_LOW_NUL_SHARE = 0.05


def unmarked_encoding(data: bytes) -> str | None:
    """The UTF-16/32 encoding of ``data`` written without a byte-order mark (as some Windows
    exports are), told by where its NUL bytes are; None for anything else (UTF-8, Windows-1252,
    binary data with NULs everywhere)."""
    sample = data[:UNMARKED_SAMPLE]
    if b"\x00" not in sample:
        return None
    for encoding, width, high in UNMARKED_LAYOUTS:
        if len(sample) < 2 * width:
            continue
        shares = [sample[offset::width].count(0) / len(sample[offset::width])
                  for offset in range(width)]
        low = [share for offset, share in enumerate(shares) if offset not in high]
        if all(shares[offset] >= MIN_NUL_SHARE for offset in high) \
                and all(share <= MAX_LOW_NUL_SHARE for share in low):
            return encoding
    return None


def new_article(text: str, read_notes: tuple[str, ...] = (), **fields: Any) -> Article:
    """An article of ``text`` as read, normalised (``Article.normalised``): every reader
    builds its articles here."""
    return Article.normalised(text, notes=read_notes, **fields)


def article_from_record(record: Any, name: str, default_published: date | None,
                        read_notes: tuple[str, ...] = ()) -> Item:
    """The article of one JSON record or CSV row, or why it is none (not an object, no text).
    A ``published`` value that is no date is coded as a missing one (``Article.normalised``:
    note ``bad-published``), so ``default_published`` applies to it too."""
    if not isinstance(record, dict):
        kind = "null" if record is None else type(record).__name__
        return ArticleError(name, errors.BAD_RECORD, f"a JSON record must be an object, not {kind}")
    article_id = field_text(record.get("id"))
    label = article_id or name
    text = record.get("text")
    if not isinstance(text, str):
        return ArticleError(label, errors.BAD_RECORD, "the record has no 'text' string")
    article = new_article(text, read_notes, id=article_id or "",
                          published=record.get("published"),
                          source=field_text(record.get("source")),
                          url=field_text(record.get("url")), title=field_text(record.get("title")))
    if article.published is None and default_published is not None:
        return replace(article, published=default_published)
    return article


def field_text(value: object) -> str | None:
    """A record's id, source, url or title as the one string that stands for it in events,
    error lines and the store: None for a missing or empty value, a string as it is, a number as
    written, and an object, list or boolean in its compact JSON form with sorted keys
    (``{"$oid":"5f3a"}``, never Python's ``{'$oid': '5f3a'}``); lone surrogates are replaced
    with U+FFFD (they cannot be encoded)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, dict | list | bool):
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    else:
        text = str(value)
    return replace_surrogates(text)


def read_text_bytes(data: bytes, name: str, published: date | None) -> Iterator[Item]:
    """One article: the whole content, named ``name``."""
    decoded = decode(data, name)
    if isinstance(decoded, ArticleError):
        yield decoded
        return
    text, notes = decoded
    yield new_article(text, notes, id=name, published=published)


def jsonl_lines(data: bytes) -> list[bytes]:
    """The lines of JSONL content: split at line feeds only (a carriage return, form feed or
    other line break left raw inside a JSON string is part of its line, not the end of it);
    content without any line feed is split at carriage returns (old Mac line ends)."""
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    return [line.removesuffix(b"\r") for line in data.split(b"\n")]


def read_jsonl(data: bytes, name: str, published: date | None,
               columns: ColumnMap | None = None) -> Iterator[Item | EmptyInput]:
    """One article per non-blank line; ``columns`` maps other keys to the article fields. A file
    with no line at all holds no article: one ``EmptyInput`` naming it."""
    found = False
    for number, raw in enumerate(jsonl_lines(data), start=1):
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
            record = json.loads(line, strict=False)  # raw tabs, NULs, ... in strings
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
        yield EmptyInput(name, "the file holds no JSON line")


def read_json(data: bytes, name: str, published: date | None,
              columns: ColumnMap | None = None) -> Iterator[Item | EmptyInput]:
    """A ``.json`` file: an array of records (one article each, named ``name#1``, ``name#2``,
    ...) or one record; content that is not one JSON value (JSON lines saved as ``.json``) is
    read as JSONL."""
    decoded = decode(data, name)
    if isinstance(decoded, ArticleError):
        yield decoded
        return
    text, notes = decoded
    try:
        value = json.loads(text, strict=False)
    except (json.JSONDecodeError, RecursionError):
        yield from read_jsonl(data, name, published, columns)
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield EmptyInput(name, "the JSON array is empty")
    for number, record in enumerate(records, start=1):
        if columns is not None and isinstance(record, dict):
            record = columns.apply(record)
        label = f"{name}#{number}" if isinstance(value, list) else name
        yield article_from_record(record, label, published, notes)


def read_csv(data: bytes, name: str, published: date | None, columns: ColumnMap) \
        -> Iterator[Item | EmptyInput]:
    """One article per row (``csv_rows``): a row broken by an unterminated quote is one error and
    the rows after it are still read; a file with only its header is one ``EmptyInput``."""
    decoded = decode(data, name)
    if isinstance(decoded, ArticleError):
        yield decoded
        return
    text, notes = decoded
    if not text.strip():
        yield EmptyInput(name, "the CSV file is empty")
        return
    layout = csv_layout(text, columns)
    if layout is None:
        yield ArticleError(name, errors.BAD_RECORD,
                           f"no {columns.text!r} column (columns: {csv_header(text) or []}; "
                           "--text-column names another)")
        return
    delimiter, columns = layout
    found = False
    for row in csv_rows(text, delimiter):
        found = True
        label = f"{name}:{row.line}"
        if isinstance(row, BadRow):
            yield ArticleError(label, errors.BAD_RECORD, row.reason)
        else:
            yield article_from_record(columns.apply(row.fields), label, published, notes)
    if not found:
        yield EmptyInput(name, "the CSV file holds no row")


def csv_layout(text: str, columns: ColumnMap) -> tuple[str, ColumnMap] | None:
    """The delimiter of a CSV text (a comma, else the semicolon, tab or bar that European
    spreadsheets and database dumps write) and its columns by their names in its header, matched
    exactly or else ignoring case and surrounding blanks (" Text" is ``text``); None when no
    delimiter gives a header with the text column."""
    for delimiter in CSV_DELIMITERS:
        header = csv_header(text, delimiter)
        matched = _match_columns(header or [], columns)
        if matched is not None:
            return delimiter, matched
    return None


def _match_columns(header: list[str], columns: ColumnMap) -> ColumnMap | None:
    loose = {name.strip().lower(): name for name in reversed(header)}
    found: dict[str, str] = {}
    for field_name in ("text", "id", "published", "source", "url", "title"):
        wanted = getattr(columns, field_name)
        actual = wanted if wanted in header else loose.get(wanted.strip().lower())
        if actual is not None:
            found[field_name] = actual
    return replace(columns, **found) if "text" in found else None


def html_article(data: bytes, name: str, url: str | None, published: date | None,
                 title: str | None = None, source: str | None = None) -> Item:
    """The main text of an HTML page (trafilatura), with the page's own metadata as fallback."""
    import trafilatura

    decoded = decode(data, name)
    page, notes = decoded if not isinstance(decoded, ArticleError) else \
        (data.decode("utf-8", errors="replace"), ())
    try:
        extracted = trafilatura.extract(readable_page(page), url=url, output_format="json",
                                        with_metadata=True, include_comments=False,
                                        include_tables=False)
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
    return [FeedEntry(link=entry.get("link") or None, guid=field_text(entry.get("id")),
                      number=number, title=entry.get("title") or None,
                      published=_entry_date(entry), source=source, summary=_entry_text(entry),
                      bad_published=_entry_bad_date(entry))
            for number, entry in enumerate(parsed.entries, start=1)]


def _entry_date(entry: Any) -> date | None:
    """The entry's day as its feed writes it (``as_date``: a timestamp keeps its own calendar
    day), else the day of feedparser's reading of it, which is in UTC."""
    for key in ("published", "updated"):
        try:
            day = as_date(entry.get(key))
        except ValueError:
            continue
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_bad_date(entry: Any) -> str | None:
    """The entry's date as written when neither eventwire nor feedparser can read it."""
    if _entry_date(entry) is not None:
        return None
    for key in ("published", "updated"):
        _, bad = lenient_published(entry.get(key))
        if bad is not None:
            return bad
    return None


def noted_bad_date(item: Item, value: str | None) -> Item:
    """``item`` with the note ``bad-published`` when it was given ``value``, a date that is no
    date, and ended with no date at all (a feed entry's unreadable date, no page date, no
    default): coded undated, as a record's unreadable ``published`` is."""
    if value is None or not isinstance(item, Article) or item.published is not None:
        return item
    return replace(item, notes=(*item.notes, BAD_PUBLISHED), bad_published=value)


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    raw = contents[0].get("value", "") if contents else entry.get("summary", "")
    return str(raw or "").strip()


def entry_article(entry: FeedEntry, name: str, published: date | None) -> Item:
    """A feed entry's own text (used when its page is not fetched). Its id is its link, else its
    guid, else the hash of its text: never its place in the feed nor its title, which other
    entries (or the next version of the feed) share, so that no entry replaces another in the
    store; an error names an entry with neither link nor guid by its number in the feed."""
    stable = entry.link or entry.guid
    if not entry.summary:
        return ArticleError(stable or f"{name}#{entry.number}", errors.EMPTY_TEXT,
                            "the feed entry has no text")
    return new_article(entry.summary, (), id=stable or "", published=entry.published or published,
                       source=entry.source, url=entry.link, title=entry.title)
