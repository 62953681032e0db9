"""The truecaser: same length, capitals restored for sentence starts and known names."""

from __future__ import annotations

import pytest

from eventwire.truecase import Truecaser, default_truecaser, is_upper_text, truecase


@pytest.fixture(scope="module")
def caser() -> Truecaser:
    return default_truecaser()


def test_mixed_case_text_is_left_alone() -> None:
    text = "The army said rebels attacked a convoy near Goma."
    assert not is_upper_text(text)
    assert truecase(text) == text


def test_keeps_length_and_letters(caser: Truecaser) -> None:
    text = "GUERRILLAS BLEW UP A BRIDGE. THE POLICE SAID 3 MEN DIED.\n\nREPORTS -- NONE."
    out = caser(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()


def test_sentence_starts_and_common_nouns(caser: Truecaser) -> None:
    out = caser("TROOPS ARRIVED. THE POLICE ARRESTED TWO MEN! WHO KNOWS? [TEXT] SOLDIERS LEFT.")
    assert out == "Troops arrived. The police arrested two men! Who knows? [Text] Soldiers left."


def test_known_places_and_actors(caser: Truecaser) -> None:
    out = caser("THE FMLN ATTACKED A BUS IN SAN MIGUEL, EL SALVADOR, ON MONDAY.")
    assert out == "The FMLN attacked a bus in San Miguel, El Salvador, on Monday."


def test_lowercase_dictionary_names_get_title_case(caser: Truecaser) -> None:
    out = caser("REPORTS SAY THE SHINING PATH STRUCK AGAIN IN LIMA.")
    assert "Shining Path" in out and "Lima" in out


def test_months_beside_numbers_only(caser: Truecaser) -> None:
    out = caser("ON 12 MAY THE ARMY SAID IT MAY LEAVE. SAN SALVADOR, 23 AUG 88 (RADIO).")
    assert "12 May" in out and "it may leave" in out and "23 Aug 88" in out


def test_acronyms_and_unknown_words(caser: Truecaser) -> None:
    out = caser("THE PCN MET IN ZACATECOLUCA WITH ENVOYS FROM THE U.S. EMBASSY.")
    assert "PCN" in out and "Zacatecoluca" in out and "U.S." in out


def test_function_words_are_not_names(caser: Truecaser) -> None:
    out = caser("THEY ASKED WHO TOLD US ABOUT IT.")
    assert out == "They asked who told us about it."


def test_force_applies_to_any_text(caser: Truecaser) -> None:
    assert caser("the fmln said so.", force=True) == "The FMLN said so."


def test_common_words_stay_lower(caser: Truecaser) -> None:
    out = caser("FOR THE FIRST TIME THE CROWD MOVED TEXTUALLY TO 34TH STREET IN BOGOTA.")
    assert out == "For the first time the crowd moved textually to 34th street in Bogota."


def test_acronyms_that_spell_words_are_read_as_words(caser: Truecaser) -> None:
    text = "A CAR BOMB WENT OFF AT A SPA IN THE CENTRAL AFRICAN REPUBLIC."
    assert caser(text) == "A car bomb went off at a spa in the Central African Republic."
