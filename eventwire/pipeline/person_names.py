"""Persons named again, for ``ew_actors`` (``actors.py``): news name a person in full once
("Defence Minister John Smith") and then by the surname ("Smith said", "Mr. Smith"). Such a
surname, written alone or after an honorific, is a mention of the same person with the same
code; a name after an honorific that no earlier person bears ("Mrs. Jones") is a person
mention with no code, so that a pronoun after it ("she said") stands for that person and not
for another one named before (``mention_index.py``). The honorifics are data in
``eventwire/data/person_names.yaml``.

Two rules keep a name from taking the wrong entry of the actor knowledge:

* a dictionary surname written after a given name that none of the entry's own names has
  ("Press Secretary Jay Carney" is not Mark Carney; ``given_name_clash``) is another person
  and takes no entry;
* a bare surname after an earlier full name with that surname in the same article is that
  person, even when the dictionaries list the surname for someone else ("Sen. John McCain
  ... McCain said" is not Cindy McCain): the article has said whom it means. A bare surname
  the article never spelled out keeps the dictionary entry only because the entry lists the
  bare form as an alias (the data says the name is unambiguous enough to stand alone);
* a one-word place written after an honorific or a given name is a surname ("Mr. Rhodes",
  "Ben Rhodes", "Mustafa Bali": not Greece or Indonesia; ``surname_place``). Given names are
  read from the knowledge itself: the first words of its people's names that begin more
  person names than place names ("Ben", "Mustafa"; not "San", "Port", "New");
* a one-word role or religion word written capitalised right after a given name or an
  honorific, and not before a name of its own, is a surname ("Eric Cantor", "John Bishop",
  "Mary Judge", "Mr. Bishop": no JEW, CHR or JUD); so is the same word written capitalised
  again in the article with no name after it ("Cantor said"; ``without_role_surnames``);
* a capital between two words of a longer proper name is part of it ("the Carnegie Moscow
  Center" is no Russian actor; ``place_inside_name``);
* a known name followed by a generation suffix names a namesake ("Donald Trump Jr."), a person
  with no code (``namesakes``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.knowledge.actors import ActorKB
from eventwire.pipeline.actor_compose import AGENT, PERSON, PLACE, TITLE, Piece
from eventwire.pipeline.doc_memo import per_doc

DATA_FILE = "person_names.yaml"
# Words of a name written after an honorific ("Mrs. Jones", "Dr. Ali Khan").
MAX_NAME_TOKENS = 3
# Verb forms no modal takes ("May said", "May says", "May had"): past, third person singular.
FINITE_NOT_BARE = frozenset({"VBD", "VBZ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
SUBJECT_DEP = "nsubj"
PROPER_NOUN_TAG = "NNP"
# Entry kinds whose names are places (a one-word place may be a person's surname).
PLACE_KINDS = frozenset({"country", "capital", "demonym", "institution"})
CAPITAL = "capital"
# A given name begins at least this many people's names in the knowledge.
MIN_GIVEN_NAME_PEOPLE = 2
# Words shorter than this may be lower case in a title-case headline ("Talks on Iran").
TITLE_CASE_MIN = 3
DETERMINER_DEPS = frozenset({"det", "poss"})


class PersonNames(BaseModel):
    """The honorifics of ``person_names.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    honorifics: frozenset[Word]
    generation_suffixes: frozenset[Word] = frozenset()


@lru_cache(maxsize=2)
def load_person_names(path: Path | None = None) -> PersonNames:
    return read_yaml_model(DATA_FILE, path, PersonNames, check_duplicates=True)


def with_person_names(
    doc: Doc, pieces: list[Piece], names: PersonNames,
    known: Mapping[str, frozenset[str]] | None = None,
) -> list[Piece]:
    """``pieces`` (text order, no overlaps) with the surnames of earlier persons and the names
    after honorifics added as person pieces. ``known`` maps a dictionary person to the words
    of his names (``person_name_words``): a bare surname of another person named in full
    before is that person."""
    persons = [p for p in pieces if p.role == PERSON and not p.also]
    pieces = [_introduced(doc, p, persons, names, known or {}) for p in pieces]
    taken = {i for piece in pieces for i in range(piece.start, piece.end)}
    found: list[Piece] = []
    for token in doc:
        if token.i in taken or not (_name_word(token) or _surname_as_noun(doc, token, persons)
                                    or modal_surname(doc, token, persons)):
            continue
        start, end = _name_span(doc, token, taken, names)
        if end <= start:
            continue
        earlier = _bearer(doc, persons, doc[start:end], names)
        if earlier is not None:
            found.append(replace(earlier, start=start, end=end))
        elif start < token.i:
            written = doc[token.i:end].text
            found.append(Piece(start, end, PERSON, "person", name=written))
        taken.update(range(start, end))
    return sorted(pieces + found, key=lambda p: p.start)


