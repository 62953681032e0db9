"""Reading PETRARCH/TABARI actor, agent and discard dictionaries (the ``.txt`` formats).

The parser is tolerant: a line it cannot read becomes a :class:`Problem` (file, line, reason)
and the rest of the file is still read, so the shipped Phoenix files always load. Callers that
need strictness (user dictionaries) turn the first problem into a ``DataError`` with
:meth:`ParsedFile.raise_first`. See ``docs/petrarch_formats.md`` for the formats.

* actors: a phrase line (words joined by ``_``) with optional codes ``[CODE]``, ``[CODE >D]``,
  ``[CODE <D]``, ``[CODE D1-D2]`` (``D`` is ``YYMMDD`` or ``YYYYMMDD``); ``+phrase`` lines are
  synonyms of the phrase above; lines that start with ``[`` add codes to it; ``[---]`` is the
  null code (the phrase is known and names no actor).
* agents: ``!SET! = A, B`` substitution sets; ``PHRASE {PLURALS} [~CODE]`` (the code follows
  an actor's code: "Russian troops" -> RUS + MIL) or ``[CODE~]`` (it precedes it). Without
  ``{...}`` a regular plural is made; ``{}`` means none.
* discards: one phrase per line; a leading ``+`` discards the whole story, else the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import DataError
from eventwire.knowledge.actor_files import (
    JSONL_SUFFIXES,
    check_code,
    check_date,
    check_phrases,
    check_tokens,
    read_jsonl,
)

Kind = Literal["actors", "agents", "discards"]
KINDS: tuple[Kind, ...] = ("actors", "agents", "discards")
NULL_CODE = "---"
CODE_GROUP = re.compile(r"\[([^\]\[]*)\]")
CODE_TEXT = re.compile(r"^(?:[A-Z][A-Z0-9]{2,}(?:/[A-Z][A-Z0-9]{2,})*|---[A-Z]*)$")
# TABARI's placeholder code; read as the null code.
PLACEHOLDER_CODE = "+++"
AGENT_CODE = re.compile(r"^\[\s*(~?)([A-Za-z]{3,})(~?)\s*\]$")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
SET_MARK = re.compile(r"![A-Z]+!")
ES_ENDINGS = ("s", "x", "z", "ch", "sh")
VOWELS = frozenset("aeiou")
# Two-digit years up to this one are 20YY, later ones 19YY (as in TABARI and PETRARCH).
CENTURY_PIVOT = 30


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code and the dates it holds: ``start`` inclusive, ``end`` exclusive (None: open)."""

    code: str | None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor: its phrases (the first is the root) and its codes."""

    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    line: int


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One agent phrase (with its plural forms) and its code; ``prefix`` codes go first."""

    phrases: tuple[str, ...]
    code: str
    prefix: bool
    line: int


