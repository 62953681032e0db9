"""Values kept once per doc: reused for the same doc and source, recomputed for another."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.tokens import Doc

from eventwire.pipeline.doc_memo import by_sentence, per_doc, sentence_starts


@dataclass(frozen=True)
class Item:
    start: int


def _doc() -> Doc:
    nlp = spacy.blank("en")
    doc = nlp("Rebels shelled the town . Police arrested two men . Talks resumed .")
    for i, token in enumerate(doc):
        token.is_sent_start = i in (0, 5, 10)
    return doc


def test_a_value_is_computed_once_per_doc_and_source() -> None:
    doc, other = _doc(), _doc()
    calls: list[int] = []
    source = [1, 2]

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert per_doc(doc, "n", source, compute) == 1
    assert per_doc(doc, "n", source, compute) == 1
    assert per_doc(other, "n", source, compute) == 2  # another doc
    assert per_doc(doc, "n", [1, 2], compute) == 3  # an equal but new source
    assert per_doc(doc, "n", (source, ()), compute) == 4
    assert per_doc(doc, "n", (source, ()), compute) == 4  # a tuple compares item by item


def test_items_are_grouped_by_their_sentence_in_order() -> None:
    doc = _doc()
    items = [Item(6), Item(1), Item(11), Item(5), Item(40)]
    assert sentence_starts(doc) == [0, 5, 10]
    grouped = by_sentence(doc, "items", items)
    for sent in doc.sents:
        expected = [m for m in items if sent.start <= m.start < sent.end]
        assert grouped.get(sent.start, []) == expected
    assert by_sentence(doc, "items", items) is grouped
