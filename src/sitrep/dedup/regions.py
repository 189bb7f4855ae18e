"""A country-level place read from a regional phrase: "eastern Syria", "northern Iraq".

The geoparser resolves "in eastern Syria" to the country, which is compatible
with any place in it; the phrase still says which side of the country the
event was on. A report of "82 killed in eastern Syria" and one of "32 killed
in Aleppo" (in the north-west) on one day are two incidents, not one
disputed toll. The side is judged against the country's own point (its
gazetteer centre), with a margin for the phrase's looseness.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.dedup.dates import Report

#: Degrees a place may lie beyond the country's centre on the wrong side and
#: still count as on the named side ("northern Syria" reaches Hama).
SIDE_MARGIN_DEG = 0.5

# Compass word -> (latitude sign, longitude sign) of the side it names.
_SIDES: dict[str, tuple[int, int]] = {
    "north": (1, 0),
    "south": (-1, 0),
    "east": (0, 1),
    "west": (0, -1),
    "northeast": (1, 1),
    "northwest": (1, -1),
    "southeast": (-1, 1),
    "southwest": (-1, -1),
}


@lru_cache(maxsize=256)
def _pattern(country: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(north|south|east|west)-?(east|west)?(?:ern)?\s+" + re.escape(country) + r"\b",
        re.IGNORECASE,
    )


def side(report: Report) -> tuple[int, int] | None:
    """The side of its country a country-level report's sentence names ("eastern
    Syria" -> (0, 1)), or None."""
    loc = report.event.location
    if loc is None or loc.precision != "country" or not loc.name:
        return None
    found = _pattern(loc.name).search(report.sentence)
    if found is None:
        return None
    word = (found.group(1) + (found.group(2) or "")).lower()
    return _SIDES.get(word)


def _outside(region: Report, other: Report) -> bool:
    where = side(region)
    la, lb = region.event.location, other.event.location
    if where is None or la is None or lb is None or lb.precision == "country":
        return False
    if la.country_code != lb.country_code:
        return False
    lat_sign, lon_sign = where
    return (lat_sign * (lb.lat - la.lat) < -SIDE_MARGIN_DEG) or (
        lon_sign * (lb.lon - la.lon) < -SIDE_MARGIN_DEG
    )


def regions_apart(a: Report, b: Report) -> bool:
    """One report names a side of the country ("eastern Syria") and the other's
    place lies on the other side of it: a place dispute as for places beyond
    their radius (:func:`sitrep.dedup.places.places_far`)."""
    return _outside(a, b) or _outside(b, a)
