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
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from sitrep.dedup.cumulative import spans_days, spans_places
from sitrep.dedup.figures import floor_figure, part_figure
from sitrep.dedup.kinds import CAMPAIGN_WORDS
from sitrep.dedup.misread import day_after_publication, misread_year
from sitrep.dedup.published import publication_day, stamped
from sitrep.dedup.text import content_tokens
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

#: Days before a dateline's date (:func:`~sitrep.dedup.published.stamped`) the event
#: it heads may lie in: an agency dispatch of Sunday reports Saturday's strikes.
STAMP_DAYS = 1

#: Days before a statement's day that the known incident it tells may lie in
#: (:func:`told_later`): as for an undated report.
TOLD_LATER_DAYS = UNDATED_WINDOW_DAYS
#: Event types :func:`told_later` applies to.
KNOWN_INCIDENT_TYPES = frozenset({"ASSAULT"})


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
            if misread_year(event) and (day := publication_day(event)):  # undated, then
                last = dt.date.fromisoformat(day)
                return last - dt.timedelta(days=UNDATED_WINDOW_DAYS), last
            if event.date.precision == "week" and not event.date.text:
                # The time stage's fallback for an undated event: the publication
                # day, the *latest* day it may have happened on (sitrep.time).
                return first - dt.timedelta(days=UNDATED_WINDOW_DAYS), first
            return first, _end_of(first, event.date.precision, event.date.end)
        # Undated and told as past (the starting point of a "since" clause, which
        # the time stage leaves undated): no news of the days before publication.
        if event.modality != "historical" and (day := publication_day(event)):
            last = dt.date.fromisoformat(day)
            return last - dt.timedelta(days=UNDATED_WINDOW_DAYS), last
    except ValueError:
        return None  # a malformed stored date constrains nothing
    return None


