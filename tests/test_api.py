"""The public Python API: what ``eventwire`` exports, and that it codes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import eventwire
from eventwire import Article, Coder
from tests.contract import validate_record


def test_public_names_exist() -> None:
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None, name
    assert eventwire.__version__


def test_code_returns_contract_events() -> None:
    text = "Putin will meet Xi in Beijing on Friday, the Kremlin said."
    events = eventwire.code(text, published="2022-02-02")
    meeting = next(e for e in events if e.cameo.root == "04")
    assert meeting.status == "planned" and meeting.date == "2022-02-04"
    for event in events:
        validate_record(event.to_dict(), text)


def test_same_input_same_ids() -> None:
    text = "Iran condemned the sanctions imposed by the European Union."
    first = [e.id for e in eventwire.code(text, published=date(2020, 1, 1))]
    second = [e.id for e in eventwire.code(text, published=date(2020, 1, 1))]
    assert first and first == second


def test_coder_batches_and_reports_errors() -> None:
    coder = eventwire.default_coder()
    assert isinstance(coder, Coder)
    articles = [Article(text="Protesters clashed with police in Paris.", id="a"),
                Article(text="", id="b"),
                Article(text="Talks between Russia and Ukraine resumed.", id="c")]
    results = list(coder.code_articles(articles))
    assert [r.article.id for r in results] == ["a", "b", "c"]
    assert results[1].error is not None and results[1].error.code == "empty-text"
    assert results[0].ok and results[2].ok and results[2].events


def test_invalid_published_date_is_a_value_error() -> None:
    try:
        eventwire.code("Talks were held.", published="31/12/2020")
    except ValueError as exc:
        assert "published" in str(exc)
    else:
        raise AssertionError("expected ValueError")


def test_an_article_takes_its_published_date_as_a_string_or_datetime() -> None:
    text = "Putin will meet Xi in Beijing on Friday, the Kremlin said."
    given = [Article(text=text, id="s", published="2022-02-02"),
             Article(text=text, id="t", published=datetime(2022, 2, 2, 23, 30)),
             Article(text=text, id="d", published=date(2022, 2, 2))]
    assert {article.published for article in given} == {date(2022, 2, 2)}
    results = list(eventwire.default_coder().code_articles(given))
    assert all(result.error is None for result in results), [r.error for r in results]
    dates = [{e.date for e in result.events if e.cameo.root == "04"} for result in results]
    assert dates == [{"2022-02-04"}] * 3
    with pytest.raises(ValueError, match="published"):
        Article(text=text, published="last Tuesday")
