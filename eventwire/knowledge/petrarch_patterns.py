"""The words of PETRARCH verb-dictionary pattern lines: synsets, noun phrases and the parse of
a ``- pre * post [code]`` body into eventwire constraints (``docs/petrarch_formats.md``).

Used by :mod:`eventwire.knowledge.petrarch_verbs`, which reads whole dictionaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.knowledge.patterns import WORD_RE

TOKEN_RE = re.compile(r"&[A-Za-z0-9_]+|[*$+^%(){}]|[^\s*$+^%(){}_&]+")
# Words that follow a verb as a particle or adverb rather than as its object (structural).
PARTICLES = frozenset(
    {"up", "down", "off", "out", "away", "back", "forward", "aside", "over", "ahead",
     "together", "apart", "around", "through", "in", "on", "along"}
)
# Prepositions: a post-verb word sequence that starts with one is a prepositional argument
# ("* ON RESOLUTION": "acted on a resolution"), not an object (structural closed class).
PREPOSITIONS = frozenset(
    {"about", "after", "against", "along", "among", "at", "before", "between", "by", "during",
     "for", "from", "in", "into", "near", "of", "on", "onto", "over", "through", "to", "toward",
     "towards", "under", "upon", "with", "within", "without"}
)
MARKERS = frozenset({"$", "+"})
# Patterns one dictionary line may give (its own, and one per synset phrase member).
MAX_VARIANTS = 40
COMPOUND = "%"


class SkipLine(Exception):
    """A line that does not map onto eventwire's semantics (counted, not an error)."""


@dataclass
class NounSlots:
    """A noun phrase as word slots: the last slot is the head, the others its modifiers."""

    slots: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def head(self) -> tuple[str, ...]:
        return self.slots[-1] if self.slots else ()

    @property
    def modifiers(self) -> tuple[str, ...]:
        return _union(self.slots[:-1])


def _union(slots: list[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for slot in slots for word in slot))


def clean_word(raw: str) -> str:
    return raw.strip().strip("_+").lower()


def valid_word(word: str) -> bool:
    return bool(WORD_RE.match(word))


def noun_forms(raw: str) -> tuple[str, ...]:
    """Spellings of a dictionary noun: the word and its naive singular. A hyphenated word is
    written solid ("cease-fire" -> "ceasefire"); of a phrase (``ARMED_FORCES``) the last word,
    its dependency head, is kept."""
    word = clean_word(raw)
    parts = [p for p in re.split(r"[_\s\-]+", word) if p]
    if not parts:
        return ()
    found = ["".join(parts)] if "-" in word else [parts[-1]]
    for item in list(found):
        found.extend(_singulars(item))
    return tuple(w for w in dict.fromkeys(found) if valid_word(w))


def _choice_forms(token: str) -> tuple[str, ...]:
    """The spellings of a word, or of each word of a ``A|B`` choice (synset phrases)."""
    return tuple(dict.fromkeys(f for word in token.split("|") for f in noun_forms(word)))


