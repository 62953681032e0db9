"""``ew_triggers``: find the words that express an event and give them a CAMEO code.

Writes ``doc._.ew_triggers``: a list of :class:`TriggerMatch`, ordered by head token. One pass
over each sentence looks each lemma (and lower-case form) up in the pattern index, keeping only
the patterns whose required words occur in the sentence; each candidate spelling is matched
against the following tokens, then its dependency constraints (particle, preposition, object and
its modifiers, subject, prepositional arguments, open complement, modifier, governor) are checked
on the phrase's head (:mod:`eventwire.pipeline.trigger_constraints`).
Hand-written and converted (PETRARCH) patterns are data for the same matcher.

Overlaps are resolved greedily, most specific first (constraints + phrase length, then the finer
code, then the longer span): tokens a winning pattern uses as constraints ("held **talks**",
"agreed to **meet**") cannot head another trigger, except that a verbal event leaves a material
event noun free ("condemned the **attack**"). A noun that only modifies another noun ("aid
worker") and a participle that only describes one ("the ousted president") are never heads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.knowledge.patterns import (
    IndexedVariant,
    PatternSet,
    TriggerPattern,
    bundled_pattern_paths,
    bundled_patterns,
    load_patterns,
    user_pattern_paths,
    validate_codes,
)
from eventwire.ontology import get_ontology
from eventwire.pipeline.act_doubles import ActDoubleLexicon, without_act_doubles
from eventwire.pipeline.act_doubles import bundled_lexicon as bundled_act_doubles
from eventwire.pipeline.block_defaults import BlockDefaultLexicon, without_block_defaults
from eventwire.pipeline.block_defaults import bundled_lexicon as bundled_block_defaults
from eventwire.pipeline.civil_senses import CivilSenseLexicon, with_civil_senses
from eventwire.pipeline.civil_senses import bundled_lexicon as bundled_civil_senses
from eventwire.pipeline.declines import DeclineLexicon, with_declines
from eventwire.pipeline.declines import bundled_lexicon as bundled_declines
from eventwire.pipeline.folding import (
    FoldingLexicon,
    bundled_lexicon,
    embedded_slots,
    folded_candidates,
    obligation,
    refined_request,
)
from eventwire.pipeline.genericity import GenericityLexicon, without_generic
from eventwire.pipeline.genericity import bundled_lexicon as bundled_genericity
from eventwire.pipeline.harm_doubles import bundled_roles, without_harm_doubles
from eventwire.pipeline.labels import LabelLexicon, without_labels
from eventwire.pipeline.labels import bundled_lexicon as bundled_labels
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, TriggerMatch
from eventwire.pipeline.nonacts import NonActLexicon, without_nonacts
from eventwire.pipeline.nonacts import bundled_lexicon as bundled_nonacts
from eventwire.pipeline.receptions import ReceptionLexicon, without_received
from eventwire.pipeline.receptions import bundled_lexicon as bundled_receptions
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.statement_senses import StatementSenseLexicon, with_statement_senses
from eventwire.pipeline.statement_senses import bundled_lexicon as bundled_statement_senses
from eventwire.pipeline.trigger_acts import act_family, one_act
from eventwire.pipeline.trigger_constraints import (
    NOMINAL_POS,
    constraint_tokens,
    governor_tokens,
    subject_control,
    subject_tokens,
)
from eventwire.pipeline.trigger_words import (
    match_words,
    token_keys,
)
from eventwire.pipeline.verbal_senses import VerbalSenseLexicon, with_verbal_senses
from eventwire.pipeline.verbal_senses import bundled_lexicon as bundled_verbal_senses
from eventwire.pipeline.warning_senses import WarningLexicon, with_warning_senses
from eventwire.pipeline.warning_senses import bundled_lexicon as bundled_warnings

if not Doc.has_extension("ew_triggers"):
    Doc.set_extension("ew_triggers", default=None)

POS_ALLOWED: dict[str, frozenset[str]] = {
    "VERB": frozenset({"VERB"}),
    "NOUN": frozenset({"NOUN"}),
    "ANY": frozenset({"VERB", "NOUN", "ADJ"}),
}
VERBAL_QUADS = frozenset({1, 3})
# A participle that only describes a noun ("the ousted president") is no event of its own, nor
# one the parser attaches as a preposition ("given the risks", "following the attack").
ATTRIBUTIVE_DEPS = frozenset({"amod", "prep"})
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
    # How far down a coordination its constraint words sit: 0 when each is the first conjunct
    # ("sent food (0) and medical personnel (1)").
    late: int = 0

    @property
    def specificity(self) -> int:
        """The pattern's constraints plus the words of the spelling that matched."""
        return self.pattern.constraint_count + len(self.phrase)

    def rank(self) -> tuple[int, int, int, int, int, int, int, int]:
        """Most specific first; on a tie the finer CAMEO code, then the pattern higher in the
        tree, then the one whose constraint words head their coordination (the reading of the
        object phrase's head, not of a later conjunct that only lengthens the span), then the
        longer span, then a spelling of the token's own form ("left") before one of its lemma
        ("leave")."""
        start, end = self.span
        fine = len(self.pattern.code or "")
        return (-self.specificity, -fine, self.depth, self.late, -(end - start), -self.exact,
                self.order, self.head)


