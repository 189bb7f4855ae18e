"""Readings of a place name that are not the scene, and names the text calls towns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import place_at

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.scene import not_the_scene

if TYPE_CHECKING:
    from spacy.language import Language


def test_place_after_a_preposition_is_no_dateline(nlp: Language) -> None:
    # A byline follows the headline: "Daraa Sputnik" is no "BEIRUT (Reuters)".
    text = "Army Eliminates 75 Militants in City of Daraa Sputnik Michael Alaeddin 09.04.2017."
    doc = nlp(text)
    assert not not_the_scene(doc, place_at("Daraa", text, "Dar'a"))
    text = "Beirut AFP Barrel bombs hit Saraqib on Sunday."
    assert not_the_scene(nlp(text), place_at("Beirut", text, "Beyrouth"))


def test_place_of_a_visit_is_not_the_scene(nlp: Language) -> None:
    text = (
        "The minister said the regime was behind the massacre near Damascus, "
        "speaking on a visit to Ramallah."
    )
    doc = nlp(text)
    assert not_the_scene(doc, place_at("Ramallah", text, "West Bank"))
    assert not not_the_scene(doc, place_at("Damascus", text, "Dimashq"))


def test_al_sham_ending_a_group_name_is_noplace_at(nlp: Language, gazetteer: Gazetteer) -> None:
    for text, town in (
        ("Rebels from the Faylaq al-Sham brigade attacked army positions near Aleppo.", "Aleppo"),
        ("Clashes broke out between the Ahrar ash-Sham movement and the army in Idlib.", "Idlib"),
        (
            "Soldiers killed 21 Jabhat Fatah al Sham fighters in the Syrian city of Daraa.",
            "Dar‘ā",
        ),
    ):
        names = [p.name for p in find_places(nlp(text), gazetteer)]
        assert "Damascus" not in names, text
        assert town in names, text


def test_district_of_a_town_stays_the_town(nlp: Language, gazetteer: Gazetteer) -> None:
    # "the Sermin district" is the area around Sermin, not Idlib governorate.
    text = "An airstrike hit the Sermin district in Syria on Friday, killing four civilians."
    places = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert "Sermin" in places
    assert places["Sermin"].feature.startswith("P.")
    assert places["Sermin"].admin1 == "Idlib"
    # "province" names the first-level division.
    text = "Rebels attacked army posts in Idlib province in Syria on Friday."
    places = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert places["Idlib"].feature == "A.ADM1"


def test_a_village_the_text_calls_a_town_is_found(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Al-Qaeda loyalists attacked a Kurdish town in Syria. The attack on the key "
        "border town of Ras al-Ain came as part of a broader push."
    )
    places = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert "Ras al-Ain" in places
    assert places["Ras al-Ain"].country_code == "SY"


def test_town_without_recorded_population_after_in(nlp: Language, gazetteer: Gazetteer) -> None:
    # The gazetteer records no population for Maaret al-Numan: "in X" still places it.
    text = (
        "Warplanes struck a crowded market in Maaret al-Numan in Syria on Sunday, "
        "killing at least 20 people."
    )
    places = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert "Maaret al-Numan" in places
    assert places["Maaret al-Numan"].admin1 == "Idlib"