class EnglishNouns(BaseModel):
    """``english_nouns.yaml``: nouns plural in form with no singular of the same sense."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    plural_only: frozenset[Word]


@lru_cache(maxsize=1)
def english_nouns() -> EnglishNouns:
    return read_yaml_model("english_nouns.yaml", None, EnglishNouns, check_duplicates=True)


def _singulars(word: str) -> list[str]:
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return []
    if word in english_nouns().plural_only:
        return []  # NEWS is not NEW, ARMS is not ARM
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("ches", "shes", "xes", "sses")):
        return [word[:-2]]
    return [word[:-1]]


class Synsets:
    """``&NAME`` word sets; members may be phrases or other synsets."""

    def __init__(self) -> None:
        self.members: dict[str, list[str]] = {}

    def add(self, name: str) -> list[str]:
        return self.members.setdefault(_synset_key(name), [])

    def split_joined(self, token: str) -> list[str]:
        """``&TIETYPES_MEMOS`` (a synset joined to the next words by ``_``) as
        ``["&TIETYPES", "MEMOS"]`` when only a prefix names a synset."""
        if not token.startswith("&") or _synset_key(token) in self.members:
            return [token]
        pieces = token.split("_")
        for cut in range(len(pieces) - 1, 0, -1):
            if _synset_key("_".join(pieces[:cut])) in self.members:
                return ["_".join(pieces[:cut]), *(p for p in pieces[cut:] if p)]
        return [token]

    def words(self, name: str, depth: int = 0) -> tuple[str, ...]:
        """The one-word members (and those of member synsets); phrases are left to
        :meth:`phrases`."""
        found: list[str] = []
        for member in self._members(name, depth):
            if member.startswith("&"):
                found.extend(self.words(member, depth + 1))
            elif len(_phrase_words(member)) == 1:
                found.extend(noun_forms(member))
        return tuple(dict.fromkeys(found))

    def phrases(self, name: str, depth: int = 0) -> list[list[str]]:
        """The members of two or more words ("GOLDEN_GOBLIN_GALLEONS", "SWISS FRANCS") whose
        last word no one-word member already stands for, as pattern tokens. Phrases of one
        length share one token list, each word an ``A|B`` choice: every word of a phrase must
        be there, though words of two phrases may mix ("cruise rifle")."""
        single = set(self.words(name, depth))
        grouped: dict[int, list[list[str]]] = {}
        for phrase in self._phrase_members(name, depth):
            if set(noun_forms(phrase[-1])) & single:
                continue
            slots = grouped.setdefault(len(phrase), [[] for _ in phrase])
            for slot, word in zip(slots, phrase, strict=True):
                if word not in slot:
                    slot.append(word)
        return [["|".join(slot) for slot in slots] for slots in grouped.values()]

    def _phrase_members(self, name: str, depth: int) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for member in self._members(name, depth):
            if member.startswith("&"):
                found.extend(self._phrase_members(member, depth + 1))
            elif len(_phrase_words(member)) > 1:
                found.append(_phrase_words(member))
        return found

    def _members(self, name: str, depth: int) -> list[str]:
        key = _synset_key(name)
        if key not in self.members or depth > 5:
            raise SkipLine("unknown synset")
        return self.members[key]


def _phrase_words(member: str) -> tuple[str, ...]:
    """A synset member's words: split at ``_`` and blanks (a hyphenated word stays one)."""
    return tuple(w for w in re.split(r"[_\s]+", member.strip().strip("_+")) if w)


def _synset_key(name: str) -> str:
    return name.lstrip("&").strip("_").upper()


@dataclass
class PatternParts:
    """The constraints one ``- ...`` line gives, before it is spread over the block's verbs."""

    subject: NounSlots = field(default_factory=NounSlots)
    obj: NounSlots = field(default_factory=NounSlots)
    compound_subject: bool = False
    subject_adjacent: bool = False
    object_adjacent: bool = False
    subject_target: bool = False
    governor_side: str = ""
    particle: str | None = None
    preps: list[dict[str, Any]] = field(default_factory=list)
    source_preps: list[str] = field(default_factory=list)
    target_preps: list[str] = field(default_factory=list)
    target_after: list[str] = field(default_factory=list)
    skip_actors: int = 0
    after_object: int = 0


def _tokens(body: str, synsets: Synsets | None = None) -> list[str]:
    tokens = TOKEN_RE.findall(body)
    if synsets is None:
        return tokens
    return [piece for token in tokens for piece in synsets.split_joined(token)]


def _group(tokens: list[str], start: int, close: str) -> tuple[list[str], int]:
    """Tokens up to the matching ``close``; returns them and the index after it."""
    inner: list[str] = []
    i = start
    while i < len(tokens) and tokens[i] != close:
        inner.append(tokens[i])
        i += 1
    if i >= len(tokens):
        raise SkipLine("unbalanced brackets")
    return inner, i + 1


