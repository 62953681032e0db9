"""Reading ConfliBERT's CoNLL role files and rebuilding sentence text from their tokens.

The files hold ``token tag`` lines with a blank line between sentences; tags are BIO with the
types ``S`` (source), ``T`` (target) and ``R`` (reciprocal: both source and target). The sentence
text is rebuilt by joining tokens with single spaces except around punctuation that English text
writes attached (closing marks, opening brackets and quotes, hyphens, clitics), so the parser sees
ordinary prose; every token keeps its character offsets in the rebuilt text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Tokens written without a space before them / after them / on either side.
ATTACH_LEFT = frozenset({".", ",", ")", "]", "}", ":", ";", "!", "?", "%", "”", "'s", "’s", "n't"})
ATTACH_RIGHT = frozenset({"(", "[", "{", "$", "“", "`", "``"})
ATTACH_BOTH = frozenset({"-", "/"})
APOSTROPHES = frozenset({"'", "’"})
CLITIC_TAILS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
NUMBER_SEPARATORS = frozenset({",", "."})
ROLE_TYPES = frozenset({"S", "T", "R"})


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A gold role span over tokens ``[start, end)``."""

    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RoleSentence:
    """One sentence: rebuilt text, per-token character offsets and gold role spans."""

    id: str
    text: str
    offsets: tuple[tuple[int, int], ...]
    spans: tuple[GoldSpan, ...]


@dataclass(slots=True)
class RoleFile:
    path: str
    sentences: list[RoleSentence] = field(default_factory=list)
    bad_lines: int = 0


def splits_number(before: str | None, previous: str, token: str) -> bool:
    """``10 , 000``: a digit group after a separator that follows digits (``10,000``)."""
    return previous in NUMBER_SEPARATORS and token.isdigit() and bool(before and before.isdigit())


def attaches(previous: str, token: str, following: str | None, before: str | None = None) -> bool:
    """Whether ``token`` is written directly after ``previous`` (no space)."""
    if splits_number(before, previous, token):
        return True
    if token in APOSTROPHES and previous.endswith("s") and following not in CLITIC_TAILS:
        return True
    if token in ATTACH_LEFT or token in ATTACH_BOTH or previous in ATTACH_RIGHT:
        return True
    if previous in ATTACH_BOTH:
        return True
    if token in APOSTROPHES and following in CLITIC_TAILS:
        return True
    return previous in APOSTROPHES and token in CLITIC_TAILS


def detokenize(tokens: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Sentence text and each token's ``(start, end)`` character offsets in it."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        before = tokens[index - 2] if index > 1 else None
        if index and not attaches(tokens[index - 1], token, following, before):
            pieces.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        pieces.append(token)
        length += len(token)
    return "".join(pieces), tuple(offsets)


def bio_spans(tags: list[str]) -> tuple[GoldSpan, ...]:
    """Spans from BIO tags; an ``I-`` tag that does not continue a span starts one."""
    spans: list[GoldSpan] = []
    current: tuple[str, int] | None = None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, role = tag.partition("-")
        continues = current is not None and prefix == "I" and role == current[0]
        if current is not None and not continues:
            spans.append(GoldSpan(current[0], current[1], index))
            current = None
        if role in ROLE_TYPES and not continues and prefix in {"B", "I"}:
            current = (role, index)
    return tuple(spans)


def sentence_from(rows: list[tuple[str, str]], number: int) -> RoleSentence:
    tokens = [token for token, _ in rows]
    text, offsets = detokenize(tokens)
    return RoleSentence(f"sentence-{number}", text, offsets, bio_spans([tag for _, tag in rows]))


def read_role_text(text: str, path: str = "<text>") -> RoleFile:
    """Sentences of a CoNLL ``token tag`` text; malformed lines are counted and skipped."""
    result = RoleFile(path=path)
    rows: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        fields = line.split()
        if not fields:
            if rows:
                result.sentences.append(sentence_from(rows, len(result.sentences) + 1))
            rows = []
        elif len(fields) == 2:
            rows.append((fields[0], fields[1]))
        else:
            result.bad_lines += 1
    return result


def read_role_file(path: str | Path) -> RoleFile:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return read_role_text(text, str(path))
