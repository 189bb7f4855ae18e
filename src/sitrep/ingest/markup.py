"""HTML fragments (feed summaries and contents) to plain text, with the standard library.

Full web pages go through trafilatura (:mod:`sitrep.ingest.web`), which finds
the main text among menus and footers; a feed entry's HTML is already just the
article, so it only needs its tags removed: block elements become paragraph
breaks, ``<br>`` a line break, scripts and styles are dropped, entities decoded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n[ \t]*\n[\s]*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Source line breaks inside a paragraph are just spaces in HTML.
            self.parts.append(_SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, paragraphs separated by a blank line."""
    if "<" not in html and "&" not in html:
        return html
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    joined = "".join(collector.parts)
    lines = "\n".join(line.strip() for line in joined.split("\n"))
    return _BLANKS.sub("\n\n", lines).strip()
