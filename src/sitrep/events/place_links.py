"""How a place phrase relates to the others of its sentence, for event placement.

:mod:`sitrep.events.location` asks here whether a place only tells where another
one lies ("..., 50 km north of Baghdad", "near Pilli, 480 km west of the
capital, Katmandu"), where a person comes from ("Hovland, 19, of Norway"), holds
another place's noun ("Baghdad" in "Baghdad's Dora district") or modifies a noun
named for a finer place ("the West Bank village of Sinjil"), or heads a dateline
("BEIRUT (AFP) -": where the report was filed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.geo.datelines import dateline_name
from sitrep.geo.origins import home_of_person
from sitrep.geo.rows import BEARING_DEGREES, destination
from sitrep.geo.scene import provincial
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sitrep.model import Place

_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
_DISTANCE_UNITS = frozenset(
    {"km", "kms", "kilometers", "kilometres", "miles", "mi", "meters", "metres", "m"}
)


def origin(span: Span) -> bool:
    """ "Lars Hovland, 19, of Norway", "a student from Belgium", "Haddad, 31, of the
    village of Beit Ummar near Hebron": where a person comes from, not where the event
    happened (:func:`sitrep.geo.origins.home_of_person`). So too a country that acts:
    "France and Britain patrol the strait", "Israel captured the town"."""
    return _acting_country(span) or home_of_person(span)


def _acting_country(span: Span) -> bool:
    """A country (GPE) as the subject of a verb with an object: who acts
    ("Britain patrols the zone", "Israel captured the town"), not where; not a
    passive subject ("Iraq was bombed") nor the subject of a verb without an
    object ("Aleppo fell")."""
    node = span.root
    if node.ent_type_ != "GPE" or node.head.i == node.i:
        return False
    head = node.head
    if node.dep_ == "compound" and head.ent_type_ == "GPE":
        # A list that lost its commas ("The UK France Egypt and Jordan
        # have asked ..."): the parser reads the first names as compounds of the next.
        node, head = head, head.head
    if node.dep_ == "conj" and head.dep_ == "nsubj":
        # "France and Britain patrol ...": the first of the subjects.
        node, head = head, head.head
    return (
        node.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and any(child.dep_ == "dobj" for child in head.children)
    )


def located_by(
    doc: Doc, reference: Span, located: list[tuple[int, Place]], spans: dict[int, Span]
) -> Place | None:
    """The place a reference point locates: the last place before it with no verb
    between ("Pilli, some 480 km west of the capital, Katmandu"), not one of
    another clause ("based in Gdansk, was shot 40 km southwest of Karbala")."""
    before = [(spans[id(p)].end, p) for _, p in located if spans[id(p)].end <= reference.start]
    if not before:
        return None
    end, place = max(before, key=lambda ep: ep[0])
    pos = doc_arrays(doc).pos
    if any(pos[k] in ("VERB", "AUX") for k in range(end, reference.start)):
        return None
    return place


def holders(doc: Doc, roots: list[int]) -> set[int]:
    """Of the place roots, those that only hold another place's noun: "Baghdad" in
    "Baghdad's Dora district" (both modify "district"; the possessor is the
    container)."""
    heads = {doc[r].head.i for r in roots if doc[r].dep_ in ("compound", "amod", "nmod")}
    return {r for r in roots if doc[r].dep_ == "poss" and doc[r].head.i in heads}


def named_for(
    doc: Doc,
    place: Place,
    in_sentence: list[tuple[int, Place]],
    spans: dict[int, Span],
    rank_of: Callable[[Place], int],
) -> Place | None:
    """The place a noun that ``place`` modifies is named for, as fine or finer: the
    town in "the West Bank village of Beitunia", the district in "Baghdad's Dora
    district"; None when there is none."""
    token = spans[id(place)].root
    if token.dep_ not in ("compound", "amod", "nmod", "poss"):
        return None
    noun = token.head.i
    rank = rank_of(place)
    for _, other in in_sentence:
        if other is place or rank_of(other) > rank:
            continue
        root = spans[id(other)].root
        head = root.head
        if (root.dep_ == "pobj" and head.lower_ == "of" and head.head.i == noun) or (
            token.dep_ == "poss" and root.dep_ in ("compound", "amod") and head.i == noun
        ):
            return other
    return None


