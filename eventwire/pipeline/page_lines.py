"""Lines of a scraped page that stand alone in a story's body and are not its sentences.

A news page scraped to text keeps, between the story's paragraphs, the titles of other stories
it links to, section headings, "More:" teasers and credit lines. Each is a paragraph of its own,
a few words long, and ends without the punctuation that closes a sentence: "Senate unlikely to
back any new plan", "SEE ALSO: Minister says talks will resume". Their acts are reported by other
pages, not by this story, so the sentences they hold are discarded (``ew_discards`` calls
:func:`page_line_sentences`). The article's first paragraph is never one (it may be the story's
own headline), nor is a line with a caption's or an embedded post's marker ("REUTERS/", "(@"),
nor a dated timeline entry or a list item ("2014: Talks resume in Geneva", "1) The envoy met
the rebels"): those report the story's acts.
A line in which a sentence ends is prose whose paragraph the page broke mid-sentence, not a
heading. When most paragraphs of a page have that shape, the page has lost its punctuation and
nothing is discarded. Data: ``data/page_lines.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.tokens import Doc

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.pipeline.segmenter import paragraph_starts

# A sentence that ends inside the line: a lower-case word or a number, its closing mark and a
# capitalised word ("Western agencies transmit. The Kremlin's"); an abbreviation ("U.S. and")
# does not look like one.
SENTENCE_INSIDE = re.compile(r"[a-z0-9][.!?][\"'\u201d\u2019)]?\s+[A-Z]")


class PageLines(BaseModel):
    """``page_lines.yaml``: the shape of a stand-alone page line and the markers that keep one."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    max_words: int = Field(ge=1)
    min_words: int = Field(ge=1)
    closing: str = Field(min_length=1)
    keep_markers: tuple[str, ...]
    keep_openings: tuple[str, ...]
    max_share: float = Field(gt=0, le=1)

    @field_validator("keep_openings")
    @classmethod
    def _compiles(cls, openings: tuple[str, ...]) -> tuple[str, ...]:
        for opening in openings:
            try:
                re.compile(opening)
            except re.error as error:
                reason = f"keep_openings: {opening!r} is no regular expression: {error}"
                raise ValueError(reason) from error
        return openings


@lru_cache(maxsize=1)
def page_lines() -> PageLines:
    return read_yaml_model("page_lines.yaml", None, PageLines)


@lru_cache(maxsize=4)
def kept_openings(openings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{opening})" for opening in openings))


def is_page_line(text: str, data: PageLines) -> bool:
    """A paragraph's text has the shape of a page line (a heading, a link, a credit)."""
    line = text.strip()
    if not line or "\n" in line or line[-1] in data.closing:
        return False
    if not data.min_words <= len(line.split()) <= data.max_words:
        return False
    if SENTENCE_INSIDE.search(line):
        return False  # prose whose paragraph was broken mid-sentence: "... transmit. The"
    if data.keep_openings and kept_openings(data.keep_openings).match(line):
        return False
    return not any(marker in line for marker in data.keep_markers)


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges (end exclusive) of the paragraphs of ``doc``."""
    starts = paragraph_starts(doc)
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


def page_line_sentences(doc: Doc) -> frozenset[int]:
    """First token indices of the sentences that lie in stand-alone page lines of ``doc``."""
    data = page_lines()
    spans = paragraphs(doc)
    lines = [(start, end) for number, (start, end) in enumerate(spans)
             if number > 0 and is_page_line(doc[start:end].text, data)]
    if not lines or len(lines) > data.max_share * len(spans):
        return frozenset()
    return frozenset(sent.start for sent in doc.sents
                     if any(start <= sent.start < end for start, end in lines))
