"""Input sources of ``eventwire ingest`` and ``eventwire code``: paths, directories, ``.gz``
files, http(s) URLs and ``-`` (stdin) -> articles.

``iter_items`` yields ``Article``, ``ArticleError``, ``Duplicate`` (an article known to the store
by its URL, skipped before its page is fetched) or ``EmptyInput`` (a file holding no article,
not counted but warned about). Formats are chosen by suffix (``.gz`` is
unwrapped first): .txt, .jsonl/.ndjson, .json (an array of records, one record, or JSON lines),
.csv, .html/.htm, .rss/.atom/.xml; a URL is fetched and
read as a feed when it looks like one, else as an HTML page. Stdin is read as JSONL when it
starts with ``{``, as JSON when it is one JSON array, as CSV when its first line is a header
naming the text column, as a feed when it looks like one, else as one plain-text article
(gzip unwrapped first). ``SourceOptions.input_format`` (``--input-format``) reads stdin and
every file as that format instead.
``iter_articles`` is the same without a store (nothing is known, nothing skipped).
"""

from __future__ import annotations

import gzip
import http.client
import json
import logging
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eventwire import __version__, errors
from eventwire.errors import InputError
from eventwire.ingest.csv_rows import csv_header, csv_rows
from eventwire.ingest.formats import (
    CSV_DELIMITERS,
    ColumnMap,
    EmptyInput,
    FeedEntry,
    Item,
    entry_article,
    feed_entries,
    html_article,
    jsonl_lines,
    looks_like_feed,
    noted_bad_date,
    read_csv,
    read_json,
    read_jsonl,
    read_text_bytes,
    to_utf8,
)
from eventwire.ingest.normalise import decode_bytes
from eventwire.records import ArticleError

MAX_FETCH_BYTES = 20_000_000
TEXT = frozenset({".txt", ".text"})
JSONL = frozenset({".jsonl", ".ndjson"})
JSON = frozenset({".json"})
CSV = frozenset({".csv"})
HTML = frozenset({".html", ".htm"})
FEED = frozenset({".rss", ".atom", ".xml"})
SUFFIXES = TEXT | JSONL | JSON | CSV | HTML | FEED
# --input-format: the format every file and stdin is read as, instead of by suffix or look.
INPUT_FORMATS: dict[str, str] = {"text": ".txt", "jsonl": ".jsonl", "json": ".json",
                                 "csv": ".csv", "html": ".html", "feed": ".rss"}
