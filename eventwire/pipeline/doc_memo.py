"""Values computed once per ``Doc`` and read many times (per event, per mention): a doc's
named tokens, its mentions grouped by sentence. Walking the whole doc once per event made the
rules that read them grow with the square of the article's length.

A value is kept with the object it was computed from (a list of mentions, a lexicon): it is
reused while the doc and that object are the same ones (identity), so a component that writes
a new list gets a fresh value. Nothing is kept once the doc is gone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

T = TypeVar("T")
_MEMO: WeakKeyDictionary[Doc, dict[str, tuple[object, Any]]] = WeakKeyDictionary()


class Started(Protocol):
    @property
    def start(self) -> int: ...


StartedT = TypeVar("StartedT", bound=Started)


def per_doc(doc: Doc, name: str, source: object, compute: Callable[[], T]) -> T:
    """``compute()``, once per ``doc`` and ``source`` (the object the value is computed from;
    a tuple of objects is compared item by item)."""
    table = _MEMO.setdefault(doc, {})
    kept = table.get(name)
    if kept is not None and _same(kept[0], source):
        return kept[1]  # type: ignore[no-any-return]
    value = compute()
    table[name] = (source, value)
    return value


def _same(kept: object, source: object) -> bool:
    if isinstance(kept, tuple) and isinstance(source, tuple):
        return len(kept) == len(source) and all(a is b for a, b in zip(kept, source, strict=True))
    return kept is source


def sentence_starts(doc: Doc) -> list[int]:
    """The start token of every sentence of ``doc``, in order."""
    return per_doc(doc, "sentence_starts", None, lambda: [s.start for s in doc.sents])


def by_sentence(doc: Doc, name: str, items: Sequence[StartedT]) -> dict[int, list[StartedT]]:
    """``items`` (kept under ``name``) grouped by the start of the sentence their first token
    is in, each group in the order of ``items``: the list
    ``[m for m in items if sent.start <= m.start < sent.end]`` is
    ``by_sentence(doc, name, items).get(sent.start, [])``."""
    def group() -> dict[int, list[StartedT]]:
        starts = sentence_starts(doc)
        found: dict[int, list[StartedT]] = {}
        for item in items:
            if 0 <= item.start < len(doc):
                found.setdefault(starts[bisect_right(starts, item.start) - 1], []).append(item)
        return found

    return per_doc(doc, f"by_sentence:{name}", items, group)
