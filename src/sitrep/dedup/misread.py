"""Dates the time stage reads that may mean something else.

A number misread as a year ("(1881)", a site's count of articles under a topic
tag) dates no event of these wars: the event is taken as undated.

A weekday may name the day after publication.

The time stage reads "on Monday" as the last Monday up to the publication day,
so an article dated Sunday that tells Monday's bombing is dated six days back.
Scraped publication dates are often a day early (time zones, a re-post's or
crawl's date): on the FA-KES dev store a weekday lies six days before
publication half again as often as five, where the counts otherwise fall with
the gap. That reading, the day after publication, is kept beside the stated one.

The publication day itself is the one the time stage read relative dates
against (:func:`publication_day`): the text's own stamp where it gave one.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.dedup.published import publication_day
from sitrep.store.rows import StoredEvent

#: A stated year before this is a number misread as a year, not an event's date.
EARLIEST_YEAR = 1900
#: Days before publication at which a weekday may be the day after publication.
WEEK_BACK_DAYS = 6

# A bare weekday, perhaps with a part of the day: "Monday", "late on Sunday",
# "Thursday night". No month or number: "Monday 25 September" is that day.
_WEEKDAY = re.compile(
    r"(?:(?:late|early)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.I,
)


def day_after_publication(event: StoredEvent) -> dt.date | None:
    """The day after publication, when the event's stated weekday may name it."""
    date = event.date
    stated = publication_day(event)
    if date is None or date.precision != "day" or not date.text or not stated:
        return None
    if not _WEEKDAY.fullmatch(date.text.strip()):
        return None
    try:
        day = dt.date.fromisoformat(date.value)
        published = dt.date.fromisoformat(stated)
    except ValueError:
        return None
    if (published - day).days != WEEK_BACK_DAYS:
        return None
    return published + dt.timedelta(days=1)


def misread_year(event: StoredEvent) -> bool:
    """The event's year is before :data:`EARLIEST_YEAR`: a number, not a date."""
    value = event.date.value if event.date else ""
    return value[:4].isdigit() and int(value[:4]) < EARLIEST_YEAR
