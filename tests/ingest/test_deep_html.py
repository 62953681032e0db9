"""Pages nested deeper than the HTML parser's limit keep their text."""

from __future__ import annotations

from pathlib import Path

from eventwire.ingest.deep_html import flatten, too_deep
from eventwire.ingest.sources import iter_articles
from eventwire.records import Article

STORY = ("Dock workers went on strike in Durban on Monday, the union said. "
         "The port authority said talks with the union would resume on Thursday.")


def _page(depth: int, tag: str = "div") -> str:
    return (f"<!DOCTYPE html><html><head><title>Strike</title><script>var s = '<{tag}>';"
            f"</script></head><body><nav><a href='/'>Home</a></nav>" + f"<{tag} class='w'>" * depth
            + f"<p>{STORY}</p><p>Ships waited &amp; queued.</p>" + f"</{tag}>" * depth
            + "<footer>Copyright</footer></body></html>")


def test_depth_is_judged_on_nesting_elements_only() -> None:
    assert not too_deep(_page(150))
    assert too_deep(_page(300))
    assert not too_deep("<p>" * 5000 + "text")  # <p> closes itself: no nesting
    assert not too_deep("<br>" * 5000)


def test_flattening_keeps_text_entities_and_the_top_of_the_tree() -> None:
    flat = flatten(_page(1000), limit=50)
    assert STORY in flat and "&amp; queued" in flat and "<title>Strike</title>" in flat
    # <html> and <body> are open: 48 of the 1,000 <div> are kept, with their end tags
    assert flat.count("<div class='w'>") == 48 and flat.count("</div>") == 48
    assert not too_deep(flat, limit=60)


def test_a_page_nested_thousands_deep_is_read(tmp_path: Path) -> None:
    for depth in (300, 5000):
        (tmp_path / f"deep{depth}.html").write_text(_page(depth), encoding="utf-8")
    (tmp_path / "sections.html").write_text(_page(4500, "section"), encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert len(items) == 3
    for item in items:
        assert isinstance(item, Article), item
        assert STORY in item.text and "Home" not in item.text and "Copyright" not in item.text


def test_a_fragment_is_read_as_a_document_body(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_text(f"<p>{STORY}</p>", encoding="utf-8")
    (tmp_path / "nested.html").write_text("<div>" * 150 + f"<p>{STORY}</p>" + "</div>" * 150,
                                          encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert [type(item) for item in items] == [Article, Article]
    assert all(isinstance(item, Article) and item.text == STORY for item in items), items


def test_dropped_blocks_leave_one_break_per_run() -> None:
    flat = flatten("<html><body>" + "<div>" * 500 + "a" + "</div>" * 500 + "b</body></html>",
                   limit=10)
    assert "<div><br>a<br></div>" in flat and flat.count("<br>") == 2
