"""Anchors: what two mentions of different articles can share to show they report one happening.

Actor keys, root and date only say two reports *could* be about the same event: on a busy day
"the US criticized Russia" matches dozens of reports. An anchor is a piece of evidence beyond the
keys, read from the mention itself:

* ``name:<word>``: a capitalised word of the evidence sentence that is not sentence-initial, not
  part of an actor's text, not a word of a country's name or demonym (``countries.yaml``: "North
  Korea" and "Ukrainian" name actors of many stories a day, not a happening) and not a stop word
  (``anchor_stopwords`` in ``clustering.yaml``: months, weekdays, titles): a named place,
  person or organisation the two reports both mention ("Hokkaido", "Weinstein", "Aleppo");
* ``place:<name>``: a city- or admin1-level location of the event;
* ``day:<date>``: a day-precise date stated in the text (not the publication date); it counts
  as one word below, since keys and the date window already say the two are of about one day
  ("Russian troops killed civilians on Monday" in two towns);
* ``word:<word>``: a lower-case word of four letters or more of the evidence sentence, not part
  of an actor's text and not a stop word ("missile", "tram", "derailed"). One shared word is
  weak evidence (most reports of one root share "killed"), so a join needs several
  (``ClusterOptions.shared_words``), or one anchor of the other kinds.

A cluster keeps the anchors of its mentions (at most ``MAX_ANCHORS``, the first ones), stored
with the cluster, so a restarted writer matches as ``Store.recluster`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from eventwire.knowledge.actor_files import CountryRow, iter_rows, read_yaml
from eventwire.knowledge.actors import BUNDLED_DIR

COUNTRIES_FILE = "countries.yaml"

MAX_ANCHORS = 64
MIN_WORD = 4
WORD_PREFIX = "word:"
DAY_PREFIX = "day:"
WEAK_PREFIXES = (WORD_PREFIX, DAY_PREFIX)
ANCHOR_PLACE_PRECISIONS = frozenset({"city", "admin1"})
STATED_PRECISION = "day"

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_OPENERS = frozenset(".!?:;\"“‘'(\n—–-")


def _words(text: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group().rstrip(".'’-")) for match in _WORD.finditer(text)]


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _OPENERS


def _normal(word: str) -> str:
    word = word.lower()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """The words of every country's name, aliases and demonyms (never ``name:`` anchors)."""
    path = BUNDLED_DIR / COUNTRIES_FILE
    words: set[str] = set()
    for _, _, row in iter_rows(path, read_yaml(path)):
        if isinstance(row, CountryRow):
            for phrase in (row.name, *row.aliases, *row.cased, *row.demonyms):
                words.update(_normal(word) for _, word in _words(phrase))
    return frozenset(words)


def name_anchors(evidence: str | None, actor_texts: Iterable[str | None],
                 stopwords: frozenset[str]) -> set[str]:
    """The ``name:`` anchors of an evidence sentence (see the module)."""
    if not evidence:
        return set()
    excluded = {_normal(word) for text in actor_texts if text for _, word in _words(text)}
    excluded |= country_words()
    names: set[str] = set()
    for start, word in _words(evidence):
        if not word[:1].isupper() or _sentence_initial(evidence, start):
            continue
        normal = _normal(word)
        if len(normal) > 1 and normal not in excluded and normal not in stopwords:
            names.add(f"name:{normal}")
    return names


def word_anchors(evidence: str | None, actor_texts: Iterable[str | None],
                 stopwords: frozenset[str]) -> set[str]:
    """The ``word:`` anchors of an evidence sentence (see the module)."""
    if not evidence:
        return set()
    excluded = {_normal(word) for text in actor_texts if text for _, word in _words(text)}
    found: set[str] = set()
    for _, word in _words(evidence):
        if not word.isalpha() or not word.islower() or len(word) < MIN_WORD:
            continue
        if word not in excluded and word not in stopwords:
            found.add(WORD_PREFIX + word)
    return found


def corroborates(kept: Iterable[str], anchors: frozenset[str], shared_words: int) -> bool:
    """Whether a cluster's ``kept`` anchors and a mention's ``anchors`` show one happening: one
    shared name or place, or ``shared_words`` shared words, a stated day counting as one (0:
    words and days never do)."""
    words = 0
    for anchor in kept:
        if anchor not in anchors:
            continue
        if not anchor.startswith(WEAK_PREFIXES):
            return True
        words += 1
        if shared_words and words >= shared_words:
            return True
    return False


def mention_anchors(evidence: str | None, actor_texts: Iterable[str | None],
                    where: tuple[str | None, str | None], stated: date | None,
                    stopwords: frozenset[str]) -> frozenset[str]:
    """Every anchor of a mention: ``where`` = (location name, its precision); ``stated`` = the
    event date when the text states the day."""
    texts = tuple(actor_texts)
    anchors = name_anchors(evidence, texts, stopwords) | word_anchors(evidence, texts, stopwords)
    name, precision = where
    if name and precision in ANCHOR_PLACE_PRECISIONS:
        anchors.add(f"place:{name.lower()}")
    if stated is not None:
        anchors.add(f"day:{stated.isoformat()}")
    return frozenset(anchors)


def merge_anchors(kept: list[str], new: Iterable[str]) -> None:
    """Add ``new`` anchors to a cluster's ``kept`` list (in order, up to ``MAX_ANCHORS``)."""
    present = set(kept)
    for anchor in sorted(new):
        if len(kept) >= MAX_ANCHORS:
            return
        if anchor not in present:
            kept.append(anchor)
            present.add(anchor)
