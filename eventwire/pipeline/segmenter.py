"""``ew_paragraphs``: paragraph breaks and datelines end sentences.

Runs before the parser, which keeps preset sentence starts. Headlines, datelines and scraped
leftovers ("Story continued below") sit on their own lines; without this they merge into the next
sentence and lend it their actors. A single newline is left alone: wire copy is often hard-wrapped.
A dateline ("MOSCOW, Feb 2 (Reuters) - ...") is a paragraph opening with an upper-case word and a
dash within its first tokens; the text after the dash starts a new sentence. Agence France-Presse
ends its datelines with a colon ("GAZA CITY, Palestinian Territories: ..."): a colon ends one
when every word before it is capitalised, as the words of a place name are (a clause before a
colon has lower-case words). Words a web page puts around its pictures ("Image copyright Reuters
Image caption ...", ``data/page_markers.yaml``) open sentences of their own, and so does the
caption after them.

A run of more than ``MAX_RUN`` tokens with no sentence-final mark (scraped text that lost its
punctuation, word salad from a bad translation) is cut into sentences of at most that length,
at its last comma, semicolon, colon, dash or line break in the run's second half, else at the
limit. Without a cut the parser makes the whole run one sentence, and the per-event rules that
read a sentence grow with its square (a 6,000-word run took a minute). Real news has no such
run: the longest in the development samples and the MUC-3/4 reports is 220 tokens.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, read_yaml_model

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
COLON = ":"
DATELINE_WINDOW = 12
MAX_RUN = 250
SENTENCE_ENDS = frozenset({".", "!", "?"})
SOFT_BREAKS = frozenset({",", ";", ":"}) | DASHES


def is_paragraph_break(token: Token) -> bool:
    """A whitespace token holding a blank line (a word's own trailing whitespace is one space
    at most, so it never holds one)."""
    if not token.is_space:
        return False
    return (token.whitespace_ + token.text).count("\n") >= 2


def paragraph_starts(doc: Doc) -> list[int]:
    starts = [0]
    for token in doc[:-1]:
        if is_paragraph_break(token):
            following = token.i + 1
            while following < len(doc) and doc[following].is_space:
                following += 1
            if following < len(doc):
                starts.append(following)
    return starts


def dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the first token after a dateline opening at ``start``, if there is one."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    for token in doc[start + 1 : start + DATELINE_WINDOW]:
        if "\n" in token.text:
            return None
        last = token.i + 1 >= len(doc)
        if token.text in DASHES and not last:
            return token.i + 1
        if token.text == COLON and not last and _capitalised(doc[start : token.i]):
            return token.i + 1
    return None


def _capitalised(words: Span) -> bool:
    """Every word of ``words`` starts with a capital ("GAZA CITY, Palestinian Territories")."""
    return all(t.text[0].isupper() for t in words if t.is_alpha)


class PageMarkers(BaseModel):
    """``page_markers.yaml``: the words a web page puts around its pictures."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    credit_markers: tuple[tuple[str, ...], ...]
    caption_markers: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def page_markers() -> PageMarkers:
    return read_yaml_model("page_markers.yaml", None, PageMarkers)


def marker_starts(doc: Doc, markers: PageMarkers) -> list[int]:
    """Sentence starts at each page marker and at the caption after a caption marker."""
    kinds = [(m, False) for m in markers.credit_markers] + [
        (m, True) for m in markers.caption_markers]
    firsts = {words[0] for words, _ in kinds}
    starts: list[int] = []
    for token in doc:
        if token.text not in firsts:
            continue
        for words, caption in kinds:
            end = token.i + len(words)
            if end < len(doc) and tuple(t.text for t in doc[token.i:end]) == words:
                starts += [token.i, end] if caption else [token.i]
    return starts


def long_run_starts(doc: Doc, preset: set[int], limit: int = MAX_RUN) -> list[int]:
    """Starts that cut every run of more than ``limit`` tokens holding no sentence end (a
    preset start or the token after ".", "!" or "?") at its last soft break in the run's
    second half, else at the limit."""
    starts: list[int] = []
    begin = 0
    for token in doc:
        i = token.i
        if i in preset or (i > 0 and doc[i - 1].text in SENTENCE_ENDS):
            begin = i
        elif i - begin >= limit:
            cut = _soft_cut(doc, begin + limit // 2, i) or i
            starts.append(cut)
            begin = cut
    return starts


def _soft_cut(doc: Doc, low: int, high: int) -> int | None:
    """The token after the last soft break (comma, semicolon, colon, dash, line break) in
    ``doc[low:high]``."""
    for i in range(high, low, -1):
        before = doc[i - 1]
        if before.text in SOFT_BREAKS or "\n" in before.text_with_ws:
            return i
    return None


class ParagraphSegmenter:
    def __call__(self, doc: Doc) -> Doc:
        preset: set[int] = set()
        for start in paragraph_starts(doc):
            preset.add(start)
            after = dateline_end(doc, start)
            if after is not None:
                preset.add(after)
        preset.update(s for s in marker_starts(doc, page_markers()) if 0 <= s < len(doc))
        preset.update(long_run_starts(doc, preset))
        for start in sorted(preset):
            if start > 0:
                doc[start].is_sent_start = True
        return doc


@Language.factory("ew_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphSegmenter:
    return ParagraphSegmenter()
