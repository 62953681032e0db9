"""Alias index of the actor dictionaries: every alias of the knowledge base by its lower-case
word sequence, and every place a ``Doc`` spells one, for :mod:`eventwire.pipeline.actors` (and
the discarded phrases of :mod:`eventwire.pipeline.discards`).

A token is read as the words a phrase may spell it with: ``_`` joins words, as PETRARCH's texts
join a name ("Dol_Amroth"), and a hyphen is a word of its own however the tokenizer cut it
("al-qaeda": al, -, qaeda). A match begins and ends on token boundaries; compiled dictionaries
carry their tokens, so only the other aliases are tokenized, once, when the index is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.knowledge.quotes import fold_quotes


class PhraseIndex:
    """Alias keys by their lower-case token sequence; finds every alias in a ``Doc``.

    Compiled dictionaries carry their tokens, so only the other aliases are tokenized (once,
    when the component is built)."""

    def __init__(self, nlp: Language, forms: Iterable[tuple[str, str, tuple[str, ...] | None]]):
        self.keys: dict[tuple[str, ...], list[str]] = {}
        pending: list[tuple[str, str]] = []
        for key, text, tokens in forms:
            if tokens is None:
                pending.append((key, text))
            else:
                self._add(tuple(t.lower() for t in tokens), key)
        docs = nlp.tokenizer.pipe(text for _, text in pending)  # type: ignore[union-attr]
        for (key, _), tokenized in zip(pending, docs, strict=True):
            self._add(tuple(t.lower_ for t in tokenized), key)
        lengths: dict[str, set[int]] = {}
        for tokens in self.keys:
            lengths.setdefault(tokens[0], set()).add(len(tokens))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def _add(self, tokens: tuple[str, ...], key: str) -> None:
        tokens = tuple(word for token in tokens for word in _parts(fold_quotes(token)))
        if tokens:
            keys = self.keys.setdefault(tokens, [])
            if key not in keys:
                keys.append(key)

    def keys_at(self, doc: Doc, start: int, end: int) -> list[str]:
        """Alias keys of the occurrences spanning exactly ``doc[start:end]``."""
        return [key for key, first, last in self._occurrences(doc, start, end)
                if (first, last) == (start, end)]

    def windows(self, doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every alias occurrence inside ``doc[start:end]``."""
        for _, first, last in self._occurrences(doc, start, end):
            yield first, last

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """``(alias key, start, end)`` of every alias occurrence."""
        return self._occurrences(doc, 0, len(doc))

    def _occurrences(self, doc: Doc, start: int, end: int) -> Iterator[tuple[str, int, int]]:
        """Alias keys found in ``doc[start:end]`` with their token span. A token written with
        ``_`` between words ("Dol_Amroth", as PETRARCH's texts join a name) is read as those
        words; a match must begin and end on token boundaries."""
        words, owners = _words(doc, start, end)
        for at, first in enumerate(words):
            if at and owners[at - 1] == owners[at]:
                continue  # not the first word of its token
            for size in self.lengths.get(first, ()):
                stop = at + size
                if stop > len(words) or (stop < len(words) and owners[stop] == owners[stop - 1]):
                    continue
                for key in self.keys.get(tuple(words[at:stop]), ()):
                    yield key, owners[at], owners[stop - 1] + 1


def _words(doc: Doc, start: int, end: int) -> tuple[list[str], list[int]]:
    """Lower-case words of ``doc[start:end]`` and the token index each comes from; a typographic
    quotation mark reads as a plain one ("People’s": people's)."""
    words: list[str] = []
    owners: list[int] = []
    for token in doc[start:end]:
        word = fold_quotes(token.lower_)
        if "_" not in word and "-" not in word:  # most tokens are one word as they stand
            words.append(word)
            owners.append(token.i)
            continue
        parts = _parts(word)
        words += parts
        owners += [token.i] * len(parts)
    return words, owners


def _parts(word: str) -> list[str]:
    """A token as the words a phrase may spell it with: ``_`` joins words ("dol_amroth"), and a
    hyphen is a word of its own however the tokenizer cut it ("al-qaeda": al, -, qaeda)."""
    pieces = word.split("_")
    if len(pieces) < 2 or not all(pieces):
        pieces = [word]
    found: list[str] = []
    for piece in pieces:
        halves = piece.split("-")
        if len(halves) < 2 or not all(halves):
            found.append(piece)
            continue
        for i, half in enumerate(halves):
            found += [half] if i == 0 else ["-", half]
    return found


__all__ = ["PhraseIndex"]
