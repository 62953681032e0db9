"""The contract types: Article in, Event out (see the eventwire.event/1 contract).

Every record type has ``to_dict`` producing exactly the contract's fields; ids are deterministic
hashes so that the same article text, coder version and dictionaries give the same ids.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal

SCHEMA = "eventwire.event/1"

Status = Literal["occurred", "planned", "possible", "negated"]
Hedge = Literal["alleged", "reported", "claimed"] | None
DatePrecision = Literal["day", "week", "month", "year", "publication"]
STATUSES: tuple[str, ...] = ("occurred", "planned", "possible", "negated")
ISO_FRACTION = re.compile(r"(\.\d{6})\d+")
DIGITS_STAMP = 14
DIGITS_EPOCH = (10, 13)
ZONE_NAME = re.compile(r"(?<=\d)\s*(?:UTC|GMT)$", re.IGNORECASE)


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, deterministic hex digest of the JSON form of ``parts``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:length]


def as_date(value: object) -> date | None:
    """A date from a ``date``, a ``datetime``, an ISO 8601 date or timestamp, an RFC 2822 date
    ("Tue, 01 Mar 2022 10:00:00 GMT"), a number of seconds (or milliseconds) since 1970, as a
    number or in digits, or GDELT's ``YYYYMMDDHHMMSS``; None for None or ""; ValueError when
    invalid.

    A timestamp keeps the calendar day it is written in, whatever its UTC offset and form:
    "2019-03-10T23:30:00-05:00" and "Sun, 10 Mar 2019 23:30:00 -0500" are 2019-03-10, the day
    the article's own "today", "yesterday" and "on Monday" count from (its UTC day, the 11th,
    would move every such date a day). A Unix time, which has no zone, is its UTC day."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch_day(value)
    text = str(value).strip()
    day = _digits_day(text) or _iso_day(text)
    if day is not None:
        return day
    try:  # RFC 2822, as feeds and the archives scraped from them write it
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"invalid published date {text!r} (expected YYYY-MM-DD, an ISO 8601 "
                         "timestamp, an RFC 2822 date or a Unix time)") from None


def _iso_day(text: str) -> date | None:
    """The day of an ISO 8601 date or timestamp (fractions past microseconds and a trailing
    "UTC"/"GMT" accepted); the first ten characters when they alone are a date; else None."""
    cleaned = ZONE_NAME.sub("+00:00", ISO_FRACTION.sub(r"\1", text))
    try:
        return datetime.fromisoformat(cleaned).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _digits_day(text: str) -> date | None:
    """The day of a date written in digits only, as CSV files carry numbers: GDELT's
    ``YYYYMMDDHHMMSS`` (14 digits) or a Unix time in seconds (10 digits) or milliseconds (13);
    None for other text (``YYYYMMDD`` is ISO 8601's basic form, read by ``_iso_day``)."""
    if not text.isascii() or not text.isdigit():
        return None
    if len(text) == DIGITS_STAMP:
        try:
            return datetime.strptime(text, "%Y%m%d%H%M%S").date()
        except ValueError:
            return None
    if len(text) in DIGITS_EPOCH:
        return _epoch_day(int(text))
    return None


def _epoch_day(value: float) -> date:
    """The UTC day of a Unix time in seconds, or in milliseconds when it is that large."""
    try:
        seconds = value / 1000 if abs(value) >= 1e11 else value
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"invalid published date {value!r} (not a Unix time)") from None


BAD_PUBLISHED = "bad-published"
SHOWN_VALUE_CHARS = 60


def lenient_published(value: object) -> tuple[date | None, str | None]:
    """The day of a publication value as ``as_date`` reads it, and None; or, for a value that
    is no date, None and the value as written (cut to ``SHOWN_VALUE_CHARS``, for the warning
    that names it). A blank string is no value."""
    if isinstance(value, str) and not value.strip():
        return None, None
    try:
        return as_date(value), None
    except (ValueError, OverflowError):
        shown = value if isinstance(value, str) else json.dumps(value, default=str)
        shown = shown.encode("utf-8", "replace").decode("utf-8")  # lone surrogates
        if len(shown) > SHOWN_VALUE_CHARS:
            shown = shown[:SHOWN_VALUE_CHARS] + "..."
        return None, shown


