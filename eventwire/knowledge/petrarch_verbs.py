"""Read PETRARCH2 verb dictionaries and convert them into eventwire trigger patterns.

The format is described in ``docs/petrarch_formats.md``. The reader is tolerant: a line it cannot
use is counted under a reason (and, when malformed, listed with its line number) instead of
stopping the conversion. :func:`convert_verb_file` returns the pattern rows (plain dicts in the
JSONL trigger format) and a :class:`ConversionReport`; :func:`verb_file_patterns` validates the
rows into :class:`TriggerPattern` objects so a PETRARCH-format user dictionary loads directly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from eventwire.errors import DataError
from eventwire.knowledge.patterns import CODE_RE, WORD_RE, TriggerPattern

HEADER_RE = re.compile(r"^-{3}\s*(?P<name>\S+)\s*\[(?P<code>[^\]]*)\]\s*-{3}")
PATTERN_RE = re.compile(r"^-\s+(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]")
VERB_RE = re.compile(
    r"^(?P<word>[^\s{\[#]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$"
)
TOKEN_RE = re.compile(r"&[A-Za-z0-9_]+|[*$+^%(){}]|[^\s*$+^%(){}_&]+")
HTML_COMMENT_RE = re.compile(r"<!--.*?-->")
SNIFF_LINES = 400
NULL_CODE = "---"
# Words that follow a verb as a particle or adverb rather than as its object (structural).
PARTICLES = frozenset(
    {"up", "down", "off", "out", "away", "back", "forward", "aside", "over", "ahead",
     "together", "apart", "around", "through", "in", "on", "along"}
)
MARKERS = frozenset({"$", "+"})


@dataclass
class ConversionReport:
    """What the reader found and what became of it."""

    blocks: int = 0
    verbs: int = 0
    synsets: int = 0
    pattern_lines: int = 0
    verb_patterns: int = 0
    line_patterns: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def converted(self) -> int:
        return self.verb_patterns + self.line_patterns

    def skip(self, reason: str, line: int | None = None) -> None:
        self.skipped[reason] += 1
        if line is not None:
            self.problems.append((line, reason))

    def as_dict(self) -> dict[str, Any]:
        return {
            "blocks": self.blocks,
            "verbs": self.verbs,
            "synsets": self.synsets,
            "pattern_lines": self.pattern_lines,
            "converted": self.converted,
            "verb_patterns": self.verb_patterns,
            "line_patterns": self.line_patterns,
            "skipped": dict(sorted(self.skipped.items())),
        }


@dataclass
class Conversion:
    """Pattern rows (JSONL form) and the same patterns validated, each with its line number."""

    rows: list[tuple[int, dict[str, Any]]]
    report: ConversionReport
    patterns: list[tuple[int, TriggerPattern]] = field(default_factory=list)


class SkipLine(Exception):
    """A line that does not map onto eventwire's semantics (counted, not an error)."""


@dataclass
class Verb:
    lemma: str
    forms: tuple[str, ...]
    code: str | None
    own_code: bool = False


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)


@dataclass
class NounSlots:
    """A noun phrase as word slots: the last slot is the head, the others its modifiers."""

    slots: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def head(self) -> tuple[str, ...]:
        return self.slots[-1] if self.slots else ()

    @property
    def modifiers(self) -> tuple[str, ...]:
        return _union(self.slots[:-1])


def _union(slots: list[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for slot in slots for word in slot))


def _strip_comment(line: str) -> str:
    return HTML_COMMENT_RE.sub("", line).split("#", 1)[0].strip()


def _clean_word(raw: str) -> str:
    return raw.strip().strip("_+").lower()


def _valid(word: str) -> bool:
    return bool(WORD_RE.match(word))


def noun_forms(raw: str) -> tuple[str, ...]:
    """Spellings of a dictionary noun: the word and its naive singular. A hyphenated word is
    written solid ("cease-fire" -> "ceasefire"); of a phrase (``ARMED_FORCES``) the last word,
    its dependency head, is kept."""
    word = _clean_word(raw)
    parts = [p for p in re.split(r"[_\s\-]+", word) if p]
    if not parts:
        return ()
    found = ["".join(parts)] if "-" in word else [parts[-1]]
    for item in list(found):
        found.extend(_singulars(item))
    return tuple(w for w in dict.fromkeys(found) if _valid(w))


def _singulars(word: str) -> list[str]:
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("ches", "shes", "xes", "sses")):
        return [word[:-2]]
    return [word[:-1]]


