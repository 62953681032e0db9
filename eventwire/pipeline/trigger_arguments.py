"""Arguments of a trigger that the parse hides under another word, for the dependency
constraints of :mod:`eventwire.pipeline.trigger_constraints`.

* A counting subject ("hundreds *of troops*", "a unit *of peacekeepers*") stands for the group
  it counts: the "of" object of a partitive head or a number (``partitive_heads`` in
  data/phrases.yaml, the words that widen an actor's phrase the same way) names who acts.
* A "for ... to" clause after a verb ("appealed *for* the junta to free them") is parsed as a
  clause whose subordinator is "for": that clause is the verb's "for" slot all the same (the
  folding of embedded events reads it, :mod:`eventwire.pipeline.folding`).
* A relative clause on a noun that names its own agent has that noun as its object: "the
  sanctions *Washington imposed*", "sanctions *it can impose*", "the sanctions *that* the EU
  imposed", "sanctions *which were imposed by* the EU" (a relative pronoun stands for the noun).
  A clause without an agent ("sanctions which were imposed in May") and a participle ("sanctions
  imposed on Iran") are left to the noun, which codes the act, and so is a clause whose verb
  receives or undergoes what the noun names ("the treatment they received", "the hostility she
  has faced": ``undergoing_verbs`` of data/roles.yaml): its subject did not do the act.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.pipeline.phrases import bundled_lexicon as phrase_lexicon
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon

OF = "of"
CLAUSE_FOR = "for"
CLAUSE_FOR_DEPS = frozenset({"advcl", "ccomp"})
NUMBER_POS = "NUM"
RELATIVE_DEP = "relcl"
GAP_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
ANTECEDENT_POS = frozenset({"NOUN", "PROPN"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEP = "nsubjpass"
AGENT_DEP = "agent"


def counted(subjects: list[Token]) -> list[Token]:
    """The groups the counting ``subjects`` count, with their conjuncts ("hundreds of soldiers
    and police")."""
    heads = phrase_lexicon().partitive_heads
    found: list[Token] = []
    for subject in subjects:
        if subject.lower_ not in heads and subject.pos_ != NUMBER_POS:
            continue
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == OF:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += [obj, *obj.conjuncts]
    return found


def clause_marker(head: Token, word: str) -> list[Token]:
    """The "for" opening an infinitival clause right after the verb ``head`` (only adverbs
    between: "pushed hard for Congress to act"), when ``word`` is "for"."""
    if word != CLAUSE_FOR:
        return []
    return [
        m for c in head.children if c.dep_ in CLAUSE_FOR_DEPS and c.i > head.i
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == word and m.i == c.left_edge.i
        and all(t.dep_ == "advmod" for t in head.doc[head.i + 1:m.i])
    ]


def gap_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """The verb's ``objects``, where the verb heads a relative clause on a noun that names its
    own agent (an active subject, or a passive "by" agent): a relative pronoun among them
    stands for the noun, and with none the noun is the object of an active verb with no
    complement clause, where the gap could be ("sanctions *it can impose*"; not "the plan,
    which they said would fail")."""
    noun = verb.head
    if verb.dep_ != RELATIVE_DEP or noun.pos_ not in ANTECEDENT_POS or noun.i > verb.i:
        return objects
    if verb.lemma_.lower() in _undergoing_verbs():
        return objects
    active = any(c.dep_ in ACTIVE_SUBJECT_DEPS and not _relative(c) for c in verb.children)
    agent = any(c.dep_ == AGENT_DEP for c in verb.children)
    if not objects:
        complement = any(c.dep_ in GAP_COMPLEMENT_DEPS for c in verb.children)
        return [noun] if active and not complement else []
    return [noun if _relative(o) and (active or (agent and o.dep_ == PASSIVE_SUBJECT_DEP))
            else o for o in objects]


@lru_cache(maxsize=1)
def _undergoing_verbs() -> frozenset[str]:
    return load_role_lexicon().undergoing_verbs


def _relative(token: Token) -> bool:
    return token.tag_ in RELATIVE_TAGS and token.lower_ in RELATIVE_WORDS


__all__ = ["clause_marker", "counted", "gap_objects"]
