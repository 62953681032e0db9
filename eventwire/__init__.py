"""eventwire: news text to attributed, factuality-aware CAMEO/PLOVER event records.

Public API::

    import eventwire
    events = eventwire.code("Putin will meet Xi on Friday.", published="2022-02-02")
    coder = eventwire.Coder()
    for result in coder.code_articles(articles): ...
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

__version__ = "0.1.0"

from eventwire.records import Actor, Article, ArticleError, CodeResult, Event  # noqa: E402

if TYPE_CHECKING:
    from eventwire.coder import Coder

_default_coder: Coder | None = None


def default_coder() -> Coder:
    """The process-wide coder with the bundled dictionaries (built on first use)."""
    global _default_coder
    if _default_coder is None:
        from eventwire.coder import Coder

        _default_coder = Coder()
    return _default_coder


def code(
    text: str, published: date | str | None = None, article_id: str | None = None,
    normalise: bool = True,
) -> list[Event]:
    """Code one article's text into events (``published`` anchors relative dates); the text is
    cleaned as the CLI cleans it (``Coder.code``) unless ``normalise=False``."""
    return default_coder().code(text, published=published, article_id=article_id,
                                normalise=normalise)


def __getattr__(name: str) -> object:
    if name == "Coder":
        from eventwire.coder import Coder

        return Coder
    raise AttributeError(name)


__all__ = [
    "Actor", "Article", "ArticleError", "CodeResult", "Coder", "Event", "__version__", "code",
    "default_coder",
]
