"""Days an undated report's sentence names for its incident.

The time stage dates an event by the expression attached to its trigger; a
sentence often names the day elsewhere: as the incident's owner ("Sundays
bombardment"), as the day a statement was made ("killed by regime bombs, the
Observatory reported on Thursday") or as the publication day itself
("earlier in the day", "this morning"). Such a day is no stored date, but it
rules out a report of another day: only ever a reason to keep two reports
apart, never to join them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.dedup.dates import STAMP_DAYS, Report, undated
from sitrep.dedup.kinds import SAID
from sitrep.words import WEEKDAY_NAMES, weekday_before

_DAY = "(" + "|".join(name.capitalize() for name in WEEKDAY_NAMES) + ")"
# A weekday as the owner of the incident: "Saturday's attack", and "Saturdays
# attack" in text whose apostrophes were stripped (the time stage dates the noun
# it owns, not every event of its sentence).
_OWNED_DAY = re.compile(r"\b" + _DAY + r"(?:'s|\u2019s|s)\s+[a-z]")
# A weekday given as when something happened or was said: "on Thursday",
# "late Friday", "Saturday morning", "said Sunday". A statement's day may tell
# of the day before (a night's strikes counted the next morning). "Last Monday"
# told on a Monday is a week before, as the time stage reads it.
_SAID_DAY = re.compile(
    r"\b(?:said|says|reported|announced|added|stated|told)\s+(?:on\s+|late\s+|early\s+)?" + _DAY
)
_ON_DAY = re.compile(
    r"\b([Oo]n|[Ll]ate|[Ee]arly|[Ll]ast)\s+" + _DAY + r"\b"
    r"|\b" + _DAY + r"\s+(?:morning|afternoon|evening|night)\b"
)
# The publication day named in words: an update's "earlier in the day".
_TODAY = re.compile(r"\b(?:earlier|later) (?:in the day|today)\b|\bthis (?:morning|afternoon)\b")


def named_days(report: Report) -> tuple[dt.date, dt.date] | None:
    """First and last day an undated report's sentence names for its incident.

    The incident's owner ("Sundays bombardment") names its day; a statement's
    day ("the Observatory reported on Thursday") that day or the one before
    (:data:`STAMP_DAYS`); "on Friday" that day, "Friday night" also the next and
    "early Friday" also the one before (:func:`_around_midnight`); "earlier in
    the day" the publication day. None when the event has a date, when the
    sentence names no day or names two different weekdays (which one is the
    incident's is not known).
    """
    event = report.event
    if not undated(event) or not event.published:
        return None
    # Cached: the clustering asks it of one report for every pair it is in.
    return _named(report.sentence, event.published, event.type.upper() in SAID)


@lru_cache(maxsize=16384)
def _named(sentence: str, published_text: str, said: bool) -> tuple[dt.date, dt.date] | None:
    try:
        published = dt.date.fromisoformat(published_text)
    except ValueError:
        return None
    owned = _OWNED_DAY.search(sentence)
    if owned is not None:
        day = weekday_before(published, owned.group(1))
        return day, day
    if said:
        # A statement names the days of what it speaks of ("denied on Friday the
        # charges of Wednesday's attack"); statements of one incident on
        # different days are one event.
        return None
    told = _SAID_DAY.findall(sentence)
    found = _ON_DAY.findall(sentence)
    on = [a or b for _, a, b in found]
    if len(set(told + on)) > 1:
        return None
    if told:
        day = weekday_before(published, told[0])
        return day - dt.timedelta(days=STAMP_DAYS), day
    if on:
        day = weekday_before(published, on[0], strictly=found[0][0].casefold() == "last")
        return _around_midnight(sentence, day)
    if _TODAY.search(sentence):
        return published, published
    return None


# A night's incident is told by one outlet as "late Sunday" or "Sunday night"
# and by another as "early Monday" or "Monday morning".
_LATE = re.compile(r"\b[Ll]ate\s+(?:on\s+)?" + _DAY + r"\b|\b" + _DAY + r"\s+(?:evening|night)\b")
_EARLY = re.compile(r"\b[Ee]arly\s+(?:on\s+)?" + _DAY + r"\b|\b" + _DAY + r"\s+morning\b")


def _around_midnight(sentence: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The named day, and the next one for its night ("late Friday", "Friday night")
    or the one before for its early hours ("early Saturday", "Saturday morning")."""
    if _LATE.search(sentence):
        return day, day + dt.timedelta(days=1)
    if _EARLY.search(sentence):
        return day - dt.timedelta(days=1), day
    return day, day


def named_day(report: Report) -> dt.date | None:
    """The day an undated report's sentence names as its incident's (the last of
    :func:`named_days`); None when it names none."""
    days = named_days(report)
    return days[1] if days else None


def named_days_apart(a: Report, b: Report) -> bool:
    """An undated report names its incident's day (:func:`named_days`) and the other
    report lies wholly outside it: of another exact day ("Sundays bombardment" is
    not Tuesday's advance), or undated and published only after that day's window
    ("earlier in the day" on the 10th is not what a report of the 14th tells). No
    slack but a night's (:func:`_around_midnight`): the sentence names the day itself."""
    for named, other in ((a, b), (b, a)):
        days = named_days(named)
        if days is None or other.interval is None:
            continue
        if other.exact_day:
            # Any reading of the other's day: a stamp after a wrong publication
            # date (:func:`sitrep.dedup.dates.published_window`) may be the named day.
            return not any(i[0] <= days[1] and days[0] <= i[1] for i in other.intervals)
        if named.event.type.upper() in SAID:
            continue
        if undated(other.event) and named_days(other) is None:
            return other.interval[1] < days[0] or days[1] < other.interval[0]
    return False
