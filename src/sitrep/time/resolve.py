"""Resolve one temporal expression against the publication date (pure functions).

``resolve("Sunday", date(2021, 3, 1))`` is 2021-02-28 at day precision. The rules,
chosen for news reports (which almost always talk about the past):

* A bare weekday is the most recent such day on or before publication; the
  publication's own weekday is the publication day ("Monday" in a Monday paper).
  "last Sunday" is strictly before publication, "next Sunday" strictly after.
* A day or month without a year takes the publication year, or the previous
  year when that would put it after publication ("December 28" in a January report).
* week/month/year precision: ``value`` is the first day of the period (weeks
  start on Monday, ISO 8601).
* "since X" and "between X and Y" / "from X to Y" are ranges; "since X" ends on
  the publication day. Vague spans ("recent years", "the past few weeks") are
  ranges too, reaching back a conventional 3 periods (7 days for "recent days").
* "the past year", "the last two weeks", "the past 24 hours" are the span that
  ends on the publication day (a range); "last year" and "last week" are the
  calendar year and week before it.
* Qualifiers ("early", "late", "the end of", "mid-") keep the period's precision.

Without a publication date only absolute expressions (with a year) resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from sitrep.model import EventDate
from sitrep.time import periods
from sitrep.words import MONTH_NAMES, WEEKDAY_NAMES, weekday_before
from sitrep.words import MONTHS as MONTH_NUMBERS

WEEKDAYS = WEEKDAY_NAMES
MONTHS = MONTH_NAMES
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a few": 3,
    "few": 3,
    "several": 3,
    "couple of": 2,
    "a couple of": 2,
}
#: A spelled-out count closing a date phrase (see :func:`resolve`).
_RE_TRAILING_COUNT = re.compile(
    r"\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)$"
)
#: How far back vague spans ("recent years", "the past few weeks") reach, in units.
VAGUE_SPAN = 3

_MONTH_RE = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_QUAL_RE = (
    r"(?:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+|"
    r"(?:early|late|mid)[\s-]+)?"
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|dawn))?"

_RE_SINCE = re.compile(r"^since\s+(?P<rest>.+)$")
_RE_BETWEEN = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|-)\s+(?P<b>.+)$")
_RE_AGO = re.compile(
    r"^(?P<n>\d+|a few|a couple of|couple of|few|several|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+ago$"
)
_RE_PERIOD = re.compile(
    r"^(?:(?P<mod>earlier|later|late|early)\s+)?(?P<which>this|last|past|previous|next)\s+"
    r"(?P<unit>week|month|year)$"
)
#: A span counted back from publication: "the past year", "the last two weeks", "past
#: 24 hours", "the last 12 months" (no "the", no number: "last year" is a calendar year).
_RE_TRAILING = re.compile(
    r"^(?:(?P<the>the)\s+)?(?P<which>past|last)\s+(?:(?P<n>\d+|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+)?(?P<unit>hour|day|week|month|year)s?$"
)
_RE_VAGUE = re.compile(
    r"^(?:the\s+)?(?:recent|past\s+few|last\s+few|past\s+several|last\s+several|past|last)\s+"
    r"(?P<unit>day|week|month|year)s$"
)
#: "late Monday", "early on Tuesday", "late last night": a part of the day named
#: by its edge; the day is the same day.
_RE_DAY_EDGE = re.compile(r"^(?:early|late)\s+(?:on\s+)?")
_RE_WEEKDAY = re.compile(
    r"^(?:(?P<which>last|this|next|past)\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:'s)?" + _PART_OF_DAY + r"$"
)
#: A weekday with the day of the month and no month ("Sunday 12", where the
#: parser split a dateline "Sunday 12 Jun 2016" into two entities).
_RE_WEEKDAY_NUMBER = re.compile(
    r"^(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?"
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)?$"
)
#: How many months back a weekday and a day of the month are looked for.
_WEEKDAY_NUMBER_MONTHS = 3
_RE_MONTH_DAY = re.compile(
    r"^" + _QUAL_RE + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?$"
)
_RE_DAY_MONTH = re.compile(
    r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    + _MONTH_RE
    + r"(?:,?\s+(?P<year>\d{4}))?$"
)
_RE_MONTH = re.compile(r"^" + _QUAL_RE + _MONTH_RE + r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?$")
#: A month placed by the year around publication: "August last year", "last
#: August" (the latest August before the publication's month), "March this year".
_RE_MONTH_RELATIVE = re.compile(
    r"^(?:(?P<before>last|this)\s+)?"
    + _QUAL_RE
    + _MONTH_RE
    + r"(?:,?\s+(?:of\s+)?(?P<after>last|this)\s+year)?$"
)
_RE_YEAR = re.compile(r"^" + _QUAL_RE + r"(?P<year>(?:1[89]|20)\d{2})$")
_RE_DECADE = re.compile(r"^(?:the\s+)?" + _QUAL_RE + r"(?P<decade>(?:1[89]|20)\d0)'?s$")
_RE_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
_RE_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4})$")
_RE_LEAD = re.compile(
    r"^(?:(?:on|in|during|at|by|of|over|throughout|for)\s+|"
    # A weekday before an explicit date only repeats it: "Saturday 26 Jul 2014".
    # (Not before a day number alone: "Sunday 12" is read by its weekday too.)
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    r"(?!(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$)(?=\d|the\s+\d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)

_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
}


def normalise(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation or leading preposition."""
    cleaned = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" .,;:()\"'")
    while True:
        stripped = _RE_LEAD.sub("", cleaned)
        if stripped == cleaned:
            return cleaned
        cleaned = stripped