def _slots(tokens: list[str], synsets: Synsets) -> list[tuple[str, ...]]:
    slots: list[tuple[str, ...]] = []
    for token in tokens:
        if token in ("{", "}", "^"):
            continue
        if token == "%":
            raise SkipLine("compound actor marker (%)")
        if token in MARKERS:
            raise SkipLine("role marker inside a noun phrase")
        words = synsets.words(token) if token.startswith("&") else _choice_forms(token)
        if not words:
            raise SkipLine("word not usable")
        slots.append(words)
    return slots


def _prep_group(inner: list[str], synsets: Synsets, parts: PatternParts) -> None:
    markers = [t for t in inner if t in MARKERS]
    words = [t for t in inner if t not in MARKERS and t != COMPOUND]
    if not words:
        raise SkipLine("empty prepositional phrase")
    head, rest = words[0], words[1:]
    preps = synsets.words(head) if head.startswith("&") else (clean_word(head),)
    if not all(valid_word(p) for p in preps):
        raise SkipLine("word not usable")
    _add_prep(parts, preps, NounSlots(_slots(rest, synsets)), COMPOUND in inner)
    for marker in markers:
        _mark_prep(parts, marker, preps)


def _add_prep(
    parts: PatternParts, preps: tuple[str, ...], noun: NounSlots, compound: bool = False
) -> None:
    entry: dict[str, Any] = {"prep": list(preps), "object": list(noun.head),
                             "modifier": list(noun.modifiers)}
    if compound:
        entry["compound"] = True
    parts.preps.append(entry)


def _preposition_words(token: str, synsets: Synsets) -> tuple[str, ...]:
    """The prepositions ``token`` stands for (a word or a synset of prepositions), or ()."""
    if token in ("{", "}"):
        return ()
    words = synsets.words(token) if token.startswith("&") else (clean_word(token),)
    return words if words and all(w in PREPOSITIONS for w in words) else ()


def _mark_prep(parts: PatternParts, marker: str, preps: tuple[str, ...]) -> None:
    target = parts.target_preps if marker == "+" else parts.source_preps
    target.extend(p for p in preps if p not in target)


def _pre_verb(tokens: list[str], synsets: Synsets, parts: PatternParts) -> None:
    body = [t for t in tokens if t != "^"]
    if body and body[0] == "$":
        body = body[1:]
    if COMPOUND in body:
        parts.compound_subject = True
        body = [t for t in body if t != COMPOUND]
    if body.count("+") == 1 and "$" not in body:
        parts.subject_target = True  # "+ *": the subject is the target
        parts.governor_side = _governor_side(body)
        body = [t for t in body if t != "+"]
    if any(t in MARKERS for t in body):
        raise SkipLine("role marker before the verb")
    parts.subject = NounSlots(_slots(body, synsets))


def _governor_side(body: list[str]) -> str:
    """Where ``+`` stands among the words before the verb: before them all ("+ HOSTING *": the
    actor before a governing verb is the target), after them all ("NOTED + *": the actor before
    it is the source), else nowhere that names a side ("")."""
    plus = body.index("+")
    if plus == len(body) - 1 and plus > 0:
        return "source"
    return "target" if plus == 0 and len(body) > 1 else ""


