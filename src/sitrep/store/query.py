"""Event filters: from :class:`EventFilter` to a SQL query plus an exact radius check.

The radius filter runs in two steps so that it is portable and can use a plain
index: SQL keeps events inside the bounding box of the circle
(``ix_events_lat_lon``), then :func:`haversine_km` drops the box's corners in
Python.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, String, and_, false, func, or_, select, text

from sitrep.errors import UsageError
from sitrep.geodesy import EARTH_RADIUS_KM, haversine_km
from sitrep.store.migrations import FTS_TABLE
from sitrep.store.pg_search import search_condition
from sitrep.store.schema import attributions, documents, events

#: Radius used when a place is given without one (the CLI's --radius-km default).
DEFAULT_RADIUS_KM = 50.0
_KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180.0


@dataclass
class EventFilter:
    """What :meth:`Store.events` returns; every field given narrows the result (AND)."""

    #: Words searched in the event's sentence and its document's title. Words are
    #: matched as literal terms (a hyphenated word as a phrase); "a OR b" between
    #: two words means either; "word*" matches a prefix.
    text: str | None = None
    #: PLOVER type, case-insensitive.
    type: str | None = None
    #: actor_id, canonical name or surface text, case-insensitive, source or target.
    actor: str | None = None
    #: (lat, lon) centre of a radius search.
    place: tuple[float, float] | None = None
    radius_km: float | None = None
    #: ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month / year),
    #: inclusive, compared with the event's date value; undated events are excluded.
    since: str | None = None
    until: str | None = None
    #: Reporting outlet, case-insensitive.
    outlet: str | None = None
    #: (min_lon, min_lat, max_lon, max_lat): events located inside this box, edges
    #: included; min_lon > max_lon is a box across the antimeridian.
    bbox: tuple[float, float, float, float] | None = None
    #: Attribution stance (neutral, distancing, endorsing, denying): events with a
    #: link of that stance in their attribution chain.
    stance: str | None = None
    limit: int | None = None
    offset: int = 0


# --- full-text terms ---------------------------------------------------------------

_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Term:
    word: str
    prefix: bool = False


def parse_terms(query: str) -> list[list[Term]]:
    """User words as OR-groups of terms: the result matches every group (AND).

    Nothing the user types is passed to a query language as syntax: a term is
    later quoted as a literal. Only a bare upper-case ``OR`` between two words
    and a trailing ``*`` are read as operators; punctuation-only tokens are
    dropped (they can match nothing).
    """
    # Control characters are no part of a word, and a NUL would end the FTS5 string
    # early (SQLite reads the expression as a C string).
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in query)
    tokens = cleaned.split()
    groups: list[list[Term]] = []
    join_next = False
    for index, token in enumerate(tokens):
        if token == "OR" and groups and index + 1 < len(tokens) and not join_next:
            join_next = True
            continue
        prefix = token.endswith("*") and len(token) > 1
        word = token.rstrip("*") if prefix else token
        if not _WORD.search(word):
            continue
        term = Term(word, prefix)
        if join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return groups


def fts_query(groups: list[list[Term]]) -> str:
    """An FTS5 MATCH expression in which every user word is a quoted string."""

    def quoted(term: Term) -> str:
        # Inside an FTS5 string a double quote is escaped by doubling it.
        literal = '"' + term.word.replace('"', '""') + '"'
        return literal + ("*" if term.prefix else "")

    parts = []
    for group in groups:
        alternatives = " OR ".join(quoted(term) for term in group)
        parts.append(f"({alternatives})" if len(group) > 1 else alternatives)
    return " AND ".join(parts)


def _like_pattern(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # LIKE has no word boundaries: every term, prefix or not, matches as a substring.
    return f"%{escaped}%"


def _like_condition(groups: list[list[Term]]) -> ColumnElement[bool]:
    haystacks = (
        func.lower(events.c.sentence_text),
        func.lower(func.coalesce(documents.c.title, "")),
    )
    conditions = []
    for group in groups:
        alternatives = [
            haystack.like(_like_pattern(term.word), escape="\\")
            for term in group
            for haystack in haystacks
        ]
        conditions.append(or_(*alternatives))
    return and_(*conditions)


def _text_condition(query: str, full_text: bool, dialect: str) -> ColumnElement[bool]:
    groups = parse_terms(query)
    if not groups:
        # Only punctuation: no word can match it, so nothing does.
        return false()
    if not full_text:
        return _like_condition(groups)
    if dialect == "postgresql":
        return search_condition([[(t.word, t.prefix) for t in group] for group in groups])
    matching = (
        text(f"SELECT event_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query")
        .bindparams(fts_query=fts_query(groups))
        .columns(event_id=String)
    )
    return events.c.id.in_(matching)


# --- dates and places ---------------------------------------------------------------


def date_bound(value: str, *, end: bool, name: str) -> str:
    """A filter date as YYYY-MM-DD; YYYY-MM and YYYY stand for their first/last day."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-12-31" if end else f"{value}-01-01"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{value}-{last:02d}" if end else f"{value}-01"
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UsageError(f"{name} must be a date YYYY-MM-DD, not {value!r}") from exc


