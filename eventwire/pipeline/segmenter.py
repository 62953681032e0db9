"""``ew_paragraphs``: paragraph breaks and datelines end sentences.

Runs before the parser, which keeps preset sentence starts. Headlines, datelines and scraped
leftovers ("Story continued below") sit on their own lines; without this they merge into the next
sentence and lend it their actors. A single newline is left alone: wire copy is often hard-wrapped.
A dateline ("MOSCOW, Feb 2 (Reuters) - ...") is a paragraph opening with an upper-case word and a
dash within its first tokens; the text after the dash starts a new sentence. Agence France-Presse
ends its datelines with a colon ("GAZA CITY, Palestinian Territories: ..."): a colon ends one
when every word before it is capitalised, as the words of a place name are (a clause before a
colon has lower-case words).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
COLON = ":"
DATELINE_WINDOW = 12


def is_paragraph_break(token: Token) -> bool:
    gap = token.whitespace_ + (token.text if token.is_space else "")
    return gap.count("\n") >= 2


def paragraph_starts(doc: Doc) -> list[int]:
    starts = [0]
    for token in doc[:-1]:
        if is_paragraph_break(token):
            following = token.i + 1
            while following < len(doc) and doc[following].is_space:
                following += 1
            if following < len(doc):
                starts.append(following)
    return starts


def dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the first token after a dateline opening at ``start``, if there is one."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    for token in doc[start + 1 : start + DATELINE_WINDOW]:
        if "\n" in token.text:
            return None
        last = token.i + 1 >= len(doc)
        if token.text in DASHES and not last:
            return token.i + 1
        if token.text == COLON and not last and _capitalised(doc[start : token.i]):
            return token.i + 1
    return None


def _capitalised(words: Span) -> bool:
    """Every word of ``words`` starts with a capital ("GAZA CITY, Palestinian Territories")."""
    return all(t.text[0].isupper() for t in words if t.is_alpha)


class ParagraphSegmenter:
    def __call__(self, doc: Doc) -> Doc:
        for start in paragraph_starts(doc):
            if start > 0:
                doc[start].is_sent_start = True
            after = dateline_end(doc, start)
            if after is not None:
                doc[after].is_sent_start = True
        return doc


@Language.factory("ew_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphSegmenter:
    return ParagraphSegmenter()
