"""The "it" of extraposition, for pronoun resolution (``mention_index.py``): in "it is important
to ...", "it's hard to blame ...", "it seems that ...", "it took officials days to
acknowledge ...", "it was announced that ..." the subject "it" stands for the clause moved
after the predicate, not for a country or group named before, so it names no actor. The
predicate words and verbs are data (``extraposition_predicates``, ``extraposition_verbs`` in
``roles.yaml``); any passive with a clause after it counts ("it is believed that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import RoleLexicon

EXPLETIVE = "it"
SUBJECT_DEPS = frozenset({"nsubj", "expl"})
PASSIVE_SUBJECT = "nsubjpass"
# How a predicate word hangs from the copula ("it is **important**", "it is **part** of ...").
PREDICATE_DEPS = frozenset({"acomp", "attr"})
# Clauses that may be the extraposed subject: an infinitive or a finite clause after it.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "csubj"})
# Words that open a finite extraposed clause ("that", "whether", "if").
CLAUSE_MARKS = frozenset({"that", "whether", "if"})


def extraposition_it(pronoun: Token, lexicon: RoleLexicon) -> bool:
    """``pronoun`` is the dummy subject "it" of an extraposed clause (see the module)."""
    if pronoun.lower_ != EXPLETIVE:
        return False
    head = pronoun.head
    if pronoun.dep_ == PASSIVE_SUBJECT:  # "it was announced that ...", "it is believed that"
        return any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    wanted = lexicon.extraposition_verbs.get(head.lemma_.lower())
    if wanted is not None:
        return any(c.dep_ in wanted and c.i > pronoun.i and _clause(c) for c in head.children)
    predicates = [head] if head.pos_ in ("ADJ", "NOUN") else []
    predicates += [c for c in head.children if c.dep_ in PREDICATE_DEPS]
    return any(
        p.lemma_.lower() in lexicon.extraposition_predicates and _clause_after(p, head)
        for p in predicates)


def _clause_after(predicate: Token, head: Token) -> bool:
    """An infinitive or "that" clause after the predicate word, on it, inside its phrase
    ("part of a president's duties to interact") or on the copula."""
    tokens = [*predicate.subtree, *head.children]
    return any(t.dep_ in CLAUSE_DEPS and t.i > predicate.i and _clause(t) for t in tokens)


def _clause(verb: Token) -> bool:
    """An infinitive ("to notify"), a gerund complement ("worth reiterating") or a clause
    opened by "that"/"whether" or none ("it seems Iran will")."""
    if verb.dep_ == "ccomp":
        return True
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in
               CLAUSE_MARKS) for c in verb.children) or verb.tag_ == "VBG"


__all__ = ["extraposition_it"]
