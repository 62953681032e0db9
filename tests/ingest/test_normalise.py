"""Input text normalisation (``eventwire.ingest.normalise``): encodings, markup, mojibake.

The readers' use of it, with the real coder and offsets into the cleaned text, is tested in
``tests/ingest/test_readers.py`` and ``tests/ingest/test_scraped_text.py``.
"""

import pytest

from eventwire.ingest.normalise import (
    decode_bytes,
    describe,
    looks_like_markup,
    normalise_text,
    repair_mojibake,
    strip_markup,
)


@pytest.mark.parametrize("text", [
    "Inflation rose to 5 percent, so a < b and b > c for the bank.",
    "AT&T and Procter & Gamble shares fell.",
    "Apple Inc <AAPL.O> said on Monday its profit rose.",
    "The senator said <quote> was the wrong word.",
    "Plain text with no markup at all.",
])
def test_plain_text_is_not_markup_and_is_kept_as_it_is(text: str) -> None:
    assert not looks_like_markup(text)
    assert normalise_text(text) == (text, ())


def test_tags_comments_and_hidden_elements_are_markup() -> None:
    assert looks_like_markup("The <b>army</b> withdrew.")
    assert looks_like_markup("The army withdrew.<br/>")
    assert looks_like_markup("The army <!-- ad slot --> withdrew.")
    assert looks_like_markup('<P CLASS="lead">The army withdrew.</P>')


def test_markup_is_reduced_to_words_and_paragraphs() -> None:
    page = ('<div class="story"><p>The <b>army</b> withdrew from the <a href="/x">town</a>.</p>'
            "<script>var ads = '<p>buy</p>';</script><style>p { color: red }</style>"
            "<!-- related stories --><p>Aid  convoys\tarrived&nbsp;on Monday.<br>"
            "Officials said the road was open.</p></div>")
    assert strip_markup(page) == ("The army withdrew from the town.\n\n"
                                  "Aid convoys arrived on Monday.\n\n"
                                  "Officials said the road was open.")


def test_entities_are_decoded_inside_markup_and_on_their_own() -> None:
    cleaned, notes = normalise_text("<p>The minister&#8217;s aides &amp; advisers quit.</p>")
    assert cleaned == "The minister\u2019s aides & advisers quit." and notes == ("markup",)
    cleaned, notes = normalise_text("Talks on trade &amp; energy ended in a pr&#233;cis.")
    assert cleaned == "Talks on trade & energy ended in a pr\u00e9cis." and notes == ("entities",)
    # An unknown name or a missing semicolon is no entity.
    assert normalise_text("R&D and &madeup; stay.") == ("R&D and &madeup; stay.", ())


def test_words_in_angle_brackets_that_are_no_html_survive_inside_markup() -> None:
    assert strip_markup("<p>Apple Inc <AAPL.O> said profit rose.</p>") == \
        "Apple Inc <AAPL.O> said profit rose."


def test_existing_paragraph_breaks_are_kept_and_runs_of_blank_lines_collapse() -> None:
    text = "First paragraph with <i>one</i> tag.\n\n\n\nSecond paragraph.\nWrapped line."
    cleaned, _ = normalise_text(text)
    assert cleaned == "First paragraph with one tag.\n\nSecond paragraph.\nWrapped line."


def test_mojibake_is_repaired_only_where_found() -> None:
    broken = "Le pr\u00c3\u00a9sident said the minister\u00e2\u20ac\u2122s plan failed."
    assert repair_mojibake(broken) == "Le pr\u00e9sident said the minister\u2019s plan failed."
    cleaned, notes = normalise_text(broken)
    assert notes == ("mojibake",) and "pr\u00e9sident" in cleaned
    correct = "S\u00e3o Paulo and Z\u00fcrich: the caf\u00e9\u2019s owner \u00c2ngela spoke."
    assert repair_mojibake(correct) == correct


def test_decoding_falls_back_to_windows_1252_then_latin_1() -> None:
    assert decode_bytes("caf\u00e9".encode()) == ("caf\u00e9", None)
    assert decode_bytes(b"\xef\xbb\xbfcaf\xc3\xa9") == ("caf\u00e9", None)
    assert decode_bytes(b"the minister\x92s caf\xe9") == ("the minister\u2019s caf\u00e9", "cp1252")
    assert decode_bytes(b"caf\xe9 \x81") == ("caf\u00e9 \x81", "latin-1")
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(b"\xff\xfeA\x00\x00\xd8")


def test_notes_are_described_for_warnings() -> None:
    assert "Windows-1252" in describe(("cp1252",))
    assert "markup removed" in describe(("cp1252", "markup"))
