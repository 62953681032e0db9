"""Dependency constraints of trigger patterns, checked at a candidate head.

A pattern's constraints (particle, preposition, object and its modifiers, open complement,
modifier, governor, prepositional arguments) are looked for among the head's dependents; its
subject words among the subject or, for a verb, the words before it in its clause (auxiliaries,
negation, adverbs, governing verbs), as PETRARCH reads the words before the verb. Each check
returns the indices of the tokens it used, or None when the constraint fails. The checks of
what the head's complements are (a verbal complement, an object predicate, a clausal complement
and its mood, an indirect question) are in :mod:`eventwire.pipeline.trigger_complements`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from eventwire.knowledge.gazetteer import gazetteer
from eventwire.knowledge.patterns import PrepArgument, TriggerPattern
from eventwire.pipeline.date_patterns import load_dates_data
from eventwire.pipeline.doc_memo import per_doc
from eventwire.pipeline.trigger_arguments import counted, gap_objects
from eventwire.pipeline.trigger_clauses import (
    clause_constraints,
    complements,
    gerund_object,
    participle_subject,
)
from eventwire.pipeline.trigger_complements import (
    SUBJECT_DEPS,
    clause_only,
    indicative_clause,
    indirect_question,
    names_its_object,
    verbal_complement_only,
)

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
PREP_DEPS = frozenset({"prep", "agent", "dative", "prt"})
VERB_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
# Where a converted dictionary's post-verb word may sit besides the object proper.
# A plural noun head, which a pattern of a singular noun does not fit ("demands grew").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# What makes a noun no bare noun: "on *the* strike", "on *their* strike".
DETERMINER_DEPS = frozenset({"det", "poss"})
VERB_COMPLEMENT_DEPS = frozenset({"attr", "oprd", "acomp", "dative", "xcomp", "advmod"})
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl"})
# Words before a verb that a converted pattern may name besides its subject ("did not", "heavily").
CONTEXT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Links from a verb up to the verb whose clause holds it ("indicated it would act").
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
# Clauses a verb governs whose objects count as words after it ("vowed to wage war"). Not a
# clausal complement: "said it had halted aid" says, it does not give aid.
EMBEDDED_DEPS = frozenset({"xcomp"})
# Dependents that make the complement someone else's act ("asked Tehran to help").
CONTROLLER_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
# Words that open a subject phrase ("neither ... nor", "both ... and"; parsed as det or preconj).
SUBJECT_OPENER_DEPS = frozenset({"preconj", "det"})
NOUN_OBJECT_PREP = "of"
# Digits of a year ("in 2019").
YEAR_DIGITS = 4
# Modifiers of an object that a converted pattern's post-verb word may be ("diplomatic ties").
PHRASE_WORD_DEPS = frozenset({"amod", "compound", "poss", "nummod", "det"})
# Entity types of a named place (place_object): countries, cities, regions.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC"})


def _children(head: Token, deps: frozenset[str], words: Iterable[str]) -> list[Token]:
    wanted = set(words)
    return [
        c
        for c in head.children
        if c.dep_ in deps and (c.lower_ in wanted or c.lemma_.lower() in wanted)
    ]


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Nouns of time in ``dates.yaml``: months, weekdays, days, parts of days, periods."""
    data = load_dates_data()
    return frozenset(word.lower() for words in (
        data.months, data.month_abbreviations, data.weekdays, data.relative_days,
        data.day_parts, data.periods, data.units) for word in words)


