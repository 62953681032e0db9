"""The contract checker itself must catch what it promises to catch (hand-built records)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from tests.contract import (
    SCHEMA_PATH,
    ContractViolation,
    record_problems,
    validate_article_records,
    validate_record,
)

pytestmark = pytest.mark.skipif(not SCHEMA_PATH.is_file(), reason="needs ../shared/contract")

TEXT = "Putin will meet Xi on Friday, the Kremlin said. Troops massed on the border."


def actor(text: str, code: str, country: str | None) -> dict[str, Any]:
    start = TEXT.index(text)
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "code": code,
        "country": country,
        "sector": "GOV",
        "name": None,
        "kb_id": None,
    }


def good_record() -> dict[str, Any]:
    return {
        "schema": "eventwire.event/1",
        "id": "e1",
        "article_id": "a1",
        "sentence": 0,
        "evidence": {"start": 0, "end": 47, "text": TEXT[0:47]},
        "trigger": {"start": 11, "end": 15, "text": "meet"},
        "cameo": {
            "code": "036",
            "base": "036",
            "root": "03",
            "name": "Express intent to meet or negotiate",
            "goldstein": 4.0,
            "quad_class": 1,
        },
        "plover": {"type": "CONSULT", "mode": None},
        "source": actor("Putin", "RUSGOV", "RUS"),
        "target": actor("Xi", "CHNGOV", "CHN"),
        "status": "planned",
        "hedge": None,
        "attribution": actor("the Kremlin", "RUSGOV", "RUS"),
        "date": "2022-02-04",
        "date_precision": "day",
        "location": None,
        "confidence": 0.8,
        "rule": "test",
    }


def test_a_good_record_passes() -> None:
    validate_record(good_record(), TEXT)
    validate_article_records([good_record()], TEXT, "a1")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("trigger", "start"), 12, "trigger"),
        (("source", "text"), "Putin ", "source"),
        (("attribution", "end"), 999, "attribution"),
        (("cameo", "root"), "04", "root"),
        (("cameo", "quad_class"), 4, "quad_class"),
        (("status",), "happened", "schema"),
        (("source", "country"), "RU", "schema"),
        (("date",), "4 Feb 2022", "schema"),
    ],
)
def test_broken_records_are_caught(path: tuple[str, ...], value: Any, message: str) -> None:
    record = good_record()
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = record_problems(record, TEXT)
    assert any(message in p for p in problems), problems


def test_publication_precision_must_use_the_publication_date() -> None:
    record = good_record() | {"date_precision": "publication"}
    assert record_problems(record, TEXT, published=date(2022, 2, 2))


def test_location_text_must_occur_in_the_article() -> None:
    location = {
        "text": "Kyiv",
        "name": "Kyiv",
        "country": "UKR",
        "lat": 50.45,
        "lon": 30.52,
        "geonameid": 703448,
        "precision": "city",
    }
    with pytest.raises(ContractViolation, match="location"):
        validate_record(good_record() | {"location": location}, TEXT)


def test_article_level_checks() -> None:
    other = copy.deepcopy(good_record()) | {"id": "e2", "article_id": "a2"}
    moved = copy.deepcopy(good_record()) | {"id": "e3"}
    moved["evidence"] = {"start": 48, "end": len(TEXT), "text": TEXT[48:]}
    moved["trigger"] = {"start": 55, "end": 61, "text": "massed"}
    with pytest.raises(ContractViolation, match="article_id"):
        validate_article_records([good_record(), other], TEXT, "a1")
    with pytest.raises(ContractViolation, match="sentence 0"):
        validate_article_records([good_record(), moved], TEXT, "a1")
