"""What a report says of its own publication: the day, and the dateline it is dated by.

The time stage reads relative dates against the text's own dateline or stamp
where it states one (:mod:`sitrep.time.stamp`) and records that day on the
event's date when it is not the metadata date; every day window of dedup
reads the same day (:func:`publication_day`).
"""

from __future__ import annotations

import re

from sitrep.store.rows import StoredEvent

# A date written as a dispatch's stamp, not as prose: "Sunday 26 Nov 2017"
# (agency dateline), "30-04-2016" / "30.04.2017" (a headline's date), "Jul 282016"
# (a "last updated" line with its spaces lost). Prose says "on Saturday" or
# "on August 21 2013"; a stamp gives the day the report was written.
_STAMP = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+\.? \d{4}"
    r"|\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    r"|[A-Z][a-z]{2} \d{5,6}"
)


def stamped(event: StoredEvent) -> bool:
    """The event's day was read from a dateline or stamp (:data:`_STAMP`)."""
    date = event.date
    return bool(date and date.precision == "day" and date.text and _STAMP.fullmatch(date.text))


def publication_day(event: StoredEvent) -> str | None:
    """The report's publication day as the time stage read it, ISO date: the text's own
    dateline or stamp (``date.reference``, :mod:`sitrep.time.stamp`) over the metadata
    date, which crawled corpora often get wrong by days or more."""
    date = event.date
    return date.reference if date is not None and date.reference else event.published
