"""A name read outside the province the text puts it in is a namesake: left unresolved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location

if TYPE_CHECKING:
    from spacy.language import Language


def test_village_outside_its_named_province_is_not_resolved(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "An Israeli drone struck a motorbike near the edge of Hader in Quneitra province, "
        "killing one Syrian fighter."
    )
    doc = doc_with_ents(
        nlp, text, ("Israeli", "NORP"), ("Hader", "GPE"), ("Quneitra province", "GPE")
    )
    places = find_places(doc, gazetteer)
    # The gazetteer knows only a namesake in Aleppo province: not the place meant.
    # The village is known no finer than the province the text puts it in.
    hader = [p for p in places if p.text == "Hader"]
    assert all(p.admin1 == "Al Qunaytirah" and (p.how or "").startswith("unlisted") for p in hader)
    point = main_location(places, doc)
    assert point is not None and point.admin1 == "Al Qunaytirah"


def test_capital_and_its_countryside_are_one_province_for_containment(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # "Damascus province" loosely covers Rif Dimashq: Douma stays.
    text = "Shelling hit Douma in Damascus province on Sunday, killing five Syrian civilians."
    found = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert found["Douma"].admin1 == "Rif Dimashq"


def test_town_inside_its_named_province_is_kept(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Air strikes hit Saraqib in Idlib province, killing nine Syrian civilians."
    found = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert found["Saraqib"].admin1 == "Idlib"


def test_foreign_namesake_of_a_village_in_a_named_province_is_dropped(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Syrian rebels attacked the village of Maan in the northern countryside of Hama, "
        "a Syrian monitor said."
    )
    doc = doc_with_ents(nlp, text, ("Syrian", "NORP"), ("Maan", "GPE"))
    found = {p.text: p for p in find_places(doc, gazetteer)}
    assert "Maan" not in found or found["Maan"].country_code == "SY"


def test_city_outside_its_named_province_is_kept(nlp: Language, gazetteer: Gazetteer) -> None:
    # Boundaries move (Warangal is in Telangana since 2014): a city stays itself.
    text = "Rebels attacked a police post in Warangal district in Andhra Pradesh state, India."
    found = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert found["Warangal"].name == "Warangal"
