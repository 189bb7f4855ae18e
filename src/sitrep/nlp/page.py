"""Parts of a news page that are not the report: its footer of other reports' links.

Crawled pages keep what a reader skips: after the report, a "Related" list of
other reports' headlines, tags and comment boxes. Their headlines read like
news ("Drone strike reported near Jarablus"), so every stage that reads the
text must know where the report ends: :mod:`sitrep.geo.location` weighs places
there next to nothing, and :mod:`sitrep.events` takes no event from there.
"""

from __future__ import annotations

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
