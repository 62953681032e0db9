"""The one place where input text is changed before coding: decoding, markup, mojibake.

Readers (``eventwire.ingest.formats``) pass every article's raw bytes and text through here, and
the text that comes out IS the article's text from then on: its content hash and default id, the
store's key and every offset of the event records (``text == article_text[start:end]``) refer to
it. What was done is kept on the article as ``Article.notes`` (codes of ``NOTES``), shown as a
warning by ``eventwire code`` and ``eventwire ingest`` and stored with the article.

- Bytes are read as UTF-8 (a byte-order mark is handled before, by ``formats.to_utf8``); bytes
  that are not valid UTF-8 and carry no byte-order mark are read as Windows-1252, the superset of
  Latin-1 that Windows and older sites write, and as Latin-1 when Windows-1252 leaves a byte
  undefined (note ``cp1252`` or ``latin-1``).
- Text holding tags of HTML elements (``data/markup.yaml``) or an HTML comment is reduced to its
  words: inline tags vanish, break tags (``<p>``, ``<br>``, ``<div>``, ...) become paragraph
  breaks, script and style contents are dropped, entities are decoded and runs of blanks
  collapse (note ``markup``). Text with no tag but well-formed entities ("Ukraine &amp; energy",
  "pr&#233;cis") only has those decoded (note ``entities``). Text without either is untouched:
  "a < b", "AT&T" and Reuters tickers ("<AAPL.O>") stay as they are.
- A lone UTF-16 surrogate (JSON's "\\ud800" escape without its pair, left by a truncated or
  badly converted string) cannot be encoded, stored or printed: each is replaced with U+FFFD
  (note ``surrogates``) and the article is coded.
- UTF-8 text that was once decoded as Windows-1252 ("prÃ©sident", "Macronâ€™s") is repaired
  with ftfy's encoding fix, only when a cheap pattern finds such pairs of characters (note
  ``mojibake``), so clean text costs one regular-expression scan.

Boilerplate lines of scraped pages ("Story continued below", "Image caption") are NOT removed
here: the pipeline keeps them out of the story's sentences without changing the text
(``pipeline/segmenter.py``, ``pipeline/page_lines.py``).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from html.parser import HTMLParser

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, read_yaml_model

MARKUP_FILE = "markup.yaml"

# What each note says (warnings and docs).
NOTES: dict[str, str] = {
    "cp1252": "not valid UTF-8: read as Windows-1252",
    "latin-1": "not valid UTF-8: read as Latin-1",
    "markup": "HTML markup removed (offsets refer to the cleaned text)",
    "entities": "HTML entities decoded (offsets refer to the decoded text)",
    "mojibake": "mis-decoded characters repaired (offsets refer to the repaired text)",
    "surrogates": "lone UTF-16 surrogates (a broken \\ud800-style escape) replaced with U+FFFD",
    "bad-published": "published value is no date: coded as an article without one "
                     "(relative dates unresolved)",
}

SURROGATE = re.compile("[\ud800-\udfff]")
TAG = re.compile(r"<(?:/\s*)?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
COMMENT = "<!--"
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")
LINE_EDGES = re.compile(r" ?\n ?")
EXTRA_BREAKS = re.compile(r"\n{3,}")
PARAGRAPH = "\n\n"
# A UTF-8 lead byte read as Windows-1252 (Â Ã Å Ð Ñ for two-byte letters, â for punctuation)
# followed by a continuation byte read the same way (U+0080-U+00BF or the Windows-1252 letters
# and punctuation at 0x80-0x9F).
MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00c5\u00d0\u00d1\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


class MarkupElements(BaseModel):
    """``markup.yaml``: the HTML elements that mark text as markup, by what they do to it."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    break_elements: frozenset[str] = Field(min_length=1)
    hidden_elements: frozenset[str] = Field(min_length=1)
    inline_elements: frozenset[str] = Field(min_length=1)

    def known(self) -> frozenset[str]:
        return self.break_elements | self.hidden_elements | self.inline_elements


@lru_cache(maxsize=1)
def markup_elements() -> MarkupElements:
    return read_yaml_model(MARKUP_FILE, None, MarkupElements)


@lru_cache(maxsize=1)
def known_elements() -> frozenset[str]:
    return frozenset(name.lower() for name in markup_elements().known())


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """The text of ``data`` and the note of the fallback encoding used (None for UTF-8).

    Bytes that start with a UTF-16/32 byte-order mark are not guessed at: ``UnicodeDecodeError``
    (``formats.to_utf8`` has already converted them when they were valid)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            raise
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def looks_like_markup(text: str) -> bool:
    """True when ``text`` holds a tag of a known HTML element or an HTML comment."""
    if "<" not in text:
        return False
    if COMMENT in text:
        return True
    known = known_elements()
    return any(match.group(1).lower() in known for match in TAG.finditer(text))


class _TextOfMarkup(HTMLParser):
    """Collects the words of a markup fragment (see ``strip_markup``)."""

    def __init__(self, elements: MarkupElements) -> None:
        super().__init__(convert_charrefs=True)
        self.elements = elements
        self.known = known_elements()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, self.get_starttag_text() or "", opening=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, self.get_starttag_text() or "", opening=False)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.elements.hidden_elements:
            self.hidden = max(0, self.hidden - 1)
        else:
            self._tag(tag, f"</{tag}>", opening=False)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def _tag(self, tag: str, raw: str, opening: bool) -> None:
        if tag in self.elements.hidden_elements:
            self.hidden += 1 if opening else 0
        elif self.hidden:
            return
        elif tag in self.elements.break_elements:
            self.parts.append(PARAGRAPH)
        elif tag not in self.known:
            self.parts.append(raw)  # not HTML: "<AAPL.O>" is part of the text


def strip_markup(text: str) -> str:
    """The words of an HTML fragment, paragraphs separated by one blank line."""
    parser = _TextOfMarkup(markup_elements())
    parser.feed(text)
    parser.close()
    return tidy_blanks("".join(parser.parts))


def tidy_blanks(text: str) -> str:
    """Runs of blanks as one space, no blank at a line's edge, at most one blank line."""
    text = LINE_EDGES.sub("\n", BLANKS.sub(" ", text))
    return EXTRA_BREAKS.sub(PARAGRAPH, text).strip()


def _entity(match: re.Match[str]) -> str:
    value = html.unescape(match.group(0))
    return " " if value == "\u00a0" else value


def decode_entities(text: str) -> str:
    """``text`` with its well-formed character references decoded (``&nbsp;`` as a space)."""
    return ENTITY.sub(_entity, text)


def replace_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate (JSON's "\\ud800" without its pair, which no
    UTF-8 encoder accepts) replaced with U+FFFD; unchanged when there is none."""
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as Windows-1252 repaired; unchanged when no pair is found."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy

    return str(ftfy.fix_encoding(text))


def normalise_text(text: str) -> tuple[str, tuple[str, ...]]:
    """The text to code and the notes of what was changed (empty when nothing was)."""
    notes: list[str] = []
    whole = replace_surrogates(text)
    if whole != text:
        notes.append("surrogates")
    repaired = repair_mojibake(whole)
    if repaired != whole:
        notes.append("mojibake")
    if looks_like_markup(repaired):
        cleaned = strip_markup(repaired)
        notes.append("markup")
    else:
        cleaned = decode_entities(repaired) if "&" in repaired else repaired
        if cleaned != repaired:
            notes.append("entities")
    return cleaned, tuple(notes)


def describe(notes: tuple[str, ...]) -> str:
    """The notes as one human sentence for a warning line."""
    return "; ".join(NOTES.get(note, note) for note in notes)