def resolve(text: str, published: dt.date | None) -> EventDate | None:
    """The date an expression refers to, or None when it is not one we understand."""
    norm = normalise(text)
    if not norm:
        return None
    found = _resolve_norm(norm, published)
    if found is None:
        # The parser's date entity may run into a count that follows it ("in March
        # two blasts occurred": "March two"); a spelled-out day is not news style.
        trimmed = _RE_TRAILING_COUNT.sub("", norm)
        found = _resolve_norm(trimmed, published) if trimmed != norm else None
    if found is None:
        return None
    return found.model_copy(update={"text": text.strip()})


def _resolve_norm(norm: str, pub: dt.date | None) -> EventDate | None:
    if m := _RE_SINCE.match(norm):
        start = _resolve_norm(normalise(m["rest"]), pub)
        if start is None or pub is None:
            return None
        return periods.span(_first_day(start), pub, norm)
    if m := _RE_BETWEEN.match(norm):
        return _between(m["a"], m["b"], pub, norm)
    return _absolute(norm, pub) or _relative(norm, pub) or _unitless(norm, pub)


def _unitless(norm: str, pub: dt.date | None) -> EventDate | None:
    """Spans without a calendar unit (:mod:`sitrep.time.periods`)."""
    inner = periods.day_of_part(norm) or periods.period_of_edge(norm)
    if inner is not None and inner != norm:
        return _resolve_norm(normalise(inner), pub)
    found = periods.season(norm, pub) or periods.day_run(norm, pub)
    if found is None and pub is not None:
        found = periods.weekend(norm, pub)
    return found


def _between(a: str, b: str, pub: dt.date | None, norm: str) -> EventDate | None:
    second = _resolve_norm(normalise(b), pub)
    if second is None:
        return None
    m = _RE_MONTH.match(normalise(a))
    if m is not None and m["year"] is None and second.precision != "year":
        # "from March to May 2020": the first month borrows the second's year.
        year = dt.date.fromisoformat(second.value).year
        first = _month_date(_month_number(m["month"]), year, None, norm)
    else:
        first = _resolve_norm(normalise(a), pub)
    if first is None:
        return None
    return periods.span(_first_day(first), last_day(second), norm)


