"""Checks an article must pass before coding; each failure is one clear ``ArticleError``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from eventwire import errors
from eventwire.records import ArticleError, as_date

DEFAULT_MAX_CHARS = 1_000_000
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    function_words: frozenset[str]
    min_words: int
    min_ratio: float
    min_latin_letters: float


@lru_cache(maxsize=1)
def language_profile() -> LanguageProfile:
    text = resources.files("eventwire.data").joinpath("language.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    try:
        return LanguageProfile(
            function_words=frozenset(str(data["function_words"]).lower().split()),
            min_words=int(data["min_words"]),
            min_ratio=float(data["min_ratio"]),
            min_latin_letters=float(data["min_latin_letters"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise errors.DataError("language.yaml", None, f"invalid language profile: {exc}") from exc


def parse_published(value: object) -> date | None:
    """A publication date from a ``date``, ``datetime`` or ``YYYY-MM-DD`` string; ValueError
    when invalid."""
    return as_date(value)


def _binary_share(text: str) -> float:
    sample = text[:20000]
    return len(CONTROL.findall(sample)) / max(1, len(sample))


def _language_problem(text: str, profile: LanguageProfile) -> str | None:
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if letters:
        latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
        if latin / len(letters) < profile.min_latin_letters:
            return "the text is mostly in a non-Latin script"
    # Names are capitalised in every language: judge by the lower-case words only.
    words = [w for w in WORD.findall(sample) if w.islower()]
    if len(words) < profile.min_words:
        return None
    share = sum(1 for w in words if w in profile.function_words) / len(words)
    if share < profile.min_ratio:
        return f"only {share:.0%} of its words are common English words"
    return None


def check_text(
    article_id: str, text: str, max_chars: int = DEFAULT_MAX_CHARS
) -> ArticleError | None:
    """None when ``text`` can be coded, else the reason it cannot."""
    if not text or not text.strip():
        return ArticleError(article_id, errors.EMPTY_TEXT, "the article has no text")
    if len(text) > max_chars:
        return ArticleError(
            article_id, errors.TOO_LARGE,
            f"{len(text):,} characters exceed the limit of {max_chars:,} (split the article, "
            "or raise it with Coder(max_chars=...) in Python)",
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return ArticleError(article_id, errors.BAD_ENCODING, "the text is not valid Unicode/UTF-8")
    if _binary_share(text) > 0.05:
        return ArticleError(article_id, errors.BINARY_TEXT,
                            "the text holds control or replacement characters: binary data?")
    problem = _language_problem(text, language_profile())
    if problem:
        return ArticleError(article_id, errors.NOT_ENGLISH, f"not English: {problem}")
    return None
