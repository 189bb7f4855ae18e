"""Datelines: a place name followed by a news agency ("Hama, SANA -", "BEIRUT
(Reuters) -", "Homs SANA-").

A dateline says where a report was filed. spaCy's small model often reads
the place and the agency as one name ("Hama SANA" PERSON): :func:`agency_at`
lets the scan cut the agency off such an entity, and :func:`dateline_name`
tells the recogniser that the text places the name before it. Whether a
dateline also places the report's events is :mod:`sitrep.geo.location`'s
question (a provincial dateline of the report's own country does; a foreign
capital where correspondents sit does not).

The agency names are data (``agencies`` in ``data/geo/cues.json``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.sources import read_data
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Dashes and marks that may be glued to an agency's name ("SANA-", "SANA_").
_GLUED = "-–—_:"
#: Words before a place that make it part of a sentence, not a dateline.
PREPOSITIONS = frozenset({"in", "of", "at", "near", "from", "to", "into", "on", "outside"})


@lru_cache(maxsize=1)
def agencies() -> frozenset[str]:
    """News agencies as they follow a dateline ("AFP", "Reuters", "SANA")."""
    return frozenset(read_data("cues.json").get("agencies", []))


def agency_at(word: str) -> bool:
    """``word`` is a news agency's name, perhaps with a dash glued on ("SANA-")."""
    names = agencies()
    return word in names or (len(word) > 1 and word.rstrip(_GLUED) in names)


def agency_follows(words: list[str], j: int) -> bool:
    """An agency right after the name that ends at token ``j``: "X SANA", "X, SANA",
    "X (Reuters)"; not one that goes on as a sentence's subject ("in Aleppo
    Reuters reported")."""
    n = len(words)
    k = j + 1 if j < n and words[j] == "," else j
    if k < n and words[k] == "(":
        k += 1
    if not (k < n and agency_at(words[k])):
        return False
    after = words[k + 1] if k + 1 < n else ""
    return not (after[:1].islower() and after.isalpha())


def dateline_name(doc: Doc, i: int, j: int) -> bool:
    """The name at tokens ``i:j`` heads a dateline: an agency follows, and no
    preposition before it makes it part of a sentence ("in Hama SANA reported")."""
    arrays = doc_arrays(doc)
    if i > 0 and arrays.lower[i - 1] in PREPOSITIONS:
        return False
    return agency_follows(arrays.words, j)
