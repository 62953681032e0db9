"""``ew_triggers``: find the words that express an event and give them a CAMEO code.

Writes ``doc._.ew_triggers``: a list of :class:`TriggerMatch`, ordered by head token. One pass
over each sentence looks each lemma (and lower-case form) up in the pattern index, keeping only
the patterns whose required words occur in the sentence; each candidate spelling is matched
against the following tokens, then its dependency constraints (particle, preposition, object and
its modifiers, subject, prepositional arguments, open complement, modifier, governor) are checked
on the phrase's head; a subject word a verb's subject does not carry may be one of its
auxiliaries, negation, adverbs or governing verbs (the words PETRARCH reads before the verb).
Hand-written and converted (PETRARCH) patterns are data for the same matcher.

Overlaps are resolved greedily, most specific first (constraints + phrase length, then the finer
code, then the longer span): tokens a winning pattern uses as constraints ("held **talks**",
"agreed to **meet**") cannot head another trigger, except that a verbal event leaves a material
event noun free ("condemned the **attack**"). A noun that only modifies another noun ("aid
worker") and a participle that only describes one ("the ousted president") are never heads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.knowledge.patterns import (
    IndexedVariant,
    PatternSet,
    PrepArgument,
    TriggerPattern,
    bundled_pattern_paths,
    load_patterns,
    user_pattern_paths,
    validate_codes,
)
from eventwire.ontology import get_ontology
from eventwire.pipeline.folding import (
    FoldingLexicon,
    bundled_lexicon,
    folded_candidates,
    obligation,
)
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
# Where a converted dictionary's post-verb word may sit besides the object proper.
VERB_COMPLEMENT_DEPS = frozenset({"attr", "oprd", "acomp", "dative", "xcomp", "advmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl"})
COMPLEMENT_DEPS = frozenset({"xcomp", "acl"})
# Words before a verb that a converted pattern may name besides its subject ("did not", "heavily").
CONTEXT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Links from a verb up to the verb whose clause holds it ("indicated it would act").
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
NOUN_OBJECT_PREP = "of"
VERBAL_QUADS = frozenset({1, 3})
# A participle that only describes a noun ("the ousted president") is no event of its own.
ATTRIBUTIVE_DEPS = frozenset({"amod"})
# Where a fallback verb's own event may sit: its object, complement or prepositional object.
ARGUMENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "nsubjpass", "pobj", "prep"})
MATERIAL_QUADS = frozenset({2, 4})


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
        return frozenset(self.phrase) | frozenset(self.constraints) | frozenset(self.context)

    @property
    def span(self) -> tuple[int, int]:
        tokens = frozenset(self.phrase) | frozenset(self.constraints)
        return min(tokens), max(tokens) + 1

    depth: int = 0
    nominal: bool = False
    context: tuple[int, ...] = ()
    arguments: tuple[int, ...] = ()
    exact: bool = False  # the spelling is the token's own form, not only its lemma

    @property
    def specificity(self) -> int:
        """The pattern's constraints plus the words of the spelling that matched."""
        return self.pattern.constraint_count + len(self.phrase)

    def rank(self) -> tuple[int, int, int, int, int, int, int]:
        """Most specific first; on a tie the finer CAMEO code, then the pattern higher in the
        tree, then the longer span, then a spelling of the token's own form ("left") before
        one of its lemma ("leave")."""
        start, end = self.span
        fine = len(self.pattern.code or "")
        return (-self.specificity, -fine, self.depth, -(end - start), -self.exact, self.order,
                self.head)