def _phrase_head(doc: Doc, phrase: tuple[int, ...]) -> Token:
    """The phrase token whose syntactic head lies outside the phrase (the last one if several)."""
    first, last = phrase[0], phrase[-1]
    heads = [doc[i] for i in phrase if not first <= doc[i].head.i <= last or doc[i].head.i == i]
    return heads[-1] if heads else doc[last]


def _depth(token: Token) -> int:
    """How many arcs separate ``token`` from its sentence root."""
    depth = 0
    while token.head.i != token.i and depth < len(token.doc):
        token = token.head
        depth += 1
    return depth


def _is_noun_modifier(head: Token) -> bool:
    """A noun that only modifies another noun ("aid worker", "attack helicopter"), or a gerund
    the parser compounds onto a noun ("talking points", "voting booth")."""
    if head.dep_ != "compound" or head.head.i == head.i:
        return False
    gerund = head.pos_ == "VERB" and head.tag_ == "VBG"  # not a misparsed finite verb ("bomb")
    return head.pos_ in NOMINAL_POS or (gerund and head.head.pos_ in NOMINAL_POS)


Spelling = tuple[tuple[int, ...], Token] | None


def _spelling(doc: Doc, start: int, words: tuple[str, ...]) -> Spelling:
    """The phrase spelling ``words`` from ``start`` and its head, if it may head a trigger."""
    phrase = match_words(doc, start, words)
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
    used = constraint_tokens(head, item.pattern)
    context = subject_tokens(head, item.pattern) if used is not None else None
    if used is None or context is None:
        return None
    nominal = head.pos_ in NOMINAL_POS
    arguments = _arguments(head) if item.pattern.fallback else ()
    if head.i not in depths:
        depths[head.i] = _depth(head)
    spelt = head.doc[phrase[0]].lower_ == item.words[0]
    exact = spelt and item.words in item.pattern.lemma_spellings
    late = sum(_conjunct_position(head.doc[i]) for i in used)
    return Candidate(
        item.pattern, head.i, phrase, tuple(used), item.order, depths[head.i], nominal,
        tuple(context), arguments, exact, late,
    )


def _conjunct_position(token: Token) -> int:
    """How many ``conj`` arcs lead up from ``token`` to the first conjunct of its coordination."""
    position = 0
    while token.dep_ == "conj" and token.head.i != token.i and position < len(token.doc):
        token = token.head
        position += 1
    return position


def _arguments(head: Token) -> tuple[int, ...]:
    """Objects, complements and prepositional objects of ``head`` (through one preposition)."""
    found: list[int] = []
    for child in head.children:
        if child.dep_ not in ARGUMENT_DEPS or child.i < head.i:
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
    return _phrasal_verbs_first(doc, found, patterns.two_word_verbs)


def _phrasal_verbs_first(
    doc: Doc, candidates: list[Candidate], two_word: frozenset[tuple[str, str]]
) -> list[Candidate]:
    """Where a dictionary spells the verb with its particle ("called off" as CALL_OFF), the
    bare verb's patterns that leave the particle unread ("call * meeting") do not apply: the
    phrasal verb is another word, as in PETRARCH, which tries the longest verb first. Where no
    pattern of the phrasal verb fits, the bare verb's own line still does not ("ruled out the
    option" is no plain "rule"), but a bare-verb pattern that read an argument keeps its code
    ("took over the base", TAKE * BASE), as does a hand-written pattern (no block's fallback)."""
    phrasal: dict[int, set[int]] = {}
    spelt: dict[int, set[int]] = {}
    for candidate in candidates:
        head = doc[candidate.head]
        particles = {c.i for c in head.children if c.dep_ == "prt"}
        if particles & set(candidate.phrase):
            phrasal.setdefault(candidate.head, set()).update(particles & set(candidate.phrase))
        known = {i for i in particles if (head.lemma_.lower(), doc[i].lower_) in two_word}
        if known:
            spelt.setdefault(candidate.head, set()).update(known)
    if not phrasal and not spelt:
        return candidates
    return [c for c in candidates if _reads_particle(c, phrasal, spelt)]


