"""Can two event places be one place, and do they agree or conflict?

Places carry a precision (a town, a province, a country); two places can be
one event's when they lie within the larger precision's radius, within one
province (by name, or by distance for unnamed ones), or when one of them is
only a country. A country-level place is often the geoparser's reading of a
nationality ("US-led strikes", "Britain-based monitor"), so it says little.
"""

from __future__ import annotations

from sitrep.geodesy import haversine_km
from sitrep.model import EventLocation
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


_SPECIFIC = frozenset({"locality", "near", "admin2"})


def radius_km(location: EventLocation) -> float:
    """How far from its point a place of this precision may reach.

    A region inside one province (the gazetteer gives it an admin1: Eastern
    Ghouta, the Qalamoun mountains) is no larger than that province; only a
    region across provinces or countries ("northern Syria", the Levant) keeps
    the region radius. Otherwise a Damascus suburb would fit a town 300 km away.
    """
    if location.precision == "region" and location.admin1:
        return PLACE_RADIUS_KM["admin1"]
    return PLACE_RADIUS_KM.get(location.precision, 0.0)


_LOCAL = frozenset({"locality", "near"})


def countries_differ(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    return bool(
        la and lb and la.country_code and lb.country_code and la.country_code != lb.country_code
    )


def both_countries(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    return bool(la and lb and la.precision == "country" and lb.precision == "country")


def same_province(a: StoredEvent, b: StoredEvent) -> bool:
    """Both places lie in one named province (a town and its province, two towns of it).

    Distance alone misjudges this: a large province's centroid lies far from
    its towns (Homs to Palmyra, Deir ez-Zor to Abu Kamal).
    """
    la, lb = a.location, b.location
    return bool(
        la
        and lb
        and la.admin1
        and la.admin1 == lb.admin1
        and la.country_code == lb.country_code
        and "country" not in (la.precision, lb.precision)
    )


def places_compatible(a: StoredEvent, b: StoredEvent) -> bool:
    """Places within :data:`NEAR_PROVINCE_KM` of each other or one province, or one country's."""
    la, lb = a.location, b.location
    if la is None or lb is None or same_province(a, b):
        return True
    if countries_differ(a, b):
        # Two specific places in different countries are different events. A
        # country-level place is often the geoparser's guess from a nationality
        # ("US-led strikes", "Britain-based monitor"): it costs score instead.
        return not (la.precision in _SPECIFIC and lb.precision in _SPECIFIC)
    radius = max(radius_km(la), radius_km(lb))
    if la.precision == "country" or lb.precision == "country":
        # Same country (checked above) is all a country-level place says.
        return True
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= max(radius, NEAR_PROVINCE_KM)


def places_far(a: StoredEvent, b: StoredEvent) -> bool:
    """Compatible places further apart than their precision's radius (a place dispute)."""
    la, lb = a.location, b.location
    if la is None or lb is None or "country" in (la.precision, lb.precision):
        return False
    if countries_differ(a, b):
        return False  # scored by COUNTRY_PENALTY
    if same_province(a, b) and not (la.precision in _LOCAL and lb.precision in _LOCAL):
        return False  # a province names no point in it: any town of it fits
    radius = max(radius_km(la), radius_km(lb))
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) > radius


def same_place(a: StoredEvent, b: StoredEvent) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision not in _LOCAL:
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= 5.0
