"""Parts of a news page that are not the report: its widgets and its footer of links.

Crawled pages keep what a reader skips: after the report, a "Related" list of
other reports' headlines, tags and comment boxes. Their headlines read like
news ("Drone strike reported near Jarablus"), so every stage that reads the
text must know where the report ends: :mod:`sitrep.geo.location` weighs places
there next to nothing, and :mod:`sitrep.events` takes no event from there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc


def page_links(doc: Doc | None, lead_end: int) -> list[tuple[int, int]]:
    """Character ranges of a news page's footer after a report: from a "Related" or
    "Related News" heading after the lead ("... 91 Related US Mistakes Led to
    Catastrophe in Raqqa Coalition Airstrikes Near Raqqa ...") to the end, where
    pages list other reports' headlines, tags and comment boxes, not the report."""
    if doc is None:
        return []
    arrays = doc_arrays(doc)
    words = arrays.words
    if "Related" not in words:
        return []  # most reports: nothing to look at
    n = len(words)
    for i, word in enumerate(words):
        # A heading, not a word of a sentence: a title-case word follows ("Related
        # News", "Related Syrian Army ..."), not "Related clashes ...". The lead
        # itself is never the footer (some pages print links under the headline).
        heading = word == "Related" and i + 1 < n and words[i + 1][:1].isupper()
        if heading and arrays.idx[i] >= lead_end:
            return [(arrays.idx[i], len(arrays.text))]
    return []


def footer_start(doc: Doc) -> int | None:
    """Where the page's footer begins (a character offset), if it has one after the
    first sentence (:func:`page_links`)."""
    lead_end = next((s.end_char for s in doc.sents), 0)
    links = page_links(doc, lead_end)
    return links[0][0] if links else None


#: Page widgets a crawl keeps in the text, with the counters they print: a share
#: box ("Get short URL 0 0 0", "Print Tweet Views 1430"), a topic box after it
#: ("Topic Unrest in the North (1956) 0 4": the topic's article count), an image
#: caption's button ("[Click to enlarge]"). No report's prose reads so; their
#: numbers would be read as tolls and years, their words as the lead's.
_WIDGET = re.compile(
    # The box follows the page's date stamp, often glued to it ("07.07.2015Get").
    r"(?:\b|(?<=\d))Get short URL"
    r"(?:\s+Topic(?:\s+[A-Z0-9][\w'’-]*|\s+(?:of|as|in|on|at|the|and|a|an|to|for|from|with|by)){1,16}"
    r"\s+\(\d+\))?"
    r"|\bPrint\s+Tweet(?:\s+Views)?"
    r"|[\[(]Click to enlarge[\])]"
)
#: The counters a widget prints right after itself ("0 0 0", "1430").
_COUNTERS = re.compile(r"(?:\s+\d[\d,.]*)+(?=\s|$)")


def widgets(text: str) -> list[tuple[int, int]]:
    """Character ranges of page widgets and their counters (:data:`_WIDGET`)."""
    out = []
    for m in _WIDGET.finditer(text):
        end = m.end()
        counters = _COUNTERS.match(text, end)
        if counters is not None:
            end = counters.end()
        out.append((m.start(), end))
    return out


def in_widget(doc: Doc, start: int) -> bool:
    """Whether the character ``start`` of ``doc`` lies in a page widget (the widgets'
    ranges are found once per document)."""
    found = doc.user_data.get(_WIDGETS_KEY)
    if found is None:
        found = doc.user_data[_WIDGETS_KEY] = widgets(doc_arrays(doc).text)
    return any(a <= start < b for a, b in found)


_WIDGETS_KEY = "sitrep.widgets"
