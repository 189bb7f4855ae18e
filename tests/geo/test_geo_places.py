from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _places(nlp: Language, gaz: Gazetteer, text: str) -> list[Place]:
    places = find_places(nlp(text), gaz)
    for p in places:
        assert text[p.start : p.end] == p.text
    return places


def _by_text(places: list[Place], text: str) -> list[Place]:
    return [p for p in places if p.text == text]


def _in_ne_syria(p: Place) -> bool:
    return 35.0 <= p.lat <= 37.5 and 39.0 <= p.lon <= 42.5 and p.country_code == "SY"


@pytest.fixture(scope="module")
def seed_places(nlp: Language, gazetteer: Gazetteer, seed_text: str) -> list[Place]:
    return _places(nlp, gazetteer, seed_text)


def test_seed_hasakah_and_shadadi(seed_places: list[Place]) -> None:
    hasakah = _by_text(seed_places, "Hasakah")
    assert hasakah and all(_in_ne_syria(p) for p in hasakah)
    (shadadi,) = _by_text(seed_places, "al-Shadadi")
    assert _in_ne_syria(shadadi) and shadadi.feature.startswith("P.")


def test_seed_province_and_villages(seed_places: list[Place]) -> None:
    dayr = _by_text(seed_places, "Dayr al-Zawr")
    assert dayr and all(p.feature == "A.ADM1" and p.admin1 == "Dayr az Zawr" for p in dayr)
    dewar = _by_text(seed_places, "Ayn Dewar")
    assert len(dewar) == 2 and all(_in_ne_syria(p) and p.lat > 37.0 for p in dewar)
    (malikiyah,) = _by_text(seed_places, "al-Malikiyah")
    assert _in_ne_syria(malikiyah)
    (badia,) = _by_text(seed_places, "al-Badia")
    assert badia.country_code == "SY" and badia.feature == "L.RGN"


def test_seed_countries(seed_places: list[Place]) -> None:
    for text, code in (("Iraq", "IQ"), ("Turkey", "TR"), ("Syria", "SY"), ("Lebanon", "LB")):
        found = _by_text(seed_places, text)
        assert found, text
        assert all(p.feature == "A.PCLI" and p.country_code == code for p in found), text


def test_seed_no_false_places(seed_places: list[Place]) -> None:
    texts = {p.text for p in seed_places}
    for not_a_place in ("Daesh", "SANA", "Sunday", "Trump", "Pentagon", "Kurdish", "al-Mayadeen"):
        assert not_a_place not in texts


def test_seed_main_location(seed_places: list[Place]) -> None:
    where = main_location(seed_places)
    assert where is not None
    assert where.country_code == "SY" and 35.0 <= where.lat <= 37.5 and 39.0 <= where.lon <= 42.5


def test_lebanon_is_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "Protesters gathered in Lebanon on Friday.")
    (lebanon,) = places
    assert lebanon.country_code == "LB" and lebanon.feature == "A.PCLI"


def test_document_country_picks_the_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Shelling hit Damascus in Syria, residents said."
    (damascus,) = _by_text(_places(nlp, gazetteer, text), "Damascus")
    assert damascus.country_code == "SY"


def test_province_cue_gives_the_division(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Clashes erupted in Idlib province. Later, a market in Idlib was shelled."
    idlib = _by_text(_places(nlp, gazetteer, text), "Idlib")
    assert [p.feature for p in idlib] == ["A.ADM1", "P.PPL"]


def test_seat_town_with_province_cue(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Nineveh province in Iraq."
    (nineveh,) = _by_text(_places(nlp, gazetteer, text), "Nineveh")
    assert nineveh.feature == "A.ADM1" and nineveh.country_code == "IQ"


def test_demonym_is_the_country_but_not_inside_an_actor(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    places = _places(nlp, gazetteer, "Iraqi officials met the Syrian Democratic Forces.")
    assert [(p.text, p.country_code, p.how) for p in places] == [("Iraqi", "IQ", "demonym")]


def test_same_name_same_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Rockets fell on Tripoli in Libya. Tripoli's airport closed."
    tripoli = _by_text(_places(nlp, gazetteer, text), "Tripoli")
    assert len(tripoli) == 2 and {p.country_code for p in tripoli} == {"LY"}


def test_no_places(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "The minister said on Sunday that talks would resume.")
    assert places == []
    assert main_location(places) is None


def test_continent_not_a_town_named_after_it(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Leaders from Africa and the Middle East met in New York on Monday."
    places = _places(nlp, gazetteer, text)
    (africa,) = _by_text(places, "Africa")
    assert africa.feature == "L.CONT" and africa.country_code is None
    (mideast,) = _by_text(places, "Middle East")
    assert mideast.feature == "L.RGN"


def test_us_state_is_the_division(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "Voters in Virginia and Ohio went to the polls.")
    assert [(p.text, p.feature, p.country_code) for p in places] == [
        ("Virginia", "A.ADM1", "US"),
        ("Ohio", "A.ADM1", "US"),
    ]


def test_person_surname_is_not_a_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Hillary Clinton spoke in Ohio. Later Clinton met donors in the United States."
    texts = [p.text for p in _places(nlp, gazetteer, text)]
    assert "Clinton" not in texts and "Ohio" in texts
