"""Words outlets use interchangeably for one specific kind of incident.

Two reports of one chemical attack may share no word ("sarin rockets" / "a
poison gas attack"); counting each word also as its concept (the lexicon
``data/dedup_concepts.json``) lets them share evidence. The concept tokens are
weighted by rarity like any word (:class:`sitrep.dedup.text.Idf`), so a concept
every report mentions says little.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from sitrep.errors import ResourceError

#: Prefix of concept tokens: no word of a sentence starts with it.
CONCEPT_PREFIX = "~"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, list[str]], dict[str, str]]:
    """The lexicon's concepts and their ways of delivery (read once, when first needed)."""
    path = resources.files("sitrep").joinpath("data/dedup_concepts.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        concepts: dict[str, list[str]] = data["concepts"]
        delivery: dict[str, str] = data["delivery"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"cannot read the dedup concepts lexicon: {exc}") from exc
    return concepts, delivery


@lru_cache(maxsize=1)
def concept_of() -> dict[str, str]:
    """Folded word -> its concept token."""
    concepts, _ = _lexicon()
    table: dict[str, str] = {}
    for name, words in sorted(concepts.items()):
        for word in words:
            table[word.casefold()] = CONCEPT_PREFIX + name
    return table


def concepts(words: frozenset[str]) -> frozenset[str]:
    """The concept tokens of these folded words."""
    table = concept_of()
    return frozenset(table[w] for w in words if w in table)


@lru_cache(maxsize=1)
def _pairs() -> dict[tuple[str, str], str]:
    """Two-word entries of the lexicon ("air strikes") -> their concept token."""
    return {
        (parts[0], parts[1]): token
        for entry, token in concept_of().items()
        if len(parts := entry.split()) == 2
    }


def phrase_concepts(words: list[str]) -> frozenset[str]:
    """The concept tokens of two-word entries among these folded words, in order:
    "air strikes" is "airstrikes" written apart (a bare "air" is no air raid: "air
    force", "air base")."""
    table = _pairs()
    if not table:
        return frozenset()
    return frozenset(token for pair in pairwise(words) if (token := table.get(pair)))


@lru_cache(maxsize=1)
def _delivery_of() -> dict[str, str]:
    _, delivery = _lexicon()
    return {CONCEPT_PREFIX + name: way for name, way in delivery.items()}


def deliveries(stems: frozenset[str]) -> frozenset[str]:
    """How the weapons named among these stems (concept tokens) are delivered:
    "dropped", "fired" or "planted" (the lexicon's ``delivery``)."""
    table = _delivery_of()
    return frozenset(table[s] for s in stems if s in table)


def weapons_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both stem sets name weapons, and none delivered the same way (barrel bombs
    against rockets, a car bomb against mortar shells)."""
    da, db = deliveries(a), deliveries(b)
    return bool(da and db) and da.isdisjoint(db)
