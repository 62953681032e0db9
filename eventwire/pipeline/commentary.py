"""Commentary: statements by unaffiliated commentators, which report no event (read by the
assembler).

"Oil prices will rise, analysts said", "the numbers are good, said an economist at a bank",
"Savannah law professor Ann Wright said it was hard to know who leaked the memo": a statement
(CAMEO 010-019) whose speaker is a commentator (a market analyst, an economist, a strategist, a
pundit, an academic) and which has no actor as its target is an opinion quoted in the story,
not an act of a political actor. CAMEO's statement codes record what political actors say, and
event data (ICEWS, PETRARCH) code a statement only when its source is one; the remark gives no
event. The statement is kept when

* it has a coded target ("an analyst criticised the ministry": about an actor), other than a
  news outlet or reporters it was told to ("an analyst told Reuters": its hearer only);
* the speaker (the frame's source or the attributed speaker) is coded in a political sector
  ("the Treasury's chief economist": GOV), so speaks for a political body;
* the commentator noun is affiliated: it has a possessive ("the president's chief strategist")
  or a word of a political body in its phrase ("Treasury economist Ann Lee", "an analyst at
  the defence ministry"), which the actor coder may not see behind the commentator noun.

The speaker is the frame's source, else the trigger verb's subject; the commentator noun is
its head, a title before it ("insurance analyst Jay Gelb") or an apposition to it ("Paul
Newsome, an insurance analyst at a broker"). The words are data
(``eventwire/data/commentary.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import Frame

DATA_FILE = "commentary.yaml"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words before a name that give the speaker's title ("insurance analyst Jay Gelb").
TITLE_DEPS = frozenset({"compound", "amod"})
# Words after a name that say who the speaker is ("Jay Gelb, an analyst at ...").
APPOSITION_DEPS = frozenset({"appos"})
# Relations of a possessor: "the president's strategist", "his economist".
POSSESSIVE_DEPS = frozenset({"poss"})


class CommentaryLexicon(BaseModel):
    """The validated contents of ``commentary.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    roots: frozenset[str]
    commentator_nouns: frozenset[Word]
    affiliation_words: frozenset[Word]
    political_sectors: frozenset[str]
    hearer_sectors: frozenset[str]


def load_lexicon(path: Path | None = None) -> CommentaryLexicon:
    """Read and validate ``commentary.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, CommentaryLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> CommentaryLexicon:
    return load_lexicon()


def speaker_of(doc: Doc, frame: Frame) -> Token | None:
    """The speaker's head word: the frame's source, else the subject of the trigger word."""
    if frame.source is not None:
        return doc[frame.source.head]
    head = doc[frame.trigger.head]
    return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)


def _described_by(speaker: Token) -> Iterator[Token]:
    """The speaker's word and the words that name who the speaker is: its titles, its
    appositions and their conjuncts. A speaker that is itself an apposition or a title of a
    name is described with that name's other descriptions too."""
    name = speaker
    while _describes(name) and name.head.i != name.i:
        name = name.head
    seen: set[int] = set()
    pending = [name]
    while pending:
        word = pending.pop()
        if word.i in seen:
            continue
        seen.add(word.i)
        yield word
        pending.extend(c for c in word.children if _describes(c))


def _describes(word: Token) -> bool:
    """A title or an apposition of its head, or a conjunct of an apposition; not a conjunct
    of a subject, which is another speaker ("officials and analysts said")."""
    return word.dep_ in TITLE_DEPS | APPOSITION_DEPS or (
        word.dep_ == "conj" and word.head.dep_ in APPOSITION_DEPS)


def commentator_noun(speaker: Token, lex: CommentaryLexicon) -> Token | None:
    """The commentator noun that names the speaker, unless it is affiliated: possessed ("the
    president's economist") or with a word of a political body in its phrase ("Treasury
    economist", "an analyst at the ministry")."""
    for word in _described_by(speaker):
        if word.lemma_.lower() in lex.commentator_nouns or word.lower_ in lex.commentator_nouns:
            if any(c.dep_ in POSSESSIVE_DEPS for c in word.children) or any(
                    t.lower_ in lex.affiliation_words for t in word.subtree if t.i != word.i):
                return None
            return word
    return None


def is_commentary(doc: Doc, frame: Frame, lex: CommentaryLexicon | None = None) -> bool:
    """A statement of the lexicon's roots by an unaffiliated commentator with no coded target
    (see the module's docstring)."""
    lex = lex or bundled_lexicon()
    if frame.trigger.code[:2] not in lex.roots:
        return False
    if frame.target is not None and frame.target.code is not None \
            and frame.target.sector not in lex.hearer_sectors:
        return False
    attribution = (doc._.ew_attribution or {}).get(frame.trigger.head)
    speakers = (frame.source, attribution.actor if attribution is not None else None)
    if any(s is not None and s.sector in lex.political_sectors for s in speakers):
        return False
    speaker = speaker_of(doc, frame)
    return speaker is not None and commentator_noun(speaker, lex) is not None


__all__ = ["CommentaryLexicon", "bundled_lexicon", "commentator_noun", "is_commentary",
           "load_lexicon", "speaker_of"]