def _bbox_condition(lat: float, lon: float, radius_km: float) -> ColumnElement[bool]:
    """Events inside the lat/lon box that contains the circle (a superset of it)."""
    dlat = radius_km / _KM_PER_DEGREE_LAT
    lat_c = events.c.location_lat.between(lat - dlat, lat + dlat)
    cos_lat = math.cos(math.radians(lat))
    # Near a pole, or a circle that contains one, spans every longitude.
    if lat + dlat >= 90 or lat - dlat <= -90 or cos_lat < 1e-9:
        return and_(lat_c, events.c.location_lon.is_not(None))
    dlon = dlat / cos_lat
    if dlon >= 180:
        return and_(lat_c, events.c.location_lon.is_not(None))
    west, east = lon - dlon, lon + dlon
    lon_c = events.c.location_lon
    # A box across the antimeridian is two boxes.
    if west < -180:
        return and_(lat_c, or_(lon_c >= west + 360, lon_c <= east))
    if east > 180:
        return and_(lat_c, or_(lon_c >= west, lon_c <= east - 360))
    return and_(lat_c, lon_c.between(west, east))


def box_condition(bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
    """Events inside a (min_lon, min_lat, max_lon, max_lat) box (``ix_events_lat_lon``)."""
    west, south, east, north = (float(v) for v in bbox)
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise UsageError(
            f"bbox {west},{south},{east},{north} is not min_lon,min_lat,max_lon,max_lat "
            "in degrees (min_lat <= max_lat)"
        )
    lat_c = events.c.location_lat.between(south, north)
    lon_c = events.c.location_lon
    if west > east:
        return and_(lat_c, or_(lon_c >= west, lon_c <= east))
    return and_(lat_c, lon_c.between(west, east))


STANCES = ("neutral", "distancing", "endorsing", "denying")


def stance_condition(stance: str) -> ColumnElement[bool]:
    value = stance.strip().lower()
    if value not in STANCES:
        raise UsageError(f"stance must be one of {', '.join(STANCES)}, not {stance!r}")
    linked = select(attributions.c.event_id).where(attributions.c.stance == value)
    return events.c.id.in_(linked)


@dataclass(frozen=True)
class Radius:
    lat: float
    lon: float
    km: float

    def contains(self, lat: float | None, lon: float | None) -> bool:
        if lat is None or lon is None:
            return False
        return haversine_km(self.lat, self.lon, lat, lon) <= self.km


def radius_of(flt: EventFilter) -> Radius | None:
    if flt.place is None:
        if flt.radius_km is not None:
            raise UsageError("a radius needs a place to centre it on; give --place too")
        return None
    lat, lon = flt.place
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UsageError(f"place ({lat}, {lon}) is not a latitude/longitude pair")
    km = DEFAULT_RADIUS_KM if flt.radius_km is None else flt.radius_km
    if not km >= 0:
        raise UsageError(f"radius must be zero or more km, not {km}")
    return Radius(float(lat), float(lon), float(km))


# --- the query ----------------------------------------------------------------------


def select_events(
    flt: EventFilter, *, full_text: bool, dialect: str = "sqlite"
) -> tuple[Select[tuple[object, ...]], Radius | None]:
    """The SELECT for ``flt`` and the radius still to check in Python (or None).

    Paging is in SQL only when no radius remains to check; otherwise the caller
    pages after the exact distance test.
    """
    if flt.limit is not None and flt.limit < 0:
        raise UsageError(f"limit must be zero or more, not {flt.limit}")
    if flt.offset < 0:
        raise UsageError(f"offset must be zero or more, not {flt.offset}")
    radius = radius_of(flt)
    stmt = select(
        events.c.data,
        events.c.document_id,
        documents.c.outlet,
        documents.c.published,
        documents.c.title,
        events.c.location_lat,
        events.c.location_lon,
    ).join_from(events, documents, events.c.document_id == documents.c.id)
    conditions: list[ColumnElement[bool]] = []
    if flt.text is not None:
        conditions.append(_text_condition(flt.text, full_text, dialect))
    if flt.type is not None:
        conditions.append(events.c.type == flt.type.strip().upper())
    if flt.actor is not None:
        needle = flt.actor.strip().lower()
        conditions.append(
            or_(
                *(
                    func.lower(column) == needle
                    for column in (
                        events.c.source_actor_id,
                        events.c.target_actor_id,
                        events.c.source_actor_name,
                        events.c.target_actor_name,
                        events.c.source_actor_text,
                        events.c.target_actor_text,
                    )
                )
            )
        )
    if radius is not None:
        conditions.append(_bbox_condition(radius.lat, radius.lon, radius.km))
    if flt.bbox is not None:
        conditions.append(box_condition(flt.bbox))
    if flt.stance is not None:
        conditions.append(stance_condition(flt.stance))
    if flt.since is not None:
        conditions.append(events.c.date_value >= date_bound(flt.since, end=False, name="since"))
    if flt.until is not None:
        conditions.append(events.c.date_value <= date_bound(flt.until, end=True, name="until"))
    if flt.outlet is not None:
        conditions.append(func.lower(documents.c.outlet) == flt.outlet.strip().lower())
    stmt = stmt.where(*conditions).order_by(
        events.c.date_value.asc().nulls_last(), events.c.document_id, events.c.position
    )
    if radius is None:
        if flt.offset:
            stmt = stmt.offset(flt.offset)
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
    return stmt, radius
