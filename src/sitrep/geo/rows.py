"""Gazetteer rows while the index is assembled, and the geometry they need.

Shared by the table loaders (:mod:`sitrep.geo.assemble`, :mod:`sitrep.geo.lower`,
:mod:`sitrep.geo.dump`) and the index writer (:mod:`sitrep.geo.build`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.geo.folding import is_latin, keys
from sitrep.geodesy import EARTH_RADIUS_KM, haversine_km

#: Fewer towns than this: a division is placed at their mean.
CENTRE_MIN_POINTS = 5
#: Key prefix of verbatim abbreviations of divisions: never produced by ``keys()``.
ABBREVIATION_LEVEL = 9


@dataclass
class Row:
    """One gazetteer entry while the index is being assembled."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    population: int
    source: str
    names: set[str] = field(default_factory=set)
    admin1_code: str | None = None
    keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.keys:
            self.add_names(self.names)

    def add_names(self, names: set[str]) -> None:
        self.names |= names
        for name in names:
            self.keys.update(keys(name))


#: Kilometres per distance unit ("80 km", "50 miles").
KM_PER_UNIT = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "miles": 1.609,
               "mi": 1.609}  # fmt: skip
#: Degrees clockwise from north, per compass word.
BEARING_DEGREES = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
                   "south": 180.0, "southwest": 225.0, "west": 270.0,
                   "northwest": 315.0}  # fmt: skip


def destination(lat: float, lon: float, km: float, degrees: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) towards bearing ``degrees`` (clockwise
    from north), rounded to 5 decimals ("20 km north of Homs", "X, 80 km west of Y")."""
    angle = math.radians(degrees)
    arc = km / EARTH_RADIUS_KM
    phi, lam = math.radians(lat), math.radians(lon)
    phi2 = math.asin(
        math.sin(phi) * math.cos(arc) + math.cos(phi) * math.sin(arc) * math.cos(angle)
    )
    lam2 = lam + math.atan2(
        math.sin(angle) * math.sin(arc) * math.cos(phi),
        math.cos(arc) - math.sin(phi) * math.sin(phi2),
    )
    return round(math.degrees(phi2), 5), round((math.degrees(lam2) + 540.0) % 360.0 - 180.0, 5)


#: :func:`haversine_km` remembered: resolution measures the same candidate-anchor
#: pairs in each of its passes and for every mention of a name.
cached_km = lru_cache(maxsize=1 << 16)(haversine_km)


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A division's centre from its towns: the middle of their extent, outliers cut.

    The mean of the towns leans toward the crowded part (east Texas, the coast of
    Queensland); the middle of the extent is nearer the geographic centre that
    GeoNames gives divisions. The outermost 2 % each way are left out so that a
    far island does not drag it.
    """
    if len(points) < CENTRE_MIN_POINTS:
        return (
            sum(p[0] for p in points) / len(points),
            sum(p[1] for p in points) / len(points),
        )
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    last = len(points) - 1 - cut
    return (lats[cut] + lats[last]) / 2, (lons[cut] + lons[last]) / 2


def usable_city_name(name: str) -> bool:
    """Alternate names worth indexing: Latin script, no digits, not an airport code."""
    if not name or not is_latin(name) or any(ch.isdigit() for ch in name):
        return False
    # "DAM", "DEZ": IATA codes in the alternate names would match acronyms in text.
    return not (name.isupper() and len(name) <= 4)
