"""Warnings about articles that were coded: what the reader changed in their text (encoding,
markup, entities, mojibake), a published value that is no date (coded without it) and ids that
came with another text before.

A feed of a thousand scraped pages would print a thousand "HTML markup removed" lines, so
``eventwire code`` tallies them by kind and prints one line per kind at the end, naming the
first few articles; ``--verbose`` prints every article's line as it is coded. Errors (articles
that could not be coded) are not tallied here: each keeps its own line.
"""

from __future__ import annotations

from collections.abc import Callable

from eventwire.ingest.normalise import NOTES, describe
from eventwire.records import BAD_PUBLISHED, Article, text_hash

REUSED_ID = "reused-id"
REUSED_ID_TEXT = ("the id came before with another text (both are coded here; "
                  "`eventwire ingest` keeps the later version)")
SHOWN_IDS = 3


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` and the noun that agrees with it: "1 article", "0 articles", "2 entries"
    (the plural is ``singular`` + "s" unless given). Every count the CLI prints goes here."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def note_line(article: Article) -> str:
    """The warning of an article whose text the reader changed (encoding, markup, ...) or whose
    published value is no date (the value named)."""
    said = "; ".join(_bad_published(article) if note == BAD_PUBLISHED else describe((note,))
                     for note in article.notes)
    return f"article {article.id}: {said}"


def _bad_published(article: Article) -> str:
    return describe((BAD_PUBLISHED,)).replace(
        "published value", f"published value {article.bad_published!r}", 1)


def tally_label(kind: str, article: Article) -> str:
    """How the summary names an article: its id, and for a bad date the value too."""
    if kind == BAD_PUBLISHED:
        return f"{article.id}: {article.bad_published!r}"
    return article.id


def article_warnings(article: Article, versions: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, line) of each warning about ``article``: one line for what the reader changed
    (of kind its first note) and one when its id came with another text before (``versions``
    remembers each id's last text)."""
    found = [(article.notes[0], note_line(article))] if article.notes else []
    digest = text_hash(article.text)
    if versions.setdefault(article.id, digest) != digest:
        versions[article.id] = digest
        found.append((REUSED_ID, f"article {article.id}: {REUSED_ID_TEXT}"))
    return found


class WarningTally:
    """Counts the warnings of a run by kind; ``emit`` prints each line at once when verbose."""

    def __init__(self, emit: Callable[[str], None], verbose: bool = False) -> None:
        self.emit = emit
        self.verbose = verbose
        self.versions: dict[str, str] = {}
        self.ids: dict[str, list[str]] = {}

    def add(self, article: Article) -> None:
        kinds = list(article.notes)
        for kind, line in article_warnings(article, self.versions):
            if kind == REUSED_ID:
                kinds.append(REUSED_ID)
            if self.verbose:
                self.emit(line)
        for kind in kinds:
            self.ids.setdefault(kind, []).append(tally_label(kind, article))

    def summary(self) -> list[str]:
        """One line per kind of warning: how many articles, what was done, the first ids."""
        lines = []
        for kind, ids in self.ids.items():
            what = REUSED_ID_TEXT if kind == REUSED_ID else NOTES.get(kind, kind)
            shown = ", ".join(ids[:SHOWN_IDS])
            more = "" if len(ids) <= SHOWN_IDS else \
                f" and {len(ids) - SHOWN_IDS} more (--verbose lists every one)"
            lines.append(f"{counted(len(ids), 'article')}: {what} ({shown}{more})")
        return lines
