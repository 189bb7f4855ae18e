"""How far the recogniser trusts a guess: the report's countries and short skeletons.

Two questions the recogniser (:mod:`sitrep.geo.recognize`) asks before keeping a
transliteration-skeleton candidate or a mislabelled entity:

* which countries the report is about. Those it names outright (country names,
  demonyms) come first; a report that names none ("attacks in Aleppo and
  Sweida", an agency wire) is about the country of the towns spaCy tagged as
  places, when each of them can lie in one country only;
* whether a three-consonant skeleton match is the same name at all. With so
  few consonants many unrelated names share a skeleton ("Dabiq" and "Dubuque"
  are both d-b-k); a transliteration keeps the quality of its first vowel
  (a/e/i and o/u are swapped by romanisations only within each group:
  Dayr/Deir, Zour/Zor), so a short skeleton match whose first vowel changes
  group is dropped.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from sitrep.geo.doubled import doubled_readings
from sitrep.geo.folding import bare, skeleton
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer
from sitrep.geo.glued import glued_readings

#: A place spaCy tagged, this populous, tells the report's country when it names none.
IMPLIED_MIN_POPULATION = 1_000
#: How many times larger than any namesake elsewhere a tagged place must be
#: for its country to be the report's.
IMPLIED_DOMINANCE = 10
#: Skeletons this short need their first vowel to agree.
SHORT_SKELETON = 3
_FRONT = frozenset("aei")
_BACK = frozenset("ou")


def implied_focus(tagged: list[list[Candidate]]) -> Counter[str]:
    """Countries of tagged places whose exact-level readings all lie in one country,
    or whose largest reading dwarfs those elsewhere ("Baghdad", not the Baghdad
    hamlets of other countries).

    ``tagged``: per GPE/LOC entity, its candidates. The report's country when it
    names none outright; else where towns it calls towns may lie ("regions").
    """
    focus: Counter[str] = Counter()
    for cands in tagged:
        exact = [c for c in cands if c.level in EXACT_LEVELS and not c.is_country]
        if not exact:
            continue
        largest: dict[str | None, int] = {}
        for c in exact:
            weight = max(c.population, IMPLIED_MIN_POPULATION if c.is_admin1 else 0)
            largest[c.country_code] = max(largest.get(c.country_code, 0), weight)
        code, top = max(largest.items(), key=lambda kv: kv[1])
        rest = max((v for k, v in largest.items() if k != code), default=0)
        if code and top >= IMPLIED_MIN_POPULATION and top >= IMPLIED_DOMINANCE * rest:
            focus[code] += 1
    return focus


def top_countries(focus: Counter[str]) -> frozenset[str]:
    """The countries the report names most (all of them when tied)."""
    if not focus:
        return frozenset()
    top = max(focus.values())
    return frozenset(code for code, n in focus.items() if n == top)


# Cached: the same candidate names come back for every mention of a report.
@lru_cache(maxsize=65536)
def _vowel_group(name: str) -> int | None:
    for ch in bare(name)[1:]:
        if ch in _FRONT:
            return 0
        if ch in _BACK:
            return 1
    return None


@lru_cache(maxsize=65536)
def _short(text: str) -> bool:
    skel = skeleton(text)
    if skel is None:
        return False
    return sum(len(tok) - (tok[0] == "a") for tok in skel.split()) <= SHORT_SKELETON


def plausible_guesses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without short-skeleton matches whose first vowel changes group."""
    if not cands or cands[0].level in EXACT_LEVELS or not _short(text):
        return cands
    group = _vowel_group(text)
    if group is None:
        return cands
    return [c for c in cands if _vowel_group(c.name) in (group, None)]


#: Names this short whose skeleton is too short to index get respelled instead.
RESPELL_MAX_LETTERS = 6
_DOUBLING = frozenset("bdfgklmnpqrstwz")


def respellings(text: str) -> list[str]:
    """Spellings of a short one-word name with one consonant doubled ("Raqa" ->
    "Raqqa"): romanisations often drop the shadda's doubling, and such names
    are too short for the skeleton index. Empty for longer or multi-word names."""
    if not text.isalpha() or not 3 <= len(text) <= RESPELL_MAX_LETTERS:
        return []
    lower = text.lower()
    out = []
    for k in range(1, len(lower)):
        ch = lower[k]
        if ch in _DOUBLING and lower[k - 1] != ch and (k + 1 == len(lower) or lower[k + 1] != ch):
            out.append(text[: k + 1] + ch + text[k + 1 :])
    return out


def respelled(
    cands_by_name: dict[str, list[Candidate]], variants: list[str], focus: Counter[str]
) -> list[Candidate]:
    """Exact-level readings of ``variants`` in a country the report names, marked
    as guesses (level 2)."""
    from dataclasses import replace

    out: list[Candidate] = []
    for variant in variants:
        out.extend(
            replace(c, level=2)
            for c in cands_by_name.get(variant, [])
            if c.level in EXACT_LEVELS and c.country_code in focus
        )
    return sorted(out, key=lambda c: -c.population)


def add_respelled(
    by_span: dict[tuple[int, int], list[Candidate]],
    texts: dict[tuple[int, int], str],
    labels: dict[int, tuple[str, int, int]],
    focus: Counter[str],
    gaz: Gazetteer,
) -> None:
    """Short names spaCy tagged as places that the gazetteer lacks ("Raqa"): their
    spellings with a doubled consonant, in a country the report names."""
    if not focus:
        return
    wanted: dict[tuple[int, int], list[str]] = {}
    for span, text in texts.items():
        label = labels.get(span[0])
        if span in by_span or label is None or label[1:] != span or label[0] not in ("GPE", "LOC"):
            continue
        variants = respellings(text)
        if variants:
            wanted[span] = variants
    if not wanted:
        return
    found = gaz.lookup_many(v for variants in wanted.values() for v in variants)
    for span, variants in wanted.items():
        cands = respelled(found, variants, focus)
        if cands:
            by_span[span] = cands


def possessive_typo(
    text: str, found: dict[str, list[Candidate]], gaz: Gazetteer, min_population: int
) -> list[Candidate]:
    """ "Syrias Hasakah": a country name with a stray s where the apostrophe was lost."""
    named = found.get(text)
    # A lookup lists exact-level matches only, or skeleton matches only: the first
    # candidate tells which (see Gazetteer.lookup).
    if named and named[0].level in EXACT_LEVELS:
        return []
    if len(text) > 4 and text.endswith("s") and " " not in text:
        # Countries, divisions and cities: "Aleppos opposition-held east".
        return [
            c
            for c in gaz.lookup(text[:-1])
            if c.level in EXACT_LEVELS
            and (c.is_country or c.is_admin1 or c.population >= min_population)
        ]
    return []


def typo_readings(
    text: str, found: dict[str, list[Candidate]], gaz: Gazetteer, min_population: int
) -> list[Candidate]:
    """Readings of a name the gazetteer misses only through a typing slip or a
    spelling variant: a lost apostrophe ("Syrias"), a lost space before a compass
    word ("Kobaninorth"), a doubled letter ("Ghoutta")."""
    # ``found[text]`` is the gazetteer's own reading of ``text``, so the result
    # depends on the name and the bar only: remembered per gazetteer.
    memo = gaz.respelled
    key = (text, min_population)
    readings = memo.get(key)
    if readings is None:
        # The glued stem keeps its own, lower bar: "Kobani" is a known town below
        # the bar of a capitalised word the recogniser scans.
        readings = memo[key] = (
            possessive_typo(text, found, gaz, min_population)
            or glued_readings(text, found, gaz)
            or doubled_readings(text, found, gaz)
        )
    return list(readings)