def _introduced(doc: Doc, piece: Piece, persons: list[Piece], names: PersonNames,
                known: Mapping[str, frozenset[str]]) -> Piece:
    """A dictionary person written as a bare surname ("McCain", "Mr. McCain") stands for the
    last person the article named in full with that surname, when that is someone else: his
    given name is none of the entry's names ("John McCain" before; Cindy McCain's entry)."""
    if piece.role != PERSON or piece.person is None or piece.also:
        return piece
    earlier = _bearer(doc, persons, doc[piece.start:piece.end], names)
    if earlier is None:
        return piece
    own = known.get(piece.person.id, frozenset())
    given = _given_names(earlier)
    if not given or own.intersection(given):
        return piece  # the same person, or one whose given name we cannot read
    return replace(earlier, start=piece.start, end=piece.end)


def _given_names(person: Piece) -> list[str]:
    """The given names of a person named in full: his name (the dictionary's, or as written
    for a name the dictionaries do not know) less the surname."""
    words = _words_of(person.name or "")[:-1]
    return [word for word in words if word.isalpha() and len(word) > 1]


def person_name_words(kb: ActorKB) -> dict[str, frozenset[str]]:
    """Entry id -> the lower-case words of every alias of that person ("joe", "joseph",
    "biden", "r.", "jr." for Joe Biden): the given names the knowledge knows him by."""
    words: dict[str, set[str]] = {}
    for key, refs in kb.aliases.items():
        for ref in refs:
            if kb.entries[ref.entry_id].kind == "person":
                words.setdefault(ref.entry_id, set()).update(_words_of(key))
    return {entry_id: frozenset(found) for entry_id, found in words.items()}


def given_names(kb: ActorKB) -> frozenset[str]:
    """Lower-case given names: first words of at least ``MIN_GIVEN_NAME_PEOPLE`` people's
    names that begin more person names than multi-word place names ("john", "mustafa"; not
    "san" of San Marino, "new", "port")."""
    people: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for entry in kb.entries.values():
        words = entry.name.split()
        if entry.kind == "person" and len(words) > 1:
            people[words[0].lower()] += 1
    for key, refs in kb.aliases.items():
        words = key.split()
        if len(words) > 1 and any(kb.entries[r.entry_id].kind in PLACE_KINDS for r in refs):
            places[words[0]] += 1
    return frozenset(word for word, count in people.items() if word.isalpha()
                     and count >= MIN_GIVEN_NAME_PEOPLE and count > places[word])


# Relations of a bare surname that acts ("Austin warned", "Austin's visit").
SURNAME_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def surname_place(doc: Doc, piece: Piece, taken: set[int], given: frozenset[str],
                  names: PersonNames) -> bool:
    """A one-word place written right after an honorific ("Mr. Rhodes") or a given name that
    it is compounded with ("Ben Rhodes", "Mustafa Bali") is that person's surname, and so is
    the same word acting later in the article (:func:`_surname_again`: "Rhodes warned")."""
    if piece.role != PLACE or piece.end - piece.start != 1 or piece.start == 0:
        return False
    before = doc[piece.start - 1]
    if before.i in taken or _title_case(doc[piece.start].sent):
        return False
    if before.lower_ in names.honorifics:
        return True
    if _given_before(doc[piece.start], given):
        return True
    return _surname_again(doc[piece.start], given)


