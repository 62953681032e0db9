"""english_nouns.yaml: plural-only nouns keep their plural when a dictionary noun is spelled."""

from __future__ import annotations

import pytest

from eventwire.knowledge.petrarch_patterns import english_nouns, noun_forms


@pytest.mark.parametrize(("raw", "forms"), [
    ("NEWS_", ("news",)),
    ("ARMS", ("arms",)),
    ("GOODS", ("goods",)),
    ("DETAILS_", ("details", "detail")),
    ("MISSILES", ("missiles", "missile")),
])
def test_plural_only_nouns_keep_their_plural(raw: str, forms: tuple[str, ...]) -> None:
    assert noun_forms(raw) == forms


def test_bundled_list_has_provenance() -> None:
    nouns = english_nouns()
    assert nouns.meta.source and nouns.meta.license
    assert all(word == word.lower() and word.endswith("s") for word in nouns.plural_only)
