"""Reading PETRARCH validation-record files tolerantly.

The files (PETRARCH2 ``PETR.UnitTest.records.xml``, UniversalPetrarch ``PETR2_GSR_validation.xml``)
are XML-like but not always well formed: some ``<Sentence>`` start tags are self-closed, attribute
values use either quote, comments wrap whole records. So the file is never given to an XML parser:
comments are removed, the text is cut into records at each ``<Sentence`` start tag, and each record
is read with small regular expressions. A record that cannot be read is counted, never fatal.

``<Config option=... value=...>`` elements between records change PETRARCH's options for all
following records; the reader keeps the running state and attaches it to each record. Until a
``require_dyad`` option is seen, it defaults to PETRARCH's own default (true) unless the file's
gold contains events with a missing source or target, which shows that the file was coded without
it (UniversalPetrarch's GSR file has ``targetcode="---"``).
"""

from __future__ import annotations

import html
import re
import string
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

Expectation = Literal["events", "noevents", "error"]

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
SENTENCE_START = re.compile(r"<Sentence(?=[\s/>])")
SENTENCE_HEADER = re.compile(r"<Sentence\b([^>]*)>")
SENTENCE_END = "</Sentence>"
CONFIG = re.compile(r"<Config\b([^>]*)>")
EVENT_CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
ENVIRONMENT = re.compile(r"<Environment>(.*?)</Environment>", re.DOTALL)
ENVIRONMENT_ENTRY = re.compile(r"<(\w+)>([^<]*)</\1>")
CAMEO_EVENT_CODE = re.compile(r"^\d{2,4}$")
CODE_EDGES = string.punctuation + string.whitespace
PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.DOTALL)
FALSE_VALUES = frozenset({"false", "0", "no"})
NO_SPACE_AFTER = "SpaceAfter=No"


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    """One ``<EventCoding>``: normalised source, target and event codes."""

    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """The ``<Config>`` state in force for a record."""

    require_dyad: bool = True
    new_actor_length: int = 0
    raw: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One evaluable record: its sentence, date, expectation and expected events."""

    id: str
    text: str
    published: date | None
    category: str
    expectation: Expectation
    events: tuple[ExpectedEvent, ...]
    unscorable: tuple[ExpectedEvent, ...]
    options: RecordOptions
    # The ``<EventCoding error="...">`` value of an ``error`` record ("bad_input_parse").
    error: str = ""


@dataclass(slots=True)
class PetrarchFile:
    """Everything read from one file: records, environment and what was skipped and why."""

    path: str
    records: list[PetrarchRecord] = field(default_factory=list)
    environment: dict[str, str] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    bad_dates: int = 0


def normalise_code(code: str) -> str:
    """A code for comparison: upper case, leading/trailing punctuation and blanks removed."""
    return code.strip(CODE_EDGES).upper()


def parse_attributes(source: str) -> dict[str, str]:
    """``name="value"`` / ``name='value'`` pairs (names lower-cased)."""
    return {
        m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) or ""
        for m in ATTRIBUTE.finditer(source)
    }


def parse_date(value: str | None) -> date | None:
    """``YYYYMMDD`` or ``YYYY-MM-DD``; None when absent or invalid."""
    if not value:
        return None
    for pattern in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def options_from(state: dict[str, str], require_dyad: bool) -> RecordOptions:
    """The honoured options from the running ``<Config>`` state (``require_dyad`` as default)."""
    length = state.get("new_actor_length", "0").strip()
    dyad = state.get("require_dyad")
    return RecordOptions(
        require_dyad=require_dyad if dyad is None else dyad.strip().lower() not in FALSE_VALUES,
        new_actor_length=int(length) if length.isdigit() else 0,
        raw=tuple(sorted(state.items())),
    )


def read_environment(text: str) -> dict[str, str]:
    """The ``<Environment>`` entries (dictionary file names, ``Include``...)."""
    block = ENVIRONMENT.search(text)
    if block is None:
        return {}
    return {m.group(1): m.group(2).strip() for m in ENVIRONMENT_ENTRY.finditer(block.group(1))}


def has_null_actor_gold(text: str) -> bool:
    """Whether any expected event lacks a source or target code (e.g. ``targetcode="---"``)."""
    for match in EVENT_CODING.finditer(text):
        coding = parse_attributes(match.group(1))
        if "eventcode" in coding and not all(
            normalise_code(coding.get(key, "")) for key in ("sourcecode", "targetcode")
        ):
            return True
    return False


def text_from_conllu(parse: str) -> str:
    """Rebuild a sentence from CoNLL-U lines: word forms, spaced unless ``SpaceAfter=No``."""
    pieces = []
    for line in parse.splitlines():
        columns = line.strip().split("\t")
        if len(columns) < 10 or not columns[0].isdigit():
            continue
        pieces.append(columns[1] + ("" if NO_SPACE_AFTER in columns[9] else " "))
    return "".join(pieces).strip()


def record_text(body: str) -> str | None:
    """The ``<Text>`` (blanks normalised); rebuilt from a CoNLL-U ``<Parse>`` when empty."""
    match = TEXT.search(body)
    if match is None:
        return None
    text = " ".join(html.unescape(match.group(1)).split())
    if not text and (parse := PARSE.search(body)) is not None:
        text = text_from_conllu(parse.group(1))
    return text


def read_codings(body: str) -> tuple[Expectation, list[ExpectedEvent], str] | None:
    """The record's expectation, events and error (``bad_input_parse``; empty unless an
    ``error`` record); None when it has no (readable) ``<EventCoding>``."""
    codings = [parse_attributes(m.group(1)) for m in EVENT_CODING.finditer(body)]
    if not codings:
        return None
    error = next((c["error"].strip() for c in codings if "error" in c), None)
    if error is not None:
        return "error", [], error
    events = []
    for coding in codings:
        if "noevents" in coding:
            continue
        if not {"sourcecode", "targetcode", "eventcode"} <= coding.keys():
            return None
        events.append(
            ExpectedEvent(
                *(normalise_code(coding[key]) for key in ("sourcecode", "targetcode", "eventcode"))
            )
        )
    return ("events" if events else "noevents"), events, ""


def read_record(body: str, number: int, options: RecordOptions, into: PetrarchFile) -> None:
    """Read one record's text into ``into`` (or count why it was skipped)."""
    header = SENTENCE_HEADER.match(body)
    text = record_text(body)
    if header is None or text is None:
        into.skipped["unparseable"] += 1
        return
    attributes = parse_attributes(header.group(1))
    flag = attributes.get("sentence", attributes.get("evaluate", "true")).strip().lower()
    if flag in FALSE_VALUES:
        into.skipped["not_evaluable"] += 1
        return
    codings = read_codings(body)
    if codings is None or not text:
        into.skipped["no_gold" if codings is None else "unparseable"] += 1
        return
    published = parse_date(attributes.get("date"))
    into.bad_dates += published is None
    expectation, events, error = codings
    into.records.append(
        PetrarchRecord(
            id=attributes.get("id", "").strip() or f"record-{number}",
            text=text,
            published=published,
            category=attributes.get("category", "").strip(),
            expectation=expectation,
            events=tuple(e for e in events if CAMEO_EVENT_CODE.match(e.code)),
            unscorable=tuple(e for e in events if not CAMEO_EVENT_CODE.match(e.code)),
            options=options,
            error=error,
        )
    )