# Characters that JSON leaves raw in a string but that line splitters break lines at (Python's
# str.splitlines, JavaScript before ES2019): escaped, so that one record is one line for every
# reader of JSONL.
LINE_BREAKS_IN_STRINGS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}
LINE_BREAK_CHARS = re.compile("[\u2028\u2029\u0085]")


def json_line(value: Any) -> str:
    """``value`` as one line of JSONL (without its line feed): UTF-8 characters as they are,
    except the line and paragraph separators and NEL, escaped (see LINE_BREAKS_IN_STRINGS)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return LINE_BREAK_CHARS.sub(lambda match: LINE_BREAKS_IN_STRINGS[match.group(0)], text)


def text_hash(text: str) -> str:
    """Content hash of an article's text (its default id)."""
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Span:
    """A located piece of the article text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention resolved to a CAMEO actor code."""

    text: str
    start: int | None
    end: int | None
    code: str | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "kb_id": self.kb_id,
        }


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code with its codebook facts."""

    code: str
    base: str
    root: str
    name: str
    goldstein: float
    quad_class: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "base": self.base,
            "root": self.root,
            "name": self.name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
        }


@dataclass(frozen=True, slots=True)
class PloverType:
    type: str | None
    mode: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode}


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


def _check_text_type(text: object) -> None:
    """An article's text is a ``str``: a number, None or bytes is refused when the article is
    built, with what to do, rather than failing a whole run later."""
    if not isinstance(text, str):
        raise TypeError(f"an article's text must be a str, not {type(text).__name__} (decode "
                        "bytes first, or read files with eventwire.ingest.sources.iter_articles)")


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``id`` defaults to a content hash of ``text``; ``published`` may be
    given as a ``YYYY-MM-DD`` string or a ``datetime`` (ValueError when it is no date).
    ``notes`` says what the reader changed to get ``text`` (codes of
    ``eventwire.ingest.normalise.NOTES``: "cp1252", "markup", ...); offsets refer to ``text``."""

    text: str
    id: str = ""
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    notes: tuple[str, ...] = ()
    bad_published: str | None = None

    @classmethod
    def normalised(cls, text: str, **fields: Any) -> Article:
        """The article of ``text`` as ``eventwire code`` and ``eventwire ingest`` read it:
        HTML markup removed, entities decoded and mojibake repaired
        (``eventwire.ingest.normalise``), what was done in ``notes``; ``text`` of the result is
        the cleaned text that event offsets refer to (the given text when ``notes`` is empty).

        A ``published`` value that is no date ("yesterday", "31/31/2020", "n/a") does not fail
        the article: it is coded without a date, as an article that gives none (relative dates
        stay unresolved), with the note ``bad-published`` and the value in ``bad_published``;
        a blank value is no date at all, without a note."""
        from eventwire.ingest.normalise import normalise_text

        _check_text_type(text)
        cleaned, notes = normalise_text(text)
        read = tuple(fields.pop("notes", ()))
        published, bad = lenient_published(fields.pop("published", None))
        if bad is not None:
            read += (BAD_PUBLISHED,)
        return cls(text=cleaned, notes=read + notes, published=published, bad_published=bad,
                   **fields)

    def __post_init__(self) -> None:
        _check_text_type(self.text)
        if not self.id:
            object.__setattr__(self, "id", text_hash(self.text))
        if self.published is not None and type(self.published) is not date:
            object.__setattr__(self, "published", as_date(self.published))


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the eventwire.event/1 record."""

    id: str
    article_id: str
    sentence: int
    evidence: Span
    trigger: Span
    cameo: CameoCode
    plover: PloverType
    source: Actor | None
    target: Actor | None
    status: Status
    hedge: Hedge
    attribution: Actor | None
    date: str | None
    date_precision: DatePrecision
    location: Location | None
    confidence: float
    rule: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract record (exact field set of eventwire.event/1)."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "cameo": self.cameo.to_dict(),
            "plover": self.plover.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "status": self.status,
            "hedge": self.hedge,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class ArticleError:
    """Why one article could not be coded (the run goes on)."""

    article_id: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"article {self.article_id}: {self.code}: {self.message}"


@dataclass(slots=True)
class CodeResult:
    """The outcome of coding one article: events, or an error."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: ArticleError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
