"""A page title's headline: the site's name and sections a crawl leaves after it.

Crawled and exported titles often end with where the page sits: "... | Jordan
Times", "... - Region - World - Ahram Online". An analyst reading clusters and
reports wants the headline; the site is the document's outlet already. Only a
last part that names an outlet (the registry's, in any spelling, or the
document's own outlet) is taken off, with the one- or two-word section names
before it; a title without one is left as it is.
"""

from __future__ import annotations

import re

from sitrep.dedup.outlets import fold_name, outlet_info

#: A separator with spaces around it: " | ", " - ", " – ", " — ".
_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
#: A site's section name: one or two capitalised words ("Region", "Middle East").
_SECTION = re.compile(r"[A-Z][A-Za-z&]*(?: [A-Z][A-Za-z&]*)?")


def _names_outlet(part: str, outlet: str | None) -> bool:
    if outlet_info(part) is not None:
        return True
    return outlet is not None and bool(fold_name(part)) and fold_name(part) == fold_name(outlet)


def headline(title: str | None, outlet: str | None = None) -> str | None:
    """``title`` without a trailing site name and its sections (see the module doc)."""
    if not title:
        return title
    cuts = list(_SEPARATOR.finditer(title))
    if not cuts or not _names_outlet(title[cuts[-1].end() :], outlet):
        return title
    end = cuts.pop().start()
    # Sections before the site ("Region - World"), never the whole headline.
    while cuts and _SECTION.fullmatch(title[cuts[-1].end() : end]):
        end = cuts.pop().start()
    return title[:end]
