"""One act named by two winning trigger patterns of one CAMEO root whose words hang together,
for the trigger matcher's :func:`eventwire.pipeline.triggers.resolve` (which already drops a
later pattern asking for a word an earlier one of that root asks for):

* A pattern whose governor is the head of the other, of which it is the object, names the
  act's object, the other the act: "the *ratification* of the treaty" is one signing (057),
  coded by "ratification" (who ratifies is that noun's), not again by "treaty" under its
  governor.
* A pattern asks for a noun that a clause of the other hangs on (a participle or a relative
  clause): "suspects *detained* by the police are being *held*" is one detention (173). The
  clause's verb codes it when the other verb has no agent of its own (the passive "are held"
  only says the detention goes on; the clause names who detained them); a verb with its agent
  keeps its event ("police *held* the suspects *arrested* in the raid"). When both verbs ask
  for the noun, the matcher dropped the clause's pattern as the later one; it comes back in
  place of the passive verb when the clause names its agent ("detained *by the police*").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from eventwire.knowledge.patterns import TriggerPattern

PARTICIPLE_DEP = "acl"
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "pobj"})
PREP_DEP = "prep"
OF = "of"
RELATIVE_DEP = "relcl"
PASSIVE_TAG = "VBN"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
AGENT_DEPS = frozenset({"nsubj", "agent"})
ROOT_DIGITS = 2
# CAMEO roots of material violence: assault (18), fight (19) and mass violence (20). Patterns
# of these that ask for one word code one violent act, whichever root each gives: "a car bomb
# (1832) exploded, *killing* six" is the bombing, not also conventional force (190) on the
# participle that tells its toll.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
VIOLENCE_FAMILY = "18"


class Winner(Protocol):
    """A winning pattern at a head token (the matcher's candidates)."""

    @property
    def head(self) -> int: ...

    @property
    def pattern(self) -> TriggerPattern: ...


WinnerT = TypeVar("WinnerT", bound=Winner)


def one_act(winners: Sequence[WinnerT], asked: Mapping[int, set[int]], doc: Doc | None,
            passed: Sequence[WinnerT] = ()) -> list[WinnerT]:
    """The ``winners`` without the second pattern of an act two of them code; ``asked`` maps a
    winner's head to the words besides its head that it asks for (its governor's among them);
    ``passed`` are the patterns dropped for asking for a word a winner of their root asks for."""
    if doc is None:
        return list(winners)
    winners = _clauses_back(winners, asked, doc, passed)
    coded = [w for w in winners if w.pattern.code is not None]
    by_word = _by_root_word(coded, doc)
    dropped: set[int] = set()
    for mine in coded:
        wanted = asked.get(mine.head, set())
        root = _root(mine)
        # Only a winner of my root whose head, or whose head's governor, I ask for can be
        # dropped against me (both tests below read ``wanted``): look those up, not every one.
        for other in (o for word in wanted for o in by_word.get((root, word), ())):
            if other.head == mine.head:
                continue
            if other.head in wanted and _object_of(doc[mine.head], other.head):
                dropped.add(mine.head)  # my governor is the other act: "ratification of *treaty*"
                continue
            clause = doc[other.head]
            if _patient_clause(clause) and clause.head.i in wanted:
                verb = doc[mine.head]
                dropped.add(other.head if _has_agent(doc, verb.i) else mine.head)
    return [w for w in winners if w.head not in dropped]


def _by_root_word(coded: Sequence[WinnerT], doc: Doc) -> dict[tuple[str, int], list[WinnerT]]:
    """The winners filed under their root and their head, and again under their root and
    their head's governor (once when the two are the same token)."""
    filed: dict[tuple[str, int], list[WinnerT]] = {}
    for winner in coded:
        governor = doc[winner.head].head.i
        for word in {winner.head, governor}:
            filed.setdefault((_root(winner), word), []).append(winner)
    return filed


def _clauses_back(winners: Sequence[WinnerT], asked: Mapping[int, set[int]], doc: Doc,
                  passed: Sequence[WinnerT]) -> list[WinnerT]:
    """``winners`` with a passive verb without agent replaced by a ``passed`` pattern of its
    root on a clause that names its agent, hanging on the noun both ask for."""
    heads = {w.head for w in winners}
    swapped: dict[int, WinnerT] = {}
    for clause in passed:
        verb = doc[clause.head]
        if clause.pattern.code is None or not _patient_clause(verb) \
                or clause.head in heads or not _has_agent(doc, verb.i):
            continue
        for mine in winners:
            if mine.head not in swapped and _same_root(mine, clause) \
                    and verb.head.i in asked.get(mine.head, set()) \
                    and not _has_agent(doc, mine.head):
                swapped[mine.head] = clause
                heads.add(clause.head)
                break
    return [swapped.get(w.head, w) for w in winners]


def _object_of(noun: Token, act: int) -> bool:
    """Whether ``noun`` is what the act at ``act`` is done to: its object, or its "of" object
    ("the ratification *of the treaty*"); not an adjunct ("*in a deal* ..., they reached an
    agreement", where the deal is told apart from the reaching)."""
    governor = noun.head
    if governor.i == act:
        return noun.dep_ in OBJECT_DEPS
    return governor.dep_ == PREP_DEP and governor.lower_ == OF and governor.head.i == act


def _patient_clause(verb: Token) -> bool:
    """A clause on a noun that the noun undergoes: a passive participle ("suspects *detained*
    by police") or a relative clause whose subject is not the relative pronoun ("the men
    police *arrested*"); not one the noun does ("a statement *expressing* sorrow", "a
    statement *that said* ...")."""
    if verb.dep_ == PARTICIPLE_DEP:
        return verb.tag_ == PASSIVE_TAG
    return verb.dep_ == RELATIVE_DEP and not any(
        c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS for c in verb.children)


def _has_agent(doc: Doc, head: int) -> bool:
    """Whether the verb at ``head`` names who does it: an active subject or a "by" agent."""
    return any(c.dep_ in AGENT_DEPS for c in doc[head].children)


def act_family(code: str | None) -> str:
    """The root under which patterns that share a word code one act: the CAMEO root, with the
    roots of material violence taken as one."""
    root = (code or "")[:ROOT_DIGITS]
    return VIOLENCE_FAMILY if root in VIOLENCE_ROOTS else root


def _same_root(one: Winner, other: Winner) -> bool:
    return _root(one) == _root(other)


def _root(winner: Winner) -> str:
    return (winner.pattern.code or "")[:ROOT_DIGITS]


__all__ = ["act_family", "one_act"]
