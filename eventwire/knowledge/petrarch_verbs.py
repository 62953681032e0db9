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
from eventwire.knowledge.patterns import CODE_RE, TriggerPattern
from eventwire.knowledge.petrarch_patterns import (
    PatternParts,
    SkipLine,
    Synsets,
    clean_word,
    pattern_variants,
    valid_word,
)
from eventwire.ontology import get_ontology

HEADER_RE = re.compile(r"^-{3}\s*(?P<name>\S+)\s*\[(?P<code>[^\]]*)\]\s*-{3}")
PATTERN_RE = re.compile(r"^-\s+(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]")
VERB_RE = re.compile(
    r"^(?P<word>[^\s{\[#]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$"
)
HTML_COMMENT_RE = re.compile(r"<!--.*?-->")
SNIFF_LINES = 400
NULL_CODE = "---"
LETTER_RE = re.compile(r"[A-Za-z]")


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


@dataclass
class Verb:
    lemma: str
    forms: tuple[str, ...]
    code: str | None
    own_code: bool = False
    inverse: str | None = None


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    inverse: str | None = None


def _strip_comment(line: str) -> str:
    return HTML_COMMENT_RE.sub("", line).split("#", 1)[0].strip()


def _comment_word(line: str) -> str:
    """The first word of a line's ``#`` comment, as a verb phrase ("CALLED_OFF" -> "called off")."""
    _, hash_mark, comment = HTML_COMMENT_RE.sub("", line).partition("#")
    words = comment.split() if hash_mark else []
    return " ".join(clean_word(p) for p in words[0].split("_")) if words else ""


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
    parts = [clean_word(p) for p in match["word"].split("_") if clean_word(p)]
    if not parts or not all(valid_word(p) or "-" in p for p in parts):
        raise SkipLine("malformed verb line")
    code, inverse = block.code, block.inverse
    own = match["code"] is not None
    if own:
        code, inverse = parse_code(match["code"], known)
    forms: tuple[str, ...] = ()
    if match["forms"]:
        forms = _verb_forms(parts, match["forms"].split())
    return Verb(" ".join(parts), forms, code, own, inverse)


def _verb_forms(parts: list[str], raw: list[str]) -> tuple[str, ...]:
    """The listed forms of a verb other than its lemma. Of a phrasal verb (``BLOW_UP {BLEW_UP
    BLOWN_UP}``) only forms that keep the lemma's later words count, written with spaces
    ("blown up"): the first word's irregular forms are what the lemmatizer may miss."""
    found: list[str] = []
    for item in raw:
        words = [clean_word(w) for w in item.strip("_+").split("_") if clean_word(w)]
        if len(words) != len(parts) or words[1:] != parts[1:]:
            continue
        if all(valid_word(w) for w in words) and words != parts:
            found.append(" ".join(words))
    return tuple(dict.fromkeys(found))


def pattern_verbs(block: Block, code: str | None, comment: str) -> list[Verb]:
    """The verbs a pattern line applies to. PETRARCH2 pooled the per-verb patterns of its
    predecessor into synonym blocks; the line's comment still names the verb it was written for.
    A pattern that moves a verb's own act into another QuadClass (cooperation into conflict,
    words into deeds) is the named verb's idiom ("- * MEETING [040] # END" in the block of
    CALL_OFF [160], END, HALT...: ending a meeting means it took place, calling it off does not).
    So it applies to the named verb and to the verbs whose act is in the pattern's QuadClass or
    that have none. A pattern with no code, or whose comment names no verb of the block, applies
    to the whole block, as do codes outside the CAMEO codebook."""
    named = [verb for verb in block.verbs if comment in (verb.lemma, *verb.forms)]
    quad = _quad_class(code)
    if quad is None or not comment or not named:
        return block.verbs
    return [
        verb for verb in block.verbs
        if verb in named or _quad_class(verb.code) in (None, quad)
    ]


def _quad_class(code: str | None) -> int | None:
    ontology = get_ontology()
    return ontology.cameo(code).quad_class if code and ontology.has(code) else None


