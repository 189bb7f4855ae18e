"""Large features against the towns named after them, and lists of places.

A bare state, country or region name means the large feature; a town that has
the name only as an alternate name, or shares a division's name, is the answer
only when the text says so ("the town of X", "X, Pa.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places, resolve_spans
from sitrep.geo.spans import spellings
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _given(nlp: Language, gaz: Gazetteer, text: str, *names: str) -> list[Place | None]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append((start, start + len(name)))
    return resolve_spans(nlp(text), spans, gaz)


def test_state_name_beats_same_named_towns_in_a_list(nlp: Language, gazetteer: Gazetteer) -> None:
    # A list of states: "Oklahoma, Pennsylvania" is two states, not a town in one.
    text = "Cases were reported in Oklahoma, Pennsylvania, California, Missouri and Oregon."
    places = _given(
        nlp, gazetteer, text, "Oklahoma", "Pennsylvania", "California", "Missouri", "Oregon"
    )
    assert all(p is not None and p.feature == "A.ADM1" for p in places), places


def test_town_named_for_a_state_needs_its_container(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The mill in California, Pennsylvania closed."
    (town, state) = _given(nlp, gazetteer, text, "California", "Pennsylvania")
    assert town is not None and town.feature.startswith("P.") and town.admin1 == "Pennsylvania"
    assert state is not None and state.feature == "A.ADM1"


def test_new_york_without_city_is_the_state(nlp: Language, gazetteer: Gazetteer) -> None:
    # The namesake town stands for a division only where the two are close.
    text = "Farmers in New York and Vermont lost crops."
    (ny, _vt) = _given(nlp, gazetteer, text, "New York", "Vermont")
    assert ny is not None and ny.feature == "A.ADM1"


def test_idlib_without_province_is_still_the_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Air strikes hit Idlib and Saraqib in Syria."
    (idlib,) = _given(nlp, gazetteer, text, "Idlib")
    assert idlib is not None and idlib.feature.startswith("P.") and idlib.country_code == "SY"


def test_region_beats_town_of_its_name(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Refugees from the war crossed the Levant by the thousands, US officials said."
    places = find_places(nlp(text), gazetteer)
    levant = [p for p in places if p.text == "Levant"]
    assert levant and all(p.country_code is None and p.feature == "L.RGN" for p in levant)
    # Inside a group's name it is no place at all (see test_geo_scene).
    text = "The Islamic State in Iraq and the Levant claimed the attack, US officials said."
    assert not [p for p in find_places(nlp(text), gazetteer) if p.text in ("Levant", "Iraq")]


def test_conflict_regions_are_covered(gazetteer: Gazetteer) -> None:
    for name in ("South Ossetia", "Nagorno-Karabakh", "Mindanao", "Waziristan", "Transnistria"):
        cands = gazetteer.lookup(name)
        assert cands and cands[0].source == "supplement", name
    # First-level divisions tied through their seat (Rakhine via Sittwe).
    rakhine = gazetteer.lookup("Rakhine")
    assert rakhine and rakhine[0].feature == "A.ADM1" and rakhine[0].country_code == "MM"


def test_division_word_is_dropped_and_read_as_cue(nlp: Language, gazetteer: Gazetteer) -> None:
    assert "Karak" in spellings("Karak district")
    text = "Clashes were reported in Karak district of Jordan."
    (karak,) = _given(nlp, gazetteer, text, "Karak district")
    assert karak is not None and karak.country_code == "JO" and karak.feature == "A.ADM1"


def test_country_centre_is_not_the_capital(gazetteer: Gazetteer) -> None:
    # Austria's centre lies far west of Vienna; a country point is its middle.
    (austria,) = [c for c in gazetteer.lookup("Austria") if c.is_country]
    assert 12.5 < austria.lon < 14.5


def test_mislabelled_city_in_a_report_naming_no_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # spaCy tags "Aleppo" NORP here; the report names no country.
    text = "12 people choke in poison gas attack on Salaheddin district in Aleppo city"
    places = find_places(nlp(text), gazetteer)
    assert any(p.text == "Aleppo" and p.country_code == "SY" for p in places), places


def test_list_of_town_state_pairs_keeps_each_pair(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The finalists were Louisville, Ky., New Haven, Conn., and Sioux Falls, S.D. this year."
    places = find_places(nlp(text), gazetteer)
    haven = [p for p in places if p.text == "New Haven"]
    assert haven and haven[0].admin1 == "Connecticut", places
