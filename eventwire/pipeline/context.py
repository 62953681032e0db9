"""Per-article context the coder sets on each ``Doc`` before the pipeline runs."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

if not Doc.has_extension("ew_published"):
    Doc.set_extension("ew_published", default=None)
if not Doc.has_extension("ew_original_text"):
    Doc.set_extension("ew_original_text", default=None)


def set_published(doc: Doc, published: date | None) -> Doc:
    """Record the article's publication date (the anchor for relative dates and dated roles)."""
    doc._.ew_published = published
    return doc


def published_of(doc: Doc) -> date | None:
    value = doc._.ew_published
    return value if isinstance(value, date) else None


def set_original_text(doc: Doc, text: str) -> Doc:
    """The article text as given, when the parsed text differs from it only in letter case
    (all-capitals input is truecased before parsing; offsets are the same)."""
    if len(text) != text_length(doc):
        raise ValueError("the original text must have the parsed text's length")
    doc._.ew_original_text = text
    return doc


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the tokens: the last token's offset, its length and
    its trailing whitespace."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def original_slice(doc: Doc, start: int, end: int) -> str:
    """``article_text[start:end]``: the original text, not the truecased one."""
    original = doc._.ew_original_text
    if not isinstance(original, str):
        original = doc._.ew_original_text = doc.text  # Doc.text joins every token: once
    return original[start:end]