def _pattern_row(
    ident: str,
    source: str,
    parts: PatternParts,
    codes: tuple[str | None, ...],
    verbs: list[Verb],
) -> dict[str, Any]:
    lemmas = list(dict.fromkeys(verb.lemma for verb in verbs))
    forms = [f for verb in verbs for f in verb.forms]
    row: dict[str, Any] = {"id": ident, "code": codes[0], "lemma": lemmas[0], "pos": "VERB"}
    optional: dict[str, Any] = {
        "also": lemmas[1:],
        "forms": list(dict.fromkeys(forms)),
        "particle": parts.particle,
        "subject": list(parts.subject.head),
        "subject_modifier": list(parts.subject.modifiers),
        "compound_subject": parts.compound_subject,
        "subject_adjacent": parts.subject_adjacent,
        "object_adjacent": parts.object_adjacent,
        "subject_target": parts.subject_target,
        "governor_side": parts.governor_side,
        "object": list(parts.obj.head),
        "object_modifier": list(parts.obj.modifiers),
        "object_slots": _modifier_slots(parts),
        "preps": parts.preps,
        "source_preps": parts.source_preps,
        "target_preps": parts.target_preps,
        "target_after": parts.target_after,
        "after_object": parts.after_object,
        "inverse_code": codes[1],
    }
    row.update({key: value for key, value in optional.items() if value})
    row["source"] = source
    return row


def _modifier_slots(parts: PatternParts) -> list[list[str]]:
    """The object's modifier slots when there are several: each must be matched."""
    slots = parts.obj.slots[:-1]
    return [list(slot) for slot in slots] if len(slots) > 1 else []


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
        self.comment = ""

    def ident(self, number: int) -> str:
        return f"{self.source}:{number}"

    def read(self, lines: list[str]) -> Conversion:
        self.synsets = read_synsets(lines, self.report)
        for number, raw in enumerate(lines, start=1):
            line = _strip_comment(raw)
            if not line and raw.strip():
                continue
            self.comment = _comment_word(raw)
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
        self.block.code, self.block.inverse = parse_code(match["code"], self.known)

    def verb(self, number: int, line: str) -> None:
        self.in_synset = False
        if self.block is None:
            raise SkipLine("malformed line outside a verb block")
        verb = parse_verb(line, self.known, self.block)
        self.block.verbs.append(verb)
        self.report.verbs += 1
        if verb.code is None and verb.inverse is None:
            raise SkipLine("verb without a code of its own")
        row: dict[str, Any] = {
            "id": self.ident(number), "code": verb.code, "lemma": verb.lemma, "pos": "VERB"
        }
        if verb.forms:
            row["forms"] = list(verb.forms)
        if verb.inverse:
            row["inverse_code"] = verb.inverse
        if not verb.own_code:
            row["fallback"] = True
        row["needs_actor"] = True  # a bare verb line: an act between actors, as PETRARCH codes
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
        codes = self.pattern_codes(number, match["code"])
        verbs = pattern_verbs(self.block, codes[0], self.comment)
        variants = pattern_variants(match["body"], self.synsets)
        for position, parts in enumerate(variants):
            ident = self.ident(number) + (f".{position}" if position else "")
            row = _pattern_row(ident, self.source, parts, codes, verbs)
            try:
                self.add(number, row)
            except SkipLine:
                if position == 0:
                    raise
                continue
            self.report.line_patterns += 1

    def pattern_codes(self, number: int, text: str) -> tuple[str | None, str | None]:
        """A pattern line's codes. A code with letters ("174K", "xxy": PETRARCH's test codes,
        which no CAMEO event carries) is read as the null code: the phrase still is not the
        verb's own event, so the pattern wins over the verb and codes nothing (reported as
        such). Other malformed codes ("080!") skip the line."""
        try:
            return parse_code(text, self.known)
        except SkipLine as skip:
            if "malformed" not in str(skip) or not LETTER_RE.search(text):
                raise
            self.report.skip("unreadable pattern code read as no event", number)
            return None, None

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
