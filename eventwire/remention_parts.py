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

The words are data (``repeats.yaml``: ``possessive_pronouns``, ``aside_marks``).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

POSSESSOR = "poss"
# Labels of a clause or a phrase that describes a noun: a relative clause, a participle clause,
# an apposition ("the proposal, part of a package").
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})


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