def _absolute(norm: str, pub: dt.date | None) -> EventDate | None:
    if m := _RE_ISO.match(norm):
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return _day(day, norm)
    if m := _RE_NUMERIC.match(norm):
        # Day first (the usual order outside the US and in this domain's outlets);
        # month first only when the second number cannot be a month ("12/25/2015").
        first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
        day_n, month_n = (second, first) if second > 12 >= first else (first, second)
        found = _safe_date(year, month_n, day_n)
        return None if found is None else _day(found, norm)
    if m := _RE_MONTH_DAY.match(norm) or _RE_DAY_MONTH.match(norm):
        return _day_of_month(_month_number(m["month"]), int(m["day"]), m["year"], pub, norm)
    if m := _RE_MONTH.match(norm):
        return _month_date(_month_number(m["month"]), _opt_int(m["year"]), pub, norm)
    if m := _RE_YEAR.match(norm):
        return EventDate(value=f"{m['year']}-01-01", precision="year", text=norm)
    if m := _RE_DECADE.match(norm):
        start = int(m["decade"])
        return periods.span(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), norm)
    return None


def _relative(norm: str, pub: dt.date | None) -> EventDate | None:
    if pub is None:
        return None
    day = _day_edge(norm, pub)
    if day is not None:
        return day
    if (m := _RE_MONTH_RELATIVE.match(norm)) and (m["before"] or m["after"]):
        return _month_around(_month_number(m["month"]), m["before"], m["after"], pub, norm)
    if norm in _DAY_OFFSETS:
        return _day(pub + dt.timedelta(days=_DAY_OFFSETS[norm]), norm)
    if m := _RE_WEEKDAY.match(norm):
        return _day(_weekday(WEEKDAYS.index(m["day"]), m["which"], pub), norm)
    if m := _RE_WEEKDAY_NUMBER.match(norm):
        found = _weekday_numbered(WEEKDAYS.index(m["day"]), int(m["n"]), pub)
        return _day(found, norm) if found is not None else None
    if m := _RE_AGO.match(norm):
        return _shift(pub, m["unit"], -_count(m["n"]), norm)
    if (m := _RE_TRAILING.match(norm)) and _trails(m):
        return trailing_span(pub, m["unit"], _count(m["n"]), norm)
    if m := _RE_PERIOD.match(norm):
        step = {"this": 0, "next": 1}.get(m["which"], -1)
        return _shift(pub, m["unit"], step, norm)
    if m := _RE_VAGUE.match(norm):
        unit = m["unit"]
        back = 7 if unit == "day" else VAGUE_SPAN
        start = _shift(pub, unit, -back, norm)
        return periods.span(dt.date.fromisoformat(start.value), pub, norm)
    return None


def _weekday_numbered(target: int, n: int, pub: dt.date) -> dt.date | None:
    """The latest day ``n`` of a month, on or before publication, that falls on the
    weekday ``target`` ("Sunday 12" in a Tuesday 14 June 2016 report: 12 June).
    None when none of the last few months has one: the two words disagree."""
    year, month = pub.year, pub.month
    for _ in range(_WEEKDAY_NUMBER_MONTHS):
        if n <= calendar.monthrange(year, month)[1]:
            day = dt.date(year, month, n)
            if day <= pub and day.weekday() == target:
                return day
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _trails(m: re.Match[str]) -> bool:
    """A span back from publication, not the calendar period before it ("last
    year") nor the final one of something ("the last day" of a truce)."""
    if m["n"]:
        return True
    return m["unit"] in ("week", "month", "year") and bool(m["the"] or m["which"] == "past")


def _count(said: str | None) -> int:
    if said is None:
        return 1
    return int(said) if said.isdigit() else _NUMBER_WORDS[said]