def parse_code(text: str, known: Collection[str] | None) -> tuple[str | None, str | None]:
    """``"040"`` -> (040, None); ``"042:043"`` -> (042, 043); ``"---"`` and ``":173"`` give a null
    code. Raises SkipLine for a code that is malformed or unknown."""
    raw = text.strip()
    if raw == NULL_CODE or not raw:
        return None, None
    first, _, second = raw.partition(":")
    codes = [_one_code(first.strip(), known), _one_code(second.strip(), known)]
    return codes[0], codes[1]


def _one_code(raw: str, known: Collection[str] | None) -> str | None:
    if not raw or raw == NULL_CODE:
        return None
    if not CODE_RE.match(raw):
        raise SkipLine("malformed code")
    if known is not None and raw not in known:
        raise SkipLine("code not in CAMEO")
    return raw


class Synsets:
    """``&NAME`` word sets; members may be phrases or other synsets."""

    def __init__(self) -> None:
        self.members: dict[str, list[str]] = {}

    def add(self, name: str) -> list[str]:
        return self.members.setdefault(_synset_key(name), [])

    def words(self, name: str, depth: int = 0) -> tuple[str, ...]:
        key = _synset_key(name)
        if key not in self.members or depth > 5:
            raise SkipLine("unknown synset")
        found: list[str] = []
        for member in self.members[key]:
            if member.startswith("&"):
                found.extend(self.words(member, depth + 1))
            else:
                found.extend(noun_forms(member.split()[-1] if " " in member else member))
        return tuple(dict.fromkeys(found))


def _synset_key(name: str) -> str:
    return name.lstrip("&").strip("_").upper()


def read_synsets(lines: list[str], report: ConversionReport) -> Synsets:
    """First pass: every ``&NAME`` header followed by ``+MEMBER`` lines."""
    synsets = Synsets()
    current: list[str] | None = None
    for raw in lines:
        line = _strip_comment(raw)
        if not line and raw.strip():
            continue
        if line.startswith("&"):
            current = synsets.add(line.split()[0])
            report.synsets += 1
        elif current is not None and line.startswith("+"):
            current.append(line[1:].strip())
        else:
            current = None
    return synsets


def parse_verb(line: str, known: Collection[str] | None, block: Block) -> Verb:
    match = VERB_RE.match(line.split(";", 1)[0].strip())
    if match is None:
        raise SkipLine("malformed verb line")
    parts = [_clean_word(p) for p in match["word"].split("_") if _clean_word(p)]
    if not parts or not all(_valid(p) or "-" in p for p in parts):
        raise SkipLine("malformed verb line")
    code = block.code
    own = match["code"] is not None
    if own:
        code, _ = parse_code(match["code"], known)
    forms: tuple[str, ...] = ()
    if len(parts) == 1 and match["forms"]:
        cleaned = (_clean_word(f) for f in match["forms"].split() if "_" not in f.strip("_"))
        forms = tuple(f for f in cleaned if _valid(f) and f != parts[0])
    return Verb(" ".join(parts), forms, code, own)


@dataclass
class PatternParts:
    """The constraints one ``- ...`` line gives, before it is spread over the block's verbs."""

    subject: NounSlots = field(default_factory=NounSlots)
    obj: NounSlots = field(default_factory=NounSlots)
    particle: str | None = None
    preps: list[dict[str, Any]] = field(default_factory=list)
    source_preps: list[str] = field(default_factory=list)
    target_preps: list[str] = field(default_factory=list)


def _tokens(body: str) -> list[str]:
    return TOKEN_RE.findall(body)


def _group(tokens: list[str], start: int, close: str) -> tuple[list[str], int]:
    """Tokens up to the matching ``close``; returns them and the index after it."""
    inner: list[str] = []
    i = start
    while i < len(tokens) and tokens[i] != close:
        inner.append(tokens[i])
        i += 1
    if i >= len(tokens):
        raise SkipLine("unbalanced brackets")
    return inner, i + 1


def _slots(tokens: list[str], synsets: Synsets) -> list[tuple[str, ...]]:
    slots: list[tuple[str, ...]] = []
    for token in tokens:
        if token in ("{", "}", "^"):
            continue
        if token == "%":
            raise SkipLine("compound actor marker (%)")
        if token in MARKERS:
            raise SkipLine("role marker inside a noun phrase")
        words = synsets.words(token) if token.startswith("&") else noun_forms(token)
        if not words:
            raise SkipLine("word not usable")
        slots.append(words)
    return slots


