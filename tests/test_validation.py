from datetime import date, datetime, timedelta, timezone

import pytest

from eventwire import errors
from eventwire.validation import check_text, parse_published

ENGLISH = "Russian troops massed on the border with Ukraine on Tuesday, officials said. " * 3


def test_english_text_passes() -> None:
    assert check_text("a", ENGLISH) is None


def test_short_text_is_not_judged_for_language() -> None:
    assert check_text("a", "Putin met Xi.") is None


@pytest.mark.parametrize("text", [
    "Syria's army carried out raids overnight against rebel positions near Idlib.",
    "Turkish jets struck militia targets across northern Iraq early on Monday, killing dozens.",
])
def test_a_short_english_sentence_without_articles_is_english(text: str) -> None:
    assert check_text("a", text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", errors.EMPTY_TEXT),
        ("   \n\t ", errors.EMPTY_TEXT),
        ("\x00\x01\x02garbage\x03\x04\x05" * 50, errors.BINARY_TEXT),
        ("Die russischen Truppen haben sich an der Grenze versammelt, sagte ein Sprecher am "
         "Dienstag der Nachrichtenagentur, und die Gespräche gehen weiter.", errors.NOT_ENGLISH),
        ("Президент России Владимир Путин встретится с председателем КНР в Пекине в пятницу.",
         errors.NOT_ENGLISH),
        ("ok \udcff broken", errors.BAD_ENCODING),
    ],
)
def test_bad_text_gets_one_clear_error(text: str, code: str) -> None:
    problem = check_text("art-1", text)
    assert problem is not None
    assert problem.code == code
    assert "art-1" in str(problem) and "\n" not in str(problem)


def test_too_large() -> None:
    problem = check_text("big", ENGLISH * 30000, max_chars=1_000_000)
    assert problem is not None and problem.code == errors.TOO_LARGE
    # The CLI has no max_chars option: the message names what a user can do.
    assert "Coder(max_chars=" in problem.message and "split" in problem.message


def test_parse_published() -> None:
    assert parse_published("2022-02-04") == date(2022, 2, 4)
    assert parse_published("2022-02-04T10:00:00Z") == date(2022, 2, 4)
    assert parse_published(None) is None
    with pytest.raises(ValueError, match="invalid published date"):
        parse_published("04/02/2022")
    with pytest.raises(ValueError):
        parse_published("2022-13-45")


@pytest.mark.parametrize(("value", "day"), [
    ("2019-03-10T23:30:00-05:00", date(2019, 3, 10)),   # late evening west of Greenwich
    ("2019-03-11T00:30:00+05:30", date(2019, 3, 11)),   # just after midnight east of it
    ("2019-03-10T23:30-0500", date(2019, 3, 10)),
    ("2019-03-10T23:30:00.123456789-05:00", date(2019, 3, 10)),  # nanoseconds
    ("2019-03-10 23:30:00 UTC", date(2019, 3, 10)),
    ("2019-03-10T23:30:00", date(2019, 3, 10)),         # no offset
    ("2019-03-10 (updated)", date(2019, 3, 10)),
    ("Sun, 10 Mar 2019 23:30:00 -0500", date(2019, 3, 10)),
    ("Mon, 11 Mar 2019 00:30:00 +0530", date(2019, 3, 11)),
    (1552278600, date(2019, 3, 11)),                    # Unix seconds (no zone: UTC) ...
    (1552278600000, date(2019, 3, 11)),                 # ... and milliseconds
    (datetime(2019, 3, 10, 23, 30, tzinfo=timezone(timedelta(hours=-5))), date(2019, 3, 10)),
    (datetime(2019, 3, 10, 23, 30), date(2019, 3, 10)),
])
def test_a_timestamp_keeps_the_day_it_is_written_in(value: object, day: date) -> None:
    """The article's own calendar day, which its "yesterday" and "on Monday" count from."""
    assert parse_published(value) == day


@pytest.mark.parametrize("value", [True, 1e30, "yesterday"])
def test_what_is_no_moment_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="invalid published date"):
        parse_published(value)


def test_a_bad_time_after_a_good_date_keeps_the_date() -> None:
    assert parse_published("2019-03-10T25:00:00") == date(2019, 3, 10)
