"""Places the gazetteer lacks, resolved to the listed place the text puts them in
("the Qasrawi district of southern Basra", "Zuhuriya, a village 20 km north of
Homs"), and the names that stay no places (people, buildings, lists, the wider
area of "the Zhaverye town of X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from sitrep.model import Place


def _by_text(doc: Doc, gazetteer: Gazetteer) -> dict[str, Place]:
    return {p.text: p for p in find_places(doc, gazetteer)}


def test_a_district_of_a_town_is_placed_at_the_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Gunmen shot two shopkeepers in the Qasrawi district of southern Basra on Monday."
    places = _by_text(nlp(text), gazetteer)
    district, town = places["Qasrawi"], places["Basra"]
    assert (district.name, district.lat, district.lon) == (town.name, town.lat, town.lon)
    assert district.how is not None and district.how.startswith("unlisted")
    assert district.start == text.index("Qasrawi")


def test_a_possessed_neighbourhood(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police raided a house in Mosul's Karamlis neighbourhood."
    places = _by_text(nlp(text), gazetteer)
    assert places["Karamlis"].country_code == "IQ"
    assert places["Karamlis"].name == places["Mosul"].name


def test_a_village_located_by_an_apposition(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A roadside bomb exploded in Zuhuriya, a village near Homs."
    places = _by_text(nlp(text), gazetteer)
    village, town = places["Zuhuriya"], places["Homs"]
    assert (village.name, village.lat, village.lon) == (town.name, town.lat, town.lon)


def test_an_apposition_with_distance_and_bearing(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A roadside bomb exploded in Zuhuriya, a village about 20 km north of Homs."
    places = _by_text(nlp(text), gazetteer)
    village, town = places["Zuhuriya"], places["Homs"]
    # 20 km north: about 0.18 degrees of latitude, the same longitude.
    assert abs(village.lat - town.lat - 20 / 111.2) < 0.01
    assert abs(village.lon - town.lon) < 1e-6


def test_a_person_in_an_apposition_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Ahmed Qassem, a resident of Mosul, was wounded."
    doc = doc_with_ents(nlp, text, ("Ahmed Qassem", "PERSON"), ("Mosul", "GPE"))
    assert _unlisted(doc, gazetteer) == set()


def test_a_town_known_only_by_its_country(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Clashes killed five people in the Somali town of Qorahey."
    place = _by_text(nlp(text), gazetteer)["Qorahey"]
    assert (place.country_code, place.feature) == ("SO", "A.PCLI")


def test_the_attackers_nationality_does_not_locate_a_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Syrian rebels held Syria's north. Russian strikes in the opposition-held city of "
        "Kafr Qorahey killed 12 people."
    )
    found = _by_text(nlp(text), gazetteer)
    assert "Kafr Qorahey" not in found or found["Kafr Qorahey"].country_code != "RU"


def test_a_person_of_a_town_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Ahmed Farouk, 45, of Mosul was wounded in the attack."
    assert set(_by_text(nlp(text), gazetteer)) == {"Mosul"}


def _unlisted(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    return {p.text for p in find_places(doc, gazetteer) if (p.how or "").startswith("unlisted")}


def test_a_building_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A fire broke out at the Qarawi Center in Springfield on Sunday."
    doc = doc_with_ents(nlp, text, ("Qarawi Center", "GPE"), ("Springfield", "GPE"))
    assert _unlisted(doc, gazetteer) == set()


def test_a_town_of_a_list_lies_in_no_other(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Rockets hit Qurnet Zaid and Latakia on Friday."
    doc = doc_with_ents(nlp, text, ("Qurnet Zaid", "GPE"), ("Latakia", "GPE"))
    assert _unlisted(doc, gazetteer) == set()


def test_the_wider_area_of_a_named_town_is_not_in_it(nlp: Language, gazetteer: Gazetteer) -> None:
    # An area name the gazetteer lacks, tagged a place.
    text = "Hundreds rallied in the Zhaverye town of Pervouralsk on Saturday."
    doc = doc_with_ents(nlp, text, ("Zhaverye", "LOC"), ("Pervouralsk", "GPE"))
    assert "Pervouralsk" in _by_text(doc, gazetteer)
    assert _unlisted(doc, gazetteer) == set()


def test_a_village_in_an_unlisted_district(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Gunmen killed three farmers at Dakwiri village in Kwallakur district of "
        "Bokkos Local Government Area of Plateau State."
    )
    places = _by_text(nlp(text), gazetteer)
    state = places["Plateau State"]
    assert places["Dakwiri"].name == places["Kwallakur"].name == state.name
    assert (places["Dakwiri"].how or "").endswith("Kwallakur")


def test_a_province_lies_in_no_district(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Gunmen killed four policemen in Khost district of Qarawand province."
    doc = doc_with_ents(nlp, text, ("Khost", "GPE"), ("Qarawand", "GPE"))
    assert "Qarawand" not in _unlisted(doc, gazetteer)


def test_an_unlisted_place_adds_no_weight_to_the_main_location(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Gunmen shot two shopkeepers in the Qasrawi district of southern Basra on Monday."
    doc = nlp(text)
    unlisted = [p for p in find_places(doc, gazetteer) if p.text == "Qasrawi"]
    assert unlisted
    # Its container counts; the name placed there does not count again.
    assert main_location(unlisted, doc) is None


def test_a_town_located_in_a_country_by_an_apposition(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Fighting killed six people in Qorahey, a small town in southern Somalia."
    place = _by_text(nlp(text), gazetteer)["Qorahey"]
    assert (place.country_code, place.feature) == ("SO", "A.PCLI")
    # A country with no place noun in the apposition says nothing of the name.
    text = "Ahmed Qassem, a resident of Somalia, was wounded."
    doc = doc_with_ents(nlp, text, ("Ahmed Qassem", "PERSON"), ("Somalia", "GPE"))
    assert _unlisted(doc, gazetteer) == set()


def test_first_word_of_an_unlisted_arabic_name_is_not_a_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # "Busra al-Harir" is not in the gazetteer; "Busra" alone would read as Basra, Iraq.
    text = "Militias shelled the town of Busra al-Harir in Deraa province in southern Syria."
    places = find_places(nlp(text), gazetteer)
    assert all(p.country_code == "SY" for p in places)
    town = next(p for p in places if p.start == text.index("Busra"))
    assert town.text == "Busra al-Harir" and town.admin1 == "Dar'a"


def test_a_neighbourhood_of_a_named_city_is_no_namesake_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # GeoNames lists an Iraqi city of that name; the text puts the quarter in Aleppo.
    for text in (
        "Shells hit the Sulaymaniyah neighbourhood of Aleppo on Friday.",
        "Mortars fell on the Sulaymaniyah neighbourhood of the Syrian city of Homs.",
    ):
        place = _by_text(nlp(text), gazetteer)["Sulaymaniyah"]
        assert place.country_code == "SY", text
