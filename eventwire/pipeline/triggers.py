"""``ew_triggers``: find the words that express an event and give them a CAMEO code.

Writes ``doc._.ew_triggers``: a list of :class:`TriggerMatch`, ordered by head token. One pass
over the tokens looks each lemma (and lower-case form) up in the pattern index; each candidate
spelling is matched against the following tokens, then its dependency constraints (particle,
preposition, object, open complement, modifier, governor) are checked on the phrase's head.

Overlaps are resolved greedily, most specific first (constraints + phrase length, then the
longer span): tokens a winning pattern uses as constraints ("held **talks**", "agreed to
**meet**") cannot head another trigger. A noun that only modifies another noun ("aid worker",
"ceasefire agreement") is never a trigger head.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.knowledge.patterns import (
    IndexedVariant,
    PatternSet,
    TriggerPattern,
    bundled_pattern_paths,
    load_patterns,
    user_pattern_paths,
    validate_codes,
)
from eventwire.ontology import get_ontology
from eventwire.pipeline.mentions import TriggerMatch

if not Doc.has_extension("ew_triggers"):
    Doc.set_extension("ew_triggers", default=None)

HYPHENS = frozenset({"-", "\u2013", "\u2011"})
POS_ALLOWED: dict[str, frozenset[str]] = {
    "VERB": frozenset({"VERB"}),
    "NOUN": frozenset({"NOUN"}),
    "ANY": frozenset({"VERB", "NOUN", "ADJ"}),
}
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
PREP_DEPS = frozenset({"prep", "agent", "dative", "prt"})
VERB_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
COMPLEMENT_DEPS = frozenset({"xcomp", "acl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
NOUN_OBJECT_PREP = "of"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pattern that matched at a head token, before overlaps are resolved."""

    pattern: TriggerPattern
    head: int
    phrase: tuple[int, ...]
    constraints: tuple[int, ...]
    order: int

    @property
    def covered(self) -> frozenset[int]:
        return frozenset(self.phrase) | frozenset(self.constraints)

    @property
    def span(self) -> tuple[int, int]:
        tokens = self.covered
        return min(tokens), max(tokens) + 1

    depth: int = 0

    def rank(self) -> tuple[int, int, int, int, int]:
        """Most specific first; on a tie the pattern higher in the tree, then the longer span."""
        start, end = self.span
        return (-self.pattern.specificity, self.depth, -(end - start), self.order, self.head)


def _word_matches(token: Token, word: str) -> bool:
    return token.lemma_.lower() == word or token.lower_ == word


def _match_words(doc: Doc, start: int, words: Sequence[str]) -> tuple[int, ...] | None:
    """Token indices spelling ``words`` from ``start``; hyphens may sit between the words."""
    found: list[int] = []
    i = start
    for position, word in enumerate(words):
        while position > 0 and i < len(doc) and doc[i].text in HYPHENS:
            i += 1
        if i >= len(doc) or not _word_matches(doc[i], word):
            return None
        found.append(i)
        i += 1
    return tuple(found)


def _phrase_head(doc: Doc, phrase: tuple[int, ...]) -> Token:
    """The phrase token whose syntactic head lies outside the phrase (the last one if several)."""
    first, last = phrase[0], phrase[-1]
    heads = [doc[i] for i in phrase if not first <= doc[i].head.i <= last or doc[i].head.i == i]
    return heads[-1] if heads else doc[last]


def _children(head: Token, deps: frozenset[str], words: Iterable[str]) -> list[Token]:
    wanted = set(words)
    return [
        c
        for c in head.children
        if c.dep_ in deps and (c.lower_ in wanted or c.lemma_.lower() in wanted)
    ]


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    expanded: list[Token] = []
    for token in tokens:
        expanded.append(token)
        expanded.extend(token.conjuncts)
    return expanded


def _object_slots(head: Token, preps: list[Token]) -> list[Token]:
    """Where an object may sit: under the prep, as a verb object, or as a noun's of-object."""
    if preps:
        return [c for p in preps for c in p.children if c.dep_ == "pobj"]
    if head.pos_ in NOMINAL_POS:
        ofs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == NOUN_OBJECT_PREP]
        return [c for p in ofs for c in p.children if c.dep_ == "pobj"]
    return [c for c in head.children if c.dep_ in VERB_OBJECT_DEPS]


def _pick(tokens: Iterable[Token], words: Iterable[str]) -> Token | None:
    wanted = set(words)
    for token in tokens:
        if token.lemma_.lower() in wanted or token.lower_ in wanted:
            return token
    return None


def _governor_ok(head: Token, words: tuple[str, ...]) -> bool:
    governor = head.head
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
    return governor.i != head.i and _pick([governor], words) is not None