def _reads_particle(
    candidate: Candidate, phrasal: dict[int, set[int]], spelt: dict[int, set[int]]
) -> bool:
    read = set(candidate.phrase) | set(candidate.constraints)
    if candidate.head in phrasal and not phrasal[candidate.head] & read:
        return False
    if candidate.head in spelt and not spelt[candidate.head] & read:
        return bool(candidate.constraints or candidate.context) or not candidate.pattern.fallback
    return True


def _sentences(doc: Doc) -> list[Span]:
    """Dependency trees never cross sentences: constraints are looked for within one."""
    return list(doc.sents) if doc.has_annotation("DEP") else [doc[:]]


def _sentence_candidates(
    doc: Doc, sentence: Span, patterns: PatternSet, depths: dict[int, int]
) -> list[Candidate]:
    found: list[Candidate] = []
    tokens = list(sentence)  # one pass over the sentence's tokens, read twice
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    possible: dict[str, list[IndexedVariant]] = {}
    for token in tokens:
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


def _asked(candidate: Candidate, claims: frozenset[int], doc: Doc | None) -> set[int]:
    """The words besides its head that a pattern asks for, its governor's among them."""
    governor = governor_tokens(doc[candidate.head]) if doc and candidate.pattern.governor else set()
    return (set(claims) | governor) - {candidate.head}


def resolve(candidates: Iterable[Candidate], doc: Doc | None = None) -> list[Candidate]:
    """The non-overlapping winners, most specific first; ordered by head token.

    A winning null-code pattern claims its tokens and then is dropped: it blocks a sense. A
    winning fallback pattern (a converted dictionary's block default) is dropped when one of
    its arguments is a trigger of its own: the argument carries the event ("organized a general
    strike"). Two patterns of one CAMEO root (the roots of violence, 18 to 20, taken as one:
    :func:`.trigger_acts.act_family`) that share a word they ask for code one act: the
    later one goes, with any plainer pattern of that root at its head ("declared a state of
    emergency" is the verb's 1724, not also the noun's); so do two whose words hang together
    (:mod:`.trigger_acts`: "the ratification of the treaty", "suspects detained ... are held").
    """
    ranked = sorted(candidates, key=Candidate.rank)
    material = {c.head for c in ranked if c.nominal and _quad(c.pattern.code) in MATERIAL_QUADS}
    accepted: list[Candidate] = []
    heads: set[int] = set()
    covered: set[int] = set()
    rooted: dict[str, set[int]] = {}  # the tokens the winners of each CAMEO root ask for
    shared: set[tuple[str, int]] = set()  # the heads those tokens' act already codes
    wanted: dict[int, set[int]] = {}  # the words each winner asks for
    passed: list[Candidate] = []  # patterns dropped for a word a winner of their root asks for
    for candidate in ranked:
        claims = _claims(candidate, material)
        root = act_family(candidate.pattern.code)
        asked = _asked(candidate, claims, doc)
        if root and (asked & rooted.get(root, set()) or (root, candidate.head) in shared):
            shared.add((root, candidate.head))  # nor a plainer pattern of that root there
            passed.append(candidate)
            continue
        if candidate.head in heads or candidate.head in covered or heads & claims:
            continue
        accepted.append(candidate)
        heads.add(candidate.head)
        covered |= claims
        rooted.setdefault(root, set()).update(asked)
        wanted[candidate.head] = asked
    accepted = one_act(accepted, wanted, doc, passed)
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
    governor = _governing_word(head, candidate.context) if pattern.governor_side else None
    if governor is not None:
        extra[f"{pattern.governor_side}_governor"] = governor  # that verb's subject: the side
    if pattern.target_after:
        extra["target_after"] = pattern.target_after  # the target follows this phrase
    if pattern.needs_actor:
        extra["needs_actor"] = True  # yields an event only with a source or target (assemble)
    if pattern.needs_source:
        extra["needs_source"] = True  # yields an event only with a source (assemble)
    if pattern.after_object:
        extra["after_object"] = pattern.after_object  # the other side: n-th actor after it
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


