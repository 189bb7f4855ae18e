"""When two event reports can be the same event, and how strongly they look alike.

Hard constraints (any one fails: never the same event): same type, different
documents (or one sentence of one document), compatible modality, one speaker
for a statement (an accusation, a request: another speaker is another statement),
overlapping dates (within the date precision, or before publication when the
stated date lies after it), places within one province (unless both reports
are vague background).
Then a score: sentence similarity plus small bonuses for specific agreement
(same day, same place, same figure, same actors) and costs for disagreement.
Conflicting actors and places beyond their precision's radius are not hard
constraints: outlets blaming different sides or naming different towns for one
strike is a disagreement to show (and often the extraction's misreading), not
a different event; they cost score instead. One state's government and its
forces count as one actor.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property, lru_cache

from sitrep.dedup.figures import figures_apart, figures_differ, numbers_differ, same_numbers
from sitrep.dedup.text import Idf, profile, similarity, weighted_overlap
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
#: Two specific places further apart than their radius but within this many km
#: (one province) may still be one event: outlets name different towns for one
#: strike ("across Idlib province" geocoded to one town, "a rebel-held town" to
#: another). A conflicting place is a disagreement to show, so it costs score
#: (:data:`FAR_PLACE_PENALTY`) instead of ruling the pair out.
NEAR_PROVINCE_KM = 100.0
#: Score taken off two reports whose places lie beyond their radius (see above).
FAR_PLACE_PENALTY = 0.3
#: Score taken off reports naming different targets (not one state's government
#: and forces). Not a hard constraint: the actors stage reads one strike's
#: victims as "civilians" in one report and "rebels" or "the children of
#: rebels" in another, and a misread target must not split an event.
TARGET_CONFLICT_PENALTY = 0.2
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
#: Score taken off reports whose figures are further apart than
#: :data:`sitrep.dedup.figures.FIGURE_RATIO`.
FIGURES_APART_PENALTY = 0.3

# Types whose event is something said (PLOVER's verbal types): the source is
# the speaker, and another speaker makes another statement ("the opposition
# accuses" and "Washington accuses" are two accusations of one attack).
_SPOKEN = frozenset({"ACCUSE", "AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})

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
        before publication when the stated date lies after it (see :func:`published_window`)."""
        found = [i for i in (self.interval, published_window(self.event)) if i is not None]
        return tuple(found)

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
        """Dated no better than "some time this year" (or not at all)."""
        if self.interval is None:
            return True
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
    """Places within :data:`NEAR_PROVINCE_KM` of each other, or one country's."""
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
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= max(radius, NEAR_PROVINCE_KM)


def places_far(a: StoredEvent, b: StoredEvent) -> bool:
    """Compatible places further apart than their precision's radius (a place dispute)."""
    la, lb = a.location, b.location
    if la is None or lb is None or "country" in (la.precision, lb.precision):
        return False
    if _countries_differ(a, b):
        return False  # scored by COUNTRY_PENALTY
    radius = max(PLACE_RADIUS_KM.get(la.precision, 0.0), PLACE_RADIUS_KM.get(lb.precision, 0.0))
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) > radius


def _ids(a: StoredEvent, b: StoredEvent, role: str) -> tuple[str | None, str | None]:
    ra, rb = getattr(a, role), getattr(b, role)
    return (ra.actor_id if ra else None), (rb.actor_id if rb else None)


@lru_cache(maxsize=1)
def _state_of() -> dict[str, str]:
    """Actor id -> the government it belongs to (a government is its own state)."""
    from sitrep.actors import state_forces  # the actors dictionary: read once, when needed

    state: dict[str, str] = {}
    for government, (military, _) in state_forces().forces.items():
        state[government] = government
        state[military] = government
    return state


def same_side(a: str, b: str) -> bool:
    """One actor, or one state's government and its forces ("Russia" / "Russian jets").

    Outlets and the actors stage name the state or its military for one strike;
    that is not a different perpetrator.
    """
    if a == b:
        return True
    state = _state_of()
    return a in state and state.get(a) == state.get(b)


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
    sa, sb = _ids(ea, eb, "source_actor")
    if ea.type.upper() in _SPOKEN and sa and sb and not same_side(sa, sb):
        return False
    if not dates_compatible(a, b):
        return False
    # Background told over months or years ("locked in civil war since early
    # 2011") is placed wherever the article is about; its place says nothing.
    return (a.vague and b.vague) or places_compatible(ea, eb)


def _same_place(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision not in ("locality", "near"):
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= 5.0


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
        if figures_differ(a.figures, b.figures) or numbers_differ(a.sentence, b.sentence):
            return 0.0
        if same_numbers(a.sentence, b.sentence):
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
    elif places_far(ea, eb):
        value -= FAR_PLACE_PENALTY
    if a.figures & b.figures:
        value += 0.1
    elif figures_apart(a.figures, b.figures):
        value -= FIGURES_APART_PENALTY
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
        value += 0.05 if same_side(sa, sb) else -0.1
    ta, tb = _ids(ea, eb, "target_actor")
    if ta and tb:
        value += 0.05 if same_side(ta, tb) else -TARGET_CONFLICT_PENALTY
    return value
