"""Events as ACLED-style rows: ACLED's column names where the meaning matches.

The PLOVER -> ACLED type mapping is data (``data/plover_acled.json``) and the
columns are documented in ``docs/export.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.dedup import Cluster
from sitrep.dedup.background import WAR_TOLL
from sitrep.geo.sources import english_division
from sitrep.model import EventDate
from sitrep.store.rows import StoredEvent

#: Columns in order: ACLED's names first, then sitrep's own.
COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "iso",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "timestamp",
    "sitrep_type",
    "sitrep_mode",
    "modality",
    "stance",
    "hedged",
    "attribution",
    "outlet",
    "published",
    "document_id",
    "cluster_id",
    "cluster_reports",
    "corroboration",
)

# ACLED time_precision: 1 = day known, 2 = week (or a few days), 3 = month or vaguer.
_TIME_PRECISION = {"day": 1, "week": 2, "range": 2, "month": 3, "year": 3}
#: Days a range may span and still be told to the week (ACLED's precision 2).
_WEEK_DAYS = 7


def time_precision(date: EventDate | None) -> int | None:
    """ACLED's time_precision of a date: a range counts by its length ("the past
    two days" is 2, "the past two weeks" 3), each other precision by its kind."""
    if date is None:
        return None
    days = _range_days(date)
    if days is not None:
        return 2 if days <= _WEEK_DAYS else 3
    return _TIME_PRECISION.get(date.precision)


def _range_days(date: EventDate) -> int | None:
    """Days from a range's first to its last day; None for any other date."""
    if date.precision != "range" or date.end is None:
        return None
    return (dt.date.fromisoformat(date.end) - dt.date.fromisoformat(date.value)).days


# ACLED geo_precision: 1 = the locality, 2 = near it / a part of a region, 3 = region+.
def _admin1(country: str | None, admin1: str | None) -> str | None:
    """The division as ACLED names it: its English name without "Governorate"
    ("Aleppo", not the ISO transliteration "Halab")."""
    name = english_division(country, admin1)
    return name.removesuffix(" Governorate") if name else name


_GEO_PRECISION = {"locality": 1, "near": 2, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
#: Units counted as deaths for ACLED's fatalities column.
DEATH_UNITS = frozenset({"killed", "dead", "death", "deaths", "fatalities", "died"})


@lru_cache(maxsize=1)
def _mapping() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("data/plover_acled.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def acled_type(event: StoredEvent) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for an event, by the documented mapping."""
    data = _mapping()
    entry = data["types"].get(event.type.upper())
    if entry is None:
        return None, None
    pair = entry["modes"].get(event.mode or "", entry["default"])
    target = event.target_actor
    if (
        event.type.upper() == "ASSAULT"
        and target is not None
        and (target.actor_id or "").upper().startswith("CIV")
        and (event.mode or "") not in data["remote_modes"]
    ):
        pair = data["civilian_target_override"]
    return pair[0], pair[1]


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    return str(found.name) if found is not None else code


#: Days a dated range may span and still count its deaths as one event's: one of
#: four weeks or more is a running total ("killed since the war began in 2011",
#: "over the past month"), the sum of many events, which ACLED never codes as one.
RUNNING_TOTAL_DAYS = 27


def fatalities(event: StoredEvent) -> int | None:
    """Deaths reported for the event (the largest death figure); None when none is
    given, or when the figure counts a period (summing such rows would count the
    war many times): the event is dated to a range of more than
    :data:`RUNNING_TOTAL_DAYS`, or only to a year ("66 journalists were killed in
    2014", "fighting that has killed 3,000 this year": a year's count far more
    often than one attack's), or its figure is a war's (at least
    :data:`sitrep.dedup.background.WAR_TOLL`: "the conflict has killed 300,000",
    undated, is placed in the week of its report)."""
    date = event.date
    if date is not None and date.precision == "year":
        return None
    days = _range_days(date) if date is not None else None
    if days is not None and days > RUNNING_TOTAL_DAYS:
        return None
    deaths = [q.value for q in event.quantities if q.unit.lower() in DEATH_UNITS]
    if not deaths or max(deaths) >= WAR_TOLL:
        return None
    return max(deaths)


def published_epoch(published: str | None) -> int | None:
    """Unix time of the report's publication day (00:00 UTC); None when unknown.

    ACLED's ``timestamp`` is when a row last changed in its dataset. sitrep's rows
    change only when their report is stored, and the time of the report is what
    an analyst sorts by; unlike the export time, it keeps two exports of the same
    store byte-identical.
    """
    if not published:
        return None
    day = dt.date.fromisoformat(published)
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def row(event: StoredEvent, cluster: Cluster, sentence: str) -> dict[str, Any]:
    """One ACLED-style row; values typed (int, float, bool, None) for Parquet."""
    loc, date = event.location, event.date
    report = next((r for r in cluster.reports if r.event.id == event.id), None)
    event_type, sub_event_type = acled_type(event)
    chain = event.attribution.chain
    day = dt.date.fromisoformat(date.value) if date else None
    return {
        "event_id_cnty": event.id,
        "event_date": day,
        "year": day.year if day else None,
        "time_precision": time_precision(date),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": event.source_actor.name if event.source_actor else None,
        "assoc_actor_1": None,
        "actor2": event.target_actor.name if event.target_actor else None,
        "country": country_name(loc.country_code) if loc else None,
        "iso": loc.country_code if loc else None,
        "admin1": _admin1(loc.country_code, loc.admin1) if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": _GEO_PRECISION.get(loc.precision) if loc else None,
        "source": "; ".join(cluster.outlets) or (event.outlet or None),
        "notes": sentence or None,
        "fatalities": fatalities(event),
        "timestamp": published_epoch(event.published),
        "sitrep_type": event.type.upper(),
        "sitrep_mode": event.mode,
        "modality": event.modality,
        "stance": chain[0].stance if chain else "neutral",
        "hedged": event.attribution.hedged,
        "attribution": report.according_to if report else None,
        "outlet": event.outlet,
        "published": dt.date.fromisoformat(event.published) if event.published else None,
        "document_id": event.document_id,
        "cluster_id": cluster.id,
        "cluster_reports": len(cluster.reports),
        "corroboration": cluster.independent_outlets,
    }
