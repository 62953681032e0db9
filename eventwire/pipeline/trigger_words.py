"""Word forms for the trigger matcher: which words a token may be looked up by, and whether a
run of tokens spells a pattern's words.

A verb is looked up by its lemma, its lower-case form and the base forms a regular inflection
of the form may come from ("staged" -> "stage"), which covers lemmatizer slips; a misspelt
inflection the lemma never takes ("departes") is not looked up by the lemma, as PETRARCH matches
only a verb's regular and listed forms. Hyphens may sit between the words of a phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

HYPHENS = frozenset({"-", "\u2013", "\u2011"})
# Verb stems whose third person takes "-es" ("taxes", "reaches", "goes").
ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


def regular_bases(word: str) -> set[str]:
    """Base forms a regular English verb inflection of ``word`` may come from ("staged" ->
    "stage", "stopped" -> "stop", "carries" -> "carry"): covers lemmatizer slips."""
    found: set[str] = set()
    for suffix in ("ing", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        stem = word[: -len(suffix)]
        if suffix != "es" or stem.endswith(ES_STEMS):
            found |= {stem, stem + "e"}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            found.add(stem[:-1])
        if suffix in ("ed", "es") and stem.endswith("i"):
            found.add(stem[:-1] + "y")
    return found


def regular_inflections(lemma: str) -> set[str]:
    """The regular English inflections of a verb ("stop": stops, stopped, stopping; "carry":
    carries, carried; "tax": taxes; "agree": agreed; "panic": panicked)."""
    third = lemma + ("es" if lemma.endswith(ES_STEMS) else "s")
    stems = {lemma, lemma[:-1] if lemma.endswith("e") else lemma, lemma + lemma[-1:]}
    if lemma.endswith("c"):
        stems.add(lemma + "k")
    forms = {third} | {s + "ed" for s in stems} | {s + "ing" for s in stems}
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def lemma_applies(token: Token) -> bool:
    """Whether a verb's form is its lemma or an inflection of it: a misspelt one
    ("departes", "depart" with a third-person "-es" it never takes) is not looked up by its
    lemma, as PETRARCH matches only a verb's regular and listed forms. Irregular forms (not
    starting with the lemma: "went") are the lemmatizer's to judge."""
    form, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ != "VERB" or form == lemma or not form.startswith(lemma) or not lemma:
        return True
    return form in regular_inflections(lemma)


def token_keys(token: Token) -> set[str]:
    """The words a token may be looked up by: lemma, lower-case form and, for verbs, the
    regular bases of its form."""
    if not lemma_applies(token):
        # A wrong lemma ("hopes" -> "hop"): the form's own regular bases still apply ("hope").
        return {token.lower_} | regular_bases(token.lower_)
    keys = {token.lemma_.lower(), token.lower_}
    if token.pos_ == "VERB":
        keys |= regular_bases(token.lower_)
    return keys


def word_matches(token: Token, word: str, first: bool = False) -> bool:
    if token.lower_ == word:
        return True
    if lemma_applies(token) and token.lemma_.lower() == word:
        return True
    return first and token.pos_ == "VERB" and word in regular_bases(token.lower_)


def match_words(doc: Doc, start: int, words: Sequence[str]) -> tuple[int, ...] | None:
    """Token indices spelling ``words`` from ``start``; hyphens may sit between the words."""
    found: list[int] = []
    i = start
    for position, word in enumerate(words):
        while position > 0 and i < len(doc) and doc[i].text in HYPHENS:
            i += 1
        if i >= len(doc) or not word_matches(doc[i], word, position == 0):
            return None
        found.append(i)
        i += 1
    return tuple(found)
