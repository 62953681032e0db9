"""The alias index of :mod:`eventwire.pipeline.alias_index` on aliases and texts written for
these tests: matches on token boundaries, words joined by ``_``, hyphens as words."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.alias_index import PhraseIndex


def found(nlp: Language, index: PhraseIndex, text: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    return [(key, doc[start:end].text) for key, start, end in index(doc)]


def test_aliases_are_found_by_their_lower_case_words(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("port", "Port Marin", None), ("marin", "Marin", None)])
    assert found(nlp, index, "Ships left PORT MARIN today.") == [
        ("port", "PORT MARIN"), ("marin", "MARIN")]


def test_compiled_tokens_and_joined_words(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("dol", "Dol Amroth", ("Dol", "Amroth"))])
    assert found(nlp, index, "Envoys of Dol_Amroth arrived.") == [("dol", "Dol_Amroth")]
    assert found(nlp, index, "Envoys of Dol Amroth arrived.") == [("dol", "Dol Amroth")]


def test_a_hyphen_is_a_word_and_a_match_keeps_to_tokens(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("front", "al-Nasr", None), ("nasr", "Nasr", None)])
    assert ("front", "al-Nasr") in found(nlp, index, "The al-Nasr front claimed it.")
    assert found(nlp, index, "The Nasrani families left.") == []


def test_keys_at_and_windows(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("city", "Port Marin", None), ("marin", "Marin", None)])
    doc = nlp.make_doc("Port Marin voted.")
    assert index.keys_at(doc, 0, 2) == ["city"]
    assert index.keys_at(doc, 1, 2) == ["marin"]
    assert list(index.windows(doc, 1, 3)) == [(1, 2)]


def test_plain_joined_and_hyphenated_tokens_in_one_text_keep_their_places(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("port", "Port Marin", None), ("dol", "Dol Amroth", None),
                              ("front", "al-Nasr", None)])
    assert found(nlp, index, "Port Marin, Dol_Amroth and the al-Nasr front met.") == [
        ("port", "Port Marin"), ("dol", "Dol_Amroth"), ("front", "al-Nasr")]


def test_typographic_quotes_match_plain_ones(nlp: Language) -> None:
    index = PhraseIndex(nlp, [("people's front", "People's Front", None),
                              ("o'hara party", "O\u2019Hara Party", None)])
    doc = nlp.make_doc("The People\u2019s Front and the O'Hara Party met.")
    assert [(key, doc[s:e].text) for key, s, e in index(doc)] == [
        ("people's front", "People\u2019s Front"), ("o'hara party", "O'Hara Party")]