def _temporal(prep: Token) -> bool:
    """A prepositional phrase of time ("on Monday", "in March", "in 2019"): it fills no
    argument slot of a verb ("called the minister on Monday" is no appeal to anyone)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(_time_noun(o) for o in objects)


def _time_noun(token: Token) -> bool:
    if token.lower_ in time_words() or token.lemma_.lower() in time_words():
        return True
    return token.like_num and len(token.text) == YEAR_DIGITS and token.text.isdigit()


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
    objects = gap_objects(head, [c for c in head.children if c.dep_ in VERB_OBJECT_DEPS])
    return objects + [c for c in head.children if c.dep_ in VERB_COMPLEMENT_DEPS] \
        + _small_clause_subjects(head)


def _small_clause_subjects(verb: Token) -> list[Token]:
    """The noun a participle clause after ``verb`` is about, which the parser may make that
    clause's subject rather than the verb's object ("accepted refugees (nsubj) fleeing (ccomp)
    the war"): the verb's object all the same."""
    return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in NOMINAL_POS and s.i > verb.i]


def _object_candidates(head: Token, preps: list[Token]) -> list[Token]:
    """Object tokens (with conjuncts), then the nouns compounded onto them ("fired artillery
    shells" names artillery fire as "fired artillery" does), then, for a verb, the objects of
    its open complement ("vowed to wage war"): the words after a verb PETRARCH reads reach
    into the clause it governs."""
    slots = _with_conjuncts(_object_slots(head, preps))
    found = slots + [c for slot in slots for c in slot.children if c.dep_ == "compound"]
    if preps or head.pos_ != "VERB":
        return found
    clauses = [c for c in head.children if c.dep_ in EMBEDDED_DEPS and subject_control(head, c)]
    return found + [o for c in clauses for o in _with_conjuncts(_object_slots(c, []))]


def subject_control(head: Token, clause: Token) -> bool:
    """Whether ``clause`` (after ``head``) is the act of ``head``'s own subject: no object and
    no actor as a prepositional object stand between them ("vowed on Thursday to wage war",
    but not "called on the government to hold elections", "asked Tehran to help")."""
    if clause.i < head.i:
        return False
    doc = head.doc
    mentions = (doc._.ew_actors or ()) if doc.has_extension("ew_actors") else ()
    actors = per_doc(doc, "actor_tokens", mentions,
                     lambda: frozenset(i for m in mentions for i in range(m.start, m.end)))
    for child in head.children:
        if not head.i < child.i < clause.i:
            continue
        if child.dep_ in CONTROLLER_DEPS:
            return False
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(g.i in actors for g in objects):
            return False
    return True


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
        described = participle_subject(current)
        if described is not None:
            return [described]
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
    """The object of a preposition, or the gerund it governs ("looked forward to *meeting*
    him"); of one parsed as a particle, the verb's object after it ("clashed over the efforts"
    with "over" as a particle)."""
    if prep.dep_ == "prt":
        return [c for c in host.children if c.dep_ in VERB_OBJECT_DEPS and c.i > prep.i]
    return [c for c in prep.children if c.dep_ == "pobj" or gerund_object(c)]


def _prep_argument(hosts: list[Token], argument: PrepArgument) -> list[int] | None:
    """A preposition of ``argument`` under one of ``hosts`` with a fitting object."""
    for host in hosts:
        for prep in _children(host, PREP_DEPS, argument.prep):
            if not argument.object and not argument.modifier and not argument.compound:
                if _temporal(prep):
                    continue
                return [prep.i]
            objects = _with_conjuncts(_prep_objects(host, prep))
            if argument.compound and len(objects) < 2:
                continue
            found = _noun_slot(objects, argument.object, argument.modifier)
            if found is None and not argument.modifier:
                # "memos on economic issues" for "ON ECONOMIC": a word of the object's phrase
                found = next(([o.i] for o in objects if _own_modifier(o, argument.object)), None)
            if found is not None:
                # A gerund object heads an event of its own ("accused them of *attacking*"):
                # it is checked, not claimed.
                return [prep.i, *(i for i in found if not gerund_object(host.doc[i]))]
    return None


