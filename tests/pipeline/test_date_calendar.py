"""Calendar arithmetic of ``ew_dates`` (``date_calendar``)."""

from __future__ import annotations

from datetime import date

from eventwire.pipeline.date_calendar import (
    add_months,
    monday_of,
    month_period,
    pick_occurrence,
    safe_date,
    shifted_occurrence,
)

PUBLISHED = date(2022, 2, 2)  # a Wednesday


def test_calendar_helpers() -> None:
    assert monday_of(date(2022, 2, 2)) == date(2022, 1, 31)
    assert add_months(date(2022, 1, 15), -1) == date(2021, 12, 1)
    assert add_months(date(2022, 12, 31), 1) == date(2023, 1, 1)
    day = [(date(2022, 2, 4), date(2022, 2, 4)), (date(2021, 2, 4), date(2021, 2, 4))]
    assert pick_occurrence(day, PUBLISHED, "past") == date(2021, 2, 4)
    assert pick_occurrence(day, PUBLISHED, "future") == date(2022, 2, 4)
    assert pick_occurrence(day, PUBLISHED, None) == date(2022, 2, 4)


def test_a_month_period_and_an_impossible_date() -> None:
    assert month_period(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert safe_date(2023, 2, 29) is None


def test_a_shifted_occurrence() -> None:
    junes = [month_period(y, 6) for y in (2023, 2024, 2025)]
    assert shifted_occurrence(junes, date(2024, 7, 10), -1) == junes[1]
    assert shifted_occurrence(junes, date(2024, 6, 10), -1) == junes[0]
    assert shifted_occurrence(junes, date(2024, 6, 10), 1) == junes[2]
    assert shifted_occurrence(junes, date(2024, 5, 10), 1) == junes[1]
    assert shifted_occurrence(junes, date(2024, 9, 1), 0) == junes[1]
    assert shifted_occurrence(junes[:1], date(2024, 9, 1), 1) is None
