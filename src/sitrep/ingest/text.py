"""Plain-text reports (``.txt``, ``.md``, no extension) and the dateline rule.

A text file may start with header lines, before the article::

    title: Shelling hits Idlib market
    outlet: Example News
    url: https://example.org/idlib
    date: 2019-08-12

    Government artillery shelled ...

* Header keys are ``title``, ``outlet`` (or ``source``), ``url`` and ``date``
  (or ``published``), any case, each followed by ``:`` and the value to the end
  of the line. The headers end at the first blank line or the first line that
  is not a header.
* ``date`` may also be written without a colon, and the article may follow on
  the same line, as in the seed report ``date 2021-03-01 The US military ...``:
  what follows the date is the first line of the text. Leading spaces before
  the header are ignored (the seed starts with one).
* A date header accepts every form :mod:`sitrep.ingest.dates` reads; one it
  cannot read (``date: 2021-13-45``, ``date 31/02/2021``) fails the document
  at ingest, naming the value, rather than leave the report undated.

Dateline rule (text files and the text column of CSV/JSON Lines): when the
text itself starts with a full date (``Wed 05 Apr 2017 Syria attack ...``,
``Monday, March 6, 2017 - ...``, ``5 April 2017 ...``, ``April 5, 2017: ...``,
``2017-04-05 ...``), that date is the publication date unless a header or a
column gave one, and the date tokens are removed from the text together with
a clock time right after them (``18:05``), an announcing word before them
(``Published``, ``Posted on``, ``Date of publication``, ``Last updated at``)
and the punctuation that separates them from the article (``-``, ``:``,
``,``, ``|`` ...). The article's first word is kept. Only a full
day-month-year date at the very start counts: ``March 2017 saw ...`` is
left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.ingest.dates import match_date, parse_date

_HEADER = re.compile(r"(?P<key>title|outlet|source|url|date|published)\s*:\s*(?P<value>.*)", re.I)
# ``date 2021-03-01 ...`` or ``date: 2021-03-01 ...``: a date header that the
# article may follow on the same line.
_BARE_DATE = re.compile(r"(?P<key>date|published)(?:[ \t]*:[ \t]*|[ \t]+)", re.IGNORECASE)
_KEYS = {"source": "outlet", "published": "date"}
# What follows a bare "date" when it was meant as a date ("2021-13-45", "31/02/2021").
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\w)")
# What may separate a dateline from the article: spaces and dashes, colons,
# commas, pipes, bullets.
_DATELINE_SEP = re.compile(r"[\s\-\u2013\u2014:,|\u00b7\u2022]*")
# Words that announce a dateline on news sites ("Date of publication 4 April 2017").
_DATELINE_PREFIX = re.compile(
    r"(?:date\s+of\s+publication|published(?:\s+on)?|posted(?:\s+on)?"
    r"|(?:last\s+)?updated(?:\s+(?:at|on))?)\s*:?\s+",
    re.IGNORECASE,
)
# A clock time right after the date ("Saturday 11 April 2015 18:05 ...").
_CLOCK = re.compile(
    r"\s*,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|gmt|utc))?(?!\w)", re.I
)


@dataclass
class TextParts:
    """What a plain-text input says about itself, and its article text."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    #: The date of the dateline removed from the text's start (:func:`strip_dateline`).
    dateline: str | None = None
    #: A date header's value that names no date sitrep reads ("date: 2021-13-45").
    unread_date: str | None = None


def parse_text(raw: str) -> TextParts:
    """Split ``raw`` (already normalised) into header fields, dateline and text."""
    parts = TextParts(text="")
    pos = 0
    while pos < len(raw):
        line_end = raw.find("\n", pos)
        if line_end < 0:
            line_end = len(raw)
        line = raw[pos:line_end]
        if not line.strip():
            # A blank line closes the headers.
            pos = line_end + 1
            break
        consumed = _header_line(raw, pos, line_end, parts)
        if consumed is None:
            break
        pos = consumed
        if consumed < line_end:
            # The article started on the header's own line (``date 2021-03-01 The ...``).
            break
        pos = line_end + 1
    body = raw[pos:].lstrip()
    parts.dateline, body = strip_dateline(body)
    if parts.published is None:
        parts.published = parts.dateline
    parts.text = body
    return parts


def _header_line(raw: str, pos: int, line_end: int, parts: TextParts) -> int | None:
    """Read a header at ``raw[pos:line_end]``; return where the rest starts, or None."""
    stripped = pos + (len(raw[pos:line_end]) - len(raw[pos:line_end].lstrip()))
    bare = _BARE_DATE.match(raw, stripped, line_end)
    if bare is not None:
        found = match_date(raw, bare.end())
        if found is not None and found[1] <= line_end:
            parts.published = found[0]
            rest = _DATELINE_SEP.match(raw, found[1], line_end)
            end = rest.end() if rest is not None else found[1]
            return end if end < line_end else line_end
        numeric = _NUMERIC_DATE.match(raw, bare.end(), line_end)
        if numeric is not None:
            # "date 2021-13-45": meant as a date header, but no date.
            parts.unread_date = numeric.group().strip()
            return None
    header = _HEADER.fullmatch(raw, stripped, line_end)
    if header is None:
        return None
    key = header["key"].lower()
    key = _KEYS.get(key, key)
    value = header["value"].strip() or None
    if key == "date":
        parts.published = parse_date(value)
        if value is not None and parts.published is None:
            parts.unread_date = value
    else:
        setattr(parts, key, value)
    return line_end


def strip_dateline(text: str) -> tuple[str | None, str]:
    """``(iso date, text without it)`` when ``text`` starts with a full date."""
    prefix = _DATELINE_PREFIX.match(text)
    found = match_date(text, prefix.end() if prefix is not None else 0)
    if found is None:
        return None, text
    iso, end = found
    clock = _CLOCK.match(text, end)
    if clock is not None:
        end = clock.end()
    rest = _DATELINE_SEP.match(text, end)
    after = rest.end() if rest is not None else end
    if after == end and end < len(text):
        # A date glued to other punctuation ("5 April 2017.") is a sentence, not a dateline.
        return None, text
    return iso, text[after:]
