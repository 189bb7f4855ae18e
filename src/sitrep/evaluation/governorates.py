"""Syrian governorates (ADM1): names, codes and seats, and a point -> governorate rule.

Used to score a document's main location against a governorate label. The
rule, in order:

1. the point names an admin1 (name, ISO 3166-2 code, or GeoNames admin1 code)
   that folds to a known governorate, and its country is Syria or unknown;
2. else, when the point is a place in Syria (country ``SY``, or no country and
   inside Syria's bounding box) and not the country itself, the governorate
   whose seat is nearest (a Voronoi approximation of the borders);
3. else no governorate (a place outside Syria, or "Syria" as a whole).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.errors import ResourceError
from sitrep.geodesy import haversine_km

#: Rough bounding box of Syria (lat_min, lat_max, lon_min, lon_max), only used
#: when a predicted point has no country code.
SYRIA_BOX = (32.3, 37.4, 35.6, 42.4)

#: Arabic article spellings dropped when comparing names ("Dayr az-Zawr" = "Deir Zor").
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "adh", "an", "az", "ez", "at", "ath"})
#: Words that describe the unit rather than name it.
_UNIT_WORDS = frozenset({"governorate", "province", "muhafazat", "muhafazah", "mohafazat"})
_QUOTES = re.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Governorate:
    code: str
    geonames: str
    name: str
    labels: tuple[str, ...]
    lat: float
    lon: float
    variants: tuple[str, ...]
    #: Code this governorate is scored as (Rif Dimashq -> SY-DI), else its own.
    scored_as: str


def fold(name: str) -> str:
    """Compare key of a place name: no case, diacritics, quotes, articles or unit words."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QUOTES.sub("", text.lower())
    words = [w for w in _NON_ALNUM.split(text) if w and w not in _ARTICLES | _UNIT_WORDS]
    return "".join(words)


@lru_cache(maxsize=1)
def governorates() -> tuple[Governorate, ...]:
    try:
        raw = resources.files("sitrep.evaluation").joinpath("sy_governorates.json").read_text()
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ResourceError(f"sy_governorates.json is missing or broken: {exc}") from exc
    return tuple(
        Governorate(
            code=g["code"],
            geonames=g["geonames"],
            name=g["name"],
            labels=tuple(g["labels"]),
            lat=float(g["seat"][0]),
            lon=float(g["seat"][1]),
            variants=tuple(g["variants"]),
            scored_as=g.get("scored_as", g["code"]),
        )
        for g in data["governorates"]
    )


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Governorate]:
    keys: dict[str, Governorate] = {}
    for g in governorates():
        for variant in (g.name, *g.variants, *g.labels):
            keys[fold(variant)] = g
        keys[g.code.lower()] = g
    return keys


def by_code(code: str) -> Governorate:
    for g in governorates():
        if g.code == code:
            return g
    raise KeyError(code)


def from_label(label: str) -> Governorate | None:
    """The governorate a corpus label (e.g. FA-KES ``deir ezzor``) names."""
    return _by_key().get(fold(label))


def from_admin1(admin1: str, country_code: str | None) -> Governorate | None:
    """The governorate an admin1 value names: a name, ``SY-XX`` or GeoNames ``09``."""
    if country_code not in (None, "SY"):
        return None
    value = admin1.strip()
    if value.isdigit():
        # A bare GeoNames code is only meaningful when the country says Syria.
        if country_code != "SY":
            return None
        return next((g for g in governorates() if g.geonames == value.zfill(2)), None)
    if value.upper().startswith("SY-"):
        return next((g for g in governorates() if g.code == value.upper()), None)
    return _by_key().get(fold(value))


def nearest(lat: float, lon: float) -> tuple[Governorate, float]:
    """The governorate whose seat is nearest to a point, and that distance in km."""
    scored = [(haversine_km(lat, lon, g.lat, g.lon), g) for g in governorates()]
    distance, best = min(scored, key=lambda pair: pair[0])
    return best, distance


def in_syria_box(lat: float, lon: float) -> bool:
    lat_min, lat_max, lon_min, lon_max = SYRIA_BOX
    return lat_min <= lat <= lat_max and lon_min <= lon <= lon_max