def trailing_span(pub: dt.date, unit: str, n: int, norm: str) -> EventDate | None:
    """The ``n`` units up to publication, as a range ending on its day ("the past 24
    hours" reaches back to the day before)."""
    if unit == "hour":
        start = pub - dt.timedelta(days=max(1, -(-n // 24)))
    elif unit in ("day", "week"):
        start = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        index = pub.year * 12 + pub.month - 1 - months
        year, month = index // 12, index % 12 + 1
        start = dt.date(year, month, min(pub.day, calendar.monthrange(year, month)[1]))
    return periods.span(start, pub, norm)


def _day_edge(norm: str, pub: dt.date) -> EventDate | None:
    """A day named with "early"/"late" before it ("late Monday", "early on Tuesday",
    "late last night", "early this morning"): that day. Only days: "late last week"
    and "early 2015" keep their own rules."""
    m = _RE_DAY_EDGE.match(norm)
    if m is None:
        return None
    rest = norm[m.end() :]
    if rest in _DAY_OFFSETS:
        return _day(pub + dt.timedelta(days=_DAY_OFFSETS[rest]), norm)
    if w := _RE_WEEKDAY.match(rest):
        return _day(_weekday(WEEKDAYS.index(w["day"]), w["which"], pub), norm)
    return None


def _weekday(target: int, which: str | None, pub: dt.date) -> dt.date:
    if which == "next":
        return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
    return weekday_before(pub, WEEKDAYS[target], strictly=which in ("last", "past"))


def _shift(pub: dt.date, unit: str, n: int, norm: str) -> EventDate:
    """The day/week/month/year ``n`` units from publication, at that precision."""
    if unit == "day":
        return _day(pub + dt.timedelta(days=n), norm)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
        return EventDate(value=monday.isoformat(), precision="week", text=norm)
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + n
        first = dt.date(index // 12, index % 12 + 1, 1)
        return EventDate(value=first.isoformat(), precision="month", text=norm)
    return EventDate(value=f"{pub.year + n:04d}-01-01", precision="year", text=norm)


def _day_of_month(
    month: int, day: int, year: str | None, pub: dt.date | None, norm: str
) -> EventDate | None:
    if year is None:
        if pub is None:
            return None
        candidate = _safe_date(pub.year, month, day)
        if candidate is not None and candidate > pub:
            candidate = _safe_date(pub.year - 1, month, day)
    else:
        candidate = _safe_date(int(year), month, day)
    return None if candidate is None else _day(candidate, norm)


def _month_date(month: int, year: int | None, pub: dt.date | None, norm: str) -> EventDate | None:
    if year is None:
        if pub is None:
            return None
        year = pub.year if (pub.year, month) <= (pub.year, pub.month) else pub.year - 1
    return EventDate(value=f"{year:04d}-{month:02d}-01", precision="month", text=norm)


def _month_around(
    month: int, before: str | None, after: str | None, pub: dt.date, norm: str
) -> EventDate | None:
    """ "August last year", "March this year", "last August" (strictly before the
    publication's month: "last March" in a March report is a year back)."""
    if before and after:
        return None
    if after:
        year = pub.year - 1 if after == "last" else pub.year
    elif before == "last":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year
    return _month_date(month, year, pub, norm)


def _first_day(date: EventDate) -> dt.date:
    return dt.date.fromisoformat(date.value)


def last_day(date: EventDate) -> dt.date:
    """The last day a resolved date covers (for the end of a range; an open range,
    "since 2011", ends on its first day)."""
    start = dt.date.fromisoformat(date.value)
    if date.end is not None:
        return dt.date.fromisoformat(date.end)
    if date.precision == "week":
        return start + dt.timedelta(days=6)
    if date.precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if date.precision == "year":
        return start.replace(month=12, day=31)
    return start


def _day(day: dt.date, norm: str) -> EventDate:
    return EventDate(value=day.isoformat(), precision="day", text=norm)


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name]


def _opt_int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
