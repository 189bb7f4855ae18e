"""Publication dates as inputs write them, turned into ISO ``YYYY-MM-DD`` strings.

Accepted forms (case-insensitive, an optional weekday in front of any of them,
e.g. ``Wed 05 Apr 2017`` or ``Monday, March 6, 2017``):

* ISO ``2017-04-05`` (a time after it, ``T10:00:00Z`` or `` 10:00``, is ignored)
  and ``2017/04/05``;
* ``4/5/2017``: month first, as FA-KES and most US sources write it; when the
  first number is over 12 it can only be a day, so ``25/4/2017`` is 25 April;
* ``5 April 2017``, ``5th of April, 2017``, ``05 Apr 2017``;
* ``April 5, 2017``, ``Apr. 5 2017``;
* RFC 2822 as feeds write it, ``Wed, 05 Apr 2017 10:00:00 +0000``.

Anything else is ``None``; the reader decides what that means: a text file's
date header or a CSV/JSON date cell that is not empty fails its document
(:mod:`sitrep.ingest.text`, :mod:`sitrep.ingest.tabular`), a feed's or a web
page's date is metadata of others and the document goes on without one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from sitrep.words import MONTHS

_MONTHS = MONTHS
# Longest first so that the alternation prefers "september" over "sep".
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
)
_ORD = r"(?:st|nd|rd|th)?"

_DATE = re.compile(
    rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
    r"(?:"
    rf"(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmy_m>{_MONTH})\.?,?\s+(?P<dmy_y>\d{{4}})"
    rf"|(?P<mdy_m>{_MONTH})\.?\s+(?P<mdy_d>\d{{1,2}}){_ORD},?\s+(?P<mdy_y>\d{{4}})"
    r"|(?P<iso_y>\d{4})[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})"
    r"|(?P<us_a>\d{1,2})/(?P<us_b>\d{1,2})/(?P<us_y>\d{4})"
    r")"
    # A date ends at a word boundary ("2017-04-051", "April 5, 20171" are no
    # dates), except for ISO's "T" before a time of day.
    r"(?![\d_])(?![/-]\d)(?!(?![Tt]\d)[^\W\d_])",
    re.IGNORECASE,
)
# What may follow a whole-value date and still be ignored: a time of day.
_TIME_TAIL = re.compile(
    r"(?:[T\s,]+\d{1,2}:\d{2}\S*(?:\s*(?:[AP]M|[+-]\d{2}:?\d{2}|Z|UTC|GMT))?)?\s*$", re.IGNORECASE
)


def match_date(text: str, pos: int = 0) -> tuple[str, int] | None:
    """A date starting exactly at ``text[pos]``: ``(iso, end)``, else ``None``.

    ``end`` is the offset just past the date expression (weekday included).
    """
    match = _DATE.match(text, pos)
    if match is None:
        return None
    iso = _to_iso(match)
    return (iso, match.end()) if iso is not None else None


def parse_date(value: object) -> str | None:
    """``value`` (a cell, a header, a feed field) as an ISO date, or ``None``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    found = match_date(text)
    if found is not None and _TIME_TAIL.match(text, found[1]):
        return found[0]
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups["dmy_d"] is not None:
        year, month, day = groups["dmy_y"], _MONTHS[groups["dmy_m"].lower()], groups["dmy_d"]
    elif groups["mdy_d"] is not None:
        year, month, day = groups["mdy_y"], _MONTHS[groups["mdy_m"].lower()], groups["mdy_d"]
    elif groups["iso_y"] is not None:
        year, month, day = groups["iso_y"], int(groups["iso_m"]), groups["iso_d"]
    else:
        first, second = int(groups["us_a"]), int(groups["us_b"])
        # Month first unless that is impossible (FA-KES writes 4/5/2017 for 5 April).
        month, day_n = (second, first) if first > 12 else (first, second)
        year, month, day = groups["us_y"], month, str(day_n)
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
