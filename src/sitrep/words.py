"""Calendar words shared by the stages that read dates (ingest, time, events).

Plain English names, no lexicon to tune: month names and their usual
abbreviations with the month number, weekday names and abbreviations.
"""

from __future__ import annotations

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