def _given_before(token: Token, given: frozenset[str]) -> bool:
    """``token`` is written right after a given name compounded with it ("Lloyd Austin")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.lower_ in given and _name_word(before)
            and before.dep_ == "compound" and before.head.i == token.i)


def _surname_again(token: Token, given: frozenset[str]) -> bool:
    """A one-word place that acts as a subject or possessor ("Austin warned", "Austin's
    visit") is the surname of the person the article named earlier with it after a given name
    ("Defense Secretary Lloyd Austin ... Austin warned Iran"), not the town; a place after a
    preposition stays the place ("flew to Austin")."""
    if token.dep_ not in SURNAME_ACTOR_DEPS or not token.text[:1].isupper():
        return False
    first = _first_after_given(token.doc, given).get(token.text)
    return first is not None and first < token.i


def _first_after_given(doc: Doc, given: frozenset[str]) -> dict[str, int]:
    """Each word's first index where it is written right after a given name compounded with
    it (``_given_before``), once per doc."""
    def first() -> dict[str, int]:
        found: dict[str, int] = {}
        for token in doc:
            if token.text not in found and _given_before(token, given):
                found[token.text] = token.i
        return found

    return per_doc(doc, "first_after_given", given, first)


def without_role_surnames(doc: Doc, pieces: list[Piece], given: frozenset[str],
                          names: PersonNames) -> list[Piece]:
    """``pieces`` less the role words that are a person's surname: a one-word agent or title
    ("Cantor", "Bishop", "Judge", "Christian") written capitalised after a given name that is
    compounded with it, or after an honorific ("Eric Cantor", "Mr. Bishop"), and then the
    same capitalised word wherever the article writes it again with no name after it (a
    title before a name, "Bishop Desmond Tutu", stays a title)."""
    taken = {i for piece in pieces for i in range(piece.start, piece.end)}
    surnames = {doc[p.start].text for p in pieces if _role_surname(doc, p, taken, given, names)}
    if not surnames:
        return pieces
    return [p for p in pieces if not (_role_word(doc, p) and doc[p.start].text in surnames
                                      and not _determined(doc[p.start]))]


def _determined(token: Token) -> bool:
    """A word after a determiner or a possessive ("the Bishop of London") is a common noun."""
    before_det = token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
    return before_det or any(child.dep_ in DETERMINER_DEPS for child in token.children)


def _role_word(doc: Doc, piece: Piece) -> bool:
    """A capitalised one-word agent or title with no proper name after it."""
    if piece.role not in (AGENT, TITLE) or piece.end - piece.start != 1:
        return False
    token = doc[piece.start]
    if not (token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()):
        return False
    return piece.end >= len(doc) or not _name_word(doc[piece.end])


def _role_surname(doc: Doc, piece: Piece, taken: set[int], given: frozenset[str],
                  names: PersonNames) -> bool:
    if piece.start == 0 or not _role_word(doc, piece) or _title_case(doc[piece.start].sent):
        return False
    before = doc[piece.start - 1]
    if before.i in taken:
        return False
    if before.lower_ in names.honorifics:
        return True
    return (before.lower_ in given and _name_word(before) and before.dep_ == "compound"
            and before.head.i == piece.start)


def place_inside_name(doc: Doc, piece: Piece, taken: set[int]) -> bool:
    """A capital written between two words of a longer proper name that no dictionary knows
    ("the Carnegie Moscow Center", "the Brookings Doha Center") is part of that name, not the
    country or its government. Other places name the region a longer place name is in ("West
    Darfur State")."""
    if piece.kind != CAPITAL or piece.start == 0 or piece.end >= len(doc):
        return False
    before, after = doc[piece.start - 1], doc[piece.end]
    if before.i in taken or after.i in taken or _title_case(doc[piece.start].sent):
        return False
    last = doc[piece.end - 1]
    return (_name_word(before) and _name_word(after) and before.dep_ == "compound"
            and before.head.i >= piece.start and last.dep_ == "compound"
            and last.head.i >= piece.end)


def namesakes(doc: Doc, pieces: list[Piece], names: PersonNames) -> list[Piece]:
    """Known persons' names followed by a generation suffix ("Donald Trump Jr.", "Trump,
    Jr.") name a namesake, another person than the dictionary's: a person mention with no
    code, suffix included."""
    out: list[Piece] = []
    for piece in pieces:
        end = _suffix_end(doc, piece, names)
        if end is not None:
            piece = Piece(piece.start, end, PERSON, "person", name=doc[piece.start:end].text)
        out.append(piece)
    return out


def _suffix_end(doc: Doc, piece: Piece, names: PersonNames) -> int | None:
    if piece.role != PERSON or piece.kb_id is None:
        return None
    i = piece.end + 1 if piece.end < len(doc) and doc[piece.end].text == "," else piece.end
    if i < len(doc) and doc[i].lower_ in names.generation_suffixes:
        return i + 1
    return None


def given_name_clash(doc: Doc, piece: Piece, taken: set[int], known: frozenset[str],
                     names: PersonNames) -> bool:
    """``piece`` (a dictionary person matched by a one-word alias, his surname) is written
    after given names (proper nouns matched by nothing else, not honorifics) of which none is
    one of the entry's own names (``known``): "Jay Carney" is another man than Mark Carney.
    Initials ("J.") say nothing either way, nor does a headline written in title case, where
    every word looks like a proper noun ("Judge Blocks Obama's Orders")."""
    if piece.end - piece.start > 1 or _title_case(doc[piece.start].sent):
        return False  # a longer alias is a name in full ("Muhammad bin Khalifa Al Thani")
    given: list[str] = []
    i = piece.start - 1
    while i >= 0 and i not in taken and _given_word(doc[i], names):
        given.append(doc[i].lower_)
        i -= 1
    written = [word for word in given if word.isalpha() and len(word) > 1]
    return bool(written) and not any(word in known for word in written)


def _title_case(sentence: Span) -> bool:
    """Every longer word capitalised: a headline, whose tags say little of names."""
    return all(t.text[:1].isupper() for t in sentence if t.is_alpha and len(t) > TITLE_CASE_MIN)


def _given_word(token: Token, names: PersonNames) -> bool:
    """A word of a given name before a surname: a proper noun, or an initial ("J.")."""
    if token.lower_ in names.honorifics:
        return False
    initial = len(token.text) == 2 and token.text[1] == "." and token.text[0].isupper()
    return initial or (_name_word(token) and token.dep_ == "compound")


def _words_of(name: str) -> list[str]:
    return name.lower().replace("-", " ").split()


def _name_span(doc: Doc, first: Token, taken: set[int], names: PersonNames) -> tuple[int, int]:
    """The span of the name that starts at ``first``, with an honorific just before it; an
    empty span for a word that is part of a longer name or phrase."""
    # a surname read as a noun or a modal
    end = first.i + 1 if not _name_word(first) or first.pos_ == "AUX" else first.i
    while end < len(doc) and end - first.i < MAX_NAME_TOKENS and end not in taken \
            and _name_word(doc[end]):
        end += 1
    start = first.i
    if start > 0 and doc[start - 1].lower_ in names.honorifics and start - 1 not in taken:
        start -= 1
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end:
        return 0, 0  # "the Smith Foundation", "Obama administration"
    return start, end


def _bearer(doc: Doc, persons: list[Piece], span: Span, names: PersonNames) -> Piece | None:
    """The last person named in full before ``span`` whose surname it is."""
    words = [t.text for t in span if t.lower_ not in names.honorifics]
    if len(words) != 1:
        return None
    before = [p for p in persons if p.end <= span.start and p.end - p.start > 1
              and doc[p.end - 1].text == words[0]]
    return before[-1] if before else None


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def modal_surname(doc: Doc, token: Token, persons: list[Piece]) -> bool:
    """A capitalised word the parser reads as a modal ("May said", "May has told MPs") that is
    the surname of a person the article named in full before ("Theresa May"): that person. A
    modal is followed by a bare verb ("May I ask", "May be"); before a verb in the past or the
    third person singular, with no subject of its own, the word is the verb's subject."""
    if token.pos_ != "AUX" or token.dep_ != "aux" or not token.is_title or not token.is_alpha:
        return False
    verb = token.head
    if verb.i <= token.i or verb.tag_ not in FINITE_NOT_BARE or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return any(p.end <= token.i and p.end - p.start > 1 and doc[p.end - 1].text == token.text
               for p in persons)


def parse_modal_surnames(doc: Doc, pieces: list[Piece]) -> None:
    """Re-label each one-word person piece the parser read as a modal ("May said":
    ``modal_surname``) as the proper-noun subject of its verb, so that the roles and the
    factuality of the verb (no modal hedge) read the parse as written."""
    for piece in pieces:
        token = doc[piece.start]
        if piece.role == PERSON and piece.end - piece.start == 1 and token.pos_ == "AUX":
            token.tag_, token.pos_, token.dep_ = PROPER_NOUN_TAG, "PROPN", SUBJECT_DEP


def _surname_as_noun(doc: Doc, token: Token, persons: list[Piece]) -> bool:
    """A capitalised word the tagger reads as a common noun that is the surname of a person
    the article named in full before ("Sen. Chris Coons ... Coons says", "Tony Banks ...
    Banks said"): that person, wherever it is written (``_bearer``)."""
    if token.pos_ != "NOUN" or not token.is_alpha or not token.text[:1].isupper() \
            or token.is_upper:
        return False
    return any(p.end <= token.i and p.end - p.start > 1 and doc[p.end - 1].text == token.text
               for p in persons)


__all__ = [
    "parse_modal_surnames",
    "PersonNames",
    "given_name_clash",
    "given_names",
    "load_person_names",
    "person_name_words",
    "place_inside_name",
    "surname_place",
    "with_person_names",
    "without_role_surnames",
]