def _constraint_tokens(head: Token, pattern: TriggerPattern) -> list[int] | None:
    """Indices of the tokens satisfying the pattern's constraints, or None when one fails."""
    used: list[int] = []
    if pattern.particle:
        particles = _children(head, PARTICLE_DEPS, (pattern.particle,))
        if not particles:
            return None
        used.append(particles[0].i)
    preps: list[Token] = []
    if pattern.prep:
        preps = _children(head, PREP_DEPS, (pattern.prep,))
        if not preps:
            return None
        used.append(preps[0].i)
    for words, slots in (
        (pattern.object, lambda: _with_conjuncts(_object_slots(head, preps))),
        (pattern.xcomp, lambda: [c for c in head.children if c.dep_ in COMPLEMENT_DEPS]),
        (pattern.modifier, lambda: [c for c in head.children if c.dep_ in MODIFIER_DEPS]),
    ):
        if words:
            found = _pick(slots(), words)
            if found is None:
                return None
            used.append(found.i)
    if pattern.governor and not _governor_ok(head, pattern.governor):
        return None
    return used


def _depth(token: Token) -> int:
    """How many arcs separate ``token`` from its sentence root."""
    depth = 0
    while token.head.i != token.i and depth < len(token.doc):
        token = token.head
        depth += 1
    return depth


def _is_noun_modifier(head: Token) -> bool:
    """A noun that only modifies another noun ("aid worker", "attack helicopter")."""
    return head.dep_ == "compound" and head.pos_ in NOMINAL_POS and head.head.i != head.i


def _candidate(doc: Doc, start: int, item: IndexedVariant) -> Candidate | None:
    phrase = _match_words(doc, start, item.words)
    if phrase is None:
        return None
    head = _phrase_head(doc, phrase)
    if head.pos_ not in POS_ALLOWED[item.pattern.pos] or _is_noun_modifier(head):
        return None
    used = _constraint_tokens(head, item.pattern)
    if used is None:
        return None
    return Candidate(item.pattern, head.i, phrase, tuple(used), item.order, _depth(head))


def find_candidates(doc: Doc, patterns: PatternSet) -> list[Candidate]:
    """Every pattern that matches somewhere in ``doc`` (overlapping ones included)."""
    found: list[Candidate] = []
    for token in doc:
        keys = {token.lemma_.lower(), token.lower_}
        seen: set[int] = set()
        for key in keys:
            for item in patterns.candidates(key):
                if id(item) in seen:
                    continue
                seen.add(id(item))
                candidate = _candidate(doc, token.i, item)
                if candidate is not None:
                    found.append(candidate)
    return found


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The non-overlapping winners, most specific first; ordered by head token.

    A winning null-code pattern claims its tokens and then is dropped: it blocks a sense.
    """
    accepted: list[Candidate] = []
    heads: set[int] = set()
    covered: set[int] = set()
    for candidate in sorted(candidates, key=Candidate.rank):
        if candidate.head in heads or candidate.head in covered:
            continue
        if heads & candidate.covered:
            continue
        accepted.append(candidate)
        heads.add(candidate.head)
        covered |= candidate.covered
    return sorted((c for c in accepted if not c.pattern.blocks), key=lambda c: c.head)


def to_match(doc: Doc, candidate: Candidate) -> TriggerMatch:
    pattern = candidate.pattern
    if pattern.code is None:
        raise ValueError(f"blocking pattern {pattern.id} cannot produce a trigger")
    head = doc[candidate.head]
    start, end = candidate.span
    extra: dict[str, object] = {"lemma": pattern.lemma, "covered": sorted(candidate.covered)}
    if pattern.inverse_code:
        extra["inverse_code"] = pattern.inverse_code
    return TriggerMatch(
        start=start,
        end=end,
        head=candidate.head,
        code=pattern.code,
        rule=pattern.id,
        specificity=pattern.specificity,
        pos="NOUN" if head.pos_ in NOMINAL_POS else "VERB",
        source_preps=pattern.source_preps,
        target_preps=pattern.target_preps,
        extra=extra,
    )


def match_triggers(doc: Doc, patterns: PatternSet) -> list[TriggerMatch]:
    """The triggers of ``doc`` under ``patterns`` (pure function; the component calls it)."""
    return [to_match(doc, c) for c in resolve(find_candidates(doc, patterns))]


class TriggerMatcher:
    """The ``ew_triggers`` component: patterns are loaded once, at construction."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_triggers = match_triggers(doc, self.patterns)
        return doc


def load_trigger_patterns(
    dictionaries: Sequence[str | Path] = (), use_bundled: bool = True, check_codes: bool = True
) -> PatternSet:
    """Bundled patterns plus those in user dictionary locations, codes checked against CAMEO."""
    paths = bundled_pattern_paths() if use_bundled else []
    patterns = load_patterns([*paths, *user_pattern_paths(dictionaries)])
    if check_codes:
        validate_codes(patterns, set(get_ontology().codes()))
    return patterns


@Language.factory(
    "ew_triggers",
    default_config={"dictionaries": [], "use_bundled": True, "check_codes": True},
    assigns=["doc._.ew_triggers"],
    requires=["token.lemma", "token.pos", "token.dep"],
)
def make_triggers(
    nlp: Language, name: str, dictionaries: list[str], use_bundled: bool, check_codes: bool
) -> TriggerMatcher:
    return TriggerMatcher(load_trigger_patterns(dictionaries, use_bundled, check_codes))


__all__ = ["TriggerMatcher", "load_trigger_patterns", "match_triggers", "make_triggers"]
