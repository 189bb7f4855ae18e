"""How far recognition trusts a guess: short skeletons, respellings, implied countries."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.gazetteer import Candidate
from sitrep.geo.guesses import (
    implied_focus,
    plausible_guesses,
    respelled,
    respellings,
    top_countries,
)

if TYPE_CHECKING:
    from spacy.language import Language


def _cand(name: str, cc: str, level: int = 0, population: int = 5000) -> Candidate:
    return Candidate(1, 1, name, 0.0, 0.0, cc, None, "P.PPL", population, "test", level)


def test_short_skeleton_match_must_keep_its_first_vowel() -> None:
    # d-b-k: "Dabiq" is not "Dubuque"; "Dabik" is still a spelling of "Dabiq".
    kept = plausible_guesses("Dabiq", [_cand("Dubuque", "US", 2), _cand("Dabik", "SY", 2)])
    assert [c.name for c in kept] == ["Dabik"]
    # Longer skeletons and exact matches are left alone.
    long = [_cand("Dayr az Zawr", "SY", 2)]
    assert plausible_guesses("Deir Ezour", long) == long
    exact = [_cand("Dubuque", "US", 0)]
    assert plausible_guesses("Dubuque", exact) == exact


def test_respellings_double_one_consonant() -> None:
    assert "Raqqa" in respellings("Raqa")
    assert "Raaqa" not in respellings("Raqa")
    assert respellings("Deir Ezour") == []
    assert respellings("Aleppotown") == []
    found = {"Raqqa": [_cand("Ar Raqqah", "SY"), _cand("Raqqa", "XX")]}
    guesses = respelled(found, ["Rraqa", "Raqqa"], Counter({"SY": 2}))
    assert [(c.name, c.level) for c in guesses] == [("Ar Raqqah", 2)]


def test_implied_focus_needs_an_unambiguous_country() -> None:
    focus = implied_focus(
        [[_cand("As-Suwayda", "SY")], [_cand("Tripoli", "LY"), _cand("Tripoli", "LB")]]
    )
    assert focus == Counter({"SY": 1})
    assert top_countries(Counter({"GB": 2, "SY": 2, "IQ": 1})) == {"GB", "SY"}
    assert top_countries(Counter()) == frozenset()


def test_short_respelled_name_is_found(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "At least 20 people were killed in air raids on the city of Raqa in Syria."
    doc = doc_with_ents(nlp, text, ("Raqa", "GPE"), ("Syria", "GPE"))
    places = {p.text: p for p in find_places(doc, gazetteer)}
    assert "Raqa" in places
    assert places["Raqa"].country_code == "SY"


def test_town_of_an_unnamed_country_keeps_a_mislabelled_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # No country named: Sweida (tagged a place) tells that the report is on Syria,
    # so "Aleppo", tagged NORP and also a word of a "person", is still a place.
    text = (
        "Seven killed in attacks in Aleppo and Sweida. Shells hit al-Midan New Aleppo "
        "on Friday, and two more fell in Sweida."
    )
    doc = doc_with_ents(
        nlp,
        text,
        ("Aleppo", "NORP"),
        ("Sweida", "GPE"),
        ("al-Midan New Aleppo", "PERSON"),
    )
    names = {p.text for p in find_places(doc, gazetteer)}
    assert {"Aleppo", "Sweida"} <= names


def test_guess_in_a_country_tied_for_most_named(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The UK-based Syrian Observatory said men from Iraq were executed in Deir Ezour."
    doc = doc_with_ents(nlp, text, ("UK", "GPE"), ("Iraq", "GPE"), ("Deir Ezour", "LOC"))
    places = {p.text: p for p in find_places(doc, gazetteer)}
    assert places["Deir Ezour"].country_code == "SY"


def test_list_of_towns_read_as_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Explosions rocked Tartous Homs and Hasakeh in Syria on Friday."
    doc = doc_with_ents(nlp, text, ("Tartous Homs", "PERSON"), ("Hasakeh", "GPE"), ("Syria", "GPE"))
    names = {p.text for p in find_places(doc, gazetteer)}
    assert {"Tartous", "Homs", "Hasakeh"} <= names


def test_place_in_an_organisation_name_is_no_list(nlp: Language, gazetteer: Gazetteer) -> None:
    # "al-Sham" in a group's name stays out, even next to a town of the country.
    text = "Fighters of Ahrar al-Sham Idlib were killed, a monitor in Syria said."
    doc = doc_with_ents(nlp, text, ("Ahrar al-Sham", "ORG"), ("Syria", "GPE"))
    names = {p.text for p in find_places(doc, gazetteer)}
    assert "Sham" not in names and "al-Sham" not in names


def test_word_of_a_facility_name_is_no_small_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Obama spoke at the White House about Syria and the United States."
    doc = doc_with_ents(
        nlp, text, ("the White House", "FAC"), ("Syria", "GPE"), ("United States", "GPE")
    )
    names = {p.text for p in find_places(doc, gazetteer)}
    assert "White" not in names


def test_according_to_names_a_source(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A test would need, according to Winfield, a sample from Syria, the United States said."
    doc = doc_with_ents(nlp, text, ("Winfield", "ORG"), ("Syria", "GPE"), ("United States", "GPE"))
    names = {p.text for p in find_places(doc, gazetteer)}
    assert "Winfield" not in names