def published_window(event: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """The days up to publication, when the event is dated after its report was published.

    A report cannot tell of a day after it came out: either the stated date is
    misread or the publication date is wrong (scraped archives often carry a
    crawl or re-post date), and nothing says which. Clustering accepts both
    readings; the stated date alone is used for scoring. The metadata date is
    the one compared, and the second reading is not made when the text's own
    stamp (``date.reference``, :func:`publication_day`) is on or after the stated
    day: the text then dates itself after its event, and its weekdays were counted
    back from that stamp, which FA-KES dev shows right where the two disagree (a
    weekday falls 0-2 days before the stamp in 75 of 77 such texts; commit
    ef5b574). Kept, the second reading had joined a neighbourhood seized on a
    stamped "Tuesday" to reports of the days before the metadata date, two weeks
    earlier (6 merged pairs, read wrong in two hand checks), and a cruise-missile
    strike told "last week" to a strike days after it (2 pairs); no labelled pair
    moved (session 33).
    """
    if event.date is None or not event.date.text or not (day := event.published):
        return None
    try:
        first = dt.date.fromisoformat(event.date.value)
        published = dt.date.fromisoformat(day)
    except ValueError:
        return None
    if first <= published + dt.timedelta(days=DATE_SLACK_DAYS):
        return None
    stamp = _stamp_day(event.date.reference)
    if stamp is not None and first <= stamp:
        return None
    return published - dt.timedelta(days=UNDATED_WINDOW_DAYS), published


def _stamp_day(reference: str | None) -> dt.date | None:
    """The text's own stamp as a date; None when there is none or it cannot be read
    (a malformed stored stamp says nothing either way)."""
    try:
        return dt.date.fromisoformat(reference) if reference else None
    except ValueError:
        return None


def headline_window(event: StoredEvent) -> tuple[dt.date, dt.date] | None:
    """The days up to publication, for a headline event dated only vaguely.

    An article's headline and lead report its news, which happened in the days
    before publication; a vague date there that reaches those weeks ("last
    month", a dateline's "Jul 28 2016" read as July) often belongs to background
    the lead sentence also carries ("Weeks after losing the valley last month,
    the militants strike back and kill 9"). A date ending long before
    publication ("since 2011") is background itself and keeps its reading.
    Clustering accepts both readings, as for :func:`published_window`.
    """
    day = publication_day(event)
    if event.sentence.start >= HEADLINE_CHARS or not day or event.date is None:
        return None
    interval = date_interval(event)
    if interval is None or (interval[1] - interval[0]).days <= VAGUE_DAYS:
        return None
    try:
        published = dt.date.fromisoformat(day)
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
        or is vague in a headline (:func:`headline_window`). A war's running toll has
        one: the weeks before publication, when it was counted (its stated "since
        2011" is the war's start, and would make it a candidate for every report)."""
        if self.toll_window is not None:
            return (self.toll_window,)
        readings = (
            self.interval,
            published_window(self.event),
            self.next_day_window,
            headline_window(self.event),
            told_window(self),
        )
        return tuple(i for i in readings if i is not None)

    @cached_property
    def next_day_window(self) -> tuple[dt.date, dt.date] | None:
        """The day after publication, when the weekday may name it (:mod:`.misread`)."""
        day = day_after_publication(self.event)
        return (day, day) if day else None

    @cached_property
    def war_toll(self) -> int | None:
        """A war's running toll the sentence gives (:mod:`sitrep.dedup.background`)."""
        from sitrep.dedup.background import running_toll  # it reads Report: no import cycle

        return running_toll(self)

    @cached_property
    def toll_window(self) -> tuple[dt.date, dt.date] | None:
        """For a war's running toll: when it was counted (:mod:`sitrep.dedup.background`)."""
        from sitrep.dedup.background import toll_window  # it reads Report: no import cycle

        return toll_window(self)

    @cached_property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day of every reading: where candidates are looked for."""
        if not self.intervals:
            return None
        return min(i[0] for i in self.intervals), max(i[1] for i in self.intervals)

    @cached_property
    def figures(self) -> frozenset[tuple[str, int]]:
        return frozenset((q.unit, q.value) for q in self.event.quantities)

    @cached_property
    def floors(self) -> frozenset[tuple[str, int]]:
        """The :attr:`figures` that are only lower bounds ("dozens of people", "more
        than 130 people": :func:`sitrep.dedup.figures.floor_figure`)."""
        quantities = self.event.quantities
        return frozenset((q.unit, q.value) for q in quantities if floor_figure(q.text, q.qualifier))

    @cached_property
    def parts(self) -> frozenset[tuple[str, int]]:
        """The :attr:`figures` that count one group among the victims ("two children
        were killed": :func:`sitrep.dedup.figures.part_figure`)."""
        return frozenset((q.unit, q.value) for q in self.event.quantities if part_figure(q.text))

    @cached_property
    def ceilings(self) -> frozenset[tuple[str, int]]:
        """The largest of several :attr:`figures` for one unit in a sentence that
        counts over several days (:func:`sitrep.dedup.cumulative.spans_days`):
        "killed 5, bringing to 40 the dead in recent days" gives the incident's
        toll and an upper bound of it. A sentence with one figure keeps it as its
        toll: a count over days alone is no incident's (it stays apart from one).
        A count over several parts of the country
        (:func:`sitrep.dedup.cumulative.spans_places`: "killed 21 civilians in the
        south and northeast") is an upper bound of each part's toll, alone or not.
        """
        places = spans_places(self.sentence)
        if not (places or spans_days(self.sentence)):
            return frozenset()
        top: dict[str, int] = {}
        for unit, value in self.figures:
            top[unit] = max(value, top.get(unit, 0))
        return frozenset(
            (unit, value)
            for unit, value in top.items()
            if places or sum(u == unit for u, _ in self.figures) > 1
        )

    @property
    def vague(self) -> bool:
        """Dated no better than "some time this year" (or not at all), and not a
        headline's news (:func:`headline_window`). A war's running toll is
        background whatever its date (:mod:`sitrep.dedup.background`)."""
        if self.interval is None or self.toll_window is not None:
            return True
        if headline_window(self.event) is not None:
            return False
        return (self.interval[1] - self.interval[0]).days > VAGUE_DAYS

    @property
    def exact_day(self) -> bool:
        return self.interval is not None and self.interval[0] == self.interval[1]

    @cached_property
    def stamp_only(self) -> bool:
        """Dated by a stamp (:func:`stamped`) whose weekday the sentence does not
        also name: "AFP Sunday 30 Oct 2016 ... fighting Sunday" is Sunday's news."""
        event = self.event
        if not stamped(event) or self.interval is None or event.date is None:
            return False
        weekday = calendar.day_name[self.interval[0].weekday()]
        return self.sentence.count(weekday) <= (event.date.text or "").count(weekday)


# A day given as when something was said: "a rights group reported Friday", "told
# him in a call on Saturday". The time stage dates the event to it, but the statement
# often tells of the day before (a night's strikes, a toll) or an incident days old.
_SAID = (
    r"\b(?:(?:said|says|reported|announced|added|stated)\s+|in\s+(?:an?|his|her|its|their)\s+"
    r"(?:phone\s+)?(?:call|statement|interview|speech|letter|briefing|news\s+conference)\s+)"
    r"(?:on\s+|late\s+|early\s+)?"
)


@lru_cache(maxsize=256)
def _said_pattern(day_text: str) -> re.Pattern[str]:
    return re.compile(_SAID + re.escape(day_text) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _said_on(sentence: str, day_text: str) -> bool:  # cached: asked for every pair
    return _said_pattern(day_text).search(sentence) is not None


def said_day(report: Report) -> bool:
    """The report's exact day is the day a statement was made (``_SAID``): its
    incident may be of the day before, as for a dateline (:func:`stamped`)."""
    date = report.event.date
    if not report.exact_day or date is None or not date.text:
        return False
    return _said_on(report.sentence, date.text)


# The incident named as one already known, by an article before its noun: "the
# raid on the market left", "the alleged chemical attack" (a lower-case
# word or two between; "the Tuesday attack" is dated); an indefinite one only
# after a word ("hurt in an attack"): "An airstrike ... killed eight, media
# reported Sunday" opens the sentence with news. A verb trigger tells of
# it after a relative pronoun or in the passive: "people hurt in an attack which
# killed scores", "when the convoy was attacked"; "the rebels killed" is no
# known incident.
_KNOWN_NOUN = re.compile(r"(?:\b[Tt]he|\b[a-z]+\s+an?)(?:\s+[a-z-]+){0,2}\s*$")
_KNOWN_VERB = re.compile(r"\b(?:[Tt]he|[Aa]n?)(?:\s+[a-z-]+){1,2}\s+(?:which|that|was|were)\s*$")


def told_later(report: Report) -> bool:
    """The report's only day is when a statement (:func:`said_day`) or a dispatch
    (its dateline: :func:`stamped`) about an incident it names as known was made:
    "samples from those hurt in an attack which left scores dead show nerve
    agent, officials said on Friday", "12.05.2018 The raid on the market left"
    tell of an earlier attack, which may be of the days before, as for an undated
    report (:data:`TOLD_LATER_DAYS`)."""
    event = report.event
    # Only attacks: the incidents later statements name as known ("samples
    # from those hurt in an attack"); a convoy or a deployment told so is the event's
    # misread type (a "bomb attack on a bus convoy" read as MOBILIZE).
    if event.type.upper() not in KNOWN_INCIDENT_TYPES or not (said_day(report) or stamped(event)):
        return False
    before = report.sentence[: max(0, event.trigger.start - event.sentence.start)]
    if event.trigger.text.casefold().endswith("ed"):
        return _KNOWN_VERB.search(before) is not None
    return _KNOWN_NOUN.search(before) is not None


def told_window(report: Report) -> tuple[dt.date, dt.date] | None:
    """The days a known incident told on a statement's day may lie in (:func:`told_later`)."""
    if report.interval is None or not told_later(report):
        return None
    day = report.interval[0]
    return day - dt.timedelta(days=TOLD_LATER_DAYS), day


#: Words that put a happening at a day's edge, before or after its date phrase: its
#: night runs into the next day ("late on Monday", "Monday night", "overnight"), and
#: the hours before dawn close the night before ("before dawn on Tuesday"; not "early
#: on Monday morning"); outlets date one night's raids to either day.
_LATE_BEFORE = r"(?:late|overnight)(?:\s+(?:on|in))?"
_LATE_AFTER = r"(?:night|evening)"
_EARLY_BEFORE = r"(?:overnight|(?:pre-)?dawn|before\s+dawn)(?:\s+(?:on|in))?"
_EARLY_AFTER = r"(?:morning\s+before\s+dawn|at\s+dawn)"


def _at_edge(report: Report, before: str, after: str) -> bool:
    """The report's date phrase stands, in its sentence, after ``before`` or before
    ``after`` ("late on Monday", "Monday night")."""
    date = report.event.date
    if date is None or not date.text:
        return False
    phrase = re.escape(date.text)
    pattern = rf"\b{before}\s+{phrase}\b|\b{phrase}\s+{after}\b"
    return re.search(pattern, report.sentence, re.IGNORECASE) is not None


def _night_between(first: Report, then: Report, day_first: dt.date, day_then: dt.date) -> bool:
    """``first`` is dated late on a day and ``then`` to the next day, or ``then``
    before dawn on a day and ``first`` to the day before: one night told from either
    side. Only across documents: one article that tells two days ("Sunday's
    bombardment", "early on Monday raids") tells two happenings."""
    if day_then - day_first != dt.timedelta(days=1):
        return False
    if first.event.document_id == then.event.document_id:
        return False
    return _at_edge(first, _LATE_BEFORE, _LATE_AFTER) or _at_edge(then, _EARLY_BEFORE, _EARLY_AFTER)


def one_day(a: Report, b: Report) -> bool:
    """Both reports dated to one exact day, a dateline's day also matching the
    day before it (:func:`stamped`): "AFP Sunday 26 Nov 2017" heads Saturday's news;
    so does the day of a statement (:func:`said_day`): "the toll now stands at 64,
    a rights group reported Friday" counts Thursday's bombing; and a known incident
    told on a statement's day (:func:`told_later`) the days before that. A night's
    raids dated "late on Monday" are also Tuesday's (:func:`_night_between`)."""
    if not (a.exact_day and b.exact_day) or a.interval is None or b.interval is None:
        return False
    day_a, day_b = a.interval[0], b.interval[0]
    if _night_between(a, b, day_a, day_b) or _night_between(b, a, day_b, day_a):
        return True
    if (a.next_day_window and a.next_day_window[0] == day_b) or (
        b.next_day_window and b.next_day_window[0] == day_a
    ):
        return True  # a weekday read as the day after publication
    back = dt.timedelta(days=STAMP_DAYS)
    told = dt.timedelta(days=TOLD_LATER_DAYS)
    return (
        day_a == day_b
        or ((a.stamp_only or said_day(a)) and day_a - back <= day_b < day_a)
        or ((b.stamp_only or said_day(b)) and day_b - back <= day_a < day_b)
        or (told_later(a) and day_a - told <= day_b < day_a)
        or (told_later(b) and day_b - told <= day_a < day_b)
    )


def undated(event: StoredEvent) -> bool:
    """No date stated: the time stage's fallback (the publication week, no text), none,
    or a number misread as a year (:func:`sitrep.dedup.misread.misread_year`)."""
    date = event.date
    return date is None or (date.precision == "week" and not date.text) or misread_year(event)


def day_in_window(a: Report, b: Report) -> bool:
    """One report dated to an exact day, the other undated (:func:`undated`) and
    published on that day or up to :data:`UNDATED_WINDOW_DAYS` after it: an
    article telling "the strike" without naming its day, as reports of the day
    after often do ("Wednesdays explosion" is no date the time stage reads)."""
    for exact, other in ((a, b), (b, a)):
        if exact.exact_day and exact.interval and other.interval and undated(other.event):
            return other.interval[0] <= exact.interval[0] <= other.interval[1]
    return False


#: Longest span (days) of a vague date that :func:`day_in_span` reads as naming one
#: incident of a day inside it ("the convoy bombing last month").
NAMED_SPAN_DAYS = 31


def day_in_span(a: Report, b: Report) -> bool:
    """One report dated to an exact day and told as news (published on that day or
    up to :data:`UNDATED_WINDOW_DAYS` after it), the other vague (a span of at
    most :data:`NAMED_SPAN_DAYS`, not a running toll) with that day inside its
    span: an article naming a known incident by its month ("the bombing of a UN
    convoy near Aleppo last month") against a report of its day.

    Not where the vague sentence tells fighting over days (a word of
    :data:`sitrep.dedup.kinds.CAMPAIGN_WORDS`: "in late September the army
    launched an assault to recapture the east"): a campaign's start told by its
    month is not one day's raids in it. Not against a day told years later (a
    timeline's "March 3 2011"): the war's first protests named by their month
    in two background sentences are no incident reported as news."""
    for exact, other in ((a, b), (b, a)):
        span = other.interval
        if not (exact.exact_day and exact.interval and span and other.vague):
            continue
        if CAMPAIGN_WORDS & content_tokens(other.sentence):
            continue
        if other.toll_window is not None or (span[1] - span[0]).days > NAMED_SPAN_DAYS:
            continue
        reported = publication_day(exact.event)
        if reported is None or not (
            0 <= (dt.date.fromisoformat(reported) - exact.interval[0]).days <= UNDATED_WINDOW_DAYS
        ):
            continue
        return span[0] <= exact.interval[0] <= span[1]
    return False


def dates_compatible(a: Report, b: Report, slack_days: int = DATE_SLACK_DAYS) -> bool:
    """Some reading of each date (:attr:`Report.intervals`) overlaps, with slack
    (``slack_days``: other outlets' time zones, datelines and misread weekdays)."""
    if not a.intervals or not b.intervals:
        return True
    slack = dt.timedelta(days=slack_days)
    return any(
        ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]
        for ia in a.intervals
        for ib in b.intervals
    )


def days_apart(a: Report, b: Report) -> bool:
    """Both reports dated to an exact day, and the days further apart than the
    slack of :func:`dates_compatible`: Monday's strikes and the next week's
    Wednesday's are two incidents, whatever other reports link them."""
    if not (a.exact_day and b.exact_day) or a.interval is None or b.interval is None:
        return False
    gap = abs((a.interval[0] - b.interval[0]).days)
    return gap > DATE_SLACK_DAYS and not dates_compatible(a, b)


def one_month(a: Report, b: Report) -> bool:
    """Both reports dated to one calendar month and no finer ("in November 2016",
    "last November" in a 2017 report), neither a war's running toll: two outlets
    recalling one operation or incident of that month ("the SDF launched its
    campaign on Raqqa in November 2016")."""
    da, db = a.event.date, b.event.date
    return (
        da is not None
        and db is not None
        and da.precision == db.precision == "month"
        and da.end is None
        and db.end is None
        and da.value == db.value
        and a.toll_window is None
        and b.toll_window is None
    )


def other_days(a: Report, b: Report) -> bool:
    """Both reports dated to an exact day, and not one day (:func:`one_day`: a
    dateline's or statement's day also matches the day before)."""
    return a.exact_day and b.exact_day and not one_day(a, b)


def week_and_day(a: Report, b: Report) -> bool:
    """One report of an exact day, the other of a stated span of a few days ("last
    week", "in recent days") within which it lies: no date is against them, none
    for them either."""
    for day, span in ((a, b), (b, a)):
        if day.exact_day and not span.exact_day and not span.vague and not undated(span.event):
            return True
    return False
