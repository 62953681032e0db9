"""The edges of an actor phrase (``phrases``): where a phrase may begin and end.

* A phrase never ends on a preposition, an infinitive "to", a determiner or a conjunction: a
  dictionary agent written with its preposition ("ambassador to", "embassy in") takes the
  preposition's object when the parse gives it one ("the UAE ambassador to Bahrain"), else the
  phrase ends before the preposition ("summoned the Chinese ambassador to complain").
* A phrase is balanced with respect to brackets and double quotes (a lone quote is completed
  by its partner when that stands near, else cut off). A closing bracket inside it
  whose opening one lies before it takes the phrase back to the name the brackets annotate
  ("Pakistan Muslim League-Quaid (PML-Q) President Chaudhry Shujaat Hussain"), or, when no such
  name stands there, the phrase starts after it; an opening bracket whose closing one lies after
  the phrase is taken up to its closing one when that is near, else the phrase ends before it.
* An acronym in brackets after the name it abbreviates ("the Central African Republic (CAR)")
  is named by that name: its phrase is the name's, brackets included.
* An "of" phrase after an actor that is the object of a word taking "of" as its own
  complement (``of_complement_heads``: "accused the army of abuses") is that word's.
* A place preposition (``place_preps``: "in") takes its phrase into the noun's only when its
  object names a place or an actor ("people in eastern Syria", "the police in the Gaza Strip"),
  not an event or a circumstance ("52 people in coordinated attacks", "the gunmen in
  reaction"); and a person's proper name takes none ("President Trump in Washington": where he
  was, not which Trump).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from eventwire.pipeline.acronyms import name_then_acronym
from eventwire.pipeline.doc_memo import per_doc

# Words a phrase may not end on; "to" only as a preposition or an infinitive marker.
DANGLING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ"})
INFINITIVE_TO = "to"
OBJECT_DEPS = frozenset({"pobj"})
# The preposition of a part and its whole ("the province of Donetsk").
PART_PREP = "of"
AGENT_PREP = "by"
# Relations of a noun whose governor's "of" complement may follow it ("accused the army of").
COMPLEMENTED_DEPS = frozenset({"dobj", "dative"})
BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {closer: opener for opener, closer in BRACKETS.items()}
DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
OPENING_QUOTES = frozenset({"\u201c", "``"})
# How far after a phrase the closing bracket of an opening one inside it may stand.
BRACKET_REACH = 4
# Words of a name a bracket may annotate ("Pakistan Muslim League-Quaid (PML-Q)").
NAME_POS = frozenset({"PROPN"})
NAME_JOINERS = frozenset({"-", "\u2013"})


def dangling_end(
    doc: Doc, start: int, end: int, floor: int, avoid: Collection[int],
    object_end: Callable[[Token], int | None],
) -> int:
    """The end of ``doc[start:end]`` without a preposition, determiner or conjunction at its
    end; a preposition with an object after it is completed by ``object_end`` (None: it
    cannot be). The end never drops below ``floor``."""
    while end > max(start, floor) and _dangles(doc[end - 1]):
        word = doc[end - 1]
        objects = [c for c in word.children if c.dep_ in OBJECT_DEPS and c.i >= end]
        if word.pos_ == "ADP" and len(objects) == 1 and objects[0].i not in avoid:
            completed = object_end(objects[0])
            if completed is not None and not any(i in avoid for i in range(end, completed)):
                return completed
        end -= 1
    return end


def _dangles(token: Token) -> bool:
    if token.pos_ == "PART":
        return token.lower_ == INFINITIVE_TO
    return token.pos_ in DANGLING_POS


def balanced(
    doc: Doc, start: int, end: int, keep: tuple[int, int], avoid: Collection[int]
) -> tuple[int, int]:
    """``[start, end)`` balanced with respect to brackets and double quotes, by the rules of the
    module docstring; the tokens of ``keep`` stay inside whenever the phrase can be cut
    without them."""
    start = _balanced_start(doc, start, end, keep, avoid)
    end = _balanced_end(doc, start, end, keep, avoid)
    return _balanced_quotes(doc, start, end, keep, avoid)


def _balanced_start(
    doc: Doc, start: int, end: int, keep: tuple[int, int], avoid: Collection[int]
) -> int:
    depth: list[str] = []
    for i in range(start, end):
        text = doc[i].text
        if text in BRACKETS:
            depth.append(text)
        elif text in CLOSERS:
            if depth:
                depth.pop()
                continue
            opener = _opener_before(doc, start, CLOSERS[text])
            named = _annotated_name(doc, opener, avoid) if opener is not None else None
            if named is not None:
                start = named
            elif i < keep[0]:
                start = i + 1
    return start


def _opener_before(doc: Doc, start: int, opener: str) -> int | None:
    """The unmatched ``opener`` just before ``start`` (within ``BRACKET_REACH`` tokens)."""
    for i in range(start - 1, max(-1, start - 1 - BRACKET_REACH), -1):
        if doc[i].text == opener:
            return i
        if doc[i].text in CLOSERS:
            return None
    return None


def _annotated_name(doc: Doc, opener: int, avoid: Collection[int]) -> int | None:
    """The first word of the proper name written just before the bracket at ``opener``."""
    first = opener
    while first > 0 and (doc[first - 1].pos_ in NAME_POS
                         or (doc[first - 1].text in NAME_JOINERS and first > 1
                             and doc[first - 2].pos_ in NAME_POS)):
        first -= 1
    if first == opener or any(i in avoid for i in range(first, opener)):
        return None
    return first


def _balanced_end(
    doc: Doc, start: int, end: int, keep: tuple[int, int], avoid: Collection[int]
) -> int:
    open_at: list[int] = []
    for i in range(start, end):
        text = doc[i].text
        if text in BRACKETS:
            open_at.append(i)
        elif text in CLOSERS and open_at:
            open_at.pop()
    if not open_at:
        return end
    first = open_at[0]
    closer = BRACKETS[doc[first].text]
    reach = range(end, min(len(doc), end + BRACKET_REACH))
    found = next((i for i in reach if doc[i].text == closer), None)
    if len(open_at) == 1 and found is not None and not any(i in avoid for i in range(end, found)):
        return found + 1
    return first if first >= keep[1] else end


def _balanced_quotes(
    doc: Doc, start: int, end: int, keep: tuple[int, int], avoid: Collection[int]
) -> tuple[int, int]:
    """A lone double quote in the phrase is taken up to its partner when that stands within
    ``BRACKET_REACH`` tokens outside (the "president for life" of a union), else cut off."""
    quotes = [i for i in range(start, end) if doc[i].text in DOUBLE_QUOTES]
    if len(quotes) != 1:
        return start, end
    odd = quotes[0]
    if _opens(doc[odd]):
        partner = next((i for i in range(end, min(len(doc), end + BRACKET_REACH))
                        if doc[i].text in DOUBLE_QUOTES), None)
        if partner is not None and not any(i in avoid for i in range(end, partner + 1)):
            return start, partner + 1
    else:
        partner = next((i for i in range(start - 1, max(-1, start - 1 - BRACKET_REACH), -1)
                        if doc[i].text in DOUBLE_QUOTES), None)
        if partner is not None and not any(i in avoid for i in range(partner, start)):
            return partner, end
    if odd < keep[0]:
        return odd + 1, end
    return (start, odd) if odd >= keep[1] else (start, end)


def _opens(quote: Token) -> bool:
    """Whether a double quote opens a quotation: a curly or TeX opening quote, or a straight
    one written against the word after it."""
    if quote.text in OPENING_QUOTES:
        return True
    return quote.text == '"' and not quote.whitespace_


def with_defined_name(
    doc: Doc, start: int, end: int, avoid: Collection[int]
) -> tuple[int, int]:
    """The phrase of an acronym written in brackets after the name it abbreviates: the name
    (with its determiner) and the bracketed acronym."""
    if start < 1 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return start, end
    definition = name_then_acronym(doc, start - 1, end)
    if definition is None:
        return start, end
    first = definition.start
    if first > 0 and doc[first - 1].pos_ == "DET":
        first -= 1
    if any(i in avoid for i in range(first, end + 1)):
        return start, end
    return first, end + 1


def names_place(token: Token, named: Collection[int]) -> bool:
    """Whether a preposition's object names a place or an actor: a proper noun, a word of a
    place or actor mention (``named``: their token indices), or a noun such a word modifies
    ("the Deraa countryside", "Borno state", "Serb-held parts") or that is a part of one ("the
    province of Donetsk")."""
    if any(t.pos_ == "PROPN" or t.i in named for t in token.doc[token.left_edge.i:token.i + 1]):
        return True
    return any(names_place(pobj, named) for prep in token.children
               if prep.dep_ == "prep" and prep.lower_ == PART_PREP
               for pobj in prep.children if pobj.dep_ in OBJECT_DEPS)


def complement_of(head: Token, child: Token, governors: Collection[str]) -> bool:
    """Whether an "of" phrase after the noun is its governor's complement, not the noun's:
    the noun is the object of a word in ``governors`` ("accused the army of abuses", "warned
    Russia of consequences") or the "by" agent of one ("accusations by Iran of spying")."""
    if child.dep_ != "prep" or child.lower_ != PART_PREP:
        return False
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == AGENT_PREP:
        governor = governor.head
    elif head.dep_ not in COMPLEMENTED_DEPS:
        return False  # "residents of the city were warned": the subject's own "of"
    return governor.i != head.i and governor.lemma_.lower() in governors


def named_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the doc's place and actor mentions."""
    places, actors = doc._.ew_places or (), doc._.ew_actors or ()

    def named() -> frozenset[int]:
        return frozenset(i for span in (*places, *actors) for i in range(span.start, span.end))

    return per_doc(doc, "named_tokens", (places, actors), named)


__all__ = [
    "balanced",
    "complement_of", "dangling_end", "named_tokens", "names_place", "with_defined_name"]
