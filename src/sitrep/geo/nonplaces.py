"""Capitalised names, or readings of them, that are no place.

* a person's age between commas after the name ("Millan, 41, was shot"): news
  gives ages of people, never of towns;
* a division read from its initials ("Act" for the Australian Capital
  Territory, "Car" for the Cordillera Administrative Region): such an
  abbreviation is written in capitals; a capitalised word of a headline ("Twin
  Car Bombs", "Terror Act Victims") is the English word;
* a news outlet's name with the possessive apostrophe lost ("SANAs
  correspondent"): the outlet, not a town that shares the spelling (Sana'a).
  The outlets are those of the shared registry (``data/outlets.json``, read
  only here); an outlet's own name is not dropped, since some outlets are
  named after towns ("al-Mayadeen") and the recogniser's other rules decide.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from sitrep.errors import ResourceError
from sitrep.geo.gazetteer import Candidate

#: Ages that news writes after a name.
MAX_AGE = 120


def aged(words: list[str], j: int) -> bool:
    """A name ending before token ``j`` is followed by an age between commas."""
    if j + 2 >= len(words) or words[j] != "," or words[j + 2] != ",":
        return False
    age = words[j + 1]
    return age.isdigit() and 0 < int(age) <= MAX_AGE


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """Names and aliases of the registry's outlets, as written (case kept)."""
    try:
        text = resources.files("sitrep").joinpath("data/outlets.json").read_text("utf-8")
        data = json.loads(text)
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        raise ResourceError(f"outlet registry data/outlets.json is unusable: {exc}") from exc
    names: set[str] = set()
    for outlet in data.get("outlets", []):
        names.add(str(outlet["name"]))
        names.update(str(alias) for alias in outlet.get("aliases", []))
    return frozenset(names)


def outlet_possessive(text: str) -> bool:
    """ "SANAs": an outlet's name followed by a stray s (a lost apostrophe)."""
    return len(text) > 2 and text.endswith("s") and text[:-1] in outlet_names()


def initials_reading(text: str, cand: Candidate) -> bool:
    """``cand`` is a many-word division matched by ``text`` as its initials, and
    ``text`` is not written in capitals ("Car" -> Cordillera Administrative Region)."""
    if text.isupper() or " " in text or not cand.feature.startswith("A."):
        return False
    words = [w for w in cand.name.replace("-", " ").split() if w]
    return len(words) > 1 and "".join(w[0] for w in words).lower() == text.lower()
