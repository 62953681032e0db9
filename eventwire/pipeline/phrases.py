"""Actor phrases: how far an actor record's ``text``/``start``/``end`` reach.

The knowledge base matches names and sector words ("Serbian army", "Iraqi refugees"); a record
locates the whole noun phrase that names the actor, as a reader would underline it: "the Serbian
army", "more than 2,000 Iraqi refugees", "members of the Free Army", "Putin, the Russian
president". On the parse, from the mention's head word:

* a name goes on through proper nouns it is a compound of ("President Salva Kiir Mayardit");
* a mention that modifies a noun naming something else keeps its own span ("Iran's position",
  "US poultry": the position is not the actor); a country, nationality or organisation that
  modifies a noun naming persons or a body of them (``person_nouns.yaml``, ``people_heads``)
  is named by that noun's phrase: "Croatian experts", "two Kenyan pilots", "NATO allies" are
  the actors, not "Croatian" (a named person's word stays his own: "Putin's aides", as does a
  noun naming someone by a relation to it, ``relative_heads``: "a U.S. ally", "Snowden's
  father");
* the object of "of" after a counting or partitive noun (``partitive_heads`` in
  ``phrases.yaml``, or a number) is named by that noun's phrase ("thousands of Syrians");
* the phrase takes the head's left dependents (determiners, numbers, adjectives, compounds,
  possessors), nearest first, up to a conjunction, punctuation, an adverbial noun ("Hours
  earlier Maduro"), a correlative of a list ("both India and Pakistan") or a modifier shared by
  several actors ("US and British activists": the British activists' phrase starts at "British");
  and a determiner right before it that is one of its words' ("the Somali President Mohamed
  Farmajo", parsed as two phrases);
* on the right it takes prepositional phrases with a linking preposition (``linking_preps``:
  "the government of Iran", "refugees from Syria") and an acronym in brackets ("the Islamic
  State (IS)"), never a clause, a conjunct or another list member;
* a person's comma apposition names the same person ("Vladimir Putin, the Russian president";
  kinds in ``appositive_kinds``); a place's does not ("Bhutan, a Buddhist nation"); an office
  or a person noun in the singular takes a comma apposition that is a proper name no dictionary
  knows: it is the holder's name ("the Qatari ambassador to Jordan, Saad bin Ali", "the group's
  director, Jane Roe"), not a list ("the army, Hezbollah and Iran") nor a known actor.

The phrase never takes the event's trigger word or the other actor of the event (``avoid``):
an extension that would stops before it. The mention's own tokens always stay inside.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.person_antecedents import load_person_nouns
from eventwire.pipeline.phrase_edges import (
    balanced,
    complement_of,
    dangling_end,
    named_tokens,
    names_place,
    with_defined_name,
)

DATA_FILE = "phrases.yaml"
# Labels by which a word modifies the noun on its right: such a mention keeps its own span.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
# Left dependents that end the phrase: list structure, punctuation, appositions, clauses and
# adverbial nouns ("Hours earlier Maduro", "17 July Russia's court").
LEFT_STOP_DEPS = frozenset(
    {"cc", "conj", "punct", "preconj", "appos", "relcl", "acl", "npadvmod", "advcl"}
)
# Dependents that make a word the head of a list.
LIST_DEPS = frozenset({"cc", "conj"})
PRONOUN_KIND = "pronoun"
OPENING = "("
CLOSING = ")"
COMMA = ","
# Punctuation that may stand between a head and what follows it in the phrase.
BRACKETS_AND_COMMA = frozenset({OPENING, CLOSING, COMMA})


class PhraseLexicon(BaseModel):
    """The words of ``phrases.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    partitive_heads: frozenset[Word]
    linking_preps: frozenset[Word]
    place_preps: frozenset[Word]
    of_complement_heads: frozenset[Word]
    correlatives: frozenset[Word]
    appositive_kinds: frozenset[Word]
    people_heads: frozenset[Word]
    relative_heads: frozenset[Word]
    office_kinds: frozenset[Word]
    named_person_kinds: frozenset[Word]