def reference_point(doc: Doc, path: list[int]) -> bool:
    """ "..., north of Baghdad", "50 km west of Baghdad": a place that only tells
    where another one lies (after a comma or a distance), not where the event was."""
    # The compass word is among the first heads ("X, 100 km north of the capital,
    # Managua": Managua -> capital -> of -> north).
    for k in path[:4]:
        compass = doc[k]
        if compass.lower_ not in _COMPASS or compass.i == 0 or compass.i + 1 >= len(doc):
            continue
        before = doc[compass.i - 1]
        if doc[compass.i + 1].lower_ == "of" and (
            before.text in (",", ")") or before.lower_ in _DISTANCE_UNITS
        ):
            return True
    return False


def after_compass(doc: Doc, start: int) -> bool:
    """ "..., southeast of Baghdad", "50 km north of the capital", "60 km from
    Damascus": the place at token ``start`` tells where another one lies."""
    lower = doc_arrays(doc).lower
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k >= 1 and lower[k] == "from":
        # "60 km from Damascus", "60 km away from Damascus": a distance, no bearing.
        unit = k - 2 if lower[k - 1] == "away" else k - 1
        return unit >= 0 and lower[unit] in _DISTANCE_UNITS
    if k < 2 or lower[k] != "of" or lower[k - 1] not in _COMPASS:
        return False
    before = lower[k - 2]
    return before in (",", ")") or before in _DISTANCE_UNITS


@dataclass(frozen=True)
class Offset:
    """How far, and which way, a place lies from the reference point the text gives."""

    #: None when the text gives no number ("north of Homs").
    km: float | None
    #: Compass word ("north"), None when the text gives no bearing ("60 km from X").
    bearing: str | None


#: Kilometres per distance unit.
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "miles": 1.609,
            "mi": 1.609, "meters": 0.001, "metres": 0.001, "m": 0.001}  # fmt: skip


def offset_from(doc: Doc, start: int) -> Offset | None:
    """The distance and bearing the text puts before the reference place at token
    ``start`` ("20 kilometres north of Homs", "60 km from Damascus", "north of
    Homs"); None when the place is no such reference. The event is then not in the
    reference town: it is near it (a bearing without a distance, or a distance
    without a bearing), or at the point the offset reaches."""
    if not after_compass(doc, start):
        return None
    lower = doc_arrays(doc).lower
    k = start - 1
    if lower[k] == "the":
        k -= 1
    bearing = None
    if lower[k] == "of":
        bearing, k = lower[k - 1], k - 2
    else:
        k -= 2 if lower[k - 1] == "away" else 1
    if k >= 0 and lower[k] == ")":
        # "480 kilometers (300 miles) west of": the first figure.
        while k > 0 and lower[k] != "(":
            k -= 1
        k -= 1
    if k < 1 or lower[k] not in _UNIT_KM:
        return Offset(None, bearing)
    number = doc[k - 1].text.replace(",", "")
    try:
        km = float(number) * _UNIT_KM[lower[k]]
    except ValueError:
        return Offset(None, bearing)
    return Offset(km, bearing)


def offset_point(lat: float, lon: float, offset: Offset) -> tuple[float, float] | None:
    """The point ``offset`` reaches from (lat, lon); None without distance or bearing."""
    if offset.km is None or offset.bearing is None:
        return None
    return destination(lat, lon, offset.km, BEARING_DEGREES[offset.bearing])


#: Nouns of territory a nationality word can modify and still say where ("the
#: Afghan border", "a Mexican border city", "Syrian territory"); not "state",
#: which is as often the government ("the Syrian state").
_PLACE_NOUNS = frozenset(
    {"border", "borders", "frontier", "territory", "territories", "coast", "coastline",
     "soil", "airspace", "waters", "side", "mainland", "town", "city", "village",
     "suburb", "neighbourhood", "neighborhood", "district", "camp", "outskirts",
     "countryside", "port", "capital", "province", "governorate", "region", "island"}
)  # fmt: skip


def names_place(doc: Doc, place: Place) -> bool:
    """A nationality word used for a territory ("on the Afghan border", "a Mexican
    border city"), not for who acts ("Turkish jets")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    # "a Mexican border city": the compound noun may stand between.
    while head.dep_ == "compound" and head.head.i != head.i:
        if head.lower_ in _PLACE_NOUNS:
            return True
        head = head.head
    return head.lower_ in _PLACE_NOUNS


def filed_from(doc: Doc, span: Span, place: Place, home: str | None) -> bool:
    """The place heads a dateline where correspondents sit ("MOSCOW (Sputnik) -",
    "BEIRUT (AFP) -", "Damascus, SANA -"): it says where the report was filed, not
    where the sentence's event happened. A town of the report's main country
    ``home`` other than its capital ("Hama, SANA -") is where the reporter went
    for the news and still places it (:func:`sitrep.geo.scene.provincial`, as for
    the document's location)."""
    return dateline_name(doc, span.start, span.end) and not provincial(place, home)
