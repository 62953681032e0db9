"""Names written before an event noun that are not its actors' own words: a town that says
where the event happened ("the Boston bombing") and the first half of a hyphenated pair of
sides ("the Russia-Ukraine talks"). Shared by the mention index and the role finders."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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
               for p in doc._.ew_places or ())


def hyphen_partners(token: Token) -> list[Token]:
    """The first halves of a hyphenated pair whose second half is ``token``: "**Russia**-Ukraine
    talks", "the **Israel**-Hamas war" (the parser hangs the first name on the second, the
    hyphen between them). The two name the sides of the event they modify."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i
            and c.i + 1 < token.i and all(t.text in HYPHENS for t in doc[c.i + 1:token.i])]
