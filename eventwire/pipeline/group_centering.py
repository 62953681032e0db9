"""Which earlier group a subject "it" or "they" opening a sentence's main clause stands for
(read by ``mention_index.group_antecedent``).

A pronoun that is the subject of its sentence's main clause continues what the text is about:
the subject of the last sentence that names a group it may stand for ("The defence ministry
accused Ukraine of shelling the plant. It said two workers were hurt": the ministry, not
Ukraine; "The rebels attacked the army. They said ...": the rebels). The object or another
group named after that subject is only the nearest mention, which the pronoun takes when
that sentence has no agreeing subject of its main clause (centering's preference of the
subject over recency). A pronoun inside a subordinate clause, or one whose nearest group is
in its own sentence, keeps the nearest group.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.verb_subjects import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

MAIN_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
# A verb coordinated with the main verb is in the main clause too ("X met Y and said ...").
MAIN_CLAUSE_DEPS = frozenset({"conj"})
ROOT_DEP = "ROOT"


def main_subject(token: Token) -> bool:
    """``token`` is the subject of its sentence's main verb, or of a verb coordinated with it."""
    if token.dep_ not in MAIN_SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ in MAIN_CLAUSE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == ROOT_DEP


def subject_group(pronoun: Token, before: Sequence[ActorMention]) -> ActorMention | None:
    """Of the agreeing groups ``before`` the pronoun (text order), the subject of the main
    clause of the last sentence naming one, when ``pronoun`` is its own main clause's subject
    and that sentence comes before its own; else None (the caller takes the nearest)."""
    if not before or not main_subject(pronoun):
        return None
    doc = pronoun.doc
    sentence = doc[before[-1].head].sent
    if sentence.start >= pronoun.sent.start:
        return None
    return next((m for m in before if m.start >= sentence.start
                 and main_subject(doc[m.head])), None)


__all__ = ["main_subject", "subject_group"]