def load_lexicon(path: Path | None = None) -> PhraseLexicon:
    """Read and validate ``phrases.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, PhraseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> PhraseLexicon:
    return load_lexicon()


def phrase_bounds(
    doc: Doc, mention: ActorMention, avoid: Collection[int] = (),
    lexicon: PhraseLexicon | None = None,
) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the noun phrase that names the mention's actor."""
    lexicon = lexicon or bundled_lexicon()
    head = doc[mention.head]
    if mention.kind == PRONOUN_KIND or not mention.start <= head.i < mention.end:
        return mention.start, mention.end
    head = _name_head(head, avoid)
    if head.dep_ in MODIFIER_DEPS and not mention.start <= head.head.i < mention.end:
        people = _people_head(head, mention, avoid, lexicon)
        if people is None:
            return mention.start, mention.end
        head = people
    head = _partitive_head(head, avoid, lexicon)
    appositive = mention.kind in lexicon.appositive_kinds
    if appositive and _comma_appos(head) and head.head.i < head.i and head.head.i not in avoid:
        head = head.head
    own_name = mention.start <= head.i < mention.end
    held = _holder_named(head, mention, lexicon)
    start, end = _extent(head, avoid, lexicon, appositive, named_tokens(doc), own_name, held)
    start, end = min(start, mention.start), max(end, mention.end)
    start = _with_determiner(doc, start, end, avoid, lexicon)
    end = dangling_end(doc, start, end, head.i + 1, avoid,
                       lambda word: _extent(word, avoid, lexicon)[1])
    start, end = with_defined_name(doc, start, end, avoid)
    return balanced(doc, start, end, (mention.head, mention.head + 1), avoid)


def _with_determiner(
    doc: Doc, start: int, end: int, avoid: Collection[int], lexicon: PhraseLexicon
) -> int:
    """The start of the phrase with the determiner or possessive pronoun right before it that
    belongs to one of its words ("the Somali President Mohamed Farmajo", when the parser hangs
    the name apart from the title its article is on)."""
    if start == 0 or start - 1 in avoid:
        return start
    word = doc[start - 1]
    if word.lower_ in lexicon.correlatives:
        return start
    if (word.dep_ == "det" or word.tag_ == "PRP$") and start <= word.head.i < end:
        return start - 1
    return start


def _name_head(head: Token, avoid: Collection[int]) -> Token:
    """The last word of a proper name the head is a compound part of."""
    while (head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i
           and head.head.i not in avoid):
        head = head.head
    return head


def _people_head(
    head: Token, mention: ActorMention, avoid: Collection[int], lexicon: PhraseLexicon
) -> Token | None:
    """The noun naming persons or a body of them that a country, nationality or organisation
    mention modifies ("Croatian experts"), None for any other noun or a named person's."""
    noun = head.head
    if mention.kind in lexicon.named_person_kinds or noun.i in avoid or noun.pos_ != "NOUN":
        return None
    if noun.i < head.i or any(i in avoid for i in range(mention.end, noun.i)):
        return None
    words = head.doc[mention.start:mention.end]
    if any(c.dep_ in LIST_DEPS for word in words for c in word.children):
        return None  # "customers and staff hostage": a list, not one modifier
    lemma = noun.lemma_.lower()
    if lemma in lexicon.relative_heads:
        return None  # "Snowden's father", "a U.S. ally": another party
    if lemma in lexicon.people_heads or lemma in load_person_nouns().persons:
        return noun
    return None


def _partitive_head(head: Token, avoid: Collection[int], lexicon: PhraseLexicon) -> Token:
    """"thousands of Syrians": the counting noun (or number) that heads the phrase."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return head
    counted = prep.head
    if counted.i in avoid or counted.i > head.i:
        return head
    if counted.lower_ in lexicon.partitive_heads or counted.pos_ == "NUM":
        return counted
    return head


def _extent(
    head: Token, avoid: Collection[int], lexicon: PhraseLexicon, appositive: bool = False,
    named: Collection[int] | None = None, own_name: bool = False, held: bool = False,
) -> tuple[int, int]:
    """The bounds of the noun phrase ``head`` heads, by the rules of the module docstring."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if _ends_left(child, lexicon) or any(i in avoid for i in range(child.left_edge.i, start)):
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "punct" and child.text in BRACKETS_AND_COMMA:
            continue
        if _unplaced(head, child, lexicon, appositive and own_name, named):
            break
        last = _right_part(child, avoid, lexicon, appositive)
        if last is None and held and named is not None and _holder_name(child):
            last = child.right_edge.i + 1
        if last is None:
            break
        end = last
    return start, end


