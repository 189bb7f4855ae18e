"""More forms of a province's rural area and of a route, and how they weigh."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.countryside import RURAL, countryside_cue
from sitrep.geo.scene import scene_reason

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        ("in hama northern countryside", "countryside"),
        ("in hama 's northern countryside", "countryside"),
        ("in hama 's countryside", "countryside"),
    ],
)
def test_compass_word_between_name_and_countryside(text: str, cue_word: str) -> None:
    lower = text.split()
    assert countryside_cue(lower, 1, 2) == (RURAL, cue_word)


def test_compass_word_without_countryside_is_no_rural_cue() -> None:
    assert countryside_cue(["in", "hama", "northern", "districts"], 1, 2) is None


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Syrian troops killed dozens of militants in Hama northern countryside.", "Hama", "Hamah"),
        ("Syrian jets struck militants in Idlib's southern countryside.", "Idlib", "Idlib"),
    ],
)
def test_compass_countryside_is_the_province(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    found = {p.text: p for p in find_places(nlp(text), gazetteer)}
    assert (found[name].feature, found[name].admin1) == ("A.ADM1", admin1)


def test_name_tagged_product_before_a_countryside_is_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Army units killed terrorists in Quneitra northern countryside."
    doc = doc_with_ents(nlp, text, ("Quneitra", "PRODUCT"))
    found = {p.text: p for p in find_places(doc, gazetteer)}
    assert found["Quneitra"].admin1 == "Al Qunaytirah"


def test_countryside_in_the_headline_outweighs_towns_of_a_round_up(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Syrian Army Frees Villages in Hama Countryside. The Syrian army on Sunday freed "
        "two villages in the northern countryside of Hama after clashes with militants. "
        "In Aleppo, army units repelled an attack in Ramouseh. "
        "In Deir Ezzor, the army shelled positions near the airport."
    )
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Hamah"


def test_ends_of_a_route_are_not_the_scene(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Syrian troops advanced along the Damascus-Aleppo highway near Khan Sheikhoun "
        "on Monday, killing dozens of militants, the army said."
    )
    doc = nlp(text)
    places = find_places(doc, gazetteer)
    reasons = {p.text: scene_reason(doc, p) for p in places}
    assert reasons["Damascus"] == "route" and reasons["Aleppo"] == "route"
    assert reasons["Khan Sheikhoun"] is None
    point = main_location(places, doc)
    assert point is not None and point.admin1 == "Idlib"


def test_street_names_are_not_romanised_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    # Only names in an Arabic form are guessed at by their consonants ("Lou Lane"
    # is no Lorain, Ohio).
    text = (
        "Mitchell, 33, of the 800 block of Lou Lane, was held in Chicago, Illinois, US police said."
    )
    doc = doc_with_ents(
        nlp, text, ("Lou Lane", "PERSON"), ("Chicago", "GPE"), ("Illinois", "GPE"), ("US", "GPE")
    )
    assert "Lou Lane" not in {p.text for p in find_places(doc, gazetteer)}
