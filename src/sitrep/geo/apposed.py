"""A name located by the apposition after it: "X, a village near Y", "X, 80 km west
of Y", "X area, north of Y", "X, a town 10 miles south of the city of Y".

The apposition says the name is a place (a place noun, a bearing, a distance or
"near" in it: "Ahmed, 45, of Y" is a person) and where it lies: at Y, or, when
it gives both a distance and a bearing, at the point they reach from Y. A
country locates it only with a place noun ("X, a town in southern Somalia").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.nonplaces import DIRECTIONS
from sitrep.geo.rows import BEARING_DEGREES, KM_PER_UNIT, destination
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.model import Place

#: Words that may stand between a name and the place an apposition locates it
#: by: "X, a small village about 80 km (50 miles) northwest of Y", "X, an area
#: close to the town of Y", "X, near Y".
_APPOSITION_WORDS = frozenset(
    {"a", "an", "the", "small", "large", "remote", "key", "main", "nearby", "border",
     "about", "some", "around", "nearly", "roughly", "approximately", "almost", "just",
     "over", "less", "more", "than", "located", "situated", "lying", "which", "is",
     "close", "to", "of", "from", "near", "outside", "in", "(", ")", "northern", "southern",
     "eastern", "western", "central", "away"}
)  # fmt: skip
#: Words of an apposition that say the name before it is a place.
_LOCATING_WORDS = (
    frozenset({"near", "outside", "close"}) | BEARING_DEGREES.keys() | KM_PER_UNIT.keys()
)
#: The word before the located-by place: "of Y", "from Y", "near Y", "to Y", "in Y".
_BY_WORDS = frozenset({"of", "from", "near", "outside", "to", "in"})
#: Tokens an apposition may run over before its place.
APPOSITION_REACH = 14


def apposed(
    doc: Doc, j: int, starts: dict[int, Place], place_nouns: frozenset[str]
) -> Place | None:
    """The listed place (``starts``: by first token) that an apposition after the
    name ending at token ``j`` locates it by, moved by the distance and bearing the
    apposition gives; None when there is no such apposition."""
    arrays = doc_arrays(doc)
    lower, words, n = arrays.lower, arrays.words, len(arrays.lower)
    if j < n and lower[j] in place_nouns:
        j += 1  # "X area, north of Y"
    if j >= n or lower[j] != ",":
        return None
    placed = called = False
    km: float | None = None
    bearing: float | None = None
    parenthesis = False
    for k in range(j + 1, min(n, j + 1 + APPOSITION_REACH)):
        start = k + 1 if lower[k] == "the" and k + 1 in starts else k
        if start in starts:
            by = k - 2 if lower[k - 1] in DIRECTIONS else k - 1  # "in southern Y"
            located = lower[by] in _BY_WORDS or _locality_of(lower, start, place_nouns)
            place = starts[start]
            if not (located and placed):
                return None
            if place.feature.startswith("A.PCL"):
                # "X, a town in southern Somalia": known no finer than the country,
                # and only where a noun calls it a place.
                return place if called else None
            return _moved(place, km, bearing)
        word = lower[k]
        called = called or word in place_nouns
        placed = placed or called or word in _LOCATING_WORDS
        parenthesis = (parenthesis or word == "(") and word != ")"
        if word in KM_PER_UNIT and km is None and not parenthesis and k > 0:
            # "80 km (50 miles)": the first figure.
            km = _number(words[k - 1], KM_PER_UNIT[word])
        elif word in BEARING_DEGREES and k + 1 < n and lower[k + 1] in ("of", "from"):
            bearing = BEARING_DEGREES[word]
        elif (
            word not in _APPOSITION_WORDS
            and word not in place_nouns
            and word not in _LOCATING_WORDS
            and not word.replace(",", "").replace(".", "").isdigit()
        ):
            return None
    return None


def _number(text: str, factor: float) -> float | None:
    try:
        return float(text.replace(",", "")) * factor
    except ValueError:
        return None


def _locality_of(lower: list[str], k: int, place_nouns: frozenset[str]) -> bool:
    """ "of the town of Y": the words before token ``k`` call it a place."""
    return k >= 2 and lower[k - 1] == "of" and lower[k - 2] in place_nouns


def _moved(place: Place, km: float | None, bearing: float | None) -> Place:
    """``place``, or the point ``km`` away from it towards ``bearing`` when both are
    known ("80 km west of Y")."""
    if km is None or bearing is None:
        return place
    lat, lon = destination(place.lat, place.lon, km, bearing)
    return place.model_copy(update={"lat": lat, "lon": lon})
