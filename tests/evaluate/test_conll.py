from __future__ import annotations

import pytest

from eventwire.evaluate.conll import GoldSpan, bio_spans, detokenize, read_role_file, read_role_text
from tests.evaluate.factories import CLASS_TEST, ROLES_TEST


def test_detokenize_attaches_punctuation_and_keeps_offsets() -> None:
    tokens = ["Moscow", "’", "s", "10", ",", "000", "(", "UN", ")", "troops", "-", "led", "."]
    text, offsets = detokenize(tokens)
    assert text == "Moscow’s 10,000 (UN) troops-led."
    assert [text[start:end] for start, end in offsets] == tokens


def test_bio_spans() -> None:
    tags = ["B-S", "I-S", "O", "B-T", "B-T", "I-T", "O", "I-R", "I-R"]
    assert bio_spans(tags) == (
        GoldSpan("S", 0, 2),
        GoldSpan("T", 3, 4),
        GoldSpan("T", 4, 6),
        GoldSpan("R", 7, 9),
    )
    assert bio_spans(["B-S", "I-T"]) == (GoldSpan("S", 0, 1), GoldSpan("T", 1, 2))


def test_read_role_text_counts_bad_lines() -> None:
    source = read_role_text("NATO B-S\nbombed O\nSerbia B-T\n. O\n\nbad line here\nx O\n")
    assert len(source.sentences) == 2
    assert source.sentences[0].text == "NATO bombed Serbia."
    assert source.sentences[0].id == "sentence-1"
    assert source.bad_lines == 1


@pytest.mark.skipif(not ROLES_TEST.is_file(), reason="needs ../shared/peers")
def test_real_role_file() -> None:
    source = read_role_file(ROLES_TEST)
    assert len(source.sentences) == 451
    assert source.bad_lines == 0
    roles = [span.role for s in source.sentences for span in s.spans]
    assert (roles.count("S"), roles.count("T"), roles.count("R")) == (409, 428, 51)
    raw = [
        line.split("\t")[0].strip() for line in CLASS_TEST.read_text(encoding="utf-8").splitlines()
    ]
    rebuilt = sum(a == s.text for a, s in zip(raw, source.sentences, strict=True))
    assert rebuilt >= 440
