"""When did a reported event happen: every reading of its date, and the report itself.

A stated date has a precision (a day, a week, a month, a year, a range); an
undated event lies in the days before its report was published. Some dates
have a second reading: one stated after publication (a misread date or a
wrong publication date), a vague date in a headline (the news of the days
before publication).
Two reports can be one event when some readings overlap.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from sitrep.store.rows import StoredEvent

#: Characters from the start of an article that hold its headline and lead.
HEADLINE_CHARS = 160
#: A headline's vague date that ends within this many days before publication
#: and starts within twice as many (a month: "last month", "this month") is
#: read as the news of those days as well (:func:`headline_window`).
HEADLINE_REACH_DAYS = 31
#: Days of slack on date overlap: a night strike is dated differently by outlets
#: in different time zones or by publication date.
DATE_SLACK_DAYS = 1
#: When an event carries no date at all, the days before publication it may lie in.
UNDATED_WINDOW_DAYS = 3

#: An event whose possible days span more than this (a month, a year) is
#: "vague": often background ("more than 100000 killed since March 2011")
#: rather than an incident. Vague reports merge only when they give the same
#: figures and read nearly alike (the same claim copied), never on bonuses.
VAGUE_DAYS = 7


def _end_of(value: dt.date, precision: str, end: str | None) -> dt.date:
    if precision == "week":
        return value + dt.timedelta(days=6)
    if precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if precision == "year":
        return value.replace(month=12, day=31)
    if precision == "range" and end:
        return max(value, dt.date.fromisoformat(end))
    return value


def date_interval(event: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """First and last day the event may have happened on; None when nothing is known."""
    try:
        if event.date is not None:
            first = dt.date.fromisoformat(event.date.value)
            if event.date.precision == "week" and not event.date.text:
                # The time stage's fallback for an undated event: the publication
                # day, the *latest* day it may have happened on (sitrep.time).
                return first - dt.timedelta(days=UNDATED_WINDOW_DAYS), first
            return first, _end_of(first, event.date.precision, event.date.end)
        if event.published:
            last = dt.date.fromisoformat(event.published)
            return last - dt.timedelta(days=UNDATED_WINDOW_DAYS), last
    except ValueError:
        return None  # a malformed stored date constrains nothing
    return None


def published_window(event: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """The days up to publication, when the event is dated after its report was published.

    A report cannot tell of a day after it came out: either the stated date is
    misread or the publication date is wrong (scraped archives often carry a
    crawl or re-post date), and nothing says which. Clustering accepts both
    readings; the stated date alone is used for scoring.
    """
    if event.date is None or not event.date.text or not event.published:
        return None
    try:
        first = dt.date.fromisoformat(event.date.value)
        published = dt.date.fromisoformat(event.published)
    except ValueError:
        return None
    if first <= published + dt.timedelta(days=DATE_SLACK_DAYS):
        return None
    return published - dt.timedelta(days=UNDATED_WINDOW_DAYS), published


def headline_window(event: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """The days up to publication, for a headline event dated only vaguely.

    An article's headline and lead report its news, which happened in the days
    before publication; a vague date there that reaches those weeks ("last
    month", a dateline's "Jul 28 2016" read as July) often belongs to background
    the lead sentence also carries ("After Kurdish militia expelled jihadists
    last month, Al-Qaeda counters by killing 17"). A date ending long before
    publication ("since 2011") is background itself and keeps its reading.
    Clustering accepts both readings, as for :func:`published_window`.
    """
    if event.sentence.start >= HEADLINE_CHARS or not event.published or event.date is None:
        return None
    interval = date_interval(event)
    if interval is None or (interval[1] - interval[0]).days <= VAGUE_DAYS:
        return None
    try:
        published = dt.date.fromisoformat(event.published)
    except ValueError:
        return None
    reach = dt.timedelta(days=HEADLINE_REACH_DAYS)
    if interval[1] < published - reach or interval[0] < published - 2 * reach:
        return None  # background, or a cumulative count ("since 2014")
    return published - dt.timedelta(days=UNDATED_WINDOW_DAYS), published


@dataclass(frozen=True)
class Report:
    """An event with the text it is compared on."""

    event: StoredEvent
    sentence: str
    #: The document's title and opening: what the whole article is about.
    lead: str = ""

    @cached_property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        return date_interval(self.event)

    @cached_property
    def intervals(self) -> tuple[tuple[dt.date, dt.date], ...]:
        """Every reading of when the event happened: :attr:`interval`, and the days
        before publication when the stated date lies after it (:func:`published_window`)
        or is vague in a headline (:func:`headline_window`)."""
        readings = (self.interval, published_window(self.event), headline_window(self.event))
        return tuple(i for i in readings if i is not None)

    @cached_property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day of every reading: where candidates are looked for."""
        if not self.intervals:
            return None
        return min(i[0] for i in self.intervals), max(i[1] for i in self.intervals)

    @cached_property
    def figures(self) -> frozenset[tuple[str, int]]:
        return frozenset((q.unit, q.value) for q in self.event.quantities)

    @property
    def vague(self) -> bool:
        """Dated no better than "some time this year" (or not at all), and not a
        headline's news (:func:`headline_window`)."""
        if self.interval is None:
            return True
        if headline_window(self.event) is not None:
            return False
        return (self.interval[1] - self.interval[0]).days > VAGUE_DAYS

    @property
    def exact_day(self) -> bool:
        return self.interval is not None and self.interval[0] == self.interval[1]


def dates_compatible(a: Report, b: Report) -> bool:
    """Some reading of each date (:attr:`Report.intervals`) overlaps, with slack."""
    if not a.intervals or not b.intervals:
        return True
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return any(
        ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]
        for ia in a.intervals
        for ib in b.intervals
    )
