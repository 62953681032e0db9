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
ZONE_NAME = re.compile(r"(?<=\d)\s*(?:UTC|GMT)$", re.IGNORECASE)


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, deterministic hex digest of the JSON form of ``parts``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:length]


def as_date(value: object) -> date | None:
    """A date from a ``date``, a ``datetime``, an ISO 8601 date or timestamp, an RFC 2822 date
    ("Tue, 01 Mar 2022 10:00:00 GMT") or a number of seconds (or milliseconds) since 1970; None
    for None or ""; ValueError when invalid.

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
    day = _iso_day(text)
    if day is not None:
        return day
    try:  # RFC 2822, as feeds and the archives scraped from them write it
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"invalid published date {text!r} (expected YYYY-MM-DD, an ISO 8601 "
                         "timestamp or an RFC 2822 date)") from None


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


def _epoch_day(value: float) -> date:
    """The UTC day of a Unix time in seconds, or in milliseconds when it is that large."""
    seconds = value / 1000 if abs(value) >= 1e11 else value
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"invalid published date {value!r} (not a Unix time)") from None


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

    @classmethod
    def normalised(cls, text: str, **fields: Any) -> Article:
        """The article of ``text`` as ``eventwire code`` and ``eventwire ingest`` read it:
        HTML markup removed, entities decoded and mojibake repaired
        (``eventwire.ingest.normalise``), what was done in ``notes``; ``text`` of the result is
        the cleaned text that event offsets refer to (the given text when ``notes`` is empty)."""
        from eventwire.ingest.normalise import normalise_text

        _check_text_type(text)
        cleaned, notes = normalise_text(text)
        return cls(text=cleaned, notes=tuple(fields.pop("notes", ())) + notes, **fields)

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