def _unplaced(
    head: Token, child: Token, lexicon: PhraseLexicon, appositive: bool,
    named: Collection[int] | None,
) -> bool:
    """A prepositional phrase that is not the noun's (``phrase_edges``): an "of" complement of
    the noun's governor, or a place preposition's phrase whose object names no place or actor
    or that follows a person's own proper name (``appositive``: the head is the person
    mention's, not a name it is part of, "the Trump Hotel"). ``named`` None: not checked."""
    if named is None or child.dep_ != "prep":
        return False
    if complement_of(head, child, lexicon.of_complement_heads):
        return True
    if child.lower_ not in lexicon.place_preps:
        return False
    if appositive and head.pos_ == "PROPN":
        return True
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return not (len(objects) == 1 and names_place(objects[0], named))


def _ends_left(child: Token, lexicon: PhraseLexicon) -> bool:
    """A left dependent the phrase stops at: list structure, a clause, punctuation, and a
    modifier carrying its own coordination, which several actors share ("US and British
    activists": the British activists' phrase starts at "British")."""
    if child.dep_ in LEFT_STOP_DEPS or any(c.dep_ in LIST_DEPS for c in child.children):
        return True
    listed = any(c.dep_ == "conj" for c in child.head.children)
    return listed and child.lower_ in lexicon.correlatives


def _right_part(
    child: Token, avoid: Collection[int], lexicon: PhraseLexicon, appositive: bool
) -> int | None:
    """The end of a right dependent that belongs to the phrase, None when the phrase ends."""
    if child.dep_ == "prep" and child.lower_ in lexicon.linking_preps and not _after_comma(child):
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        end = _extent(objects[0], avoid, lexicon)[1]
    elif child.dep_ == "appos" and (bracketed := _bracketed_end(child)) is not None:
        end = bracketed
    elif child.dep_ == "appos" and appositive and _comma_appos(child):
        end = _extent(child, avoid, lexicon)[1]
    else:
        return None
    return None if any(i in avoid for i in range(child.left_edge.i, end)) else end


def _holder_named(head: Token, mention: ActorMention, lexicon: PhraseLexicon) -> bool:
    """Whether the phrase's head is an office or a person noun in the singular, which a proper
    name in apposition names the holder of ("the ambassador, Saad bin Ali")."""
    if head.tag_ == "NNP":
        return mention.kind in lexicon.office_kinds
    return head.tag_ == "NN" and (mention.kind in lexicon.office_kinds or head.i != mention.head)


def _holder_name(child: Token) -> bool:
    """A comma apposition that is a proper name, no list, with no known actor in it and not a
    place's name alone (a person's name may hold a place word: "Saad bin Ali")."""
    if child.dep_ != "appos" or child.pos_ != "PROPN" or not _comma_appos(child):
        return False
    if any(c.dep_ in ("cc", "conj") for c in child.children):
        return False
    doc, first, last = child.doc, child.left_edge.i, child.right_edge.i
    if any(m.start <= last and m.end > first for m in doc._.ew_actors or ()):
        return False
    return not any(p.start <= first and p.end > last for p in doc._.ew_places or ())


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == COMMA


def _comma_appos(token: Token) -> bool:
    """An apposition set off by a comma ("Putin, the Russian president")."""
    before = token.left_edge.i - 1
    return token.dep_ == "appos" and before >= 0 and token.doc[before].text == COMMA


def _bracketed_end(token: Token) -> int | None:
    """The end of an apposition in brackets ("the Islamic State (IS)"), None otherwise."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    opened = doc[first].text == OPENING or (first > 0 and doc[first - 1].text == OPENING)
    if doc[last].text == CLOSING:
        return last + 1 if opened else None
    closed = last + 1 < len(doc) and doc[last + 1].text == CLOSING
    return last + 2 if opened and closed else None


__all__ = ["PhraseLexicon", "bundled_lexicon", "load_lexicon", "phrase_bounds"]
