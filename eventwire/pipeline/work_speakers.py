"""Works as speakers, for ``ew_attribution``: a book, film, poll or report that "says",
"writes" or "argues" speaks for its author, it is no person of its own.

The work is the speaker's own noun ("a new report says", "the poll shows") or a noun in
apposition to it ("*Fire and Fury*, a book by Michael Wolff, says"), of the ``work_nouns`` of
``attribution.yaml`` or the document nouns of ``roles.yaml``. Its author is the object of a
"by" phrase on it or on the title ("The book, by historian Ana Ruiz, argues"); else an owner
written as its modifier ("a UN report", "Amnesty's study"); else, for a document noun, an owner
``documents.document_owners`` reads after it ("a statement from the ministry", "a report
released by the UN") or the owner of the document a definite noun takes up ("The UN released a
report. The report says ..."). With none of these the statement has no speaker: its
attribution is of kind ``work``, which names nobody in an event but still marks the clause as
reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.documents import document_owners
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention

AUTHOR_PREP = "by"
# Modifiers of the work noun that name its owner ("a UN report", "Amnesty's study").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN"})


def work_of(speaker: Token, works: frozenset[str]) -> Token | None:
    """The noun that makes ``speaker`` a work: itself or a noun in apposition to it."""
    for token in (speaker, *(c for c in speaker.children if c.dep_ == "appos")):
        if token.pos_ in NOUN_POS and token.lemma_.lower() in works:
            return token
    return None


def author_token(work: Token, speaker: Token, verb: Token) -> Token | None:
    """The head of the author phrase of a work: a "by" object on the work or on its title, or
    a "by" phrase between the work and its verb that the parser hung on the verb ("The memoir,
    by Ana Ruiz, argues"). Not a participle's agent, who may have only found or published it
    ("a CIA memo obtained by the AP": the CIA's; see ``work_owner``)."""
    for host in [work, speaker, verb]:
        for prep in host.children:
            if host is verb and not speaker.i < prep.i < verb.i:
                continue
            if prep.dep_ in ("prep", "agent") and prep.lower_ == AUTHOR_PREP:
                objects = [g for g in prep.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def work_owner(work: Token, index: MentionIndex) -> ActorMention | None:
    """An owner written as the work's modifier ("a UN report"), else a document's owner named
    after it ("a statement from the ministry") or the owner of the document a definite noun
    takes up (``documents.document_owners``)."""
    for child in work.children:
        if child.dep_ in OWNER_DEPS:
            found = next((m for t in child.subtree if (m := index.own(t)) is not None), None)
            if found is not None:
                return found
    owners = document_owners([work], index)
    return owners[0] if owners else None


__all__ = ["author_token", "work_of", "work_owner"]
