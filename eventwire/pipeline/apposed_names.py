"""A proper name that no dictionary knows, with a comma apposition saying what the person is
("John Gambhir, a lawyer, criticised ...", "Jane Roe, a spokeswoman for the ministry, said"),
is that person, coded as the apposition is (used by ``ew_actors``).

The dictionaries code the apposition ("a lawyer": CVL); the name they do not know, and
``unknown_names`` leaves it out because a known phrase describes it. The name is the person
the text goes on about, so that a later "he" or "she" stands for it (``mention_index``); its
mention is the name's words with the apposition's code, country and sector, of kind
``person``, and its phrase takes the apposition in (``phrases``: "John Gambhir, a lawyer"). The
apposition names a person when its mention is of a kind that does
(``naming_apposition_kinds`` in ``person_nouns.yaml``: a title, "a spokeswoman") or its
head is a singular person noun ("a lawyer", "a retired teacher"); a plural or a body ("Acme,
a company") names no person. A later bare surname of that name with no code of its own
("Gambhir said") is the same person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.person_antecedents import PersonNouns, load_person_nouns, person_noun

APPOSITION_DEP = "appos"
COMMA = ","
PERSON_KIND = "person"
# The tag of a singular common noun: "a lawyer", not "lawyers".
SINGULAR_NOUN_TAG = "NN"


def with_apposed_names(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the unknown names that a coded comma apposition says are a person
    added as that person, and their later bare surnames with no code as the same person; in
    text order."""
    nouns = load_person_nouns()
    by_head = {m.head: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[ActorMention] = []
    for token in doc:
        if token.i in taken or not _name_word(token) or any(
                c.dep_ == "compound" and c.i in taken for c in token.children):
            continue  # a name with a known part is the dictionaries' to read
        described = _describing(token, by_head, nouns)
        if described is not None:
            start = _name_start(token, taken)
            added.append(replace(described, start=start, end=token.i + 1, head=token.i,
                                 name=doc[start:token.i + 1].text, kb_id=None, kind=PERSON_KIND,
                                 also=()))
            taken.update(range(start, token.i + 1))
    if not added:
        return mentions
    found = [_surname_bearer(m, added) for m in mentions]
    return sorted(found + added, key=lambda m: (m.start, m.end))


def _describing(name: Token, by_head: dict[int, ActorMention],
                nouns: PersonNouns) -> ActorMention | None:
    """The coded mention of a comma apposition of ``name`` that names a person."""
    for child in name.children:
        if child.dep_ != APPOSITION_DEP or child.i < name.i or not _after_comma(child):
            continue
        mention = by_head.get(child.i)
        if mention is None or not mention.code or child.tag_ != SINGULAR_NOUN_TAG:
            continue
        if mention.kind in nouns.naming_apposition_kinds or person_noun(child, nouns):
            return mention
    return None


def _surname_bearer(mention: ActorMention, added: list[ActorMention]) -> ActorMention:
    """A later uncoded person written as the last word of an added name ("Gambhir said") is
    that person."""
    if mention.code or mention.kind != PERSON_KIND or mention.end - mention.start != 1:
        return mention
    bearer = next((a for a in reversed(added) if a.end <= mention.start and a.name
                   and a.name.split()[-1] == (mention.name or "").split()[-1]), None)
    if bearer is None:
        return mention
    return replace(bearer, start=mention.start, end=mention.end, head=mention.head)


def _after_comma(token: Token) -> bool:
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text == COMMA


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def _name_start(token: Token, taken: set[int]) -> int:
    """The first word of the name whose last word is ``token``: the capitalised proper nouns
    compounded onto it right before it."""
    start = token.i
    doc = token.doc
    while (start - 1 >= token.sent.start and start - 1 not in taken
           and _name_word(doc[start - 1]) and doc[start - 1].head.i == token.i
           and doc[start - 1].dep_ == "compound"):
        start -= 1
    return start


__all__ = ["with_apposed_names"]
