"""The target of a protest from its purpose clause.

A protest is aimed at whom its demand is: "students staged a hunger strike to demand the
resignation of the president", "workers rallied to protest the closure ordered by the ministry"
-> the president, the ministry. When the grammatical rules find no target for an event of one
of ``purpose_target_codes`` (``roles.yaml``), the first actor inside a "to"-infinitive purpose
clause of the trigger (or of the verb that carries the event noun) is the target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention

# Links by which a "to"-infinitive clause hangs on a verb or noun.
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
INFINITIVE_TAG = "TO"


def _purpose_clauses(host: Token) -> list[Token]:
    return [
        child for child in host.children
        if child.dep_ in PURPOSE_DEPS
        and any(a.dep_ == "aux" and a.tag_ == INFINITIVE_TAG for a in child.children)
    ]


def purpose_target(
    code: str, codes: tuple[str, ...], hosts: list[Token | None],
    mention_at: Callable[[Token], ActorMention | None], sources: list[ActorMention],
) -> list[ActorMention]:
    """For an event of one of ``codes``: the first actor (not a source) in a purpose clause of
    one of ``hosts`` (the trigger, the verb carrying it); [] if none."""
    if not code.startswith(codes):
        return []
    for host in (h for h in hosts if h is not None):
        for clause in _purpose_clauses(host):
            for token in clause.subtree:
                mention = mention_at(token)
                if mention is not None and token.i > clause.i and mention not in sources:
                    return [mention]
    return []


__all__ = ["purpose_target"]
