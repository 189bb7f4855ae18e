"""The place of a report's main event, from the places it names.

Places below country level are preferred whenever the report names any (a
country is the answer only for reports that name nothing finer). Among them,
the one the report keeps coming back to, early: every mention counts its
specificity (a town 3, a region or division 2, a country 1, a demonym 0.5),
doubled for the first few mentions (news puts the main event in the lead); a
place also collects half the weight of its division's mentions and half of its
country's, so that a town inside the province and country the report is about
beats a town mentioned in passing elsewhere ("Washington" in a report on Syria).

A place outside the report's main country (the country its places, country
names and demonyms point to most) keeps only a fraction of its weight: a
report on Syria that names a Paris district or a Moscow statement is still
about a place in Syria.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.model import GeoPoint, Place

EARLY_MENTIONS = 5
CAPITAL_SPECIFICITY = 1.5
DIVISION_SHARE = 0.5
COUNTRY_SHARE = 0.5
#: Weight kept by a place outside the report's main country.
FOREIGN_SHARE = 0.3


def _main_country(places: list[Place]) -> str | None:
    votes: dict[str | None, float] = defaultdict(float)
    for place in places:
        if place.country_code:
            votes[place.country_code] += 1.0
    if not votes:
        return None
    return max(votes, key=lambda cc: votes[cc])


def _specificity(place: Place) -> float:
    if place.how == "demonym":
        return 0.5
    if place.feature.startswith("A.PCL"):
        return 1.0
    if place.feature.startswith("A.") or place.feature == "L.RGN":
        return 2.0
    if place.feature == "P.PPLC":
        # A capital is as often its government as a place ("Damascus said",
        # "Moscow denied"): it counts like a division.
        return CAPITAL_SPECIFICITY
    return 3.0


def _identity(place: Place) -> tuple[object, ...]:
    return (place.geonameid, place.name, round(place.lat, 4), round(place.lon, 4))


def main_location(places: list[Place]) -> GeoPoint | None:
    """Where the report's main event happened; None when it names no place."""
    if not places:
        return None
    weight: dict[tuple[object, ...], float] = defaultdict(float)
    first: dict[tuple[object, ...], Place] = {}
    division_weight: dict[tuple[str | None, str | None], float] = defaultdict(float)
    country_weight: dict[str | None, float] = defaultdict(float)
    for rank, place in enumerate(sorted(places, key=lambda p: p.start)):
        w = _specificity(place) * (2.0 if rank < EARLY_MENTIONS else 1.0)
        key = _identity(place)
        weight[key] += w
        first.setdefault(key, place)
        if place.feature == "A.ADM1":
            division_weight[(place.country_code, place.admin1)] += w
        elif place.feature.startswith("A.PCL"):
            country_weight[place.country_code] += w
    finer = [k for k, p in first.items() if not p.feature.startswith("A.PCL")]
    home = _main_country(places)

    def total(key: tuple[object, ...]) -> float:
        place = first[key]
        score = weight[key]
        if not place.feature.startswith("A."):
            score += DIVISION_SHARE * division_weight.get((place.country_code, place.admin1), 0.0)
        if not place.feature.startswith("A.PCL"):
            score += COUNTRY_SHARE * country_weight.get(place.country_code, 0.0)
        if home is not None and place.country_code not in (home, None):
            score *= FOREIGN_SHARE
        return score

    best = max(finer or list(weight), key=lambda k: (total(k), -first[k].start))
    place = first[best]
    return GeoPoint(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
    )
