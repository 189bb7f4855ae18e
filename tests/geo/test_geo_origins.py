"""Places named as people's homes do not place the report's main event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.origins import home_of_person
from sitrep.geo.scene import scene_reason

if TYPE_CHECKING:
    from spacy.language import Language


def _reasons(nlp: Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {p.text: scene_reason(doc, p) for p in find_places(doc, gazetteer)}


def test_evacuees_home_towns_are_not_the_scene(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Forty evacuees from the towns of Madaya and Zabadani were killed when a car "
        "bomb hit their buses in Aleppo on Saturday."
    )
    assert _reasons(nlp, gazetteer, text) == {"Madaya": "home", "Zabadani": "home", "Aleppo": None}
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.name == "Aleppo"


def test_shelled_towns_are_the_scene(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Rebels shelled Madaya and Zabadani on Saturday, killing four civilians."
    assert set(_reasons(nlp, gazetteer, text).values()) == {None}


def test_home_of_person_climbs_a_plural_place_noun(nlp: Language) -> None:
    doc = nlp("Two students from the villages of Kfar Yona and Beit Zeid were arrested.")
    kfar = doc.char_span(doc.text.index("Kfar"), doc.text.index(" and"))
    assert kfar is not None and home_of_person(kfar)
    seat = doc.char_span(doc.text.index("Beit"), doc.text.index(" were"))
    assert seat is not None and home_of_person(seat)
