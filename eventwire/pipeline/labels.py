"""Words that name or ask about an act rather than report one (part of ``ew_triggers``).

* **A quoted label.** A short quotation set between a determiner and the noun it modifies
  names a kind, a story or a group ("the "*ban the bomb*" movement", "the "*spontaneous
  protest*" story", "a "*peace talks*" narrative"): the words are a name, no act.
* **The words of a slogan, a chant or a question.** A quotation given as the content of a noun
  of words, after "of", in apposition or after a dash or a colon ("a chant of "*stop
  deportation*"", "the slogan "*ban the bomb*"", "opened with a question — '*Will you say
  anything to get elected?*'"), quotes what was written, chanted or asked: the noun's act is
  the event, if any, not its words.
* **A movement named by its aims.** An event noun modifying a noun of a movement or a
  narrative ("the *boycott*, divestment and sanctions movement", "the *protest* movement")
  names what the movement stands for, no act of its own.
* **A yes-no question.** A clause that opens with an auxiliary or a modal and ends with a
  question mark ("*Will* Russia *invade*?", "Have we been *giving* them too much?") asks
  whether an act happens and asserts none; a question word ("Why did Russia invade?")
  presupposes the act and keeps it, unless the question is quoted as the words of a noun of
  words (above).

The words are data (``eventwire/data/labels.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "labels.yaml"
# Quotation marks as the tokenizer writes them (single marks too: "a question — 'Will you ...'").
QUOTE_MARKS = frozenset({'"', "''", "``", "\u201c", "\u201d", "\u2018", "\u2019", "'", "`",
                         "\u00ab", "\u00bb"})
# The longest quotation read as a label or a slogan, in tokens.
MAX_LABEL = 6
NOUN = "NOUN"
# Labels by which a noun modifies another ("the *boycott* movement").
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# A noun's conjuncts share its use ("the boycott, *divestment* and *sanctions* movement").
CONJUNCT_DEP = "conj"
MAX_CONJUNCTS = 4
# Marks after which a clause of its own begins: a quotation, a dash, a colon, a parenthesis.
CLAUSE_OPENERS = QUOTE_MARKS | frozenset({":", "\u2014", "\u2013", "--", "("})
CLAUSE_ENDS = frozenset({".", "!", "?"})
QUESTION_MARK = "?"
# Words before a question's auxiliary that leave it a question ("But will they come?").
COORDINATOR_POS = frozenset({"CCONJ"})


class LabelLexicon(BaseModel):
    """The validated contents of ``labels.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    label_determiners: frozenset[Word] = Field(min_length=1)
    word_nouns: frozenset[Word] = Field(min_length=1)
    content_preps: frozenset[Word]
    movement_nouns: frozenset[Word]
    question_openers: frozenset[Word] = Field(min_length=1)


def load_lexicon(path: Path | None = None) -> LabelLexicon:
    """Read and validate ``labels.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, LabelLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> LabelLexicon:
    return load_lexicon()


def _quotation(token: Token) -> tuple[int, int] | None:
    """``(opening mark, closing mark)`` of a short quotation in the sentence that holds
    ``token`` (no more than ``MAX_LABEL`` tokens between the marks), else None."""
    doc, sent = token.doc, token.sent
    opening = next((i for i in range(token.i - 1, max(sent.start, token.i - MAX_LABEL) - 1, -1)
                    if doc[i].text in QUOTE_MARKS), None)
    closing = next((i for i in range(token.i + 1, min(sent.end, token.i + MAX_LABEL + 1))
                    if doc[i].text in QUOTE_MARKS), None)
    if opening is None or closing is None or closing - opening - 1 > MAX_LABEL:
        return None
    return opening, closing


def _word_noun(token: Token | None, lex: LabelLexicon) -> bool:
    return token is not None and token.pos_ == NOUN and token.lemma_.lower() in lex.word_nouns


def is_quoted_label(head: Token, lex: LabelLexicon) -> bool:
    """Whether the trigger word is in a short quotation used as a label ("the "ban the bomb"
    movement") or as the words of a slogan or a chant ("a chant of "stop deportation"", "the
    slogan "ban the bomb"")."""
    span = _quotation(head)
    if span is None:
        return False
    opening, closing = span
    doc, sent = head.doc, head.sent
    before = doc[opening - 1] if opening > sent.start else None
    after = doc[closing + 1] if closing + 1 < sent.end else None
    if before is not None and after is not None and after.pos_ == NOUN and (
            before.lower_ in lex.label_determiners):
        return True
    if before is not None and before.lower_ in lex.content_preps and before.i > sent.start:
        return _word_noun(doc[before.i - 1], lex)
    return _word_noun(before, lex)


def _clause_start(head: Token) -> int:
    """The first token of the clause ``head`` stands in: after the last mark that opens a
    clause of its own (a quotation, a dash, a colon), else the sentence's first."""
    doc, sent = head.doc, head.sent
    start = head.i
    while start > sent.start and doc[start - 1].text not in CLAUSE_OPENERS:
        start -= 1
    return start


def is_question_words(head: Token, lex: LabelLexicon) -> bool:
    """Whether the trigger word is in a clause that ends with a question mark and either opens
    with an auxiliary or a modal ("Will Russia invade?") or is the words of a noun of words
    after a dash or a colon ("opened with a question — 'Why did you run?'")."""
    doc, sent = head.doc, head.sent
    end = next((t for t in doc[head.i:sent.end] if t.text in CLAUSE_ENDS), None)
    if end is None or end.text != QUESTION_MARK:
        return False
    start = _clause_start(head)
    first = next((t for t in doc[start:head.i + 1]
                  if not (t.is_punct or t.is_space or t.pos_ in COORDINATOR_POS)), None)
    if first is not None and first.i != head.i and first.lower_ in lex.question_openers:
        return True
    # the noun of words before the marks that open the question: "a question — '"
    before = start - 1
    while before > sent.start and doc[before].text in CLAUSE_OPENERS:
        before -= 1
    return before < start - 1 and _word_noun(doc[before], lex)


def is_movement_aim(head: Token, lex: LabelLexicon) -> bool:
    """Whether an event noun (or the noun it is a conjunct of) modifies a noun of a movement
    or a narrative ("the boycott movement", "the boycott, divestment and sanctions
    movement")."""
    if head.pos_ != NOUN:
        return False
    noun = head
    for _ in range(MAX_CONJUNCTS):
        if noun.dep_ != CONJUNCT_DEP or noun.head.i == noun.i:
            break
        noun = noun.head
    governor = noun.head
    return noun.dep_ in MODIFIER_DEPS and governor.i != noun.i and governor.pos_ == NOUN \
        and governor.lemma_.lower() in lex.movement_nouns


def names_no_act(head: Token, lex: LabelLexicon) -> bool:
    """Whether the trigger headed by ``head`` names, quotes or asks about an act rather than
    reports one (see the module)."""
    return (is_quoted_label(head, lex) or is_movement_aim(head, lex)
            or is_question_words(head, lex))


def without_labels(doc: Doc, triggers: Sequence[TriggerMatch], lex: LabelLexicon
                   ) -> list[TriggerMatch]:
    """``triggers`` less those that only name, quote or ask about an act."""
    return [t for t in triggers if not names_no_act(doc[t.head], lex)]


__all__ = ["LabelLexicon", "bundled_lexicon", "is_movement_aim", "is_question_words",
           "is_quoted_label", "load_lexicon", "names_no_act", "without_labels"]
