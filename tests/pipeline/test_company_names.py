"""Company names that hold a country's name (``company_names.py``), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline.company_names import load_company_names
from tests.pipeline.conftest import ActorCodes


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Air Portugal said it would cut ten routes.", "Air Portugal", "PRTBUS"),
        ("Egypt Steel raised its prices on Monday.", "Egypt Steel", "EGYBUS"),
        ("Kenya Airways cancelled its flights to Paris.", "Kenya Airways", "KENBUS"),
    ],
)
def test_a_country_inside_a_company_name_is_a_business(
    actor_codes: ActorCodes, text: str, span: str, code: str
) -> None:
    assert actor_codes(text).get(span) == code


def test_a_country_name_with_no_business_word_stays_the_country(actor_codes: ActorCodes) -> None:
    found = actor_codes("The Portugal squad lost, and Portugal protested.")
    assert "Portugal squad" not in found
    assert found.get("Portugal") == "PRT"


def test_a_sector_word_in_the_name_composes_as_before(actor_codes: ActorCodes) -> None:
    found = actor_codes("Egypt Air Force jets struck the camp.")
    assert found.get("Egypt Air Force jets") == "EGYMIL"


def test_business_words_are_lower_case_single_words() -> None:
    words = load_company_names().business_words
    assert "airways" in words
    assert all(w == w.lower() and " " not in w for w in words)