def _governing_word(head: Token, context: Sequence[int]) -> int | None:
    """The pattern word before the verb that is a verb governing its clause ("hosting" of
    "Mordor is hosting X to celebrate"), not an auxiliary or the subject's own word."""
    ancestors = {a.i for a in head.ancestors}
    for i in context:
        if i in ancestors and head.doc[i].pos_ == "VERB" and i < head.i:
            return i
    return None


def match_triggers(
    doc: Doc, patterns: PatternSet, folding: FoldingLexicon | None = None
) -> list[TriggerMatch]:
    """The triggers of ``doc`` under ``patterns`` (pure function; the component calls it).
    With a ``folding`` lexicon, events embedded under folding verbs are triggers too, their
    ``extra`` naming the folding verb's token (``folded_by``), and obliged events ("must
    withdraw") carry the kind and token range of their modal words (``obligation``)."""
    candidates = find_candidates(doc, patterns)
    kept = resolve(candidates, doc)
    matches = [to_match(doc, c) for c in kept]
    if folding is not None:
        for match in matches:
            obliged = obligation(doc[match.head], folding)
            if obliged is not None:
                match.extra["obligation"] = list(obliged)
        ranked = sorted(candidates, key=Candidate.rank)
        folded = folded_candidates(doc, ranked, kept, folding)
        claimed = _folded_claims([candidate for candidate, _ in folded], ranked)
        matches = [m for m in matches if m.head not in claimed]
        for candidate, governor in folded:
            match = to_match(doc, candidate)
            match.extra["folded_by"] = governor
            matches.append(match)
        matches = _refined_requests(doc, matches, folding)
    return sorted(matches, key=lambda m: m.head)


def _refined_requests(doc: Doc, matches: list[TriggerMatch], folding: FoldingLexicon
                      ) -> list[TriggerMatch]:
    """``matches`` with each residual appeal or demand coded by the act it asks for, the first
    trigger in one of its embedded slots (``folding.refined_request``); the pattern's own code
    is kept in ``extra``."""
    by_head = {m.head: m for m in matches}
    refined = []
    for match in matches:
        governor = doc[match.head]
        slots = embedded_slots(governor, folding) if governor.pos_ == "VERB" else []
        slot = next((t for t in slots if t.i in by_head), None)
        if slot is None and _aims_at_no_act(governor, match, folding):
            continue
        if slot is not None:
            own = (governor.lemma_.lower() in folding.intent_complements
                   and slot.dep_ == "xcomp" and subject_control(governor, slot))
            code = refined_request(match.code, by_head[slot.i].code, folding, own)
            if code != match.code:
                match = replace(match, code=code,
                                extra={**match.extra, PATTERN_CODE_KEY: match.code})
        refined.append(match)
    return refined


def _aims_at_no_act(governor: Token, match: TriggerMatch, folding: FoldingLexicon) -> bool:
    """A residual appeal of an ``intent_complements`` verb whose only complement is its own
    subject's act that no trigger codes ("sought to portray him as a liar", "seeks to change
    how agencies work"): an aim of its subject, no appeal to anyone (020) and no act."""
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in folding.intent_complements:
        return False
    if match.code != folding.obligation_code("appeal", "") or any(
            c.dep_ in {"dobj", "dative"} for c in governor.children):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and subject_control(governor, c)
               for c in governor.children)


def _folded_claims(folded: Sequence[Candidate], ranked: Sequence[Candidate]) -> set[int]:
    """The tokens embedded events take besides their heads, as a winner would: "agreed to
    lift the **sanctions**" names no sanctions of its own."""
    material = {c.head for c in ranked if c.nominal and _quad(c.pattern.code) in MATERIAL_QUADS}
    return {i for c in folded for i in _claims(c, material) if i != c.head}