def _post_verb(tokens: list[str], synsets: Synsets, parts: PatternParts) -> None:
    noun: list[str] = []
    last_prep: tuple[str, ...] | None = None
    skipped: tuple[str, ...] | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token == "(":
            inner, i = _group(tokens, i, ")")
            _prep_group(inner, synsets, parts)
            last_prep = tuple(parts.preps[-1]["prep"])
        elif token == "+" and tokens[i - 2] == "^" and skipped is not None:
            parts.target_after.extend(p for p in skipped if p not in parts.target_after)
        elif token in MARKERS and parts.skip_actors:
            _skipped_actor_marker(token, parts)
        elif token in MARKERS:
            last_prep = _post_marker(token, noun, last_prep, parts)
        elif token == COMPOUND:
            last_prep = _post_compound(noun, last_prep, parts)
        elif token == "{":
            inner, i = _group(tokens, i, "}")
            noun.extend(inner)
        elif token == "^":
            skipped = _skipped_phrase(noun, parts) or skipped
            last_prep = skipped or last_prep
            if skipped is None and noun and _skips_to_marker(tokens, i):
                parts.skip_actors += 1  # "* TABASKI ^ $": an actor after the object passed over
        elif _is_particle(token, noun, parts) and not _opens_phrase(tokens, i, synsets):
            parts.particle = clean_word(token)
        else:
            noun.append(token)
    parts.obj = _split_prepositions(noun, synsets, parts)


def _split_prepositions(noun: list[str], synsets: Synsets, parts: PatternParts) -> NounSlots:
    """Words after the verb cut at each preposition: the words before the first are the
    object, each preposition with the words after it a prepositional argument ("* MEMOS ON
    &TIETYPES FROM": memos on economic issues from someone). Returns the object."""
    segments: list[tuple[tuple[str, ...], list[str]]] = [((), [])]
    for token in noun:
        preps = _preposition_words(token, synsets)
        if preps:
            segments.append((preps, []))
        else:
            segments[-1][1].append(token)
    for preps, words in segments[1:]:
        _add_prep(parts, preps, NounSlots(_slots(words, synsets)))
    return NounSlots(_slots(segments[0][1], synsets))


def _skipped_phrase(noun: list[str], parts: PatternParts) -> tuple[str, ...] | None:
    """``PREP ^``: a preposition whose object is skipped, i.e. any object ("* EID AT ^")."""
    if noun and not noun[-1].startswith("&") and clean_word(noun[-1]) in PREPOSITIONS:
        prep = (clean_word(noun.pop()),)
        _add_prep(parts, prep, NounSlots())
        return prep
    return None


def _skips_to_marker(tokens: list[str], after: int) -> bool:
    """Whether only ``^`` come between position ``after`` and a role marker."""
    rest = tokens[after:]
    while rest and rest[0] == "^":
        rest = rest[1:]
    return bool(rest) and rest[0] in MARKERS


def _skipped_actor_marker(marker: str, parts: PatternParts) -> None:
    """The marker after ``OBJECT ^``: the other side of the event is an actor after the
    skipped one, the source under ``+ *`` (``+ HOSTING * TABASKI ^ $``), else the target."""
    if (marker == "$") != parts.subject_target:
        raise SkipLine("object as source")
    parts.after_object = parts.skip_actors + 1


def _opens_phrase(tokens: list[str], after: int, synsets: Synsets) -> bool:
    """Whether the word before ``after`` is a preposition with a phrase or a role marker
    after it ("OVER EFFORTS", "IN $")."""
    following = tokens[after] if after < len(tokens) else ""
    phrase_next = bool(following) and following not in ("(", "}")
    return phrase_next and bool(_preposition_words(tokens[after - 1], synsets))


def _post_compound(
    noun: list[str], last_prep: tuple[str, ...] | None, parts: PatternParts
) -> tuple[str, ...] | None:
    """``%`` after the verb: the object of the preposition before it is a compound actor
    ("* WITH %": agreed with A and B)."""
    if last_prep is not None:
        parts.preps[-1]["compound"] = True
        return last_prep
    if noun and not noun[-1].startswith("&") and clean_word(noun[-1]) in PREPOSITIONS:
        prep = (clean_word(noun.pop()),)
        _add_prep(parts, prep, NounSlots(), compound=True)
        return prep
    raise SkipLine("compound actor marker (%)")


def _is_particle(token: str, noun: list[str], parts: PatternParts) -> bool:
    return not noun and parts.particle is None and clean_word(token) in PARTICLES


