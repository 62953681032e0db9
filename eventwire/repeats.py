"""Mentions that repeat an event the article already codes: one event, one record.

When events are assembled (``assemble.events_from_doc``) three kinds of mention give no record:

* **The medium or manner of a statement.** A statement noun coded as a plain comment (010) in a
  prepositional phrase of a speech verb is that verb's statement ("the FBI said *in a
  statement*", "told reporters *at a press conference*"), and two plain comments linked as a
  participle clause to its governor are one statement ("McCain *spoke* in an interview,
  *saying* ...", "*speaking* to reporters, the minister *said* ..."): the one without a reported
  clause goes (the participle when both or neither have one). A participle comment on a
  statement of another kind ("denied the charge, *saying* ...") goes too. PETRARCH's own setup
  (``AssemblyContext.plain_comments``) keeps them all, as PETRARCH codes them.
* **Impersonal hearsay.** A passive speech verb with an open complement and no agent ("the
  fighters *are said* to be outnumbered", "he *is reported* to have fled") names no speaker: it
  hedges the reported fact and is no statement of anyone's. An object-control verb
  (``roles.yaml``: "the envoy *was told* to leave") is a directive to its subject and stays.
* **A re-mention.** A bare noun event with an anaphoric determiner (``repeats.yaml``: "after
  *the attack*", "*those* conversations"), when an earlier sentence of the article holds an
  event of the same CAMEO root: the story names again the event it has coded. Bare: status
  ``occurred``, neither source nor target, no place or date of its own, and no word on the noun
  but determiners, adjectives and compounds ("the attack *on the embassy*", "the attack *in
  Lima*" say more and stay).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import Frame, TriggerMatch
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon
from eventwire.records import Event

DATA_FILE = "repeats.yaml"
COMMENT_CODE = "010"
STATEMENT_ROOT = "01"
NOUN = "NOUN"
OCCURRED = "occurred"
# Labels of a participle clause on its governor ("spoke ..., saying", "speaking ..., said").
PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
# Labels of the words a bare re-mention may have: "the deadly car bomb attack". Anything else (a
# prepositional phrase, a possessor, a number, a clause) says more of the event than its name.
BARE_NOUN_DEPS = frozenset({"det", "amod", "compound", "punct"})
# The date precision of an event dated by its article's publication (no date of its own).
PUBLICATION_DATE = "publication"
# Labels of a reported clause on a speech verb.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


class RepeatLexicon(BaseModel):
    """The words of ``repeats.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    anaphoric_determiners: frozenset[Word]


def load_lexicon(path: Path | None = None) -> RepeatLexicon:
    """Read and validate ``repeats.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, RepeatLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> RepeatLexicon:
    return load_lexicon()


def repeated_statements(doc: Doc, frames: Iterable[Frame]) -> frozenset[int]:
    """Trigger heads of plain comments that repeat another statement (see the module)."""
    statements = {f.trigger.head: f.trigger for f in frames
                  if f.trigger.code.startswith(STATEMENT_ROOT)}
    owner = {i: head for head, trigger in statements.items()
             for i in range(trigger.start, trigger.end)}
    repeated: set[int] = set()
    for head, trigger in statements.items():
        if trigger.code != COMMENT_CODE:
            continue
        token = doc[head]
        if trigger.pos == NOUN:
            if _medium_of(token, owner) is not None:
                repeated.add(head)
        elif _impersonal_passive(token):
            repeated.add(head)
        else:
            governor = owner.get(token.head.i) if token.dep_ in PARTICIPLE_DEPS else None
            if governor is not None and governor != head:
                repeated.add(_weaker(doc, head, governor, statements[governor]))
    return frozenset(repeated)


def _medium_of(noun: Token, owner: Mapping[int, int]) -> int | None:
    """The statement whose prepositional phrase holds ``noun`` ("said in a statement")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == noun.i:
        return None
    governor = owner.get(prep.head.i)
    return governor if governor != noun.i else None


@lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """``roles.yaml``'s object-control verbs: their passive subject is the one told or asked."""
    return frozenset(load_role_lexicon().object_control_verbs)


def _impersonal_passive(verb: Token) -> bool:
    """"are said to be", "is reported to have": passive, an open complement, no agent, and
    not an object-control verb ("was told to leave" names whom someone told)."""
    deps = {child.dep_ for child in verb.children}
    return ("nsubjpass" in deps and "xcomp" in deps and "agent" not in deps
            and verb.lemma_.lower() not in control_verbs())


def _weaker(doc: Doc, participle: int, governor: int, governor_trigger: TriggerMatch) -> int:
    """Of a participle comment and its governing statement, the one that goes: the governor
    only when it is a plain comment without a reported clause and the participle has one."""
    if governor_trigger.code != COMMENT_CODE:
        return participle
    if _reports(doc[participle]) and not _reports(doc[governor]):
        return governor
    return participle


def _reports(verb: Token) -> bool:
    return any(child.dep_ in REPORTED_CLAUSE_DEPS for child in verb.children)


def first_sentences(doc: Doc, frames: Iterable[Frame]) -> dict[str, int]:
    """CAMEO root -> start token of the first sentence holding an event of that root."""
    first: dict[str, int] = {}
    for frame in frames:
        root = frame.trigger.code[:2]
        start = doc[frame.trigger.head].sent.start
        first[root] = min(start, first.get(root, start))
    return first


def is_remention(
    doc: Doc, frame: Frame, event: Event, first: Mapping[str, int],
    lexicon: RepeatLexicon | None = None,
) -> bool:
    """A bare anaphoric noun naming again an event an earlier sentence codes (see the module)."""
    trigger = frame.trigger
    if trigger.pos != NOUN or frame.source is not None or frame.target is not None:
        return False
    if event.status != OCCURRED or event.location is not None \
            or event.date_precision != PUBLICATION_DATE:
        return False
    head = doc[trigger.head]
    if first.get(trigger.code[:2], head.sent.start) >= head.sent.start:
        return False
    if any(child.dep_ not in BARE_NOUN_DEPS for child in head.children):
        return False
    words = (lexicon or bundled_lexicon()).anaphoric_determiners
    return any(child.dep_ == "det" and child.lower_ in words for child in head.children)
