"""Calendar words shared by the stages that read dates (ingest, time, events).

Plain English names, no lexicon to tune: month names and their usual
abbreviations with the month number, weekday names and abbreviations.
"""

from __future__ import annotations

import datetime as dt

#: Full month names, January first.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Full weekday names, Monday first (datetime.weekday() order).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Month name or abbreviation (jan, feb, ..., sep and sept) -> month number.
MONTHS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3]: n for n, name in enumerate(MONTH_NAMES, start=1) if name != "may"},
    "sept": 9,
}
#: Weekday names and their three-letter abbreviations.
WEEKDAYS = frozenset(WEEKDAY_NAMES) | frozenset(name[:3] for name in WEEKDAY_NAMES)


def weekday_before(day: dt.date, name: str, *, strictly: bool = False) -> dt.date:
    """The last weekday ``name`` ("Monday", any case) on or before ``day``; strictly
    before it when ``strictly`` ("last Monday" said on a Monday is a week back)."""
    back = (day.weekday() - WEEKDAY_NAMES.index(name.lower())) % 7
    return day - dt.timedelta(days=back or (7 if strictly else 0))
