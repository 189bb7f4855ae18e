"""A place named as an attack's target is where it happened, not who suffered it.

"Jets targeted Raqqa", "the bombing that targeted Eastern Ghouta", "forces
besieging the Castello Road": the object is a town, district or road the
geoparser resolved, not a party. ACLED's actor2 is a party; the place is the
event's location. An unlisted name (no actor id) that is one of the document's
resolved places below country level is therefore dropped as the target of an
attack or a coercion. Countries and capitals stay: "struck Turkey" and
"targeted Damascus" often stand for a state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.model import ActorRef, Place

#: Types whose target is a party that suffers the act.
_ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})
#: GeoNames features that can stand for a state: countries and capitals.
_STATE_FEATURES = ("A.PCL", "P.PPLC")


def _fold(text: str) -> str:
    words = text.lower().strip(" \"'“”‘’.,").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def place_names(places: list[Place]) -> frozenset[str]:
    """The folded surface texts and names of the document's places below country level."""
    names: set[str] = set()
    for place in places:
        if place.feature.startswith(_STATE_FEATURES):
            continue
        names.update((_fold(place.text), _fold(place.name)))
    names.discard("")
    return frozenset(names)


def is_place(event_type: str, target: ActorRef | None, names: frozenset[str]) -> bool:
    """Whether ``target`` is an unlisted name of one of ``names`` on an attack."""
    return (
        event_type in _ATTACK_TYPES
        and target is not None
        and target.actor_id is None
        and _fold(target.text) in names
    )
