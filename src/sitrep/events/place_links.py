"""How a place phrase relates to the others of its sentence, for event placement.

:mod:`sitrep.events.location` asks here whether a place only tells where another
one lies ("..., 50 km north of Baghdad", "near Pilli, 550 km northwest of the
capital, Katmandu"), where a person comes from ("Almaas, 18, of Norway"), holds
another place's noun ("Baghdad" in "Baghdad's Dora district") or modifies a noun
named for a finer place ("the West Bank village of Beitunia").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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
    """ "Erland Almaas, 18, of Norway", "a friend from France": where a person comes
    from, not where the event happened."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "from") or prep.head.i == prep.i:
        return False
    return prep.head.ent_type_ == "PERSON"


def located_by(
    doc: Doc, reference: Span, located: list[tuple[int, Place]], spans: dict[int, Span]
) -> Place | None:
    """The place a reference point locates: the last place before it with no verb
    between ("Pilli, about 550 km northwest of the capital, Katmandu"), not one of
    another clause ("based in Szczecin, was shot 30 km northeast of Karbala")."""
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
    """ "..., southeast of Baghdad", "50 km north of the capital": the place at token
    ``start`` tells where another one lies."""
    lower = doc_arrays(doc).lower
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k < 2 or lower[k] != "of" or lower[k - 1] not in _COMPASS:
        return False
    before = lower[k - 2]
    return before in (",", ")") or before in _DISTANCE_UNITS


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
