"""Sectors and countries shared across coordinated actors (used by ``ew_actors`` after
``actor_compose.compose``).

A modifier or a prepositional place written once may belong to every member of a list, as
PETRARCH codes such phrases and a reader understands them:

* a country modifier written before coordinated sector words is each one's: "Danish media and
  government" -> DNKMED, DNKGOV, but not a member's with a name of its own before it
  ("Republican lawmakers and Labour MPs": the MPs are not American); so is the country of a
  sector phrase whose sector word is coordinated with the modifier of a sector phrase after
  it: "US military and administration officials" -> USAMIL, USAGOV;
* a place joined by a preposition after coordinated sector words is each one's: "lawmakers and
  officials in Fornost" -> FORLEG, FORGOV;
* places coordinated with the place of "<sector> of/from/in <place>" take the sector: "the
  ambassadors of Arnor, Osgiliath and Gondor" -> ARNGOV, OSGGOV, GONGOV; with several sector
  words every sector of every place ("lawmakers and officials in A and B": four actors).

A phrase that stands for several actors keeps its own span and code and lists the others in
``Piece.also`` (``ActorMention.also``), so every one of them takes part in its events. Only
tokens that coordinate (a conjunction, a comma, a determiner) may stand between list members,
and the parse must coordinate them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.actor_compose import AGENT, PLACE, TITLE, Piece, with_sector_of

# Tokens that may stand between two members of a list ("A, B and the C").
LIST_GAP_DEPS = frozenset({"cc", "punct", "det"})
SECTOR_ROLES = (AGENT, TITLE)
# Modifiers through which a list member names whose it is itself ("Labour MPs").
OWN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def distribute(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` (text order) with shared countries and sectors given to every list member."""
    out = _share_countries(doc, list(pieces))
    return _share_sectors(doc, out)


def _root(doc: Doc, piece: Piece) -> Token:
    return doc[piece.start : piece.end].root


def _bare_sector(piece: Piece) -> bool:
    """A sector word with no country, organisation or person of its own ("officials")."""
    return (
        piece.role in SECTOR_ROLES
        and not (piece.country or piece.org_code or piece.person or piece.lead)
        and bool(piece.sector or piece.anchor_sector)
    )


def _placed(piece: Piece) -> bool:
    """A sector word that has a country or organisation and no person ("Danish media")."""
    return piece.role in SECTOR_ROLES and bool(piece.country or piece.org_code) and not piece.person


def _list_gap(doc: Doc, left: Piece, right: Piece) -> bool:
    gap = doc[left.end : right.start]
    return 0 < len(gap) <= 3 and all(t.dep_ in LIST_GAP_DEPS or t.is_punct for t in gap) and any(
        t.dep_ == "cc" or t.text == "," for t in gap
    )


def _coordinated(first: Token, second: Token) -> bool:
    """The parse coordinates the two tokens (one a conjunct of the other, or both of one)."""
    return second in first.conjuncts or first in second.conjuncts


