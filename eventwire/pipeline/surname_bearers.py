"""A bare surname is the person the article last named in full with it (``ew_actors``).

``person_names`` gives a bare surname ("Carney said", "Mr. Carney") the person of the last
person piece named in full with it. Two cases escape it, and this module reads the article's
own words for them:

* the full name sits inside a longer piece that is no person piece: an office's title
  ("White House Press Secretary Jay Carney", coded by the institution) or a place before an
  unknown title ("Texas Gov. Greg Abbott"). A dictionary person matched by the surname alone
  whose given names are not the ones written before the same surname earlier in the article
  is that other person: he takes the earlier piece's code when that piece names a person or
  an office ("Jay Carney": USAGOV), else he is a person with no code, never the dictionary's
  namesake (not Mark Carney, not Tony Abbott), unless the article also wrote the dictionary
  person's own given name with the surname and the later full name is no person's piece (a
  name in an event's title: "Donald Trump ... the 'Namaste Trump' event ... Trump");
* the article named the dictionary's own person with a title that states his office
  ("Special Counsel Robert Mueller"): the bare surname after it is that office holder, as
  coded there, not the dictionary's dated role (FBI director).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.actor_compose import AGENT, ORG, PERSON, TITLE, Piece
from eventwire.pipeline.person_names import PersonNames

# Words of a given name written before a surname ("Jay", "Greg", "J.").
MAX_GIVEN = 3
# Roles of the pieces whose code a namesake takes: a person, an office, or an organisation's
# office ("White House Press Secretary Jay Carney").
OFFICE_ROLES = frozenset({PERSON, AGENT, TITLE, ORG})


def with_surname_bearers(
    doc: Doc, pieces: list[Piece], names: PersonNames, known: Mapping[str, frozenset[str]]
) -> list[Piece]:
    """``pieces`` with the bare surnames of dictionary persons read as the article's own
    bearer of the surname (module docstring)."""
    return [_bearer(doc, p, pieces, names, known) for p in pieces]


def _bearer(doc: Doc, piece: Piece, pieces: list[Piece], names: PersonNames,
            known: Mapping[str, frozenset[str]]) -> Piece:
    if piece.role != PERSON or piece.person is None or piece.kb_id not in known or piece.also:
        return piece  # not a dictionary person (person_names has read it already)
    words = [t for t in doc[piece.start:piece.end] if t.lower_ not in names.honorifics]
    if len(words) != 1:
        return piece
    surname = words[0]
    found = _full_name_before(doc, surname, names)
    if found is None:
        return piece
    given, last = found
    holder = next((p for p in pieces if p.start <= last.i < p.end), None)
    written = _written_name(given, last)
    own = known.get(piece.kb_id or "", frozenset())
    spelled = [t.lower_ for t in given if t.is_alpha and len(t) > 1]
    if not spelled:
        return piece
    if any(word in own for word in spelled):
        return _same_person(piece, holder)
    if holder is None or holder.also:
        if _own_name_written(doc, surname, names, own):
            return piece  # "Donald Trump ... an event dubbed 'Kem Chho Trump' ... Trump"
        return Piece(piece.start, piece.end, PERSON, "person", name=written)
    if holder.role == PERSON and holder.person is not None:
        return replace(holder, start=piece.start, end=piece.end)  # another dictionary person
    if holder.role in OFFICE_ROLES or holder.has_title:
        return replace(holder, start=piece.start, end=piece.end, name=written, kb_id=None,
                       person=None)
    return Piece(piece.start, piece.end, PERSON, "person", name=written)


def _written_name(given: list[Token], last: Token) -> str:
    """The name as the article wrote it, less the title words the parse may have compounded
    onto it ("Press Secretary Jay Carney": "Jay Carney"; "George W. Bush")."""
    start = len(given) - 1
    while start > 0 and not given[start - 1].is_alpha:
        start -= 1
    if start > 0 and not given[start].is_alpha:
        start -= 1
    return " ".join(t.text for t in (*given[start:], last))


def _same_person(piece: Piece, holder: Piece | None) -> Piece:
    """The dictionary's own person, named before with a title that states his office."""
    if holder is None or holder.kb_id != piece.kb_id or holder.role != PERSON:
        return piece
    if not (holder.has_title and holder.sector_given) or holder.also:
        return piece
    return replace(holder, start=piece.start, end=piece.end)


def _full_name_before(doc: Doc, surname: Token,
                      names: PersonNames) -> tuple[list[Token], Token] | None:
    """The given-name words and the surname of the last full name before ``surname`` that
    ends with the same word ("Jay Carney" before "Carney")."""
    for token in reversed(doc[: surname.i]):
        if token.text != surname.text:
            continue
        given: list[Token] = []
        i = token.i - 1
        while i >= 0 and len(given) < MAX_GIVEN and _given_word(doc[i], token, names):
            given.insert(0, doc[i])
            i -= 1
        if given:
            return given, token
    return None


def _own_name_written(doc: Doc, surname: Token, names: PersonNames,
                      own: frozenset[str]) -> bool:
    """The article wrote the dictionary person's own given name before ``surname`` with it
    ("Donald Trump"): a later full name that is no person's nor office's piece (a name in an
    event's title) does not take the bare surname from him."""
    for token in doc[: surname.i]:
        if token.text != surname.text:
            continue
        i = token.i - 1
        while i >= 0 and _given_word(doc[i], token, names):
            if doc[i].lower_ in own:
                return True
            i -= 1
    return False


def _given_word(token: Token, surname: Token, names: PersonNames) -> bool:
    """A word of a given name: a capitalised proper noun compounded onto the surname, or an
    initial ("J.")."""
    if token.lower_ in names.honorifics:
        return False
    initial = len(token.text) == 2 and token.text[1] == "." and token.text[0].isupper()
    name = (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()
            and token.dep_ == "compound" and token.head.i == surname.i)
    return initial or name


__all__ = ["with_surname_bearers"]
