"""HTML pages nested deeper than the HTML parser goes, flattened so that no text is lost.

libxml2 (lxml, which trafilatura reads pages with) stops building the tree 256 elements deep and
drops everything below, so the story of a page whose text sits inside thousands of nested
``<div>`` (generated or broken markup) would come out as "no main text". A page that nests
elements more than ``MAX_DEPTH`` deep is rewritten here: the tags of the elements below that
depth are dropped (their text, entities and comments are kept; a dropped block element leaves a
``<br>`` so that paragraphs do not run together), and everything above is passed on unchanged.
A fragment (a page without ``<html>`` or ``<body>`` tag) is put in a document body first.
Elements whose end tag HTML lets one omit (``<p>``, ``<li>``, ...) and void elements do not count
as nesting, so ordinary pages are never rewritten. The rewrite reads the page with
``html.parser`` (no recursion, so no depth limit of its own).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_DEPTH = 200
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                          "thead", "tbody", "tfoot", "rp", "rt", "colgroup", "caption"})
FLAT = VOID | OPTIONAL_END
BLOCKS = frozenset({"div", "section", "article", "main", "aside", "header", "footer", "nav",
                    "blockquote", "table", "ul", "ol", "dl", "form", "fieldset", "figure",
                    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "center"})
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>")


def too_deep(page: str, limit: int = MAX_DEPTH) -> bool:
    """True when ``page`` nests more than ``limit`` elements (a cheap scan of its tags)."""
    if page.count("<") < limit:
        return False
    depth = 0
    for match in TAG.finditer(page):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in FLAT:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > limit:
            return True
    return False


class _Flattener(HTMLParser):
    """Copies a page, leaving out the tags of elements nested deeper than ``limit``."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit = limit
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements and whether their tag was kept
        self.kept = 0
        self.open: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in FLAT:
            self.out.append(raw)
            return
        keep = self.kept < self.limit
        self._emit(raw) if keep else self._dropped(tag)
        self.stack.append((tag, keep))
        self.kept += keep
        self.open[tag] = self.open.get(tag, 0) + 1

    def _emit(self, raw: str) -> None:
        self.out.append(raw)

    def _dropped(self, tag: str) -> None:
        """What stands for a dropped tag: one break for a run of dropped blocks, else a space."""
        mark = "<br>" if tag in BLOCKS else " "
        if not self.out or self.out[-1] != mark:
            self.out.append(mark)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in FLAT or not self.open.get(tag):
            self.out.append(f"</{tag}>")  # stray or optional: the tree builder copes
            return
        while self.stack:
            name, keep = self.stack.pop()
            self.kept -= keep
            self.open[name] -= 1
            if name == tag:
                self._emit(f"</{tag}>") if keep else self._dropped(tag)
                return

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def flatten(page: str, limit: int = MAX_DEPTH) -> str:
    """``page`` with no element nested more than ``limit`` deep (the text all kept)."""
    parser = _Flattener(limit)
    parser.feed(page)
    parser.close()
    return "".join(parser.out)


def readable_page(page: str) -> str:
    """``page`` as the extractor reads it best: flattened when it nests too deep for the HTML
    parser, and a fragment (no ``<html>`` nor ``<body>`` tag, as pages saved from a scraper's
    selection are) put in a document's body, where the extractor looks for the main text
    (a bare fragment nested a hundred elements deep, or of one paragraph, is not read)."""
    shaped = flatten(page) if too_deep(page) else page
    head = shaped[:4096].lower()
    if "<html" in head or "<body" in head:
        return shaped
    return f"<html><body>{shaped}</body></html>"