def _share_countries(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """A country written before a list of sector words, or placed after it by a preposition,
    belongs to each of them."""
    for i in range(len(pieces) - 1):
        left, right = pieces[i], pieces[i + 1]
        if _placed(left) and _bare_sector(right) and _modifier_before(doc, left) and _listed(
            doc, left, right
        ) and not _named_modifier(doc, right):
            pieces[i + 1] = _with_country(right, left)
        elif _bare_sector(right) and _coordinated_modifiers(doc, left, right):
            pieces[i + 1] = replace(right, country=left.country)
    for i in range(len(pieces) - 1, 0, -1):
        left, right = pieces[i - 1], pieces[i]
        after = _placed(right) and not _modifier_before(doc, right)
        if _bare_sector(left) and after and _listed(doc, left, right) \
                and not _named_modifier(doc, left):
            pieces[i - 1] = _with_country(left, right)
    return pieces


def _named_modifier(doc: Doc, piece: Piece) -> bool:
    """A sector word with a name of its own before it, a party, a body or a people that no
    dictionary places ("Labour MPs", "Conservative MPs"): a country written for another member
    of the list is not its ("Republican lawmakers and Labour MPs": the MPs are not American)."""
    root = _root(doc, piece)
    return any(c.dep_ in OWN_MODIFIER_DEPS and c.i < root.i and _name_word(c)
               for c in root.children)


def _name_word(token: Token) -> bool:
    """A proper noun, or a word written with a capital where the sentence does not start."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.i != token.sent.start)


def _coordinated_modifiers(doc: Doc, left: Piece, right: Piece) -> bool:
    """A country's sector phrase whose sector word is coordinated with the first modifier of a
    sector phrase after it ("US military and administration officials": the officials of both
    are American) gives that phrase its country."""
    if not (left.country and (left.sector or left.anchor_sector)) or left.person is not None:
        return False
    last, first, head = doc[left.end - 1], doc[right.start], _root(doc, right)
    return (_list_gap(doc, left, right) and _coordinated(last, first) and first.i != head.i
            and head.i in (last.head.i, first.head.i))


def _listed(doc: Doc, left: Piece, right: Piece) -> bool:
    """Two neighbouring pieces are members of one list."""
    return _list_gap(doc, left, right) and _coordinated(_root(doc, left), _root(doc, right))


def _modifier_before(doc: Doc, piece: Piece) -> bool:
    """Whether the piece's country comes before its head word ("Danish media"), not after it
    ("officials in Fornost")."""
    return _root(doc, piece).i == piece.end - 1


def _with_country(piece: Piece, owner: Piece) -> Piece:
    return replace(piece, country=owner.country, org_code=owner.org_code, alts=owner.alts)


def _share_sectors(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """Places listed after "<sector> <prep> <place>" are places of that sector (and of the
    sector words coordinated with it that share its place)."""
    out = list(pieces)
    i = 0
    while i < len(out):
        sector = out[i]
        if not _placed(sector) or _modifier_before(doc, sector):
            i += 1
            continue
        places = _listed_places(doc, out, i)
        if not places:
            i += 1
            continue
        partners = _partners(doc, out, i)
        out = _grouped(out, i, partners, places)
        i += len(places) + 1
    return out


def _listed_places(doc: Doc, pieces: list[Piece], at: int) -> list[int]:
    """Indexes of the bare places coordinated after the sector piece at ``at``."""
    members = set(range(pieces[at].start, pieces[at].end))
    for partner in _partners(doc, pieces, at):
        members.update(range(pieces[partner].start, pieces[partner].end))
    found: list[int] = []
    previous = pieces[at]
    for j in range(at + 1, len(pieces)):
        place = pieces[j]
        if not _bare_place(place) or not _list_gap(doc, previous, place):
            break
        root = _root(doc, place)
        if not any(t.i in members for t in root.conjuncts):
            break
        found.append(j)
        members.update(range(place.start, place.end))
        previous = place
    return found


def _bare_place(piece: Piece) -> bool:
    return (
        piece.role == PLACE
        and piece.country is not None
        and not (piece.sector or piece.anchor_sector or piece.org_code or piece.lead)
    )


def _partners(doc: Doc, pieces: list[Piece], at: int) -> list[int]:
    """Sector pieces right before ``at``, coordinated with it, that share its place."""
    found: list[int] = []
    current = pieces[at]
    for j in range(at - 1, -1, -1):
        other = pieces[j]
        if not _placed(other) or (other.country, other.org_code) != (
            current.country, current.org_code
        ):
            break
        if not _list_gap(doc, other, pieces[j + 1]):
            break
        found.append(j)
    return found


def _grouped(pieces: list[Piece], at: int, partners: list[int], places: list[int]) -> list[Piece]:
    """Every sector of the group (``at`` and its partners) for every listed place; each member
    phrase lists the others in ``also``."""
    sectors = [pieces[at], *(pieces[j] for j in partners)]
    members: list[Piece] = list(sectors)
    firsts: dict[int, Piece] = {}
    for j in places:
        variants = [_as_sector_of(pieces[j], sector) for sector in sectors]
        firsts[j] = variants[0]
        members += variants
    out = list(pieces)
    for index in [at, *partners, *places]:
        own = firsts.get(index, out[index])
        others = tuple(m for m in members if m is not own and m is not out[index])
        out[index] = replace(own, also=others)
    return out


def _as_sector_of(place: Piece, sector: Piece) -> Piece:
    """The place as the country of the sector word ("Osgiliath" after "the ambassadors of
    Arnor": Osgiliath's ambassadors)."""
    return replace(with_sector_of(place, sector), lead=sector.lead)


__all__ = ["distribute"]
