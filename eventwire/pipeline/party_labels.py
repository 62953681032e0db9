"""US party-state labels on a politician's name (used by ``ew_actors``).

American news names a member of Congress with a label of party and state: the party letter and
the state after the name ("Sen. Jane Roe, R-Ga.", "Rep. Tom Poe (D-Texas)", "Sen. Jane Roe (R)
of Georgia", "Sen. Jane Roe (R., Ga.)") or the state and
the party word before it ("Georgia Republican Sen. Jane Roe", "a Georgia Democrat"). The
state in such a label is a US state, even when a country bears its name, and it is no actor
of its own:

* the state after a party letter is no actor mention ("R-Georgia" is not GEO), and the person
  the label follows takes the label's country when nothing else gives him one ("Sen. Jane
  Roe, R-Ga." -> USA, with the title's sector: USALEG);
* so is a state linked to a party word in apposition to a name ("Jane Roe, a Republican from
  Georgia");
* a state name written before a party word is the US state ("Georgia Republican Sen. Jane
  Roe" -> USALEG, not GEO).

The party letters, party words and country are data (``data/party_labels.yaml``); the state
names are the gazetteer's (``knowledge.gazetteer.us_state_names``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.knowledge.gazetteer import fold, us_state_names
from eventwire.pipeline.actor_compose import PLACE, Piece

HYPHEN = "-"
# A state written in a label takes at most this many tokens ("R-South Dakota").
MAX_STATE_TOKENS = 3
# Postal abbreviations: "Ga.", "N.Y.", "Calif." (a capital and a full stop), "NY", "TX".
MAX_ABBREVIATION = 6
POSTAL_CODE_LENGTH = 2
# Tokens between a name and the label after it: "Jane Roe, R-Ga.", "Tom Poe (D-Texas)".
LABEL_OPENERS = frozenset({",", "("})
# "a Republican from Georgia", "a Democrat of Maryland".
STATE_LINKS = frozenset({"from", "of"})


class PartyLabels(BaseModel):
    """``party_labels.yaml``: how news labels a politician by party and state."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    country: str
    letters: frozenset[str]
    party_words: frozenset[str]


@lru_cache(maxsize=1)
def party_labels() -> PartyLabels:
    return read_yaml_model("party_labels.yaml", None, PartyLabels)


class Label(NamedTuple):
    """A party letter and state after a name: the state's tokens and the name's last token."""

    start: int
    end: int
    named: int


def labels_of(doc: Doc, data: PartyLabels | None = None) -> list[Label]:
    """The party-state labels written after a name ("Jane Roe, R-Ga.")."""
    data = data or party_labels()
    found: list[Label] = []
    for token in doc[:-2]:
        if token.text not in data.letters or not _joined(doc, token.i):
            continue
        end = _state_end(doc, token.i + 2)
        named = _named_token(doc, token.i)
        if end is not None and named is not None:
            found.append(Label(token.i + 2, end, named))
    return found + _bracket_labels(doc, data) + _appositive_labels(doc, data)


def _bracket_labels(doc: Doc, data: PartyLabels) -> list[Label]:
    """ "Jane Roe (R) of Georgia", "Jane Roe (R., Ga.)": the party letter in brackets after
    a name, the state after "of"/"from" or after a comma inside the brackets."""
    found: list[Label] = []
    for token in doc[:-2]:
        letter = doc[token.i + 1]
        if token.text != "(" or letter.text.rstrip(".") not in data.letters:
            continue
        named = _named_token(doc, letter.i)
        if named is None:
            continue
        after = letter.i + 1
        if doc[after].text == "," and after + 1 < len(doc):
            end = _state_end(doc, after + 1)
            if end is not None and end < len(doc) and doc[end].text == ")":
                found.append(Label(after + 1, end, named))
            continue
        if doc[after].text != ")":
            continue
        state = after + 2
        end = None
        if state < len(doc) and doc[after + 1].lower_ in STATE_LINKS:
            end = _full_state_end(doc, state)
        found.append(Label(state, end, named) if end else Label(after, after, named))
    return found


def _full_state_end(doc: Doc, start: int) -> int | None:
    """The end of a US state named in full at ``start``."""
    states = us_state_names()
    for end in range(min(len(doc), start + MAX_STATE_TOKENS), start, -1):
        if fold(doc[start:end].text) in states:
            return end
    return None


def _appositive_labels(doc: Doc, data: PartyLabels) -> list[Label]:
    """ "Jane Roe, a Republican from Georgia": a party word in apposition to a name, linked by
    "from" or "of" to a state named in full."""
    found: list[Label] = []
    for token in doc[:-2]:
        if (token.text not in data.party_words or token.dep_ != "appos"
                or doc[token.i + 1].lower_ not in STATE_LINKS):
            continue
        end = _full_state_end(doc, token.i + 2)
        if end is not None:
            found.append(Label(token.i + 2, end, token.head.i))
    return found


def _joined(doc: Doc, i: int) -> bool:
    """A letter, a hyphen and a word written together: "R-Ga."."""
    return doc[i + 1].text == HYPHEN and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _state_end(doc: Doc, start: int) -> int | None:
    """The end of the US state written at ``start``: its name or a postal abbreviation."""
    end = _full_state_end(doc, start)
    if end is not None:
        return end
    return start + 1 if _abbreviation(doc[start]) else None


def _abbreviation(token: Token) -> bool:
    text = token.text
    if len(text) == POSTAL_CODE_LENGTH and text.isalpha() and text.isupper():
        return True
    return (text.endswith(".") and text[0].isupper() and len(text) <= MAX_ABBREVIATION
            and text.replace(".", "").isalpha())


def _named_token(doc: Doc, letter: int) -> int | None:
    """The last token of the name a label follows, past the comma or bracket that opens it."""
    i = letter - 1
    if i < 0 or doc[i].text not in LABEL_OPENERS:
        return None
    i -= 1
    return i if i >= 0 and doc[i].pos_ == "PROPN" else None


def without_label_states(doc: Doc, pieces: list[Piece], labels: list[Label]) -> list[Piece]:
    """Matched pieces less the states of party labels, with a US state written before a party
    word coded as the label's country ("Georgia Republican": USA, not GEO)."""
    data = party_labels()
    in_labels = {i for label in labels for i in range(label.start, label.end)}
    out: list[Piece] = []
    for piece in pieces:
        if piece.role == PLACE and in_labels.intersection(range(piece.start, piece.end)):
            continue
        if piece.role == PLACE and _state_before_party(doc, piece, data):
            piece = replace(piece, country=data.country, name=None, kb_id=None, alts=())
        out.append(piece)
    return out


def _state_before_party(doc: Doc, piece: Piece, data: PartyLabels) -> bool:
    return (piece.end < len(doc) and doc[piece.end].text in data.party_words
            and fold(doc[piece.start:piece.end].text) in us_state_names())


def with_label_countries(pieces: list[Piece], labels: list[Label]) -> list[Piece]:
    """A piece naming a person a party label follows takes the label's country when nothing
    else gives it one ("Sen. Jane Roe, R-Ga.": USA)."""
    if not labels:
        return pieces
    country = party_labels().country
    named = {label.named for label in labels}
    return [
        replace(piece, country=country)
        if (named.intersection(range(piece.start, piece.end)) and piece.country is None
            and piece.org_code is None and piece.person is None)
        else piece
        for piece in pieces
    ]