def _prep_group(inner: list[str], synsets: Synsets, parts: PatternParts) -> None:
    markers = [t for t in inner if t in MARKERS]
    words = [t for t in inner if t not in MARKERS]
    if not words:
        raise SkipLine("empty prepositional phrase")
    head, rest = words[0], words[1:]
    preps = synsets.words(head) if head.startswith("&") else (_clean_word(head),)
    if not all(_valid(p) for p in preps):
        raise SkipLine("word not usable")
    noun = NounSlots(_slots(rest, synsets))
    parts.preps.append({"prep": list(preps), "object": list(noun.head),
                        "modifier": list(noun.modifiers)})
    for marker in markers:
        _mark_prep(parts, marker, preps)


def _mark_prep(parts: PatternParts, marker: str, preps: tuple[str, ...]) -> None:
    target = parts.target_preps if marker == "+" else parts.source_preps
    target.extend(p for p in preps if p not in target)


def _pre_verb(tokens: list[str], synsets: Synsets, parts: PatternParts) -> None:
    body = [t for t in tokens if t != "^"]
    if body and body[0] == "$":
        body = body[1:]
    if any(t in MARKERS for t in body):
        raise SkipLine("role marker before the verb")
    parts.subject = NounSlots(_slots(body, synsets))


def _post_verb(tokens: list[str], synsets: Synsets, parts: PatternParts) -> None:
    noun: list[str] = []
    last_prep: tuple[str, ...] | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token == "(":
            inner, i = _group(tokens, i, ")")
            _prep_group(inner, synsets, parts)
            last_prep = tuple(parts.preps[-1]["prep"])
        elif token in MARKERS:
            last_prep = _post_marker(token, noun, last_prep, parts)
        elif token == "{":
            inner, i = _group(tokens, i, "}")
            noun.extend(inner)
        elif token == "^":
            continue
        elif _is_particle(token, noun, parts):
            parts.particle = _clean_word(token)
        else:
            noun.append(token)
    parts.obj = NounSlots(_slots(noun, synsets))


def _is_particle(token: str, noun: list[str], parts: PatternParts) -> bool:
    return not noun and parts.particle is None and _clean_word(token) in PARTICLES


def _post_marker(
    marker: str, noun: list[str], last_prep: tuple[str, ...] | None, parts: PatternParts
) -> tuple[str, ...] | None:
    """A marker after a prepositional phrase names its role; after a bare word it makes that
    word a preposition ("TOWARD +"). ``+`` on the object is the default; ``$`` is not."""
    if last_prep is not None:
        _mark_prep(parts, marker, last_prep)
        return last_prep
    if noun and not noun[-1].startswith("&") and noun[-1] not in ("{", "}"):
        prep = (_clean_word(noun.pop()),)
        parts.preps.append({"prep": list(prep), "object": [], "modifier": []})
        _mark_prep(parts, marker, prep)
        return prep
    if marker == "$":
        raise SkipLine("object as source")
    return None


def parse_pattern_body(body: str, synsets: Synsets) -> PatternParts:
    tokens = _tokens(body)
    if tokens.count("*") != 1:
        raise SkipLine("no single verb marker (*)")
    star = tokens.index("*")
    parts = PatternParts()
    _pre_verb(tokens[:star], synsets, parts)
    _post_verb(tokens[star + 1:], synsets, parts)
    return parts


def _pattern_row(
    ident: str, source: str, block: Block, parts: PatternParts, codes: tuple[str | None, ...]
) -> dict[str, Any]:
    lemmas = list(dict.fromkeys(verb.lemma for verb in block.verbs))
    forms = [f for verb in block.verbs for f in verb.forms]
    row: dict[str, Any] = {"id": ident, "code": codes[0], "lemma": lemmas[0], "pos": "VERB"}
    optional: dict[str, Any] = {
        "also": lemmas[1:],
        "forms": list(dict.fromkeys(forms)),
        "particle": parts.particle,
        "subject": list(parts.subject.head),
        "subject_modifier": list(parts.subject.modifiers),
        "object": list(parts.obj.head),
        "object_modifier": list(parts.obj.modifiers),
        "preps": parts.preps,
        "source_preps": parts.source_preps,
        "target_preps": parts.target_preps,
        "inverse_code": codes[1],
    }
    row.update({key: value for key, value in optional.items() if value})
    row["source"] = source
    return row


def _signature(row: dict[str, Any]) -> str:
    """What a pattern matches, without its id and codes: a later line with the same signature
    can never win (the earlier one ties and loads first)."""
    ignored = ("id", "code", "inverse_code")
    return repr(sorted((k, repr(v)) for k, v in row.items() if k not in ignored))