GZIP_MAGIC = b"\x1f\x8b"
MAX_HEADER_BYTES = 4096
MAX_COLUMN_NAME = 64
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An input already in the store (by URL), skipped before fetching or coding."""

    url: str


@dataclass(frozen=True, slots=True)
class SourceOptions:
    published: date | None = None
    columns: ColumnMap = field(default_factory=ColumnMap)
    follow_links: bool = True
    timeout: float = 20.0
    input_format: str | None = None  # a key of INPUT_FORMATS; None: by suffix / by look

    def __post_init__(self) -> None:
        if self.input_format is not None and self.input_format not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {self.input_format!r} (choose from "
                             f"{', '.join(INPUT_FORMATS)})")

    def forced_suffix(self) -> str | None:
        return INPUT_FORMATS[self.input_format] if self.input_format else None


Source = Item | Duplicate | EmptyInput
KnownUrl = Callable[[str], bool]
OnEmpty = Callable[[EmptyInput], None]
log = logging.getLogger(__name__)


def is_url(raw: str) -> bool:
    return raw.startswith(("http://", "https://"))


def inner_suffix(name: str) -> str:
    """The format suffix of a name, looking through one ``.gz``."""
    path = Path(name[:-3] if name.lower().endswith(".gz") else name)
    return path.suffix.lower()


def wanted_file(path: Path) -> bool:
    return path.is_file() and inner_suffix(path.name) in SUFFIXES


def fetch(url: str, timeout: float) -> bytes | ArticleError:
    """The bytes at ``url``, or a ``fetch-failed`` error naming it: a malformed URL, no network,
    a refused connection, a timeout, an HTTP error status or a server that does not speak HTTP
    fails that one article, never the run."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": f"eventwire/{__version__}"})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data: bytes = response.read(MAX_FETCH_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = " ".join(str(exc).split()) or "no reason given"
        return ArticleError(url, errors.FETCH_FAILED, f"{type(exc).__name__}: {reason}")
    if len(data) > MAX_FETCH_BYTES:
        return ArticleError(url, errors.FETCH_FAILED, f"larger than {MAX_FETCH_BYTES:,} bytes")
    return data


def read_bytes(data: bytes, name: str, options: SourceOptions, known_url: KnownUrl,
               suffix: str | None = None) -> Iterator[Source]:
    """Articles of one file's content, by ``suffix`` (default: the suffix of ``name``)."""
    if name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ArticleError(name, errors.BAD_GZIP, f"cannot decompress: {exc}")
            return
        name = name[:-3]
    data = to_utf8(data)
    suffix = suffix or Path(name).suffix.lower()
    if suffix in JSONL:
        yield from read_jsonl(data, name, options.published,
                              None if options.columns.is_default() else options.columns)
    elif suffix in JSON:
        yield from read_json(data, name, options.published,
                             None if options.columns.is_default() else options.columns)
    elif suffix in CSV:
        yield from read_csv(data, name, options.published, options.columns)
    elif suffix in HTML:
        yield html_article(data, name, None, options.published)
    elif suffix in FEED or looks_like_feed(data):
        yield from read_feed(data, name, options, known_url)
    else:
        yield from read_text_bytes(data, name, options.published)


def read_feed(data: bytes, name: str, options: SourceOptions, known_url: KnownUrl) \
        -> Iterator[Source]:
    entries = feed_entries(data, name)
    if isinstance(entries, ArticleError):
        yield entries
        return
    if not entries:
        yield EmptyInput(name, "the feed holds no entry")
    for entry in entries:
        yield from _feed_entry(entry, name, options, known_url)


def _feed_entry(entry: FeedEntry, name: str, options: SourceOptions, known_url: KnownUrl) \
        -> Iterator[Source]:
    if entry.link and known_url(entry.link):
        yield Duplicate(entry.link)
        return
    if not (options.follow_links and entry.link and is_url(entry.link)):
        yield noted_bad_date(entry_article(entry, name, options.published), entry.bad_published)
        return
    page = fetch(entry.link, options.timeout)
    if isinstance(page, ArticleError):
        yield page
        return
    yield noted_bad_date(html_article(page, entry.link, entry.link,
                                      entry.published or options.published, title=entry.title,
                                      source=entry.source), entry.bad_published)


def read_url(url: str, options: SourceOptions, known_url: KnownUrl) -> Iterator[Source]:
    if known_url(url):
        yield Duplicate(url)
        return
    data = fetch(url, options.timeout)
    if isinstance(data, ArticleError):
        yield data
    elif looks_like_feed(data):
        yield from read_feed(data, url, options, known_url)
    else:
        yield html_article(data, url, url, options.published)


def _never_known(url: str) -> bool:
    return False


def stdin_suffix(data: bytes, columns: ColumnMap | None = None) -> str | None:
    """How to read stdin: JSONL when it starts with ``{``, JSON when it is one JSON array or
    starts as an array of records (``[{``, even cut short), CSV
    when its first line is a header of two or more columns, one of them the text column
    (``text``, or ``columns.text``), in any of the delimiters CSV files use; else (None) by its
    look (a feed, or one plain-text article: "[Reuters] ..." stays text)."""
    first = data.lstrip()[:1]
    if first == b"{":
        return ".jsonl"
    if first == b"[":
        try:
            json.loads(data, strict=False)
        except (ValueError, RecursionError):
            # an array of records cut short or broken is still JSON: its errors, not its text
            return ".json" if data.lstrip()[1:].lstrip()[:1] == b"{" else None
        return ".json"
    return ".csv" if looks_like_csv(data, columns or ColumnMap()) else None


def looks_like_csv(data: bytes, columns: ColumnMap) -> bool:
    """True when the first line of ``data`` is a CSV header: two or more short names, one of
    them the text column as written ("id,text,published"). A plain-text article does not start
    so ("Text, the minister said, ..." is a sentence)."""
    line = data.lstrip().split(b"\n", 1)[0][:MAX_HEADER_BYTES]
    try:
        text, _ = decode_bytes(line)
    except UnicodeDecodeError:
        return False
    for delimiter in CSV_DELIMITERS:
        names = [name.strip() for name in csv_header(text, delimiter) or []]
        if len(names) >= 2 and columns.text in names \
                and all(len(name) <= MAX_COLUMN_NAME for name in names):
            return True
    return False


def read_stdin(options: SourceOptions, known_url: KnownUrl) -> Iterator[Source]:
    """The articles of stdin: as ``options.input_format`` says, else by its look
    (``stdin_suffix``); gzip content is unwrapped first. A closed stdin is one error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield ArticleError(STDIN, errors.UNREADABLE_FILE, "stdin is closed")
        return
    data = stream.read()
    if data.startswith(GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ArticleError(STDIN, errors.BAD_GZIP, f"cannot decompress: {exc}")
            return
    data = to_utf8(data)
    suffix = options.forced_suffix() or stdin_suffix(data, options.columns)
    yield from read_bytes(data, STDIN, options, known_url, suffix)


def iter_items(paths: list[str], options: SourceOptions | None = None,
               known_url: KnownUrl = _never_known) -> Iterator[Source]:
    """Every article of ``paths`` (files, directories recursively and sorted, URLs, ``-``)."""
    chosen = options or SourceOptions()
    for raw in paths:
        if is_url(raw):
            yield from read_url(raw, chosen, known_url)
        elif raw == "-":
            yield from read_stdin(chosen, known_url)
        else:
            yield from _read_path(Path(raw), chosen, known_url)


def log_empty(empty: EmptyInput) -> None:
    log.warning("%s", empty)


def iter_articles(paths: list[str], options: SourceOptions | None = None,
                  on_empty: OnEmpty = log_empty) -> Iterator[Item]:
    """Every article of ``paths`` as ``iter_items`` reads them, for coding without a store;
    ``on_empty`` is told of each file that holds no article (default: a logged warning)."""
    for item in iter_items(paths, options):
        if isinstance(item, EmptyInput):
            on_empty(item)
        elif not isinstance(item, Duplicate):
            yield item


def _read_path(path: Path, options: SourceOptions, known_url: KnownUrl) -> Iterator[Source]:
    if path.is_dir():
        found = False
        for child in sorted(path.rglob("*")):
            if wanted_file(child):
                found = True
                yield from _read_file(child, options, known_url)
        if not found:
            yield ArticleError(str(path), errors.NO_INPUT_FILES, "the directory holds no file "
                               f"eventwire reads ({', '.join(sorted(SUFFIXES))}, or .gz of one)")
    elif path.is_file():
        yield from _read_file(path, options, known_url)
    elif path.exists():  # a pipe or a device: reading it could block the run for ever
        yield ArticleError(str(path), errors.UNREADABLE_FILE, "not a regular file")
    else:
        raise InputError(f"no such file or directory: {path}")


def _read_file(path: Path, options: SourceOptions, known_url: KnownUrl) -> Iterator[Source]:
    """The articles of one file; a file the system will not read (permissions, an I/O error, a
    special file) is one ``unreadable-file`` error naming it, and the run goes on."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ArticleError(str(path), errors.UNREADABLE_FILE,
                           f"cannot read the file: {exc.strerror or type(exc).__name__}")
        return
    yield from read_bytes(data, str(path), options, known_url, options.forced_suffix())