def subject_tokens(head: Token, pattern: TriggerPattern) -> list[int] | None:
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
    if found is None:
        found = _noun_slot(counted(subjects), pattern.subject, pattern.subject_modifier)
    if found is None and head.pos_ == "VERB":
        found = _context_slot(_preverb_context(head), pattern)
    if found and pattern.subject_adjacent and found[0] != head.i - 1:
        return None  # "recently_*": no word between it and the verb
    return found


def _preverb_context(head: Token) -> list[Token]:
    """Words left of a verb in its clause besides the subject's head: the word opening a
    coordinated subject ("neither"), the verb's auxiliaries, negation and adverbs (with their
    conjuncts and modifiers), and the verbs governing its clause."""
    found = [c for s in _subjects(head) for c in s.children if c.dep_ in SUBJECT_OPENER_DEPS]
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
        if pattern.object_adjacent and not _closed_before(obj, pattern):
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


def _closed_before(obj: Token, pattern: TriggerPattern) -> bool:
    """The object's modifier words right before it, with no other word between ("cultural
    memos", not "cultural secret memos")."""
    slots = pattern.object_slots or (pattern.object_modifier,)
    start = obj.i - len(slots)
    if start < obj.sent.start:
        return False
    doc = obj.doc
    return all(_pick([doc[start + k]], slot) is not None for k, slot in enumerate(slots))


def _pick(tokens: Iterable[Token], words: Iterable[str]) -> Token | None:
    wanted = set(words)
    for token in tokens:
        if token.lemma_.lower() in wanted or token.lower_ in wanted:
            return token
    return None


def _phrase_word(objects: list[Token], pattern: TriggerPattern) -> Token | None:
    """The object head whose phrase has the pattern's one post-verb word before the head
    ("renewed diplomatic ties" for "* DIPLOMATIC", "warned their people" for "* THEIR"): the
    words after the verb PETRARCH reads are the phrase's words, not its head alone. The head is
    returned (it is what the object constraints read)."""
    if pattern.object_modifier or pattern.object_slots:
        return None
    return next((obj for obj in objects if _own_modifier(obj, pattern.object)), None)


def _named_place(objects: list[Token]) -> Token | None:
    """The first object that is a named place ("took *Kabul*", "seized *Kherson*"): a proper
    name the parser tags as a place or the gazetteer knows (with the names compounded before
    it: "*Sierra* Leone"), not a common noun nor a name the gazetteer files only as a word."""
    for obj in objects:
        if obj.ent_type_ in PLACE_ENTITY_TYPES:
            return obj
        if obj.pos_ != "PROPN":
            continue
        start = obj.i
        while start > obj.sent.start and obj.doc[start - 1].dep_ == "compound" \
                and obj.doc[start - 1].pos_ == "PROPN" and obj.doc[start - 1].head.i == obj.i:
            start -= 1
        entries = gazetteer().lookup(obj.doc[start:obj.i + 1].text)
        if any(not entry.common_word for entry in entries):
            return obj
    return None


def _own_modifier(token: Token, words: tuple[str, ...]) -> bool:
    """One of ``words`` modifies ``token`` itself, before it ("diplomatic ties", "their
    people"): not a word inside another modifier ("President Reagan's statement") nor a name."""
    modifiers = [
        c for c in token.children
        if c.i < token.i and c.dep_ in PHRASE_WORD_DEPS and c.pos_ != "PROPN"
    ]
    return _pick(modifiers, words) is not None


def _governor_ok(head: Token, words: tuple[str, ...]) -> bool:
    """The word ``head`` hangs on is one of ``words``; through a preposition, either the
    preposition ("*in* recognition of") or the word it hangs on ("*taken* into custody")."""
    governor = head.head
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        if _pick([governor], words) is not None:
            return True
        governor = governor.head
    return governor.i != head.i and _pick([governor], words) is not None


def governor_tokens(head: Token) -> set[int]:
    """The words a pattern's governor is looked for among: the word ``head`` hangs on, and
    through a preposition the word that hangs on ("a *state* *of* emergency")."""
    governor = head.head
    return {governor.i, governor.head.i} if governor.dep_ == "prep" else {governor.i}


