"""Where an event happened, chosen among the places the geo stage found.

Preference: a place syntactically attached to the trigger ("shelled villages *in*
X", "the operation in X"), fewest dependency hops first; else the nearest place in
the same sentence; else the document's main location. Precision follows the
GeoNames feature of the place and becomes "near" when the text says "near X",
"north of X", "outside X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.model import Document, EventLocation, LocationPrecision, Place
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "appos",
        "compound",
        "conj",
        "poss",
        "nmod",
        "npadvmod",
        "amod",
        "dobj",
        "advmod",
        "acomp",
        "pcomp",
    }
)
_NEAR_WORDS = frozenset(
    {
        "near",
        "outside",
        "around",
        "nearby",
        "close",
        "off",
        "outskirts",
        "vicinity",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "countryside",
        "suburb",
        "suburbs",
        "edge",
        "environs",
    }
)
_MAX_HOPS = 6
# "the Britain-based Observatory", "a London-headquartered group": where an
# organisation sits, never where the event it reports happened.
_SEAT_SUFFIXES = ("-based", " based", "-headquartered")
_DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "from", "onto"})


def precision_of(feature: str) -> LocationPrecision:
    """GeoNames feature -> how precisely the location is known."""
    cls, _, code = feature.partition(".")
    if cls == "P" or cls == "S":
        return "locality"
    if cls == "A":
        if code == "ADM1":
            return "admin1"
        if code.startswith("PCL"):
            return "country"
        return "admin2"
    return "region"


def _location(place: Place, precision: LocationPrecision) -> EventLocation:
    return EventLocation(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
        precision=precision,
        geonameid=place.geonameid,
    )


def _attachment(
    doc: Doc, span: Span, anchors: set[int]
) -> tuple[int, bool, bool, list[int]] | None:
    """(hops, near, directional, path) when the place's phrase hangs off one of the
    ``anchors`` (``path``: the tokens passed on the way up).

    ``directional`` marks a destination or origin ("took them *to* X", "came *from*
    X"): the event happened elsewhere, so such a place ranks after one the event
    happened *in*.
    """
    node = span.root
    near = False
    directional = False
    path: list[int] = []
    for hops in range(1, _MAX_HOPS + 1):
        if node.dep_ not in _PATH_DEPS or node.head.i == node.i:
            return None
        node = node.head
        path.append(node.i)
        if node.lower_ in _NEAR_WORDS:
            near = True
        if node.dep_ == "prep" and node.lower_ in _DIRECTIONAL:
            directional = True
        if node.i in anchors:
            return hops, near, directional, path
    return None


def locate(
    doc: Doc,
    anchors: set[int],
    sentence: Span,
    trigger_index: int,
    places: list[tuple[Place, Span]],
    document: Document,
    all_places: list[Place],
) -> tuple[EventLocation | None, tuple[int, ...]]:
    """The event's location and how good the evidence is (lower is better).

    The rank lets merged triggers ("carried out the operation in X, taking them to
    Y") keep the better-attached place of the two.
    """
    best: tuple[int, int, int, Place, bool] | None = None
    nearest: tuple[int, Place] | None = None
    attached: list[tuple[int, int, int, Place, bool, list[int], int]] = []
    for place, span in places:
        if span.start < sentence.start or span.end > sentence.end:
            continue
        if _is_seat(doc, span):
            continue
        found = _attachment(doc, span, anchors)
        if found is not None:
            hops, near, directional, path = found
            rank = ("locality", "near", "admin2", "admin1", "region", "country").index(
                precision_of(place.feature)
            )
            attached.append((int(directional), hops, rank, place, near, path, span.root.i))
        distance = abs(span.start - trigger_index)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, place)
    for away, hops, rank, place, near, path, _ in attached:
        # A finer place hanging off a coarser one ("enters Syria, Hasakah", "Syria's
        # Hasakah province") refines it: it counts as attached where that one is.
        for other in attached:
            if other[6] in path and other[2] > rank:
                hops = min(hops, other[1])
                away = min(away, other[0])
        # Where it happened before where it went; then fewest hops, then the finest
        # place (a town before its province).
        key = (away, hops, rank, place, near)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is not None:
        away, hops, rank, place, near = best
        location = _location(place, "near" if near else precision_of(place.feature))
        return location, (away * 2, hops, rank)
    if nearest is not None:
        return _location(nearest[1], precision_of(nearest[1].feature)), (1, nearest[0])
    return _document_location(document, all_places), (3,)


def _is_seat(doc: Doc, span: Span) -> bool:
    # The cached text: Doc.text re-joins every token on each call.
    after = doc_arrays(doc).text[span.end_char : span.end_char + 16].lower()
    return after.startswith(_SEAT_SUFFIXES)


def _document_location(document: Document, places: list[Place]) -> EventLocation | None:
    point = document.location
    if point is None:
        return None
    feature = next(
        (
            p.feature
            for p in places
            if p.name == point.name
            and abs(p.lat - point.lat) < 1e-6
            and abs(p.lon - point.lon) < 1e-6
        ),
        None,
    )
    if feature is not None:
        precision = precision_of(feature)
    else:
        precision = "admin1" if point.admin1 else "country"
    return EventLocation(
        name=point.name,
        lat=point.lat,
        lon=point.lon,
        country_code=point.country_code,
        admin1=point.admin1,
        precision=precision,
    )
