"""Background happenings are not placed at the report's own news.

An event whose sentences name no place takes the report's main place, the last
resort of :func:`sitrep.events.location.locate`: right for the lead's
happening told again ("the attack", "the strike"), wrong for the war's toll as
a whole ("the war has claimed hundreds of thousands of lives") and for a
happening long before the report ("the protests of March 2011", "the aid that
began in June"). Such an event is placed in the main place's country instead:
the report says it happened in that war, not in the town of today's news. (On a
hand check of 60 FA-KES dev events outside the events gold, 10 of the 24 wrong
places were the main place given to another happening, most of them
background.)

Runs after the time stage, which tells how long before the report an event was.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.events.war_tolls import war_toll
from sitrep.model import EventLocation
from sitrep.nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.geo.gazetteer import Candidate
    from sitrep.model import Document, Event, EventDate, Place

#: Days between a happening's last possible day and the report's reference day
#: past which it is background, not the report's news: a month, longer than any
#: lag between a happening and its report in FA-KES dev's leads (a week's roundup
#: at most), shorter than the year-old background its bodies retell.
BACKGROUND_DAYS = 31


def _last_day(date: EventDate) -> dt.date:
    """The last day the date allows: the range's end, the month's or year's last day."""
    if date.end:
        return dt.date.fromisoformat(date.end)
    first = dt.date.fromisoformat(date.value)
    if date.precision == "year":
        return dt.date(first.year, 12, 31)
    if date.precision == "month":
        return dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    if date.precision == "week":
        return first + dt.timedelta(days=6)
    return first


def long_before(date: EventDate | None, published: str | None) -> bool:
    """Whether the happening ended more than :data:`BACKGROUND_DAYS` before its report."""
    if date is None or not date.text:
        return False  # undated: the publication week, the report's own time
    reference = date.reference or published
    if reference is None:
        return False
    return (dt.date.fromisoformat(reference) - _last_day(date)).days > BACKGROUND_DAYS


def _own_place(event: Event, places: list[Place]) -> bool:
    """Whether one of the event's sentences names the place it has."""
    location = event.location
    if location is None:
        return False
    spans = [(event.sentence.start, event.sentence.end)]
    spans += [(m.sentence.start, m.sentence.end) for m in event.mentions]
    return any(
        p.name == location.name and any(start <= p.start < end for start, end in spans)
        for p in places
    )


#: Nouns by which a sentence names a place again ("the district has been targeted
#: before", "the town was hit in May"): most often the report's own place.
_PLACE_NOUNS = frozenset(
    {"town", "city", "village", "district", "neighbourhood", "neighborhood", "suburb",
     "area", "camp", "quarter", "province", "countryside"}
)  # fmt: skip
#: Modifiers of an event noun that compare it with the report's news ("another
#: attack claimed by the group killed 70", "an earlier attack on the base"):
#: recalled as one more of its kind, most often at the same place.
_RECALLING = frozenset({"another", "earlier", "previous", "similar", "last", "prior"})
#: Entity labels of places, named or not listed in the gazetteer ("Al-Zahraa").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _names_a_place(doc: Doc, event: Event, places: list[Place]) -> bool:
    """Whether the event's sentence names a place other than a country, names one
    again ("there", "the district was targeted on June 19"), or recalls the event
    as one more like the news ("another attack"): a happening long ago in the
    report's own town keeps the town."""
    start, end = event.sentence.start, event.sentence.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    countries = [(p.start, p.end) for p in places if p.feature.startswith("A.PCL")]
    for ent in span.ents:
        if ent.label_ in _PLACE_LABELS and not any(
            a <= ent.start_char and ent.end_char <= b for a, b in countries
        ):
            return True
    for offset in (event.trigger.start, *(m.trigger.start for m in event.mentions)):
        trigger = token_at(doc, offset)
        if trigger is not None and any(c.lower_ in _RECALLING for c in trigger.children):
            return True
    return any(
        t.lower_ in ("there", "here")
        or (
            t.lemma_.lower() in _PLACE_NOUNS
            and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in t.children
            )
        )
        for t in span
    )


def place_background(
    doc: Doc,
    events: list[Event],
    document: Document,
    places: list[Place],
    country: Callable[[str], Candidate | None],
) -> None:
    """Give background events placed only by the report's main place that place's
    country (``country``: the gazetteer entry of an ISO code), in place."""
    main = document.location
    if main is None or main.country_code is None:
        return
    for event in events:
        location = event.location
        if location is None or (location.name, location.lat, location.lon) != (
            main.name,
            main.lat,
            main.lon,
        ):
            continue
        if location.precision == "country" or _own_place(event, places):
            continue
        tok = token_at(doc, event.trigger.start)
        toll = tok is not None and war_toll(tok)
        if not toll and not (
            long_before(event.date, document.published) and not _names_a_place(doc, event, places)
        ):
            continue
        entry = country(main.country_code)
        if entry is None:
            continue
        event.location = EventLocation(
            name=entry.name,
            lat=entry.lat,
            lon=entry.lon,
            country_code=entry.country_code,
            admin1=None,
            precision="country",
            geonameid=entry.geonameid,
        )