def regular_bases(word: str) -> set[str]:
    """Base forms a regular English verb inflection of ``word`` may come from ("staged" ->
    "stage", "stopped" -> "stop", "carries" -> "carry"): covers lemmatizer slips."""
    found: set[str] = set()
    for suffix in ("ing", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        stem = word[: -len(suffix)]
        found |= {stem, stem + "e"}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            found.add(stem[:-1])
        if suffix in ("ed", "es") and stem.endswith("i"):
            found.add(stem[:-1] + "y")
    return found


def token_keys(token: Token) -> set[str]:
    """The words a token may be looked up by: lemma, lower-case form and, for verbs, the
    regular bases of its form."""
    keys = {token.lemma_.lower(), token.lower_}
    if token.pos_ == "VERB":
        keys |= regular_bases(token.lower_)
    return keys


def _word_matches(token: Token, word: str, first: bool = False) -> bool:
    if token.lemma_.lower() == word or token.lower_ == word:
        return True
    return first and token.pos_ == "VERB" and word in regular_bases(token.lower_)


def _match_words(doc: Doc, start: int, words: Sequence[str]) -> tuple[int, ...] | None:
    """Token indices spelling ``words`` from ``start``; hyphens may sit between the words."""
    found: list[int] = []
    i = start
    for position, word in enumerate(words):
        while position > 0 and i < len(doc) and doc[i].text in HYPHENS:
            i += 1
        if i >= len(doc) or not _word_matches(doc[i], word, position == 0):
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
    objects = [c for c in head.children if c.dep_ in VERB_OBJECT_DEPS]
    return objects + [c for c in head.children if c.dep_ in VERB_COMPLEMENT_DEPS]


def _object_candidates(head: Token, preps: list[Token]) -> list[Token]:
    """Object tokens (with conjuncts), then the nouns compounded onto them: "fired artillery
    shells" names artillery fire as "fired artillery" does."""
    slots = _with_conjuncts(_object_slots(head, preps))
    return slots + [c for slot in slots for c in slot.children if c.dep_ == "compound"]


def _modified_by(token: Token, words: tuple[str, ...]) -> Token | None:
    """A word of ``words`` in the phrase that ``token`` heads, left of it ("humanitarian aid")."""
    return _pick((t for t in token.subtree if t.i < token.i), words)


def _subjects(head: Token) -> list[Token]:
    """The subject of ``head``, looking up shared-subject chains (xcomp, conj, advcl)."""
    current = head
    for _ in range(3):
        found = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return _with_conjuncts(found)
        if current.dep_ == "relcl":
            return [current.head]
        if current.dep_ not in SHARED_SUBJECT_DEPS or current.head.i == current.i:
            break
        current = current.head
    return []


def _noun_slot(
    tokens: Iterable[Token], words: tuple[str, ...], modifiers: tuple[str, ...]
) -> list[int] | None:
    """Indices of a token among ``tokens`` that is one of ``words`` (and carries one of
    ``modifiers`` when given), with the modifier's index; None when nothing fits."""
    for token in tokens:
        if words and _pick([token], words) is None:
            continue
        if not modifiers:
            return [token.i]
        modifier = _modified_by(token, modifiers)
        if modifier is not None:
            return [token.i, modifier.i]
    return None


def _prep_objects(host: Token, prep: Token) -> list[Token]:
    """The object of a preposition; of one parsed as a particle, the verb's object after it
    ("clashed over the efforts" with "over" as a particle)."""
    if prep.dep_ == "prt":
        return [c for c in host.children if c.dep_ in VERB_OBJECT_DEPS and c.i > prep.i]
    return [c for c in prep.children if c.dep_ == "pobj"]


def _prep_argument(hosts: list[Token], argument: PrepArgument) -> list[int] | None:
    """A preposition of ``argument`` under one of ``hosts`` with a fitting object."""
    for host in hosts:
        for prep in _children(host, PREP_DEPS, argument.prep):
            if not argument.object and not argument.modifier and not argument.compound:
                return [prep.i]
            objects = _with_conjuncts(_prep_objects(host, prep))
            if argument.compound and len(objects) < 2:
                continue
            found = _noun_slot(objects, argument.object, argument.modifier)
            if found is not None:
                return [prep.i, *found]
    return None


def _subject_tokens(head: Token, pattern: TriggerPattern) -> list[int] | None:
    """The subject words a pattern asks for (claimed, but outside the trigger's span). A word
    before the verb that heads no subject may be one of its auxiliaries, negation or adverbs,
    or a verb governing its clause ("did not attack", "heavily criticized", "failed to
    agree"), as PETRARCH reads the words before the verb."""
    if not pattern.subject and not pattern.subject_modifier and not pattern.compound_subject:
        return []
    subjects = _subjects(head)
    if pattern.compound_subject and len(subjects) < 2:
        return None
    if not pattern.subject and not pattern.subject_modifier:
        return []
    found = _noun_slot(subjects, pattern.subject, pattern.subject_modifier)
    if found is None and head.pos_ == "VERB":
        found = _context_slot(_preverb_context(head), pattern)
    return found


def _preverb_context(head: Token) -> list[Token]:
    """Words left of a verb in its clause besides the subject: its auxiliaries, negation and
    adverbs (with their conjuncts and modifiers), and the verbs governing its clause."""
    found: list[Token] = []
    current = head
    for _ in range(3):
        for child in current.children:
            if child.dep_ in CONTEXT_DEPS and child.i < head.i:
                found += [t for t in child.subtree if t.i < head.i]
        if current.dep_ not in GOVERNING_DEPS or current.head.i == current.i:
            break
        current = current.head
        if current.i < head.i:
            found.append(current)
    return sorted(set(found), key=lambda t: t.i)


def _context_slot(context: list[Token], pattern: TriggerPattern) -> list[int] | None:
    """A subject word of the pattern among ``context`` and one of its subject modifiers before
    it (when it has any)."""
    for token in context:
        if _pick([token], pattern.subject) is None:
            continue
        if not pattern.subject_modifier:
            return [token.i]
        modifier = _pick((t for t in context if t.i < token.i), pattern.subject_modifier)
        if modifier is not None:
            return [token.i, modifier.i]
    return None


def _phrase_constraints(
    head: Token, pattern: TriggerPattern, obj: Token | None
) -> list[int] | None:
    """Object-modifier and prepositional constraints (converted dictionaries)."""
    used: list[int] = []
    if pattern.object_modifier:
        if obj is None or _modified_by(obj, pattern.object_modifier) is None:
            return None
        if pattern.object_slots and not _slots_in_order(obj, pattern.object_slots):
            return None
        used.append(obj.i)
    hosts = [head] + ([obj] if obj is not None else [])
    for argument in pattern.preps:
        found = _prep_argument(hosts, argument)
        if found is None:
            return None
        used += found
    return used


def _slots_in_order(obj: Token, slots: tuple[tuple[str, ...], ...]) -> bool:
    """Each slot's word on its own token of the object's phrase before it, in this order
    ("improved economic relations" for the slots improved, economic)."""
    before = [t for t in obj.subtree if t.i < obj.i]
    position = 0
    for slot in slots:
        found = _pick(before[position:], slot)
        if found is None:
            return False
        position = before.index(found) + 1
    return True


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
        particles = [
            c for c in _children(head, PARTICLE_DEPS, (pattern.particle,))
            if not any(g.dep_ == "pobj" for g in c.children)
        ]
        if not particles:
            return None
        used.append(particles[0].i)
    preps: list[Token] = []
    if pattern.prep:
        preps = _children(head, PREP_DEPS, (pattern.prep,))
        if not preps:
            return None
        used.append(preps[0].i)
    obj: Token | None = None
    for words, slots in (
        (pattern.object, lambda: _object_candidates(head, preps)),
        (pattern.xcomp, lambda: [c for c in head.children if c.dep_ in COMPLEMENT_DEPS]),
        (pattern.modifier, lambda: [c for c in head.children if c.dep_ in MODIFIER_DEPS]),
    ):
        if words:
            found = _pick(slots(), words)
            if found is None:
                return None
            used.append(found.i)
            obj = found if words is pattern.object else obj
    if pattern.governor and not _governor_ok(head, pattern.governor):
        return None
    extra = _phrase_constraints(head, pattern, obj)
    return None if extra is None else used + extra


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


Spelling = tuple[tuple[int, ...], Token] | None


def _spelling(doc: Doc, start: int, words: tuple[str, ...]) -> Spelling:
    """The phrase spelling ``words`` from ``start`` and its head, if it may head a trigger."""
    phrase = _match_words(doc, start, words)
    if phrase is None:
        return None
    head = _phrase_head(doc, phrase)
    if _is_noun_modifier(head) or (head.pos_ == "VERB" and head.dep_ in ATTRIBUTIVE_DEPS):
        return None
    return phrase, head


def _candidate(spelled: Spelling, item: IndexedVariant, depths: dict[int, int]) -> Candidate | None:
    if spelled is None:
        return None
    phrase, head = spelled
    if head.pos_ not in POS_ALLOWED[item.pattern.pos]:
        return None
    used = _constraint_tokens(head, item.pattern)
    context = _subject_tokens(head, item.pattern) if used is not None else None
    if used is None or context is None:
        return None
    nominal = head.pos_ in NOMINAL_POS
    arguments = _arguments(head) if item.pattern.fallback else ()
    if head.i not in depths:
        depths[head.i] = _depth(head)
    spelt = head.doc[phrase[0]].lower_ == item.words[0]
    exact = spelt and item.words in item.pattern.lemma_spellings
    return Candidate(
        item.pattern, head.i, phrase, tuple(used), item.order, depths[head.i], nominal,
        tuple(context), arguments, exact,
    )


def _arguments(head: Token) -> tuple[int, ...]:
    """Objects, complements and prepositional objects of ``head`` (through one preposition)."""
    found: list[int] = []
    for child in head.children:
        if child.dep_ not in ARGUMENT_DEPS:
            continue
        found.append(child.i)
        if child.dep_ == "prep":
            found.extend(g.i for g in child.children if g.dep_ == "pobj")
    return tuple(found)


def find_candidates(doc: Doc, patterns: PatternSet) -> list[Candidate]:
    """Every pattern that matches somewhere in ``doc`` (overlapping ones included)."""
    found: list[Candidate] = []
    depths: dict[int, int] = {}
    for sentence in _sentences(doc):
        found += _sentence_candidates(doc, sentence, patterns, depths)
    return found


def _sentences(doc: Doc) -> list[Span]:
    """Dependency trees never cross sentences: constraints are looked for within one."""
    return list(doc.sents) if doc.has_annotation("DEP") else [doc[:]]


def _sentence_candidates(
    doc: Doc, sentence: Span, patterns: PatternSet, depths: dict[int, int]
) -> list[Candidate]:
    found: list[Candidate] = []
    words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    possible: dict[str, list[IndexedVariant]] = {}
    for token in sentence:
        seen: set[int] = set()
        spellings: dict[tuple[str, ...], Spelling] = {}
        for key in token_keys(token):
            if key not in possible:
                possible[key] = patterns.possible(key, words)
            for item in possible[key]:
                if id(item) in seen:
                    continue
                seen.add(id(item))
                if item.words not in spellings:
                    spellings[item.words] = _spelling(doc, token.i, item.words)
                candidate = _candidate(spellings[item.words], item, depths)
                if candidate is not None:
                    found.append(candidate)
    return found


def _quad(code: str | None) -> int:
    ontology = get_ontology()
    return ontology.cameo(code).quad_class if code and ontology.has(code) else 0


def _claims(candidate: Candidate, material: set[int]) -> frozenset[int]:
    """The tokens a winner takes. A verbal event (say, condemn, deny) leaves a noun it only
    talks about free when that noun is a material event of its own ("condemned the attack")."""
    if _quad(candidate.pattern.code) not in VERBAL_QUADS:
        return candidate.covered
    claimed = (*candidate.constraints, *candidate.context)
    released = {i for i in claimed if i in material and i != candidate.head}
    return candidate.covered - released


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The non-overlapping winners, most specific first; ordered by head token.

    A winning null-code pattern claims its tokens and then is dropped: it blocks a sense. A
    winning fallback pattern (a converted dictionary's block default) is dropped when one of
    its arguments is a trigger of its own: the argument carries the event ("organized a general
    strike").
    """
    ranked = sorted(candidates, key=Candidate.rank)
    material = {c.head for c in ranked if c.nominal and _quad(c.pattern.code) in MATERIAL_QUADS}
    accepted: list[Candidate] = []
    heads: set[int] = set()
    covered: set[int] = set()
    for candidate in ranked:
        claims = _claims(candidate, material)
        if candidate.head in heads or candidate.head in covered or heads & claims:
            continue
        accepted.append(candidate)
        heads.add(candidate.head)
        covered |= claims
    kept = [c for c in accepted if not c.pattern.blocks and not heads & set(c.arguments)]
    return sorted(kept, key=lambda c: c.head)


def to_match(doc: Doc, candidate: Candidate) -> TriggerMatch:
    pattern = candidate.pattern
    code = pattern.code or pattern.inverse_code
    if code is None:
        raise ValueError(f"blocking pattern {pattern.id} cannot produce a trigger")
    head = doc[candidate.head]
    start, end = candidate.span
    extra: dict[str, object] = {"lemma": pattern.lemma, "covered": sorted(candidate.covered)}
    if pattern.code is None:
        extra["swapped"] = True  # only the inverse event: the roles are read the other way
    elif pattern.inverse_code:
        extra["inverse_code"] = pattern.inverse_code
    if pattern.compound_subject:
        extra["compound_subject"] = True  # an event among the coordinated subjects
    if pattern.subject_target:
        extra["subject_target"] = True  # the active verb's subject is the target
    if pattern.target_after:
        extra["target_after"] = pattern.target_after  # the target follows this phrase
    return TriggerMatch(
        start=start,
        end=end,
        head=candidate.head,
        code=code,
        rule=pattern.id,
        specificity=candidate.specificity,
        pos="NOUN" if head.pos_ in NOMINAL_POS else "VERB",
        source_preps=pattern.source_preps,
        target_preps=pattern.target_preps,
        extra=extra,
    )


def match_triggers(
    doc: Doc, patterns: PatternSet, folding: FoldingLexicon | None = None
) -> list[TriggerMatch]:
    """The triggers of ``doc`` under ``patterns`` (pure function; the component calls it).
    With a ``folding`` lexicon, events embedded under folding verbs are triggers too, their
    ``extra`` naming the folding verb's token (``folded_by``), and obliged events ("must
    withdraw") carry the kind and token range of their modal words (``obligation``)."""
    candidates = find_candidates(doc, patterns)
    kept = resolve(candidates)
    matches = [to_match(doc, c) for c in kept]
    if folding is not None:
        for match in matches:
            obliged = obligation(doc[match.head], folding)
            if obliged is not None:
                match.extra["obligation"] = list(obliged)
        ranked = sorted(candidates, key=Candidate.rank)
        for candidate, governor in folded_candidates(doc, ranked, kept, folding):
            match = to_match(doc, candidate)
            match.extra["folded_by"] = governor
            matches.append(match)
    return sorted(matches, key=lambda m: m.head)


class TriggerMatcher:
    """The ``ew_triggers`` component: patterns are loaded once, at construction."""

    def __init__(self, patterns: PatternSet, folding: FoldingLexicon | None = None) -> None:
        self.patterns = patterns
        self.folding = folding

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_triggers = match_triggers(doc, self.patterns, self.folding)
        return doc


def load_trigger_patterns(
    dictionaries: Sequence[str | Path] = (), use_bundled: bool = True, check_codes: bool = True
) -> PatternSet:
    """Bundled patterns plus those in user dictionary locations, codes checked against CAMEO.

    User files load first, so a user pattern wins a tie with a bundled one."""
    paths = bundled_pattern_paths() if use_bundled else []
    known = set(get_ontology().codes()) if check_codes else None
    patterns = load_patterns([*user_pattern_paths(dictionaries), *paths], known)
    if known is not None:
        validate_codes(patterns, known)
    return patterns


@Language.factory(
    "ew_triggers",
    default_config={
        "dictionaries": [], "use_bundled": True, "check_codes": True, "fold_embedded": True,
    },
    assigns=["doc._.ew_triggers"],
    requires=["token.lemma", "token.pos", "token.dep"],
)
def make_triggers(
    nlp: Language, name: str, dictionaries: list[str], use_bundled: bool, check_codes: bool,
    fold_embedded: bool,
) -> TriggerMatcher:
    """Folded events follow the bundled conventions: without the bundled data (PETRARCH's
    own setup) only the governing act is coded, as PETRARCH does."""
    folding = bundled_lexicon() if fold_embedded and use_bundled else None
    patterns = load_trigger_patterns(dictionaries, use_bundled, check_codes)
    return TriggerMatcher(patterns, folding)


__all__ = ["TriggerMatcher", "load_trigger_patterns", "match_triggers", "make_triggers"]
