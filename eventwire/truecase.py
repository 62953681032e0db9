"""Truecasing text written in capitals only, keeping its length and offsets.

The English model parses ALL-CAPS text badly (every word looks like a proper noun). ``truecase``
lower-cases such text and restores capitals where English writes them:

- the first word of the text, of a line, of a sentence (after ``.``, ``?``, ``!``), after a
  dash or a bracketed label ("[Text] Police sources..."), also behind an opening bracket or quote;
- names of the actor knowledge base ("Farabundo Marti National Liberation Front", "FMLN"),
  longest phrase first, in the knowledge base's own casing or else in title case; not its
  agent nouns and titles ("police", "president") and not English function words such as "who"
  and "us", which the text more likely means as words;
- place names of the gazetteer: countries and regions under any of their names, cities under
  their main name only (alternate names include many common words; a one-word city needs
  ``one_word_city_population`` people, since small towns are called "Time" or "Of"), in
  title case with connecting words such as "de" kept lower case inside a name; not when the
  gazetteer marks the name as a common word or the knowledge base knows the phrase as a common
  noun ("police");
- the words of ``data/truecase.yaml`` (weekdays, month names; ambiguous months only beside a
  number), the pronoun "I";
- words of three or more letters the English model has never seen (its vocabulary's strings)
  and without an English derivational ending (``english_suffixes``: "textually",
  "detonations"): in news text these are mostly foreign names ("Usulutan", "Oqueli");
- words without a vowel (acronyms: "FMLN", "PCN") and single letters followed by a period
  (initials, "U.S."), which stay in capitals.

Only the case of letters changes, never the number of characters, so offsets computed on the
truecased text hold for the original. Text that is not written in capitals (fewer than
``UPPER_SHARE`` of its letters upper case) is returned unchanged.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.knowledge.actors import ActorKB, actor_kb
from eventwire.knowledge.gazetteer import Entry, Gazetteer, fold, gazetteer
from eventwire.nlp import MODEL_PACKAGES

TRUECASE_FILE = "truecase.yaml"
UPPER_SHARE = 0.9
MAX_PHRASE_WORDS = 6
MIN_UNKNOWN_LENGTH = 3
# Knowledge-base entry kinds whose aliases are common nouns, not names.
COMMON_KINDS = frozenset({"agent", "title"})
# Kinds whose one-word names are mostly common words ("Time", "Sun", "Independent").
COMMON_WORD_KINDS = frozenset({"media"})
VOWELS = frozenset("aeiouy")
WORD = re.compile(r"\b[^\W\d_]+(?:['’\-][^\W\d_]+)*\b")
NUMBER = re.compile(r"\d")
# What may stand between a sentence end and the next sentence's first word.
SENTENCE_END = re.compile(r"(?:[.?!\]]|--|\n)[\s\"'\[\(]*$")


class TruecaseData(BaseModel):
    """The validated contents of ``truecase.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    meta: DataMeta = Field(alias="_meta")
    always: tuple[Word, ...] = ()
    beside_number: tuple[Word, ...] = ()
    english_suffixes: tuple[Word, ...] = ()
    one_word_city_population: int = Field(default=0, ge=0)
    read_as_words: tuple[Word, ...] = ()


def load_truecase_data() -> TruecaseData:
    return read_yaml_model(TRUECASE_FILE, None, TruecaseData, check_duplicates=True)


def is_upper_text(text: str) -> bool:
    """True when at least ``UPPER_SHARE`` of the cased letters of ``text`` are capitals."""
    cased = [char for char in text if char.isalpha() and char.lower() != char.upper()]
    if not cased:
        return False
    return sum(char.isupper() for char in cased) >= UPPER_SHARE * len(cased)


def lower_same_length(text: str) -> str:
    """``text`` in lower case, leaving any letter whose lower case is longer untouched."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: lower case, one space between words."""
    return " ".join(text.split()).lower()