def read_petrarch_text(text: str, path: str = "<text>") -> PetrarchFile:
    """Read the records of one validation file's text."""
    clean = COMMENT.sub("", text)
    result = PetrarchFile(path=path, environment=read_environment(clean))
    configs = [(m.start(), parse_attributes(m.group(1))) for m in CONFIG.finditer(clean)]
    starts = [m.start() for m in SENTENCE_START.finditer(clean)]
    state: dict[str, str] = {}
    # PETRARCH's default (true) holds until a <Config> changes it; a file that never sets the
    # option but expects null actors was evidently coded without it.
    sets_dyad = any(c.get("option", "").strip().lower() == "require_dyad" for _, c in configs)
    default_dyad = sets_dyad or not has_null_actor_gold(clean)
    next_config = 0
    for number, start in enumerate(starts):
        while next_config < len(configs) and configs[next_config][0] < start:
            config = configs[next_config][1]
            if "option" in config:
                state[config["option"].strip().lower()] = config.get("value", "")
            next_config += 1
        end = starts[number + 1] if number + 1 < len(starts) else len(clean)
        body = clean[start:end].split(SENTENCE_END, 1)[0]
        read_record(body, number, options_from(state, default_dyad), result)
    return result


def read_petrarch_file(path: str | Path) -> PetrarchFile:
    """Read one validation-record file (undecodable bytes are replaced, never fatal)."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return read_petrarch_text(text, str(path))


def petrarch_paths(path: str | Path) -> list[Path]:
    """The file itself, or every ``*.xml`` file with ``<EventCoding`` in a directory."""
    target = Path(path)
    if not target.is_dir():
        return [target]
    return [
        p
        for p in sorted(target.glob("*.xml"))
        if "<EventCoding" in p.read_text(encoding="utf-8", errors="replace")
    ]
