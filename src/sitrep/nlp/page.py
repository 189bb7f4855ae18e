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

from sitrep.nlp import lead_end
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
    lead (:func:`page_links`; :func:`sitrep.nlp.lead_end`: a headline parsed apart
    from its lead is no lead of its own, or a page's "Related" box right after
    the headline would take the whole report for its footer)."""
    links = page_links(doc, lead_end(doc) or 0)
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


#: A page's keyword list ("Tags Syria Aleppo airstrikes ..."), glued to the
#: sentences around it; it ends at a full stop or where a word that opens a
#: report's sentence follows. No report's prose writes "Tags" capitalised inside
#: a sentence.
_TAGS = re.compile(r"\bTags\s+")
_TAG_WORD = re.compile(r"\S+")
#: Words that open a sentence and never end a keyword list: articles, a count
#: or a preposition in title case ("The", "An", "At least 29", "Three women").
#: Nouns ("Rebels", "Warplanes") and digits are left out: they are tags too, or
#: fall inside the lead's clause.
_OPENERS = frozenset(
    {"The", "A", "An", "At", "In", "On", "More", "Some", "Several", "Dozens", "Hundreds",
     "Thousands", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
     "Over", "Nearly", "About", "Around", "Almost", "According", "After", "As", "When",
     "Since", "Following",
     # A comment box after a page's footer list ("Community standardsDiscussion").
     "Community"}
)  # fmt: skip
#: Words of prose that no keyword list holds: an article or a finite "be"/"have".
_PROSE = frozenset({"a", "an", "is", "are", "was", "were", "has", "have", "had"})
#: The most words a keyword list holds before the report resumes (FA-KES dev's
#: 61 lists that end at a sentence opener hold 1 to 21 words).
_MAX_TAG_WORDS = 25


def tag_lists(text: str) -> list[tuple[int, int]]:
    """Character ranges of keyword lists ("Tags Syria Aleppo airstrikes") whose end
    is clear: a full stop or a sentence opener (:data:`_OPENERS`) within
    :data:`_MAX_TAG_WORDS` words. Lists without one are left alone: where the
    report resumes is then a guess."""
    out = []
    for m in _TAGS.finditer(text):
        for n, word in enumerate(_TAG_WORD.finditer(text, m.end())):
            token = word.group(0)
            if n >= _MAX_TAG_WORDS or token.rstrip(".") in _PROSE:
                break  # the report has resumed already: its end is no longer clear
            if n > 0 and token in _OPENERS:
                out.append((m.start(), word.start()))
                break
            if n > 0 and token.endswith("."):
                out.append((m.start(), word.end()))  # "... Assad extremism war. A ..."
                break
    return out


def widgets(text: str) -> list[tuple[int, int]]:
    """Character ranges of page widgets and their counters (:data:`_WIDGET`), and
    of keyword lists (:func:`tag_lists`)."""
    out = []
    for m in _WIDGET.finditer(text):
        end = m.end()
        counters = _COUNTERS.match(text, end)
        if counters is not None:
            end = counters.end()
        out.append((m.start(), end))
    out.extend(tag_lists(text))
    return out


def in_widget(doc: Doc, start: int) -> bool:
    """Whether the character ``start`` of ``doc`` lies in a page widget (the widgets'
    ranges are found once per document)."""
    found = doc.user_data.get(_WIDGETS_KEY)
    if found is None:
        found = doc.user_data[_WIDGETS_KEY] = widgets(doc_arrays(doc).text)
    return any(a <= start < b for a, b in found)


_WIDGETS_KEY = "sitrep.widgets"
