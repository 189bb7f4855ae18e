"""Spans news names without a calendar unit: weekends, seasons, parts of a day,
a run of days in one month, a period's edge ("the end of last year").

Pure functions over one normalised expression (see :func:`sitrep.time.resolve`),
read against the publication day. Seasons are the northern ones (the corpora's
wars are all north of the equator): spring March-May, summer June-August,
autumn September-November; a winter spans two years and is left unread.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from sitrep.model import EventDate
from sitrep.words import MONTHS, weekday_before

#: Words before a day that name a part of it: "the early hours of Tuesday",
#: "the night of July 18", "dawn on Friday". The day is the day.
_PART_OF_DAY = re.compile(
    r"^(?:(?:the\s+)?(?:early|small|late)\s+hours\s+of|(?:the\s+)?(?:night|morning|afternoon"
    r"|evening)\s+of|(?:at\s+)?(?:dawn|dusk|daybreak|sunrise|sunset|midnight|noon)\s+(?:on|of))\s+"
)
_WEEKEND = re.compile(r"^(?:(?P<which>this|last|past|the|the past|the last)\s+)?weekend$")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON = re.compile(
    r"^(?:(?P<which>this|last|the|the last|past)\s+)?(?P<season>spring|summer|autumn|fall)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?$"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "July 18-19", "18-19 July 2016", "July 18 to 20".
_DAY_RUN = re.compile(
    rf"^(?:(?P<m1>{_MONTH})\.?\s+(?P<a1>\d{{1,2}})\s*(?:-|–|to|and)\s*(?P<b1>\d{{1,2}})"
    rf"|(?P<a2>\d{{1,2}})\s*(?:-|–|to|and)\s*(?P<b2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?$"
)
#: "the end of last year", "the beginning of the month": the edge of a period
#: keeps that period's precision, as "late 2014" does.
_EDGE = re.compile(r"^(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+")
_THE_PERIOD = re.compile(r"^the\s+(?P<unit>week|month|year)$")


def span(start: dt.date, end: dt.date, norm: str) -> EventDate | None:
    """The days from ``start`` to ``end`` as a range; None when they run backwards."""
    if end < start:
        return None
    return EventDate(value=start.isoformat(), precision="range", text=norm, end=end.isoformat())


def day_of_part(norm: str) -> str | None:
    """The day a part of a day names ("the early hours of Tuesday" -> "tuesday")."""
    m = _PART_OF_DAY.match(norm)
    return norm[m.end() :] if m else None


def period_of_edge(norm: str) -> str | None:
    """The period an edge names ("the end of last year" -> "last year", "the
    beginning of the month" -> "this month")."""
    m = _EDGE.match(norm)
    if m is None:
        return None
    rest = norm[m.end() :]
    the = _THE_PERIOD.match(rest)
    return f"this {the['unit']}" if the else rest


def weekend(norm: str, pub: dt.date) -> EventDate | None:
    """The Saturday and Sunday of "the weekend": the last one begun by publication
    ("last weekend" said on a Saturday or Sunday is the one before)."""
    m = _WEEKEND.match(norm)
    if m is None:
        return None
    saturday = weekday_before(pub, "saturday")
    if m["which"] == "last" and pub - saturday < dt.timedelta(days=2):
        saturday -= dt.timedelta(days=7)
    return span(saturday, saturday + dt.timedelta(days=1), norm)


def season(norm: str, pub: dt.date | None) -> EventDate | None:
    """A season of a year: "the summer of 2014"; "last summer" is the latest one
    over by publication, "this summer" this year's; a bare "summer" is unread."""
    m = _SEASON.match(norm)
    if m is None:
        return None
    first, last = _SEASONS[m["season"]]
    if m["year"]:
        year = int(m["year"])
    elif pub is None or m["which"] in (None, "the"):
        return None  # "the spring campaign" is as often the coming one as the last
    elif m["which"] == "this":
        year = pub.year
    else:
        year = pub.year if pub.month >= first else pub.year - 1
        if m["which"] in ("last", "the last", "past") and pub.month <= last and year == pub.year:
            year -= 1  # said during the season: the one before
    return span(dt.date(year, first, 1), dt.date(year, last, _month_days(year, last)), norm)


def day_run(norm: str, pub: dt.date | None) -> EventDate | None:
    """Days of one month: "July 18-19", "18-19 July 2016"."""
    m = _DAY_RUN.match(norm)
    if m is None:
        return None
    month = MONTHS[m["m1"] or m["m2"]]
    first, last = int(m["a1"] or m["a2"]), int(m["b1"] or m["b2"])
    if not 1 <= first < last <= _month_days(2000, month):
        return None
    if m["year"]:
        year = int(m["year"])
    elif pub is None:
        return None
    else:
        year = pub.year if (month, first) <= (pub.month, pub.day) else pub.year - 1
    if last > _month_days(year, month):
        return None
    return span(dt.date(year, month, first), dt.date(year, month, last), norm)


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
