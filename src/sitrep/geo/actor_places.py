"""Which readings of a name spaCy tagged PERSON, ORG or NORP are places anyway.

The small English model tags many Middle-East places as people or groups
("Dayr al-Zawr" PERSON, "Hasakah" ORG, "Hama SANA" PERSON). Such a name is
kept only for notable readings (a country, a division, a curated place) or for
a town the words around it place: a preposition ("in X", "on X"), a cue word
("X province", "the town of X"), a province it is put in ("X in Idlib
province") or a dateline ("Hama, SANA -", "Homs (Reuters) -"). A
transliteration (skeleton) match is trusted only for a name of several words
in an Arabic form (an article, a generic first word such as "Kafr"), placed
so, in the country the report names most ("air raids on Jisr al-Shigour" for
Jisr ash-Shughur): single words are too often people.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.context import lexicon
from sitrep.geo.datelines import dateline_name
from sitrep.geo.entities import (
    city,
    inside_preposition,
    locative,
    major_division,
    named_locality,
    next_is_cue,
)
from sitrep.geo.folding import ARTICLES, bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate
from sitrep.geo.scan import is_cap
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A mislabelled town placed by the text must be this populous (0 is unknown).
ENTITY_MIN_POPULATION = 1_000
#: A scanned or mislabelled town with nothing placing it must be this populous.
SCAN_MIN_POPULATION = 100_000
#: A town tagged as an organisation, "in" which something happens, in a report
#: naming no country: this populous, so that "in Congress" stays the legislature.
UNPLACED_TOWN_MIN_POPULATION = 20_000


def actor_readings(
    doc: Doc,
    span: tuple[int, int],
    text: str,
    cands: list[Candidate],
    label: str | None,
    focus: Counter[str],
    homes: frozenset[str],
    near: frozenset[str],
) -> list[Candidate]:
    """The readings of the name ``text`` at tokens ``span``, a whole PERSON/ORG/NORP entity,
    that are places. ``focus``: countries the report names, with counts; ``homes``:
    those it names most; ``near``: ``homes`` and the countries of places spaCy tagged."""
    i, j = span
    dated = dateline_name(doc, i, j)
    placed = locative(doc, i) or next_is_cue(doc, j) or dated or in_province(doc, j)
    # "the border town of Ras al-Ain": the text says it is a town, so a village
    # of the report's country counts whatever its recorded population.
    named_town = named_locality(doc, i)
    inside_of = inside_preposition(doc, i)
    kept = [
        c
        for c in cands
        if c.level in EXACT_LEVELS
        and (
            c.is_country
            # A tiny division elsewhere (Grad, a Slovenian municipality, for
            # "Grad missiles") is no reading of a mislabelled name.
            or (c.is_admin1 and (c.country_code in focus or major_division(c)))
            or c.source in ("supplement", "geonames-dump")
            # A report naming no country at all says no more than this; a
            # country it tags places of ("Deir Ezzor") is as likely.
            or (named_town and c.is_locality and (c.country_code in near or not focus))
            # "in Maaret al-Numan": a town whose population the gazetteer does
            # not record (0) is not thereby a hamlet; "in X" places it.
            or (inside_of and c.is_locality and c.population == 0 and c.country_code in homes)
            or (
                c.country_code in focus
                and c.population >= ENTITY_MIN_POPULATION
                and (placed or c.population >= SCAN_MIN_POPULATION)
            )
            # "Quneitra, SANA -": a dateline names where the report was filed, a
            # town whatever countries the report names.
            or (dated and c.is_locality and c.population >= ENTITY_MIN_POPULATION)
            # "attacks on Aleppo" tagged NORP, "the outskirts of Karachi" tagged
            # ORG, in a report naming no country: what the scan of an untagged
            # name would accept. A "person" needs "in X": "to Lincoln", "of
            # Jackson" are as often people.
            or (placed and label in ("NORP", "ORG") and city(c))
            or (inside_of and label == "PERSON" and city(c))
            # "demonstrated in Beslan" tagged ORG in a report naming no country:
            # a town of some size by that very name.
            or (
                not focus
                and inside_of
                and label in ("NORP", "ORG")
                and c.is_locality
                and c.population >= UNPLACED_TOWN_MIN_POPULATION
                and bare(c.name) == bare(text)
            )
        )
    ]
    if kept or j - i < 2 or not (placed or named_town) or not _arabic_form(doc, i, j):
        return kept
    # "air raids on Jisr al-Shigour": a romanisation of a town of the report's
    # country that the text places; a name of several words, not a first name.
    return [
        c
        for c in cands
        if c.level not in EXACT_LEVELS
        and c.country_code in homes
        and c.is_locality
        and c.population >= ENTITY_MIN_POPULATION
    ]


def _arabic_form(doc: Doc, i: int, j: int) -> bool:
    """The name reads as a romanised Arabic place name: it holds an article ("Jisr
    al-Shigour", "Deir ez-Zor") or opens with a generic first word ("Kafr", "Tall").
    Only such names are romanised in many ways; "Berry Lane" is no "Berlin"."""
    lower = doc_arrays(doc).lower
    if any(lower[k] in ARTICLES for k in range(i + 1, j)):
        return True
    return doc_arrays(doc).words[i] in lexicon().name_prefixes


#: Tokens a province's name may take in "X in Deir Ezzor province".
PROVINCE_NAME_TOKENS = 3


def in_province(doc: Doc, j: int) -> bool:
    """The name ending at token ``j`` is put in a province: "X in Idlib province",
    "X near the Hama countryside"."""
    arrays = doc_arrays(doc)
    lower, words, n = arrays.lower, arrays.words, len(arrays.words)
    if j >= n or lower[j] not in ("in", "near"):
        return False
    k = j + 1
    if k < n and lower[k] == "the":
        k += 1
    start = k
    while k < n and k - start < PROVINCE_NAME_TOKENS and is_cap(words[k]):
        k += 1
    return k > start and next_is_cue(doc, k)