def title_word(word: str) -> str:
    """First letter (and the first letter after an apostrophe or hyphen) in capitals."""
    return re.sub(r"(^|['’\-])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), word)


def name_casing(written: str) -> str:
    """The casing of a name as a title: connecting words after the first stay lower case."""
    words = written.split(" ")
    cased = [title_word(words[0])] + [
        word if word in STOP_WORDS else title_word(word) for word in words[1:]
    ]
    return " ".join(cased)


def kb_casings(kb: ActorKB) -> tuple[dict[str, str], set[str]]:
    """Written forms of the knowledge base's names, and its common-noun aliases.

    Aliases of agent nouns and titles ("police", "president") and one-word names of media
    ("Time", "Sun") are common words. Every other
    alias names an actor: its cased written form when it has one, else title case (aliases
    converted from lower-case dictionaries, "shining path").
    """
    cased: dict[str, str] = {}
    common: set[str] = set()
    for key, refs in kb.aliases.items():
        kinds = {kb.entries[ref.entry_id].kind for ref in refs if ref.entry_id in kb.entries}
        if kinds & COMMON_KINDS or (" " not in key and kinds & COMMON_WORD_KINDS):
            common.add(key)
            continue
        written = sorted(ref.text for ref in refs if any(char.isupper() for char in ref.text))
        cased[key] = written[0] if written else name_casing(key)
    return cased, common


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass
class Truecaser:
    """Restores capitals in upper-case text from the knowledge base and the gazetteer."""

    names: dict[str, str]
    common: set[str]
    places: Gazetteer | None
    always: frozenset[str] = frozenset()
    beside_number: frozenset[str] = frozenset()
    known_words: frozenset[str] = frozenset()
    english_suffixes: tuple[str, ...] = ()
    city_population: int = 0
    max_words: int = MAX_PHRASE_WORDS
    _place_cache: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def build(cls, kb: ActorKB | None = None, places: Gazetteer | None = None) -> Truecaser:
        names, common = kb_casings(kb if kb is not None else actor_kb())
        data = load_truecase_data()
        common |= set(data.read_as_words)
        return cls(
            names={key: value for key, value in names.items() if key not in common},
            common=common,
            places=places if places is not None else gazetteer(),
            always=frozenset(data.always),
            beside_number=frozenset(data.beside_number),
            known_words=model_words(),
            english_suffixes=data.english_suffixes,
            city_population=data.one_word_city_population,
        )

    def __call__(self, text: str, force: bool = False) -> str:
        """``text`` truecased (unchanged unless written in capitals, or ``force``)."""
        if not force and not is_upper_text(text):
            return text
        chars = list(lower_same_length(text))
        tokens = [Token(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]
        for token in tokens:
            self._word_rules(text, token, chars)
        self._names(text, tokens, chars)
        self._sentence_starts(tokens, chars)
        return "".join(chars)

    # single words ---------------------------------------------------------------------
    def _word_rules(self, text: str, token: Token, chars: list[str]) -> None:
        word = token.text
        initial = len(word) == 1 and text[token.end : token.end + 1] == "."
        if initial or (len(word) > 1 and word.isalpha() and not VOWELS & set(word)):
            apply_case(chars, token.start, word.upper())
        elif self._capitalised(text, token):
            apply_case(chars, token.start, title_word(word))

    def _capitalised(self, text: str, token: Token) -> bool:
        word = token.text
        if word in self.always or self.is_unknown(word):
            return True
        return word in self.beside_number and beside_number(text, token)

    def is_unknown(self, word: str) -> bool:
        """A word the model's vocabulary lacks (no vocabulary known: no word is unknown)."""
        return (
            bool(self.known_words)
            and len(word) >= MIN_UNKNOWN_LENGTH
            and word.isalpha()
            and word not in self.known_words
            and not word.endswith(self.english_suffixes)
        )

    # names ----------------------------------------------------------------------------
    def _names(self, text: str, tokens: Sequence[Token], chars: list[str]) -> None:
        index = 0
        while index < len(tokens):
            width, written = self._longest_name(text, tokens, index)
            if width:
                apply_case(chars, tokens[index].start, written)
                index += width
            else:
                index += 1

    def _longest_name(self, text: str, tokens: Sequence[Token], index: int) -> tuple[int, str]:
        for width in range(min(self.max_words, len(tokens) - index), 0, -1):
            span = text[tokens[index].start : tokens[index + width - 1].end]
            if not span_is_phrase(span):
                continue
            key = phrase_key(span)
            written = self.names.get(key)
            if written is not None and len(written) == len(span) and key not in STOP_WORDS:
                return width, written
            if self._is_place(key):
                return width, name_casing(lower_same_length(span))
        return 0, ""

    def _is_place(self, key: str) -> bool:
        if self.places is None or key in self.common or key in STOP_WORDS:
            return False
        found = self._place_cache.get(key)
        if found is None:
            entries = self.places.lookup(key)
            found = any(is_named_place(entry, key, self.city_population) for entry in entries)
            self._place_cache[key] = found
        return found

    # sentence starts ------------------------------------------------------------------
    def _sentence_starts(self, tokens: Iterable[Token], chars: list[str]) -> None:
        previous_end = 0
        for token in tokens:
            gap = "".join(chars[previous_end : token.start])
            if previous_end == 0 or SENTENCE_END.search(gap):
                chars[token.start] = chars[token.start].upper()
            previous_end = token.end


def is_named_place(entry: Entry, key: str, min_population: int = 0) -> bool:
    """A place called ``key``: a country or region, or a city under its own main name (a
    one-word city only with ``min_population`` people: "Lima", not Norway's "Time")."""
    if entry.common_word:
        return False
    if entry.place.kind in ("country", "region"):
        return True
    if fold(entry.place.name) != key:
        return False
    return " " in key or entry.place.population >= min_population


def span_is_phrase(span: str) -> bool:
    """A span of words joined by single spaces (no punctuation between the words)."""
    return all(WORD.fullmatch(part) for part in span.split(" "))


def beside_number(text: str, token: Token) -> bool:
    """A digit within the word before or after ``token`` ("12 MAY", "MAY 12")."""
    before = text[max(0, token.start - 4) : token.start]
    after = text[token.end : token.end + 4]
    return bool(NUMBER.search(before.split()[-1] if before.split() else "")) or bool(
        NUMBER.search(after.split()[0] if after.split() else "")
    )


def apply_case(chars: list[str], start: int, written: str) -> None:
    """Copy the case of ``written`` onto ``chars`` from ``start`` (same letters assumed)."""
    for offset, model in enumerate(written):
        position = start + offset
        if position >= len(chars):
            return
        char = chars[position]
        cased = char.upper() if model.isupper() else char.lower()
        if len(cased) == 1:
            chars[position] = cased


def model_words() -> frozenset[str]:
    """The lower-cased words of the installed English model's vocabulary (empty if none)."""
    for name in MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("**/vocab/strings.json")):
                strings = json.loads(path.read_text("utf-8"))
                return frozenset(str(item).lower() for item in strings if str(item).isalpha())
    return frozenset()


@lru_cache(maxsize=1)
def default_truecaser() -> Truecaser:
    """The process-wide truecaser over the bundled knowledge base and gazetteer."""
    return Truecaser.build()


def truecase(text: str, force: bool = False) -> str:
    """``text`` with capitals restored when it is written in capitals (same length, offsets)."""
    return default_truecaser()(text, force=force)


__all__ = ["Truecaser", "default_truecaser", "is_upper_text", "truecase"]