def constraint_tokens(head: Token, pattern: TriggerPattern) -> list[int] | None:
    """Indices of the tokens satisfying the pattern's constraints, or None when one fails."""
    used = _dependency_tokens(head, pattern)
    if used is None and _only_closed_object(pattern):
        return _closed_phrase(head, pattern)
    return used


def _only_closed_object(pattern: TriggerPattern) -> bool:
    """A pattern whose one constraint after the verb is an object written as joined words."""
    return pattern.object_adjacent and bool(pattern.object) and not (
        pattern.preps or pattern.particle or pattern.prep or pattern.xcomp or pattern.modifier
        or pattern.governor)


def _closed_phrase(head: Token, pattern: TriggerPattern) -> list[int] | None:
    """PETRARCH's joined words after the verb (``* REALLY_PLEASANT``): those words one after
    another anywhere in the verb's phrase after it, a clause it governs included ("allowed
    that it is not a really pleasant place"), where the object's own slots did not have
    them. A phrase of several joined words names the verb's sense wherever it stands."""
    slots = (*(pattern.object_slots or (pattern.object_modifier,)), pattern.object)
    doc = head.doc
    after = {t.i for t in head.subtree if t.i > head.i}
    for start in sorted(after):
        span = range(start, start + len(slots))
        if all(i in after and _pick([doc[i]], slot) is not None for i, slot in zip(
                span, slots, strict=True)):
            return list(span)
    return None



def _dependency_tokens(head: Token, pattern: TriggerPattern) -> list[int] | None:
    used: list[int] = []
    if pattern.verbal_complement and not verbal_complement_only(head):
        return None
    if pattern.object_predicate and not names_its_object(head):
        return None
    said = clause_constraints(head, pattern)
    if said is None:
        return None
    used += said
    if pattern.clause_complement and not clause_only(head):
        return None
    if pattern.indicative and not indicative_clause(head):
        return None
    if pattern.question:
        opener = indirect_question(head)
        if opener is None:
            return None
        used.append(opener.i)
    particles = [c for c in _children(head, PARTICLE_DEPS, (pattern.particle or "",))
                 if pattern.particle and not any(g.dep_ == "pobj" for g in c.children)]
    if pattern.particle and not particles:
        return None
    used += [p.i for p in particles[:1]]
    preps: list[Token] = []
    if pattern.prep:  # the parser may hang it on the particle: "pulled out *of* the deal"
        preps = [p for h in (head, *particles) for p in _children(h, PREP_DEPS, (pattern.prep,))
                 if not _temporal(p)]
        if not preps:
            return None
        used.append(preps[0].i)
    obj: Token | None = None
    for words, slots in (
        (pattern.object, lambda: _object_candidates(head, preps)),
        (pattern.xcomp, lambda: complements(head, pattern.xcomp_particle)),
        (pattern.modifier, lambda: [c for c in head.children if c.dep_ in MODIFIER_DEPS]),
    ):
        if words:
            candidates = slots()
            found = _pick(candidates, words)
            if found is None and words is pattern.object:
                found = _phrase_word(candidates, pattern)
            if found is None:
                return None
            used.append(found.i)
            obj = found if words is pattern.object else obj
    if pattern.bare and any(c.dep_ in DETERMINER_DEPS for c in head.children):
        return None
    if pattern.singular and head.tag_ in PLURAL_TAGS:
        return None
    if pattern.place_object:
        place = _named_place(_object_candidates(head, preps))
        if place is None:
            return None
        used.append(place.i)
    if pattern.governor and not _governor_ok(head, pattern.governor):
        return None
    extra = _phrase_constraints(head, pattern, obj)
    return None if extra is None else used + extra


__all__ = ["NOMINAL_POS", "constraint_tokens", "governor_tokens", "subject_control",
           "subject_tokens"]
