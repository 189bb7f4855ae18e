"""Query parameters -> :class:`~sitrep.store.EventFilter`, shared by events, stats and search."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from sitrep.errors import UsageError
from sitrep.store import EventFilter

#: Events per page when the client names no limit, and the most it may ask for.
DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
#: Past this no store has rows; bounding it keeps SQL integers in range (SQLite: 64-bit).
MAX_OFFSET = 1_000_000_000


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` as four finite floats (the store checks ranges)."""
    parts = value.split(",")
    if len(parts) != 4:
        raise UsageError(f"bbox must be minlon,minlat,maxlon,maxlat, not {value!r}")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as exc:
        raise UsageError(f"bbox must hold four numbers, not {value!r}") from exc
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise UsageError(f"bbox must hold finite numbers, not {value!r}")
    return west, south, east, north


def parse_place(value: str) -> tuple[float, float]:
    """``lat,lon`` as two floats."""
    parts = value.split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError as exc:
        raise UsageError(f"place must be lat,lon, not {value!r}") from exc
    return lat, lon


@dataclass
class Filters:
    """The filters of ``sitrep events`` plus bbox and stance, as query parameters."""

    text: str | None = None
    type: str | None = None
    actor: str | None = None
    outlet: str | None = None
    stance: str | None = None
    since: str | None = None
    until: str | None = None
    bbox: str | None = None
    place: str | None = None
    radius_km: float | None = None

    def event_filter(self, limit: int | None = None, offset: int = 0) -> EventFilter:
        return EventFilter(
            text=_blank_none(self.text),
            type=_blank_none(self.type),
            actor=_blank_none(self.actor),
            outlet=_blank_none(self.outlet),
            stance=_blank_none(self.stance),
            since=_blank_none(self.since),
            until=_blank_none(self.until),
            bbox=parse_bbox(self.bbox) if self.bbox else None,
            place=parse_place(self.place) if self.place else None,
            radius_km=self.radius_km if self.place else None,
            limit=limit,
            offset=offset,
        )


def _blank_none(value: str | None) -> str | None:
    # An empty form field means "any", as an absent one does.
    if value is None or not value.strip():
        return None
    return value


def filters(
    text: Annotated[str | None, Query(description="Words searched in sentence and title.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, Query(description="Actor id, name or text.")] = None,
    outlet: Annotated[str | None, Query(description="Reporting outlet.")] = None,
    stance: Annotated[
        str | None, Query(description="neutral, distancing, endorsing or denying.")
    ] = None,
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat.")] = None,
    place: Annotated[str | None, Query(description="Centre lat,lon of a radius search.")] = None,
    radius_km: Annotated[float | None, Query(description="Radius around place, km.")] = None,
) -> Filters:
    """FastAPI dependency: the filter parameters of a request."""
    return Filters(text, type, actor, outlet, stance, since, until, bbox, place, radius_km)
