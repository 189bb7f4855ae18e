"""When two event reports can be the same event, and how strongly they look alike.

Hard constraints (any one fails: never the same event): same type, different
documents (or one sentence of one document), compatible modality,
overlapping dates (within the date precision), places within the coarser place
precision, no conflicting target actor.
Then a score: sentence similarity plus small bonuses for specific agreement
(same day, same place, same figure, same actors). A conflicting *source* actor
is not a hard constraint: outlets blaming different sides for one strike is a
disagreement to show, not a different event; it costs score instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from sitrep.dedup.text import Idf, content_tokens, profile, similarity, weighted_overlap
from sitrep.store.query import haversine_km
from sitrep.store.rows import StoredEvent

#: Largest distance, km, at which two places of a precision can be one place.
PLACE_RADIUS_KM: dict[str, float] = {
    "locality": 25.0,
    "near": 25.0,
    "admin2": 60.0,
    "admin1": 150.0,
    "region": 400.0,
}
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
#: Score taken off vague reports that do not give the same figures.
VAGUE_PENALTY = 0.2
#: Bonus for two reports dated to the same exact day.
SAME_DAY_BONUS = 0.1
#: Score taken off two reports dated to two different exact days.
OTHER_DAY_PENALTY = 0.2
#: Weight of the documents' title+lead overlap (0..1) added to the score.
LEAD_WEIGHT = 0.3
#: Score taken off reports placed in different countries (one place coarse).
COUNTRY_PENALTY = 0.15
#: Score taken off two articles of one outlet published on different days.
SAME_OUTLET_PENALTY = 0.35
#: Figures for one unit further apart than this ratio point to different
#: incidents (2 vs 10 killed) rather than to outlets disagreeing (16 vs 22).
FIGURE_RATIO = 2.0

# Modalities that describe something that happened (historical = told as past).
_FACTUAL = frozenset({"asserted", "historical"})


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
    def figures(self) -> frozenset[tuple[str, int]]:
        return frozenset((q.unit, q.value) for q in self.event.quantities)

    @property
    def vague(self) -> bool:
        """Dated no better than "some time this year" (or not at all)."""
        if self.interval is None:
            return True
        return (self.interval[1] - self.interval[0]).days > VAGUE_DAYS

    @property
    def exact_day(self) -> bool:
        return self.interval is not None and self.interval[0] == self.interval[1]


def dates_compatible(a: Report, b: Report) -> bool:
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return True
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]


_SPECIFIC = frozenset({"locality", "near", "admin2"})


def _countries_differ(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    return bool(
        la and lb and la.country_code and lb.country_code and la.country_code != lb.country_code
    )


def _both_countries(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    return bool(la and lb and la.precision == "country" and lb.precision == "country")


def places_compatible(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if _countries_differ(a, b):
        # Two specific places in different countries are different events. A
        # country-level place is often the geoparser's guess from a nationality
        # ("US-led strikes", "Britain-based monitor"): it costs score instead.
        return not (la.precision in _SPECIFIC and lb.precision in _SPECIFIC)
    radius = max(PLACE_RADIUS_KM.get(la.precision, 0.0), PLACE_RADIUS_KM.get(lb.precision, 0.0))
    if la.precision == "country" or lb.precision == "country":
        # Same country (checked above) is all a country-level place says.
        return True
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= radius


def _ids(a: StoredEvent, b: StoredEvent, role: str) -> tuple[str | None, str | None]:
    ra, rb = getattr(a, role), getattr(b, role)
    return (ra.actor_id if ra else None), (rb.actor_id if rb else None)


#: Characters from the start of an article that hold its headline and lead.
HEADLINE_CHARS = 160


def two_incidents(a: StoredEvent, b: StoredEvent) -> bool:
    """Two events of one article that must stay in different clusters.

    Within one article only mentions in one sentence ("16 dead in heavy
    bombardment") are taken as one incident; two sentences of an article
    usually tell two incidents, and merging them would chain clusters. The
    exception is the headline and the first sentence (both starting within
    :data:`HEADLINE_CHARS`): the lead retells the headline's event, and the
    events stage does not always merge the two.
    """
    if a.document_id != b.document_id or a.sentence == b.sentence:
        return False
    return max(a.sentence.start, b.sentence.start) >= HEADLINE_CHARS


def compatible(a: Report, b: Report) -> bool:
    """Hard constraints: can these two reports describe one event at all?"""
    ea, eb = a.event, b.event
    if ea.type.upper() != eb.type.upper():
        return False
    if two_incidents(ea, eb):
        return False
    if (ea.modality in _FACTUAL) != (eb.modality in _FACTUAL):
        return False
    ta, tb = _ids(ea, eb, "target_actor")
    if ta and tb and ta != tb:
        return False
    return dates_compatible(a, b) and places_compatible(ea, eb)


def _same_place(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision not in ("locality", "near"):
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= 5.0


def _numbers_differ(a: str, b: str) -> bool:
    """Both sentences give figures and not the same ones (the event may not hold them:
    "the war, which began with protests in 2011, has killed 280000" is a PROTEST)."""
    na = {t for t in content_tokens(a) if t.isdigit()}
    nb = {t for t in content_tokens(b) if t.isdigit()}
    return bool(na and nb and na != nb)


def _same_numbers(a: str, b: str) -> bool:
    """Both sentences give the same figures, at least one of them not a year."""
    na = {t for t in content_tokens(a) if t.isdigit()}
    nb = {t for t in content_tokens(b) if t.isdigit()}
    return na == nb and any(not (len(t) == 4 and t[:2] in ("19", "20")) for t in na)


def _figures_differ(a: Report, b: Report) -> bool:
    units = {u for u, _ in a.figures} & {u for u, _ in b.figures}
    return any(
        {v for u, v in a.figures if u == unit} != {v for u, v in b.figures if u == unit}
        for unit in units
    )


def _figures_apart(a: Report, b: Report) -> bool:
    units = {u for u, _ in a.figures} & {u for u, _ in b.figures}
    for unit in units:
        va = max(v for u, v in a.figures if u == unit)
        vb = max(v for u, v in b.figures if u == unit)
        low, high = sorted((va, vb))
        if high > FIGURE_RATIO * max(low, 1):
            return True
    return False


def _lead_overlap(a: Report, b: Report, idf: Idf | None) -> float:
    if not a.lead or not b.lead or a.event.document_id == b.event.document_id or idf is None:
        return 0.0
    return weighted_overlap(profile(a.lead).stems, profile(b.lead).stems, idf)


def score(a: Report, b: Report, idf: Idf | None = None) -> float:
    """Sentence similarity adjusted for specific agreement; call only when compatible."""
    value = similarity(a.sentence, b.sentence, idf)
    ea, eb = a.event, b.event
    if a.vague or b.vague:
        # Background tolls differ from one article to the next (280000, then
        # 300000): different figures are different claims, not a dispute.
        if _figures_differ(a, b) or _numbers_differ(a.sentence, b.sentence):
            return 0.0
        if _same_numbers(a.sentence, b.sentence):
            # One background claim with one toll ("more than 280000 killed since
            # 2011") told by two outlets in their own words: the same claim.
            return value
        return value - VAGUE_PENALTY
    if a.exact_day and b.exact_day:
        # Two explicit, different days are usually two incidents (a campaign's
        # strikes on Monday and on Tuesday); the slack in dates_compatible is
        # for time zones and misread weekdays, so it costs score.
        value += SAME_DAY_BONUS if a.interval == b.interval else -OTHER_DAY_PENALTY
    # Two articles about one story (their titles and leads alike) make their
    # matching events likelier one event, even told in different words.
    value += LEAD_WEIGHT * _lead_overlap(a, b, idf)
    if _countries_differ(ea, eb) and not _both_countries(ea, eb):
        # Two country-level places are often both the geoparser's reading of a
        # nationality ("US-led strikes", "Britain-based monitor"): no evidence.
        value -= COUNTRY_PENALTY
    if _same_place(ea, eb):
        value += 0.1
    if a.figures & b.figures:
        value += 0.1
    elif _figures_apart(a, b):
        value -= 0.3
    if (
        ea.outlet
        and ea.outlet == eb.outlet
        and ea.document_id != eb.document_id
        and ea.published != eb.published
    ):
        # One outlet's articles of different days share its house phrasing
        # ("terrorist rocket attacks on Aleppo"); only near-copies are one event.
        # Same-day articles of one outlet are often updates of one story.
        value -= SAME_OUTLET_PENALTY
    sa, sb = _ids(ea, eb, "source_actor")
    if sa and sb:
        value += 0.05 if sa == sb else -0.1
    ta, tb = _ids(ea, eb, "target_actor")
    if ta and ta == tb:
        value += 0.05
    return value
