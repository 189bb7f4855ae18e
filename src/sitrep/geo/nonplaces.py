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
  by :mod:`sitrep.registry`); an outlet's own name is not dropped, since some outlets are
  named after towns ("al-Mayadeen") and the recogniser's other rules decide;
* a news agency or outlet cited as a report's source, whatever its case ("Sana
  reported", "according to SANA", "the Sana news agency"): the agency (the
  ``agencies`` of ``data/geo/cues.json`` and the registry's outlets), not a
  town of that spelling (Sana'a). A town that is the subject of "said" is a
  government (:mod:`sitrep.geo.scene`), never a listed outlet's name.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.geo.datelines import PREPOSITIONS, agencies
from sitrep.geo.gazetteer import Candidate
from sitrep.registry import outlet_registry

#: Nouns that call the name before or after them a place below a town or a
#: division ("the village of X", "X district", "the X neighbourhood").
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "suburb", "neighbourhood", "neighborhood", "district",
     "sub-district", "subdistrict", "hamlet", "camp", "quarter", "area", "settlement",
     "township", "locality", "municipality", "county", "province", "governorate",
     "region", "sector", "valley", "island", "commune", "ward", "estate", "colony"}
)  # fmt: skip


#: Nouns of a feature that end a longer name ("Abed Hill", "Nile Street", "al-Rastan
#: Lake"): alone, the word of that name, not a town of its own.
FEATURE_NOUNS = frozenset(
    {"hill", "hills", "street", "road", "lake", "river", "mountain", "square", "bridge",
     "roundabout"}
)  # fmt: skip


#: Adjectives of a compass part: with a place noun they describe, they do not name.
DIRECTIONS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern",
     "northwestern", "southeastern", "southwestern"}
)  # fmt: skip


def place_noun(text: str) -> bool:
    """A capitalised place noun or feature noun standing alone ("Belgian Jets in
    Area", "the Province", "in Abed Hill"), or after compass adjectives only (a
    title-case headline's "Raids on Southern City of X"): the words, not a place.
    GeoNames keeps some as other names of towns ("Area" of Mundelein, Illinois;
    "Southern City" of East Spencer, North Carolina; "Hill" and "Street" are
    towns of their own)."""
    *before, last = text.lower().split() or [""]
    if before and not all(word in DIRECTIONS for word in before):
        return False
    return last in PLACE_NOUNS or (not before and last in FEATURE_NOUNS)


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
    names: set[str] = set()
    for outlet in outlet_registry()["outlets"]:
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


#: Words right after a source's name that make it one ("Sana reported", "SANA
#: news agency", "the SANA correspondent", "SANA's reporter").
_SOURCE_AFTER = frozenset(
    {"reported", "reports", "said", "says", "quoted", "cited", "added", "stated",
     "published", "broadcast", "aired", "news", "agency", "correspondent", "reporter",
     "'s", "\u2019s"}
)  # fmt: skip
#: Word pairs right before it ("according to SANA", "quoted by Sana"), and single
#: words ("told Reuters").
_SOURCE_BEFORE = frozenset(
    {("according", "to"), ("quoted", "by"), ("cited", "by"), ("reported", "by")}
)
_SOURCE_BEFORE_ONE = frozenset({"told"})


@lru_cache(maxsize=1)
def _source_names() -> frozenset[str]:
    """Lower-cased one-word names of news agencies and outlets."""
    names = agencies() | outlet_names()
    return frozenset(n.lower() for n in names if " " not in n)


def cited_source(lower: list[str], i: int, j: int, text: str) -> bool:
    """The name at tokens ``i:j`` (``lower``: the document's lower-cased words) is
    a news agency's or outlet's, cited as the source of a report."""
    if text.lower() not in _source_names():
        return False
    if i >= 2 and (lower[i - 2], lower[i - 1]) in _SOURCE_BEFORE:
        return True
    if i >= 1 and lower[i - 1] in PREPOSITIONS:
        # "fighters in al-Mayadeen said": an outlet named after a town, and the
        # sentence puts people in the town.
        return False
    if i >= 1 and lower[i - 1] in _SOURCE_BEFORE_ONE:
        return True
    return j < len(lower) and lower[j] in _SOURCE_AFTER
