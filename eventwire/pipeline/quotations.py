"""Direct speech, for pronoun resolution (``mention_index.py``): the quotation that holds a
token, the speaker it is attributed to, and how far back a personal pronoun looks for its
person when sentences of quoted speech stand between them (``narrative_start_before``).

In direct speech the speaker names himself "I" and "we"; a third-person pronoun inside the
quotation ("'His application was not rejected,' Paulson said"; "'he should apologise,' he
said") is somebody else. A quotation is the text between two double quotation marks of one
paragraph (straight marks pair up in order; curly ones open and close); its speaker is the
subject of a verb of saying written right after it in the sentence of its closing mark
("..., Paulson said"), else right before it in the sentence of its opening mark ("Paulson
said: '...'").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Double quotation marks as the tokenizer writes them; single ones are also apostrophes.
STRAIGHT_QUOTES = frozenset({'"', "''", "``"})
OPENING_QUOTES = frozenset({"\u201c", "\u00ab", "\u201e"})
CLOSING_QUOTES = frozenset({"\u201d", "\u00bb"})
QUOTES = STRAIGHT_QUOTES | OPENING_QUOTES | CLOSING_QUOTES
# Tokens after a closing mark, or before an opening one, in which its verb of saying stands
# ("...," the ministry's chief spokesman said).
SPEAKER_REACH = 8


def quotation_of(token: Token) -> tuple[int, int] | None:
    """``(opening mark, closing mark)`` token indices of the quotation holding ``token``."""
    return _table(token.doc)[token.i]


def _table(doc: Doc) -> list[tuple[int, int] | None]:
    """The quotation of every token of ``doc``, computed once per doc (the last doc asked
    about is kept, which is the one a component is working on)."""
    global _last
    if _last is not None and _last[0] is doc and len(_last[1]) == len(doc):
        return _last[1]
    table = _quotations(doc)
    _last = (doc, table)
    return table


_last: tuple[Doc, list[tuple[int, int] | None]] | None = None


def _quotations(doc: Doc) -> list[tuple[int, int] | None]:
    """One pass forward keeps the open mark of each token's paragraph before it (straight
    marks pair up in order, curly ones open and close); one pass backward finds the first
    mark or paragraph break after each token. A token is quoted when a mark is open before it
    and the next mark, in the same paragraph, closes."""
    texts: list[str] = []
    breaks: list[bool] = []
    for token in doc:  # one pass over the doc's tokens
        texts.append(token.text)
        breaks.append(_paragraph_break(token))
    open_before: list[int | None] = []
    opening: int | None = None
    for i, text in enumerate(texts):
        open_before.append(opening)
        if text in OPENING_QUOTES or (text in STRAIGHT_QUOTES and opening is None):
            opening = i
        elif text in QUOTES:
            opening = None
        if breaks[i]:
            opening = None
    table: list[tuple[int, int] | None] = [None] * len(texts)
    ahead: int | None = None  # the first mark or break at or after i + 1
    for i in range(len(texts) - 1, -1, -1):
        start = open_before[i]
        if start is not None and ahead is not None and texts[ahead] in QUOTES \
                and texts[ahead] not in OPENING_QUOTES:
            table[i] = (start, ahead)
        if texts[i] in QUOTES or breaks[i]:
            ahead = i
    return table


def quoted_speaker(token: Token, report_verbs: frozenset[str]) -> Token | None:
    """The subject of the verb of saying that a quotation holding ``token`` is attributed
    to (outside the quotation), or None: no quotation, or no such verb beside it."""
    span = quotation_of(token)
    if span is None:
        return None
    opening, closing = span
    doc = token.doc
    after = [doc[i] for i in range(closing + 1, min(closing + 1 + SPEAKER_REACH, len(doc)))
             if doc[i].sent.start == doc[closing].sent.start]
    before = [doc[i] for i in range(max(opening - SPEAKER_REACH, 0), opening)
              if doc[i].sent.start == doc[opening].sent.start][::-1]
    verb = _report_verb(after, report_verbs) or _report_verb(before, report_verbs)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not opening < c.i < closing]
    return subjects[0] if subjects else None


def narrative_start_before(token: Token, sentences: int) -> int:
    """Token index where the sentence ``sentences`` sentences before ``token``'s begins,
    counting only sentences of the narrative: a sentence wholly inside a quotation is the
    speaker's own words and does not count ('"..." Cruz said. "We have seen ... . A bomb
    here, a missile there." "...," he said': Cruz is the sentence before), nor does one with
    no word (a closing mark and a paragraph break the parser split off a sentence)."""
    doc = token.doc
    start = token.sent.start
    counted = 0
    while counted < sentences and start > 0:
        start = doc[start - 1].sent.start
        sentence = doc[start].sent
        counted += _has_word(sentence) and not _quoted_sentence(sentence)
    return start


def _has_word(sentence: Span) -> bool:
    """Some token of ``sentence`` is neither a space nor a punctuation mark."""
    return any(not (t.is_space or t.is_punct) for t in sentence)


def _quoted_sentence(sentence: Span) -> bool:
    """Every word of ``sentence`` lies inside one quotation or is a quotation mark."""
    words = [t for t in sentence if not (t.is_space or t.is_punct)]
    return bool(words) and all(quotation_of(t) is not None for t in words)


def _report_verb(words: list[Token], report_verbs: frozenset[str]) -> Token | None:
    """The first verb of saying among ``words`` (nearest the quotation first), before any
    other quotation mark."""
    for word in words:
        if word.text in QUOTES:
            return None
        if word.pos_ == "VERB" and word.lemma_.lower() in report_verbs:
            return word
    return None


def _paragraph_break(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


__all__ = ["narrative_start_before", "quotation_of", "quoted_speaker"]
