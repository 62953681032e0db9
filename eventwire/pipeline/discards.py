"""``ew_discards``: sentences (or whole articles) that a discard phrase rules out.

PETRARCH's discard dictionaries list phrases whose presence means a sentence is not about
political events ("bird flu", "Asian Games", "years ago"); a phrase marked as a story discard
rules out the whole article. This component finds those phrases and writes
``doc._.ew_discards: Discards``; the assembler drops events whose trigger is in a discarded
sentence (:func:`discarded_sentences`).

A discard phrase that is a year ("1914", "1988": in the Phoenix file, markers of stories about
history) rules out a sentence only in an article published after that year, and not in one
without a publication date: a year is history only from a later vantage point.

Data: from each user dictionary directory, PETRARCH ``*discards*.txt`` and compiled
``*.discards.jsonl`` files; and, with the factory option ``petrarch_data`` (off by default),
the converted Phoenix discards (``eventwire/data/actors/petrarch/phoenix.discards.jsonl``);
and, unless ``own_data`` is off (PETRARCH's own setup), eventwire's own list of news credit
lines (``eventwire/data/discards/``: "... contributed to this report", "Editing by ...").
With its own data on, the component also discards the sentences of stand-alone page lines
(headings, links to other stories, credits: ``page_lines.py``). The Phoenix discards are off by
default because on our other gold sets they cost more than they save: the
Phoenix list rules out sentences with "years ago", "champion" or "bird flu", which in today's
news often carry real events (see ``docs/dictionaries.md`` for the figures). Matching is
case-insensitive on whole tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import DataError
from eventwire.knowledge import petrarch_actors as petrarch
from eventwire.knowledge.actors import PETRARCH_DIR
from eventwire.pipeline.alias_index import PhraseIndex
from eventwire.pipeline.context import published_of
from eventwire.pipeline.page_lines import page_line_sentences

# eventwire's own discard phrases (news credit lines), on unless PETRARCH's own setup is run.
OWN_DIR = Path(__file__).resolve().parents[1] / "data" / "discards"

if not Doc.has_extension("ew_discards"):
    Doc.set_extension("ew_discards", default=None)


@dataclass(frozen=True, slots=True)
class DiscardMatch:
    """One discard phrase found in the text (token span, end exclusive)."""

    start: int
    end: int
    phrase: str
    story: bool


@dataclass(frozen=True, slots=True)
class Discards:
    """What ``ew_discards`` writes: the ruled-out sentences by their first token index."""

    sentences: frozenset[int]
    story: bool
    matches: tuple[DiscardMatch, ...]


NO_DISCARDS = Discards(frozenset(), False, ())


def discarded_sentences(doc: Doc) -> frozenset[int]:
    """Start token indices of the sentences ruled out in ``doc`` (none without the component)."""
    found = doc._.ew_discards if Doc.has_extension("ew_discards") else None
    return found.sentences if isinstance(found, Discards) else frozenset()


def discard_files(
    dictionaries: Iterable[str], petrarch_data: bool, own_data: bool = True
) -> list[Path]:
    """The discard files to load: bundled ones first, then each user directory's."""
    files = sorted(OWN_DIR.glob("*.discards.jsonl")) if own_data else []
    files += sorted(PETRARCH_DIR.glob("*.discards.jsonl")) if petrarch_data else []
    for directory in dictionaries:
        folder = Path(directory)
        if not folder.exists():
            raise DataError(str(folder), None, "no such dictionary directory or file")
        files.extend(petrarch.dictionary_files(folder, ("discards",)))
    return files


@dataclass(frozen=True, slots=True)
class DiscardPhrase:
    """A loaded discard phrase; ``tokens`` when known without a tokenizer (compiled data)."""

    story: bool
    tokens: tuple[str, ...] | None

    def year(self, phrase: str) -> int | None:
        """The year a phrase is, if it is one (four digits)."""
        return int(phrase) if len(phrase) == 4 and phrase.isdigit() else None


def load_discards(files: Iterable[Path]) -> dict[str, DiscardPhrase]:
    """Every discard phrase of these files (a later file's entry for a phrase wins)."""
    phrases: dict[str, DiscardPhrase] = {}
    for path in files:
        parsed = petrarch.read_any(path)
        compiled = petrarch.compiled_kind(path) is not None
        for record in parsed.discards:
            tokens = parsed.tokens.get(record.phrase)
            if tokens is None and compiled:
                tokens = tuple(record.phrase.split())
            phrases[record.phrase] = DiscardPhrase(record.story, tokens)
    return phrases


class DiscardsComponent:
    """Finds discard phrases with one phrase index; marks their sentences."""

    def __init__(self, nlp: Language, files: Iterable[Path], page_lines: bool = True) -> None:
        self.phrases = load_discards(files)
        forms = ((phrase, phrase, found.tokens) for phrase, found in self.phrases.items())
        self.index = PhraseIndex(nlp, forms)
        self.page_lines = page_lines

    def __call__(self, doc: Doc) -> Doc:
        matches = tuple(self._matches(doc))
        lines = page_line_sentences(doc) if self.page_lines else frozenset()
        if not matches and not lines:
            doc._.ew_discards = NO_DISCARDS
            return doc
        story = any(match.story for match in matches)
        if story:
            sentences = frozenset(sent.start for sent in doc.sents)
        else:
            sentences = frozenset(doc[match.start].sent.start for match in matches) | lines
        doc._.ew_discards = Discards(sentences, story, matches)
        return doc

    def _matches(self, doc: Doc) -> Iterator[DiscardMatch]:
        published = published_of(doc)
        for phrase, start, end in self.index(doc):
            found = self.phrases[phrase]
            year = found.year(phrase)
            if year is not None and (published is None or published.year <= year):
                continue
            yield DiscardMatch(start, end, phrase, found.story)


@Language.factory(
    "ew_discards",
    default_config={"dictionaries": [], "petrarch_data": False, "own_data": True},
    assigns=["doc._.ew_discards"],
    requires=["token.is_sent_start"],
)
def make_discards(
    nlp: Language, name: str, dictionaries: list[str], petrarch_data: bool, own_data: bool
) -> DiscardsComponent:
    """The ``ew_discards`` component; ``dictionaries`` are user dictionary directories. With
    ``own_data`` (off in PETRARCH's own setup) stand-alone page lines are discarded too."""
    return DiscardsComponent(nlp, discard_files(dictionaries, petrarch_data, own_data),
                             page_lines=own_data)


__all__ = [
    "DiscardMatch",
    "DiscardPhrase",
    "Discards",
    "DiscardsComponent",
    "discard_files",
    "discarded_sentences",
    "load_discards",
]
