"""Names written before an event noun that are not its actors' own words: a town that says
where the event happened ("the Boston bombing") and the first half of a hyphenated pair of
sides ("the Russia-Ukraine talks"). Shared by the mention index and the role finders."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.knowledge.gazetteer import gazetteer

# Dependency labels of a noun's modifiers that may name its actor ("Russia's invasion", "US
# sanctions", "the Russian strike").
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
HYPHENS = frozenset({"-", "\u2013", "\u2014", "--"})
# Gazetteer precisions of a town or province (not a country).
TOWN_PRECISIONS = frozenset({"city", "admin1"})
# Mention kinds of organisations, which a town of the same name does not displace.
ORGANISATION_KINDS = frozenset({"igo", "ngo", "media", "group", "institution"})


def town_modifier(token: Token, doc: Doc) -> bool:
    """A city or province compounded onto an event noun names where it happened, not who did
    it ("the Boston bombing", "the Donetsk shelling"); countries and capitals stay actors ("US
    sanctions", "Moscow talks" are read by the location rules as well), nor is an organisation
    the gazetteer also knows as a town ("a UN report")."""
    if token.dep_ != "compound" or any(m.start <= token.i < m.end and m.kind in ORGANISATION_KINDS
                                       for m in doc._.ew_actors or ()):
        return False
    return any(p.start <= token.i < p.end and p.precision in TOWN_PRECISIONS
               for p in doc._.ew_places or ()) or _town_in_event_name(token, doc)


def _town_in_event_name(token: Token, doc: Doc) -> bool:
    """A town that starts the proper name of a venue or an occasion compounded onto an event
    noun: the name the event is known by says where it happened ("the **Boston** Marathon
    bombing", "the **Manchester** Arena attack", "the **Moscow** Metro bombing"; the gazetteer
    knows the word as a town or province and not as a country: "the US Embassy bombing" names
    the embassy's country). The places scan leaves such a town out (it is part of a longer
    name), so the gazetteer is asked here."""
    noun = token.head
    while noun.dep_ == "compound" and noun.pos_ == "PROPN" and noun.head.i > noun.i:
        noun = noun.head
    name = token.doc[token.i + 1:noun.i]
    if not name or not all(_name_word(t) and t.dep_ == "compound" for t in name) \
            or not _name_word(token):
        return False  # "the Boston bombing" is read by the places scan
    if noun.pos_ != "NOUN" or not noun.is_lower \
            or not any(t.start <= noun.i < t.end for t in doc._.ew_triggers or ()):
        return False
    readings = {e.place.kind for e in gazetteer().lookup(token.text)}
    return bool(readings & TOWN_PRECISIONS) and not readings - TOWN_PRECISIONS


def hyphen_partners(token: Token) -> list[Token]:
    """The first halves of a hyphenated pair whose second half is ``token``: "**Russia**-Ukraine
    talks", "the **Israel**-Hamas war" (the parser hangs the first name on the second, the
    hyphen between them). The two name the sides of the event they modify."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i
            and c.i + 1 < token.i and all(t.text in HYPHENS for t in doc[c.i + 1:token.i])]


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()
