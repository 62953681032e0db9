"""Words on a re-mentioned event noun that pick out no other event (part of ``repeats.py``).

A noun that names again an event the article has coded may carry words that add nothing to
tell its event apart from the one coded:

* **A possessive pronoun** ("*his* investigation", "*their* talks", "walked back *her*
  comments") is itself a definite determiner: it points back at an actor already named, as
  "the" points back at the event. The mention's coded actors must still agree with the earlier
  event's (``repeats._same_event``), so "Russia said *its* sanctions ..." after sanctions of
  the United States, coded with Russia as their source, stays.
* **A non-restrictive clause or apposition**, set off from the noun by a comma, a dash or a
  parenthesis ("the negotiations*, which Israel opposes*", "that lawsuit*, which the attorney
  general filed in June,*", "the proposal*, part of a larger package,*"), describes the event
  the determiner has already picked out; it does not restrict the noun to another one. A
  restrictive clause ("the bombing *in which three people died*", "the airstrike *that killed
  the general*") may name another event and keeps the mention.

* **A coordinated noun** ("the bombardment *and siege* of the city", "did not mention the
  arrest *or the thank-you*") names another thing beside the event; its own words and its
  own event, if any, are its own.
* **A content infinitive the earlier event's sentence tells** ("the request *to extend* her
  parole" after "she asked the board to extend it"): the same verb in the sentence that
  coded the earlier event names the same content; another verb may name another request.
* **A possessor naming an actor of the earlier event** by a word of its name ("*Thinni's*
  proposal" after "Prime Minister Abdullah al-Thinni proposed ..."), when the name is coded
  as no actor of the mention: it names the one who did the act already coded, as a
  possessive pronoun would.

The words are data (``repeats.yaml``: ``possessive_pronouns``, ``aside_marks``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from eventwire.records import Actor

POSSESSOR = "poss"
# Labels of a clause or a phrase that describes a noun: a relative clause, a participle clause,
# an apposition ("the proposal, part of a package").
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})
# Labels of a coordinator and of a noun coordinated with the event noun ("the arrest *or* the
# *visit*").
COORDINATION_DEPS = frozenset({"cc", "preconj", "conj"})
PROPER_NOUN = "PROPN"
# A "to"-infinitive clause on the noun: "the request *to extend* her parole".
CONTENT_CLAUSE = "acl"
INFINITIVE_TAG = "TO"


def pronoun_possessor(child: Token, pronouns: Collection[str]) -> bool:
    """A possessive pronoun on the noun ("*his* investigation", "*its* release")."""
    return child.dep_ == POSSESSOR and child.lower_ in pronouns


def nonrestrictive(child: Token, noun: Token, marks: Collection[str]) -> bool:
    """A clause or an apposition after the noun set off from it by one of ``marks`` ("the
    talks*, which* Israel opposes", "the proposal*, part* of a package")."""
    if child.dep_ not in DESCRIBING_DEPS or child.i < noun.i:
        return False
    before = child.left_edge.i - 1
    return before > noun.i and noun.doc[before].text in marks


def coordination(child: Token) -> bool:
    """A coordinator or a noun coordinated with the event noun ("the bombardment *and siege*")."""
    return child.dep_ in COORDINATION_DEPS


def named_possessor(child: Token) -> bool:
    """A possessor that is a proper name ("*Thinni's* proposal")."""
    return child.dep_ == POSSESSOR and child.pos_ == PROPER_NOUN


def names_actor(possessor: Token, actors: Iterable[Actor | None]) -> bool:
    """Whether a proper possessor is a word of the text or the name of one of ``actors``
    ("Thinni" of "Prime Minister Abdullah al-Thinni")."""
    words = {part.lower().strip(".,") for actor in actors if actor is not None
             for word in (*actor.text.split(), *(actor.name or "").split())
             for part in (word, *word.split("-"))}
    return possessor.lower_ in words


def content_infinitive(child: Token) -> bool:
    """A "to"-infinitive clause on the noun ("the offer *to meet*")."""
    return child.dep_ == CONTENT_CLAUSE and any(
        c.dep_ == "aux" and c.tag_ == INFINITIVE_TAG for c in child.children)


def content_told(child: Token, sentence: Span) -> bool:
    """Whether the verb of a content infinitive is a verb of ``sentence`` (the one that coded
    the earlier event) too, outside the noun's own phrase."""
    lemma = child.lemma_.lower()
    return any(word.lemma_.lower() == lemma and word.i != child.i for word in sentence)