class VerbFileReader:
    """State machine over the lines of one verb dictionary."""

    def __init__(self, name: str, source: str, known: Collection[str] | None) -> None:
        self.name = name
        self.source = source
        self.known = known
        self.report = ConversionReport()
        self.rows: list[tuple[int, dict[str, Any]]] = []
        self.patterns: list[tuple[int, TriggerPattern]] = []
        self.block: Block | None = None
        self.seen: set[str] = set()
        self.synsets = Synsets()
        self.in_synset = False

    def ident(self, number: int) -> str:
        return f"{self.source}:{number}"

    def read(self, lines: list[str]) -> Conversion:
        self.synsets = read_synsets(lines, self.report)
        for number, raw in enumerate(lines, start=1):
            line = _strip_comment(raw)
            if not line and raw.strip():
                continue
            try:
                self.line(number, line)
            except SkipLine as skip:
                self.report.skip(str(skip), number if "malformed" in str(skip) else None)
        return Conversion(self.rows, self.report, self.patterns)

    def line(self, number: int, line: str) -> None:
        if not line:
            self.in_synset = False
            return
        if line.startswith("&"):
            self.in_synset = True
        elif line.startswith("+") and self.in_synset:
            return
        elif line.startswith("~"):
            raise SkipLine("transformation (~)")
        elif HEADER_RE.match(line):
            self.header(number, line)
        elif line.startswith("-"):
            self.pattern(number, line)
        else:
            self.verb(number, line)

    def header(self, number: int, line: str) -> None:
        self.in_synset = False
        match = HEADER_RE.match(line)
        assert match is not None
        self.report.blocks += 1
        self.block = Block(match["name"], None)
        self.block.code, _ = parse_code(match["code"], self.known)

    def verb(self, number: int, line: str) -> None:
        self.in_synset = False
        if self.block is None:
            raise SkipLine("malformed line outside a verb block")
        verb = parse_verb(line, self.known, self.block)
        self.block.verbs.append(verb)
        self.report.verbs += 1
        if verb.code is None:
            raise SkipLine("verb without a code of its own")
        row: dict[str, Any] = {
            "id": self.ident(number), "code": verb.code, "lemma": verb.lemma, "pos": "VERB"
        }
        if verb.forms:
            row["forms"] = list(verb.forms)
        if not verb.own_code:
            row["fallback"] = True
        row["source"] = self.source
        self.add(number, row)
        self.report.verb_patterns += 1

    def pattern(self, number: int, line: str) -> None:
        self.report.pattern_lines += 1
        match = PATTERN_RE.match(line)
        if match is None:
            raise SkipLine("malformed pattern line (no code)")
        if self.block is None or not self.block.verbs:
            raise SkipLine("malformed pattern line before any verb")
        codes = parse_code(match["code"], self.known)
        parts = parse_pattern_body(match["body"], self.synsets)
        row = _pattern_row(self.ident(number), self.source, self.block, parts, codes)
        self.add(number, row)
        self.report.line_patterns += 1

    def add(self, number: int, row: dict[str, Any]) -> None:
        signature = _signature(row)
        if signature in self.seen:
            raise SkipLine("same constraints as an earlier pattern")
        try:
            pattern = TriggerPattern.model_validate(row)
        except ValidationError as exc:
            raise SkipLine("word not usable") from exc
        self.seen.add(signature)
        self.rows.append((number, row))
        self.patterns.append((number, pattern))


def convert_verb_lines(
    lines: list[str], source: str, known_codes: Collection[str] | None = None
) -> Conversion:
    """Convert the lines of a verb dictionary; ``source`` prefixes every pattern id."""
    return VerbFileReader(source, source, known_codes).read(lines)


def convert_verb_file(
    path: Path | str, source: str | None = None, known_codes: Collection[str] | None = None
) -> Conversion:
    """Convert a PETRARCH verb dictionary file (ids ``<source>:<line>``)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataError(str(file), None, f"cannot read verb dictionary: {exc}") from exc
    return convert_verb_lines(text.splitlines(), source or f"petrarch:{file.name}", known_codes)


def looks_like_verb_file(path: Path) -> bool:
    """A ``.txt`` file with a ``--- NAME [code] ---`` block header near its start."""
    if path.suffix.lower() != ".txt" or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle):
                if number > SNIFF_LINES * 5:
                    break
                if HEADER_RE.match(line.strip()):
                    return True
    except OSError:
        return False
    return False


def verb_file_patterns(
    path: Path, known_codes: Collection[str] | None = None
) -> tuple[ConversionReport, list[tuple[int, TriggerPattern]]]:
    """The converted patterns of a PETRARCH-format user dictionary, with its report."""
    conversion = convert_verb_file(path, known_codes=known_codes)
    return conversion.report, conversion.patterns