class TriggerMatcher:
    """The ``ew_triggers`` component: patterns are loaded once, at construction. With the
    bundled conventions, declining to comment is coded 011 (:mod:`.declines`) and generic
    clauses give no triggers (:mod:`.genericity`), nor do capabilities and natural or abstract
    doers (:mod:`.nonacts`), bare converted verbs used in no event's sense
    (:mod:`.block_defaults`), a warning of a danger is no threat (:mod:`.warning_senses`),
    force done with words is criticism (:mod:`.verbal_senses`), and so is a statement that
    something is a condemning thing (:mod:`.statement_senses`); a truce in a civil quarrel is
    an agreement and a civil retreat no event (:mod:`.civil_senses`); a passive harm verb
    whose cause is a coded attack tells its toll (:mod:`.harm_doubles`, :mod:`.act_doubles`);
    an act named as the topic of its reception gives none (:mod:`.receptions`); quoted
    labels, slogans and questions name no act (:mod:`.labels`)."""

    def __init__(
        self, patterns: PatternSet, folding: FoldingLexicon | None = None,
        declines: DeclineLexicon | None = None, genericity: GenericityLexicon | None = None,
        nonacts: NonActLexicon | None = None, defaults: BlockDefaultLexicon | None = None,
        warnings: WarningLexicon | None = None, verbal: VerbalSenseLexicon | None = None,
        statements: StatementSenseLexicon | None = None, names: LabelLexicon | None = None,
        civil: CivilSenseLexicon | None = None, harm: RoleLexicon | None = None,
        doubles: ActDoubleLexicon | None = None, received: ReceptionLexicon | None = None,
    ) -> None:
        self.patterns = patterns
        self.folding = folding
        self.declines = declines
        self.genericity = genericity
        self.nonacts = nonacts
        self.defaults = defaults
        self.warnings = warnings
        self.verbal = verbal
        self.statements = statements
        # not ``labels``: spaCy reads a component's ``labels`` as its label set
        self.names = names
        self.civil = civil
        self.harm = harm
        self.doubles = doubles
        self.received = received

    def __call__(self, doc: Doc) -> Doc:
        triggers = match_triggers(doc, self.patterns, self.folding)
        if self.declines is not None:
            triggers = with_declines(doc, triggers, self.declines)
        if self.genericity is not None:
            triggers = without_generic(doc, triggers, self.genericity)
        if self.nonacts is not None:
            triggers = without_nonacts(doc, triggers, self.nonacts)
        if self.names is not None:
            triggers = without_labels(doc, triggers, self.names)
        if self.defaults is not None:
            triggers = without_block_defaults(doc, triggers, self.defaults)
        if self.warnings is not None:
            triggers = with_warning_senses(doc, triggers, self.warnings)
        if self.verbal is not None:
            triggers = with_verbal_senses(doc, triggers, self.verbal)
        if self.statements is not None:
            triggers = with_statement_senses(doc, triggers, self.statements)
        if self.civil is not None:
            triggers = with_civil_senses(doc, triggers, self.civil)
        if self.harm is not None:
            triggers = without_harm_doubles(doc, triggers, self.harm)
        if self.doubles is not None:
            triggers = without_act_doubles(doc, triggers, self.doubles)
        if self.received is not None:
            triggers = without_received(doc, triggers, self.received)
        doc._.ew_triggers = triggers
        return doc


def load_trigger_patterns(
    dictionaries: Sequence[str | Path] = (), use_bundled: bool = True, check_codes: bool = True
) -> PatternSet:
    """Bundled patterns plus those in user dictionary locations, codes checked against CAMEO.

    User files load first, so a user pattern wins a tie with a bundled one. Without user files
    the bundled set is the process-wide one (:func:`bundled_patterns`, shared by coders)."""
    user = user_pattern_paths(dictionaries)
    known = set(get_ontology().codes()) if check_codes else None
    if use_bundled and not user:
        patterns = bundled_patterns()
    else:
        patterns = load_patterns([*user, *(bundled_pattern_paths() if use_bundled else [])], known)
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
    if not use_bundled:
        return TriggerMatcher(patterns, folding)
    return TriggerMatcher(patterns, folding, bundled_declines(), bundled_genericity(),
                          bundled_nonacts(), bundled_block_defaults(), bundled_warnings(),
                          bundled_verbal_senses(), bundled_statement_senses(), bundled_labels(),
                          bundled_civil_senses(), bundled_roles(), bundled_act_doubles(),
                          bundled_receptions())


__all__ = ["TriggerMatcher", "load_trigger_patterns", "match_triggers", "make_triggers"]
