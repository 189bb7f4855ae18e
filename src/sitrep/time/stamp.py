"""The day a text says it was published: its own stamp, against the metadata date.

Crawled corpora carry publication dates that are often not the article's: a
crawl or re-post date, or a neighbouring row's date. Relative dates ("on
Monday", "yesterday") read against such a date land on the wrong day. Many
pages print their own date where a reader sees it first:

* a stamp opening the text, perhaps after a byline label: "02.10.2017",
  "Thursday 5 Feb 2015", "Wed 05 Apr 2017", "Published July 27 2016",
  "Posted on April 19 2017", "Date of publication 3 October 2017";
* an agency dateline or a "last updated" line near the top
  (:func:`sitrep.time.find.dateline`);
* a weekday-led full date further into the headline ("... NGO Friday 15 Aug
  2014 Print Tweet"), taken only when the weekday is that date's weekday: prose
  seldom writes a weekday, day, month and year together, and a page template
  that does is checked by the calendar.

When the text states its date so, that date is the reference day, whatever the
metadata says: on FA-KES dev 248 of 384 texts open with a full-date stamp in
their first 60 characters; 54 of them disagree with the metadata date, from
10 days before it to three years after (a third within ten days). The
metadata date is kept as the document's ``published``; the day used is
recorded on each event's date (``EventDate.reference``) so that later stages
(dedup's day windows) read the same day.

A bare number pair ("5/4/2017") is read only day-first with dots or dashes
(the form of the Arabic- and European-language outlets that print it); a slash
date is ambiguous between the month-first and day-first conventions and is left.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.time.find import dateline_span
from sitrep.words import MONTHS, WEEKDAY_NAMES

#: How far into the text a calendar-checked weekday stamp may stand (headline, stamp).
WEEKDAY_STAMP_CHARS = 200

#: Weekday name or abbreviation ("Tues", "Thurs" as well as "Tue", "Thu") -> weekday().
_WEEKDAYS = {name: n for n, full in enumerate(WEEKDAY_NAMES) for name in (full, full[:3])} | {
    "tues": 1,
    "thurs": 3,
}
_MONTH = r"(?P<month>" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
_MONTH += r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted((w.title() for w in _WEEKDAYS), key=len, reverse=True))
_WEEKDAY += r")\.?,?\s+"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# The month-first form needs its own group names (a pattern may not repeat one).
_MONTH2 = _MONTH.replace("month", "month2")
_YEAR2 = _YEAR.replace("year", "year2")
_DATE = (
    rf"(?:(?P<day>\d{{1,2}})\s+{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH2}\s+(?P<day2>\d{{1,2}}),?\s+{_YEAR2}"
    r"|(?P<nday>\d{1,2})[.-](?P<nmonth>\d{1,2})[.-](?P<nyear>(?:19|20)\d\d))"
    # A stamp glued to the page's next word ("07.07.2015Share", the space lost
    # when the page was flattened to text).
    r"(?:\b|(?=[A-Z][a-z]))"
)
# A byline label before the stamp: "Published", "Posted on", "Date of publication:".
_LABEL = r"(?:(?:Published|Posted|Updated|Date\s+of\s+publication)(?:\s+on)?:?\s+)?"
_LEAD_STAMP = re.compile(rf"{_LABEL}(?:{_WEEKDAY})?{_DATE}")
_WEEKDAY_STAMP = re.compile(rf"\b{_WEEKDAY}{_DATE}")
# Prose that dates an event with a weekday and a full date: "on Friday 15 Aug 2014".
_PROSE_BEFORE = re.compile(r"\b(?:on|since|until|from|by|before|after|of)\s*$", re.I)


def _date_of(m: re.Match[str]) -> dt.date | None:
    try:
        if m["day"] is not None:
            return dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
        if m["day2"] is not None:
            return dt.date(int(m["year2"]), MONTHS[m["month2"].lower()], int(m["day2"]))
        return dt.date(int(m["nyear"]), int(m["nmonth"]), int(m["nday"]))
    except ValueError:
        return None  # "31 June": no such day, no stamp


def _weekday_agrees(m: re.Match[str], day: dt.date) -> bool:
    return m["weekday"] is None or _WEEKDAYS[m["weekday"].lower()] == day.weekday()


def own_date(text: str) -> dt.date | None:
    """The publication day the text itself states near its top, if it states one."""
    found = own_stamp(text)
    return found[0] if found is not None else None


def own_stamp(text: str) -> tuple[dt.date, int, int] | None:
    """:func:`own_date`'s day with the characters of the stamp that states it."""
    lead = len(text) - len(text.lstrip())
    m = _LEAD_STAMP.match(text, lead)
    if m is not None:
        day = _date_of(m)
        if day is not None and _weekday_agrees(m, day):
            return day, m.start(), m.end()
    found = dateline_span(text)
    if found is not None:
        return found
    for m in _WEEKDAY_STAMP.finditer(text, 0, WEEKDAY_STAMP_CHARS):
        if _PROSE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        day = _date_of(m)
        if day is not None and m["weekday"] is not None and _weekday_agrees(m, day):
            return day, m.start(), m.end()
    return None


def reference_day(
    text: str, published: dt.date | None, stamped: dt.date | None = None
) -> dt.date | None:
    """The day relative dates are read against: the dateline ingest removed from the
    text (``stamped``), else the text's own date (:func:`own_date`) when it states
    one, else the metadata publication date."""
    return reference_and_stamp(text, published, stamped)[0]


def reference_and_stamp(
    text: str, published: dt.date | None, stamped: dt.date | None = None
) -> tuple[dt.date | None, tuple[int, int] | None]:
    """:func:`reference_day` and the characters of the text's own stamp, if it has one
    (the stamp dates the page: the time stage takes no event's date from it), from
    one reading of the text."""
    found = own_stamp(text)
    own = found[0] if found is not None else None
    return stamped or own or published, (found[1], found[2]) if found is not None else None