def _post_marker(
    marker: str, noun: list[str], last_prep: tuple[str, ...] | None, parts: PatternParts
) -> tuple[str, ...] | None:
    """A marker after a prepositional phrase names its role; after a bare word it makes that
    word a preposition ("TOWARD +"). ``+`` on the object is the default; ``$`` is not."""
    plain = bool(noun) and not noun[-1].startswith("&") and noun[-1] not in ("{", "}")
    preposition = plain and clean_word(noun[-1]) in PREPOSITIONS
    if marker == "$" and parts.subject_target and last_prep is None and not preposition:
        parts.after_object = 1 if plain else 0  # "+ * MONEY $": the first actor after it
        return None
    if last_prep is not None and not preposition:
        _mark_prep(parts, marker, last_prep)
        return last_prep
    if plain:
        prep = (clean_word(noun.pop()),)
        parts.preps.append({"prep": list(prep), "object": [], "modifier": []})
        _mark_prep(parts, marker, prep)
        return prep
    if marker == "$":
        raise SkipLine("object as source")
    return None


def pattern_variants(body: str, synsets: Synsets) -> list[PatternParts]:
    """The constraints of a ``- ...`` body: one set for the synsets' one-word members and one
    more for each phrase member of a synset it names, whose words are then all required, in
    order (``&CURRENCY`` with ``+SWISS_FRANCS``: "francs" with "swiss" before it)."""
    found: list[PatternParts] = []
    skipped: SkipLine | None = None
    for tokens in _phrase_expansions(_tokens(body, synsets), synsets):
        try:
            found.append(_parse_tokens(tokens, synsets))
        except SkipLine as skip:
            skipped = skipped or skip
            continue
        mark_closed(body, found[-1])
    if not found:
        raise skipped or SkipLine("word not usable")
    return found


def _phrase_expansions(tokens: list[str], synsets: Synsets) -> list[list[str]]:
    """``tokens`` as written, then with one synset reference replaced by one of its phrase
    members (at most :data:`MAX_VARIANTS` in all)."""
    variants = [tokens]
    for position, token in enumerate(tokens):
        if not token.startswith("&"):
            continue
        try:
            phrases = synsets.phrases(token)
        except SkipLine:
            continue
        for phrase in phrases:
            if len(variants) >= MAX_VARIANTS:
                return variants
            variants.append([*tokens[:position], *phrase, *tokens[position + 1:]])
    return variants


def parse_pattern_body(body: str, synsets: Synsets) -> PatternParts:
    """The constraints of a ``- ...`` body, synsets standing for their one-word members."""
    parts = _parse_tokens(_tokens(body, synsets), synsets)
    mark_closed(body, parts)
    return parts


def _parse_tokens(tokens: list[str], synsets: Synsets) -> PatternParts:
    if tokens.count("*") != 1:
        raise SkipLine("no single verb marker (*)")
    star = tokens.index("*")
    parts = PatternParts()
    _pre_verb(tokens[:star], synsets, parts)
    _post_verb(tokens[star + 1:], synsets, parts)
    return parts


def mark_closed(body: str, parts: PatternParts) -> None:
    """PETRARCH's ``_`` between words means no word may come between them: ``RECENTLY_*``
    (the word right before the verb), ``* REALLY_PLEASANT`` (the object's modifiers right
    before it). Set when the subject word is joined to ``*``, or when the object is the
    first word group after ``*`` and all its words are joined."""
    before, _, after = body.partition("*")
    parts.subject_adjacent = bool(parts.subject.slots) and bool(re.search(r"\w_$", before))
    chunks = after.split()
    first = chunks[0] if chunks and not after.startswith("_") else ""
    pieces = [p for p in first.strip("_").split("_") if p]
    joined = len(pieces) > 1 and not any(c in first for c in "(){}$+^%")
    parts.object_adjacent = joined and len(parts.obj.slots) == len(pieces)