def count_articles(paths: list[str], input_format: str | None = None) -> int | None:
    """A cheap count of the articles in ``paths`` for a progress bar; None when unknowable
    (a URL, stdin, a feed, or files read as ``input_format`` rather than by suffix)."""
    if input_format is not None:
        return None
    total = 0
    for raw in paths:
        if is_url(raw) or raw == "-":
            return None
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if wanted_file(p)) if path.is_dir() else [path]
        for file in files:
            counted = _count_file(file)
            if counted is None:
                return None
            total += counted
    return total


def _count_file(path: Path) -> int | None:
    suffix = inner_suffix(path.name)
    if suffix in FEED | JSON or not path.is_file():
        return None
    if suffix not in JSONL | CSV:
        return 1
    try:
        data = path.read_bytes()
    except OSError:
        return None  # the reader reports it (unreadable-file); the bar just has no total
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            return None  # the reader reports it (bad-gzip); the bar just has no total
    data = to_utf8(data)
    if suffix in JSONL:
        return sum(1 for line in jsonl_lines(data) if line.strip())
    try:
        text, _ = decode_bytes(data)
    except UnicodeDecodeError:
        return 1  # the reader reports the file as one bad-encoding error
    return sum(1 for _ in csv_rows(text))  # a quoted field may hold line breaks
