"""Per-article context the coder sets on each ``Doc`` before the pipeline runs."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

if not Doc.has_extension("ew_published"):
    Doc.set_extension("ew_published", default=None)


def set_published(doc: Doc, published: date | None) -> Doc:
    """Record the article's publication date (the anchor for relative dates and dated roles)."""
    doc._.ew_published = published
    return doc


def published_of(doc: Doc) -> date | None:
    value = doc._.ew_published
    return value if isinstance(value, date) else None
