"""Divisions below the first level, and former first-level divisions, for the index.

GeoNames' first level is all that cities500 carries codes for, so a division
below it (an English county, a Philippine province) or one abolished since
(Norway's counties before 2020, Kenya's provinces before 2013) has no towns of
its own to be placed from. Each is placed at its seat (its administrative
centre or main town, from ``divisions.json``, general knowledge) as cities500
locates it, or at the country's largest town of the division's own name; such
divisions are small beside the 161 km an answer may be off, so the seat stands
for the whole. Their population is the seat's: a rough prior that lets a county
compete with same-named towns abroad (Norfolk, Virginia) on fair terms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from sitrep.geo.sources import Grouping, Subdivision

if TYPE_CHECKING:
    from sitrep.geo.rows import Row

#: Feature of a division below the first level (as GeoNames codes counties).
LOWER_FEATURE = "A.ADM2"
#: Feature of a former first-level division (GeoNames' "historical ADM1").
FORMER_FEATURE = "A.ADM1H"
#: Feature of an ISO grouping of divisions (Jawa, Sumatera): a region.
GROUPING_FEATURE = "L.RGN"
#: Grouping names that are common words ("Central", "Western" of Uganda): left
#: out, since "the Central region" of a report is seldom Uganda's.
_GENERIC = frozenset({"central", "eastern", "western", "northern", "southern"})
#: A town must be at least this large to stand for a division of its name
#: without a listed seat ("Bedford" for the Borough of Bedford).
NAMESAKE_MIN_POPULATION = 5_000


class _Towns(Protocol):
    rows: list[Row]

    def city_named(self, country: str, name: str) -> Row | None: ...

    admin_points: dict[tuple[str, str], list[tuple[float, float]]]


def _seat(towns: _Towns, country: str, names: list[str], seat: str | None) -> Row | None:
    if seat:
        return towns.city_named(country, seat)
    for name in names:
        city = towns.city_named(country, name)
        if city is not None and city.population >= NAMESAKE_MIN_POPULATION:
            return city
    return None


def _row(name: str, country: str, seat: Row, feature: str, names: set[str]) -> Row:
    from sitrep.geo.rows import Row

    return Row(
        geonameid=None,
        name=name,
        lat=seat.lat,
        lon=seat.lon,
        country=country,
        admin1=None,
        feature=feature,
        population=seat.population,
        source="seat",
        names=names | {name},
        admin1_code=seat.admin1_code,
    )


def lower_rows(
    towns: _Towns, subs: list[Subdivision], extra: dict[str, Any]
) -> tuple[list[Row], int]:
    """Rows of second-level divisions, and how many could not be placed.

    A division whose name is already a town's of the country ("Leeds") gets no
    row of its own: the town is what the name finds, and the answer is the same.
    """
    rows: list[Row] = []
    unplaced = 0
    for sub in subs:
        known = extra.get(sub.code, {})
        namesake = _seat(towns, sub.country, sub.match_names, None)
        if namesake is not None and not known.get("seat"):
            continue
        seat = _seat(towns, sub.country, sub.match_names, known.get("seat"))
        if seat is None:
            unplaced += 1
            continue
        rows.append(
            _row(
                sub.name,
                sub.country,
                seat,
                LOWER_FEATURE,
                {*sub.match_names, *known.get("alt", [])},
            )
        )
    return rows, unplaced


def former_rows(towns: _Towns, entries: list[dict[str, Any]]) -> tuple[list[Row], int]:
    """Rows of former first-level divisions placed at their seats."""
    rows: list[Row] = []
    unplaced = 0
    for entry in entries:
        seat = towns.city_named(entry["country"], entry["seat"])
        if seat is None:
            unplaced += 1
            continue
        rows.append(
            _row(entry["name"], entry["country"], seat, FORMER_FEATURE, set(entry.get("alt", [])))
        )
    return rows, unplaced


def grouping_rows(towns: _Towns, groups: list[Grouping], extra: dict[str, Any]) -> list[Row]:
    """Rows of ISO groupings, placed from the towns of their divisions.

    A grouping named like one of its own divisions (Papua, Maluku) gets no row:
    the division is what the name means.
    """
    from sitrep.geo.rows import Row, centre

    by_name = {
        (r.country, r.name): r for r in towns.rows if r.feature == "A.ADM1" and r.admin1_code
    }
    rows: list[Row] = []
    for group in groups:
        if group.name in group.children or group.name.lower() in _GENERIC:
            continue
        members = [
            by_name[(group.country, n)] for n in group.children if (group.country, n) in by_name
        ]
        points = [
            p
            for m in members
            for p in towns.admin_points.get((group.country, m.admin1_code or ""), [])
        ]
        if not points:
            continue
        lat, lon = centre(points)
        name = group.name
        names = {name, *extra.get(group.code, {}).get("alt", [])}
        rows.append(
            Row(
                geonameid=None,
                name=name,
                lat=lat,
                lon=lon,
                country=group.country,
                admin1=None,
                feature=GROUPING_FEATURE,
                population=sum(m.population for m in members),
                source="pycountry",
                names=names,
            )
        )
    return rows