@dataclass(frozen=True, slots=True)
class DiscardRecord:
    """A phrase that rules out its sentence (or, with ``story``, the whole article)."""

    phrase: str
    story: bool
    line: int


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(slots=True)
class ParsedFile:
    """Everything read from one dictionary file, with the lines that could not be read."""

    path: str
    kind: Kind
    actors: list[ActorRecord] = field(default_factory=list)
    agents: list[AgentRecord] = field(default_factory=list)
    discards: list[DiscardRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Phrase -> tokens where spaCy splits the phrase otherwise than at spaces.
    tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Entries and phrases read, and problems found."""
        if self.kind == "discards":
            entries = phrases = len(self.discards)
        else:
            records: list[ActorRecord] | list[AgentRecord]
            records = self.actors if self.kind == "actors" else self.agents
            entries, phrases = len(records), sum(len(r.phrases) for r in records)
        return {"entries": entries, "phrases": phrases, "problems": len(self.problems)}

    def raise_first(self) -> None:
        """Raise a ``DataError`` for the first problem, if any."""
        if self.problems:
            first = self.problems[0]
            raise DataError(first.path, first.line, first.reason)


def file_kind(path: Path) -> Kind | None:
    """The dictionary kind a PETRARCH file name says (``*actors*``, ``*agents*``...)."""
    name = path.name.lower()
    for kind in KINDS:
        if kind in name:
            return kind
    return None


def phrase_text(raw: str) -> str:
    """A dictionary phrase as plain lower-case words: "BAN_KI-MOON_" -> "ban ki-moon"."""
    return " ".join(raw.replace("_", " ").split()).lower()


def parse_date(text: str) -> date:
    """``YYMMDD`` (00-30 -> 20YY) or ``YYYYMMDD``; ``ValueError`` otherwise."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r} (expected YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        short = int(text[:2])
        year = 2000 + short if short <= CENTURY_PIVOT else 1900 + short
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(group: str) -> DatedCode:
    """The inside of one ``[...]`` group of an actor entry."""
    parts = group.split(maxsplit=1)
    if not parts:
        raise ValueError("empty code group []")
    code = parts[0].upper()
    if code == PLACEHOLDER_CODE:
        code = NULL_CODE
    if not CODE_TEXT.match(code):
        raise ValueError(f"bad actor code {parts[0]!r}")
    value = None if code == NULL_CODE else code
    if len(parts) == 1:
        return DatedCode(value)
    restriction = "".join(parts[1].split())
    if restriction.startswith("<"):
        return DatedCode(value, None, parse_date(restriction[1:]))
    if restriction.startswith(">"):
        return DatedCode(value, parse_date(restriction[1:]), None)
    first, sep, last = restriction.partition("-")
    if not sep:
        raise ValueError(f"bad date restriction {restriction!r}")
    start, end = parse_date(first), parse_date(last) + timedelta(days=1)
    if end <= start:
        raise ValueError(f"date range {restriction!r} ends before it starts")
    return DatedCode(value, start, end)


def _content(line: str) -> str:
    """A line without its ``#`` comment and XML comment markers, stripped."""
    text = line.split("#", 1)[0].strip()
    return "" if text.startswith("<!--") or text.endswith("-->") else text


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError(str(path), None, f"cannot read: {error}") from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    for number, line in enumerate(text.splitlines(), start=1):
        content = _content(line)
        if content:
            yield number, content


def parse_file(path: Path, kind: Kind | None = None) -> ParsedFile:
    """Read one PETRARCH dictionary file; ``kind`` defaults to what the file name says."""
    chosen = kind or file_kind(path)
    if chosen is None:
        raise DataError(str(path), None, "not an actors, agents or discards file (by its name)")
    parsed = ParsedFile(str(path), chosen)
    reader = {"actors": _read_actors, "agents": _read_agents, "discards": _read_discards}[chosen]
    reader(parsed, _lines(path))
    return parsed


@dataclass(slots=True)
class _OpenActor:
    phrases: list[str]
    codes: list[DatedCode]
    line: int
    # Whether any code group was written (even one that could not be read).
    coded: bool = False


def _read_actors(parsed: ParsedFile, lines: Iterable[tuple[int, str]]) -> None:
    current: _OpenActor | None = None
    for number, text in lines:
        if text.startswith("["):
            if current is None:
                parsed.problems.append(Problem(parsed.path, number, "codes before any phrase"))
                continue
            current.codes.extend(_codes_of(parsed, number, text))
            current.coded = True
        elif text.startswith("+"):
            if current is None:
                parsed.problems.append(Problem(parsed.path, number, "synonym before any phrase"))
                continue
            phrase, codes = _phrase_and_codes(parsed, number, text)
            current.phrases.extend(p for p in (phrase_text(s) for s in phrase.split("+")) if p)
            current.codes.extend(codes)
        else:
            phrase, codes = _phrase_and_codes(parsed, number, text)
            if current is not None and not current.coded:
                # An uncoded root shares the codes of the entry below it.
                current.phrases.append(phrase_text(phrase))
                current.codes.extend(codes)
                current.coded = "[" in text
                continue
            _close_actor(parsed, current)
            current = _OpenActor([phrase_text(phrase)], list(codes), number, "[" in text)
    _close_actor(parsed, current)


def _phrase_and_codes(parsed: ParsedFile, number: int, text: str) -> tuple[str, list[DatedCode]]:
    bracket = text.find("[")
    if bracket < 0:
        return text.lstrip("+"), []
    return text[:bracket].lstrip("+"), _codes_of(parsed, number, text[bracket:])


def _codes_of(parsed: ParsedFile, number: int, text: str) -> list[DatedCode]:
    codes: list[DatedCode] = []
    leftover = CODE_GROUP.sub("", text).strip()
    if leftover:
        parsed.problems.append(Problem(parsed.path, number, f"unreadable code text {leftover!r}"))
    for group in CODE_GROUP.findall(text):
        try:
            codes.append(parse_code(group))
        except ValueError as error:
            parsed.problems.append(Problem(parsed.path, number, str(error)))
    return codes


def _close_actor(parsed: ParsedFile, current: _OpenActor | None) -> None:
    if current is None:
        return
    phrases = tuple(dict.fromkeys(p for p in current.phrases if p))
    if not phrases or not phrases[0]:
        parsed.problems.append(Problem(parsed.path, current.line, "empty phrase"))
    elif not current.codes:
        parsed.problems.append(Problem(parsed.path, current.line, f"{phrases[0]!r} has no code"))
    else:
        parsed.actors.append(ActorRecord(phrases, tuple(current.codes), current.line))


def _read_agents(parsed: ParsedFile, lines: Iterable[tuple[int, str]]) -> None:
    sets: dict[str, list[str]] = {}
    for number, text in lines:
        definition = SUBSTITUTION.match(text)
        if definition:
            words = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            sets[definition.group(1)] = words
            continue
        try:
            parsed.agents.append(_agent(text, sets, number))
        except ValueError as error:
            parsed.problems.append(Problem(parsed.path, number, str(error)))


def _agent(text: str, sets: dict[str, list[str]], number: int) -> AgentRecord:
    bracket = text.find("[")
    if bracket < 0:
        raise ValueError(f"agent {text!r} has no [~CODE]")
    code_match = AGENT_CODE.match(text[bracket:].strip())
    if code_match is None or bool(code_match.group(1)) == bool(code_match.group(3)):
        raise ValueError(f"bad agent code {text[bracket:].strip()!r} (expected [~CODE] or [CODE~])")
    head = text[:bracket]
    plurals: list[str] | None = None
    if "{" in head:
        head, _, braced = head.partition("{")
        plurals = [phrase_text(p) for p in re.split(r"[\s,]+", braced.rstrip().rstrip("}")) if p]
    phrases = _expand_sets(head.strip(), sets)
    if not phrases or not all(phrases):
        raise ValueError(f"empty agent phrase in {text!r}")
    forms = list(phrases)
    if plurals is not None:
        forms.extend(plurals)
    elif not SET_MARK.search(head):
        forms.extend(plural_of(p) for p in phrases)
    return AgentRecord(tuple(dict.fromkeys(forms)), code_match.group(2).upper(),
                       bool(code_match.group(3)), number)


def _expand_sets(raw: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a ``!SET!`` marker stands for (the raw phrase when it has none)."""
    mark = SET_MARK.search(raw)
    if mark is None:
        return [phrase_text(raw)]
    if mark.group(0) not in sets:
        raise ValueError(f"unknown substitution set {mark.group(0)}")
    out: list[str] = []
    for word in sets[mark.group(0)]:
        out.extend(_expand_sets(raw[: mark.start()] + word + raw[mark.end() :], sets))
    return out


def plural_of(phrase: str) -> str:
    """The regular plural of a phrase's last word ("soldier" -> "soldiers", "man" -> "men")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith(ES_ENDINGS):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _read_discards(parsed: ParsedFile, lines: Iterable[tuple[int, str]]) -> None:
    for number, text in lines:
        story = text.startswith("+")
        phrase = phrase_text(text.lstrip("+"))
        if phrase:
            parsed.discards.append(DiscardRecord(phrase, story, number))
        else:
            parsed.problems.append(Problem(parsed.path, number, "empty discard phrase"))


def _phrases_of(parsed: ParsedFile) -> Iterator[str]:
    for actor in parsed.actors:
        yield from actor.phrases
    for agent in parsed.agents:
        yield from agent.phrases
    for discard in parsed.discards:
        yield discard.phrase


def to_rows(
    parsed: ParsedFile, tokenize: Callable[[str], list[str]] | None = None
) -> list[dict[str, Any]]:
    """The compiled JSONL rows of a parsed file; ``tokenize`` fills the ``t`` maps."""
    rows: list[dict[str, Any]] = []
    for actor in parsed.actors:
        codes = [[c.code, _iso(c.start), _iso(c.end)] for c in actor.codes]
        rows.append({"p": list(actor.phrases), "c": codes, "l": actor.line})
    for agent in parsed.agents:
        rows.append({"p": list(agent.phrases), "c": agent.code, "prefix": agent.prefix,
                     "l": agent.line})
    for discard in parsed.discards:
        rows.append({"p": discard.phrase, "story": discard.story, "l": discard.line})
    if tokenize is not None:
        for row in rows:
            phrases = [row["p"]] if isinstance(row["p"], str) else row["p"]
            split = {p: " ".join(tokenize(p)) for p in phrases}
            differing = {p: t for p, t in split.items() if t != p}
            if differing:
                row["t"] = differing
    return rows


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def compiled_kind(path: Path) -> Kind | None:
    """The kind a compiled file's name says (``*.actors.jsonl``...)."""
    for kind, suffix in JSONL_SUFFIXES.items():
        if path.name.endswith(suffix):
            return kind  # type: ignore[return-value]
    return None


def read_compiled(path: Path) -> ParsedFile:
    """A compiled ``*.{actors,agents,discards}.jsonl`` file, validated (``DataError``)."""
    meta, rows = read_jsonl(path)
    parsed = ParsedFile(str(path), meta.format)
    reader = {"actors": _actor_row, "agents": _agent_row, "discards": _discard_row}[meta.format]
    for number, row in rows:
        reader(parsed, path, number, row)
        for phrase, tokens in check_tokens(path, number, row.get("t")).items():
            parsed.tokens[phrase] = tuple(tokens.split(" "))
    return parsed


def _actor_row(parsed: ParsedFile, path: Path, number: int, row: dict[str, Any]) -> None:
    codes = row.get("c")
    if not isinstance(codes, list) or not codes:
        raise DataError(str(path), number, "c: expected a list of [code, start, end]")
    dated: list[DatedCode] = []
    for item in codes:
        if not isinstance(item, list) or len(item) != 3:
            raise DataError(str(path), number, f"c: bad entry {item!r}")
        code = check_code(path, number, item[0], nullable=True)
        dated.append(DatedCode(code, check_date(path, number, item[1]),
                               check_date(path, number, item[2])))
    phrases = check_phrases(path, number, row.get("p"))
    parsed.actors.append(ActorRecord(phrases, tuple(dated), int(row.get("l", number))))


def _agent_row(parsed: ParsedFile, path: Path, number: int, row: dict[str, Any]) -> None:
    code = check_code(path, number, row.get("c"), nullable=False)
    assert code is not None
    phrases = check_phrases(path, number, row.get("p"))
    parsed.agents.append(AgentRecord(phrases, code, bool(row.get("prefix")),
                                     int(row.get("l", number))))


def _discard_row(parsed: ParsedFile, path: Path, number: int, row: dict[str, Any]) -> None:
    phrase = check_phrases(path, number, row.get("p"))[0]
    parsed.discards.append(DiscardRecord(phrase, bool(row.get("story")),
                                         int(row.get("l", number))))


def read_any(path: Path, strict: bool = True) -> ParsedFile:
    """A PETRARCH ``.txt`` file or a compiled ``.jsonl`` one; ``strict`` raises on problems."""
    parsed = read_compiled(path) if compiled_kind(path) else parse_file(path)
    if strict:
        parsed.raise_first()
    return parsed


def dictionary_files(folder: Path, kinds: Iterable[Kind]) -> list[Path]:
    """The PETRARCH and compiled files of these kinds in a user dictionary directory (or the
    file itself when ``folder`` is one of them)."""
    wanted = set(kinds)
    found: list[Path] = []
    for path in [folder] if folder.is_file() else sorted(folder.iterdir()):
        if not path.is_file():
            continue
        kind = compiled_kind(path) if path.suffix == ".jsonl" else None
        if kind is None and path.suffix == ".txt":
            kind = file_kind(path)
        if kind in wanted:
            found.append(path)
    return found


__all__ = [
    "ActorRecord",
    "AgentRecord",
    "DatedCode",
    "DiscardRecord",
    "ParsedFile",
    "Problem",
    "compiled_kind",
    "dictionary_files",
    "file_kind",
    "parse_code",
    "parse_date",
    "parse_file",
    "phrase_text",
    "plural_of",
    "read_any",
    "read_compiled",
    "to_rows",
]
