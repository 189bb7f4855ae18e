"""Dates in event coreference: which dates a mention has, and when two date phrases
name one day ("Thursday" in a Thursday report and "Thursday 5 Feb 2015")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from sitrep.time.find import BEFORE_WORDS

if TYPE_CHECKING:
    from sitrep.model import EventDate


class Dated(Protocol):
    dates: list[str]
    own_dates: list[str]
    report_dates: list[str]


def _own_dates(draft: Dated) -> set[str]:
    """The trigger's own dates, else its sentence's, less any that only date a report
    ("in what the coalition said Sunday was ...") and any that name no time at all
    (:func:`names_no_time`)."""
    own = {d.lower() for d in draft.own_dates if not names_no_time(d)}
    return {d.lower() for d in draft.dates if d.lower() in own} or own


# Words that make a tagged phrase a time: units, named days and months, parts of the
# day, feasts, rates, and a year. A DATE entity without one is the tagger's mistake
# ("Qalamoun", "in the area of Mayadeen", "20+ killed &"): 21 of the 287 date
# phrases on FA-KES dev event mentions that resolve to no time, and ages 24 more
# (session 31). Either kept two mentions of one happening apart as two dates.
_TIME_WORD = re.compile(
    r"\b(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september"
    r"|october|november|december|today|tonight|yesterday|tomorrow|morning|afternoon"
    r"|evening|night|overnight|dawn|noon|midnight|weekend|ramadan|eid|christmas"
    r"|daily|weekly|monthly|yearly|annually|nightly"
    r"|(?:19|20)\d\d)\b"
)
# An age ("a 6-year-old", "between 7 and 12 years old"): a person's, never the day
# of a happening. A rate ("daily", "weekly") is kept: it tells an ongoing happening
# ("the shelling is daily") apart from the day's one.
_AGE = re.compile(r"\bold$")


@lru_cache(maxsize=4096)
def names_no_time(phrase: str) -> bool:
    """The date phrase can date no happening: an age, or no time word at all.

    Such a phrase on one of two mentions kept them apart in coreference as two
    dates that differ."""
    text = phrase.lower().strip()
    return bool(_AGE.search(text)) or not _TIME_WORD.search(text)


def both_dates(a: Dated, b: Dated, keys: DateKeys | None) -> tuple[set[str], set[str]]:
    """The own dates of two mentions; where both have some, each as the day it names
    (see :class:`DateKeys`)."""
    dates_a, dates_b = _own_dates(a), _own_dates(b)
    if keys is None or not (dates_a and dates_b):
        return dates_a, dates_b
    return {keys.get(d) for d in dates_a}, {keys.get(d) for d in dates_b}


#: Days a report's date may lie after the happening it reports: "85 soldiers were
#: killed ..., a monitor said Saturday" and "the assault forced the army back late
#: on Friday" tell one happening (read on FA-KES dev, session 30).
REPORT_LAG_DAYS = 1


def report_lag(a: Dated, b: Dated, keys: DateKeys | None) -> bool:
    """Every own date of one mention dates the report of it (:attr:`report_dates`),
    and each of those days lies 0 to :data:`REPORT_LAG_DAYS` days after a day of the
    other mention: one happening reported the next day, not two happenings."""
    if keys is None:
        return False
    for told, other in ((a, b), (b, a)):
        own = _own_dates(told)
        reported = {d.lower() for d in told.report_dates}
        if not own or not own <= reported:
            continue
        others_own = _own_dates(other)
        if others_own & {d.lower() for d in other.report_dates}:
            continue  # two reports' days (each outlet's "said Wednesday"): no lag to read
        days, others = _days(own, keys), _days(others_own, keys)
        if not days or not others:
            continue  # a phrase that names no single day: no lag to read
        if all(any(0 <= (day - o).days <= REPORT_LAG_DAYS for o in others) for day in days):
            return True
    return False


def _days(phrases: set[str], keys: DateKeys) -> set[dt.date] | None:
    """The day each phrase names, or None when one of them names no single day. A
    possessive weekday that lost its apostrophe names its day here ("Mondays raid"
    a day before "..., the organisation said Tuesday"), though as a key it stays a
    phrase of its own: read as its day everywhere, it joined same-day mentions that
    only their wording had kept apart (58 FA-KES dev merged pairs lost, session 35)."""
    from sitrep.time.find import lost_apostrophe

    days = set()
    for phrase in phrases:
        try:
            days.add(dt.date.fromisoformat(keys.get(lost_apostrophe(phrase))))
        except ValueError:
            return None
    return days


def phrase_date(text: str, published: dt.date | None) -> EventDate | None:
    """The date a tagged phrase names, read as the time stage reads the text: whole,
    else its first expression that resolves ("earlier sunday" is that Sunday, not a
    date that differs from every other mention's "Sunday")."""
    # Imported here: the events stage reads the time stage's resolver only for two
    # mentions that both have dates.
    from sitrep.time.find import date_within
    from sitrep.time.resolve import resolve

    return resolve(text, published) or date_within(text, published)


@lru_cache(maxsize=4096)
def _date_key(text: str, published: dt.date | None) -> str:
    date = phrase_date(text, published)
    # Only a day is one date however worded; "late September" and "September" only
    # overlap, and keep telling two happenings apart as before.
    return date.value if date is not None and date.precision == "day" else text


class DateKeys:
    """Date phrase (lower case) -> the day it names, if one: "Thursday" in a Thursday
    report and "Thursday 5 Feb 2015", or "late Monday" and "Monday", are one date
    worded two ways, not the dates of two happenings. Resolved when first asked:
    most mentions never meet another dated one."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published

    def get(self, text: str) -> str:
        return _date_key(text, self.published)


#: Days an article's news spans: an undated headline or lead tells a happening of
#: the days just before publication, not one that ended earlier or a month's or a
#: year's worth of them.
NEWS_DAYS = 7


@lru_cache(maxsize=4096)
def _span(text: str, published: dt.date | None) -> tuple[dt.date, dt.date | None] | None:
    """The first and last day the date phrase may name ("in May": 1 and 31 May; the
    last is None when it runs on to the present, "since 2011"), None when it names
    no time."""
    from sitrep.time.resolve import last_day

    date = phrase_date(text, published)
    if date is None:
        return None
    try:
        first = dt.date.fromisoformat(date.value)
        if date.precision == "range" and date.end is None:
            return first, None
        return first, last_day(date)
    except ValueError:
        return None


# An uncounted stretch before the news ("several days before", "a few weeks
# earlier"; the events stage adds the word after the tagger's "Several days"): no
# day to resolve, but told as earlier than what the article reports. Not "ago":
# "a few days ago" is often the news itself.
_EARLIER = re.compile(
    r"^(?:several|a\s+few|few|some|many)\s+(?:days|weeks|months)\s+"
    rf"(?:{'|'.join(sorted(BEFORE_WORDS))})$"
)


def not_news(draft: Dated, published: dt.date | None) -> bool:
    """Every own date of the mention names a time that is no article's news: one
    that ended more than :data:`NEWS_DAYS` before publication ("last September",
    "in 2014"), a span longer than that ("last month", "this year", "over the
    past month", "since 2011"), or an uncounted stretch before it ("several days
    before": see ``_EARLIER``)."""
    own = _own_dates(draft)
    if published is None or not own:
        return False
    limit = published - dt.timedelta(days=NEWS_DAYS)
    for text in own:
        if _EARLIER.match(text):
            continue
        span = _span(text, published)
        if span is None:
            return False
        first, last = span
        if last is not None and last < limit:
            continue
        if (last or published) - first <= dt.timedelta(days=NEWS_DAYS):
            return False
    return True
