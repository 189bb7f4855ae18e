"""Datelines: a place and a news agency ("Hama, SANA -", "DAMASCUS (Reuters) -")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.datelines import agency_at, dateline_name

if TYPE_CHECKING:
    from spacy.language import Language


def test_agency_names_with_a_glued_dash() -> None:
    assert agency_at("SANA") and agency_at("SANA-") and agency_at("Reuters")
    assert not agency_at("Sana") and not agency_at("-")


def test_dateline_name_needs_an_agency_and_no_preposition(nlp: Language) -> None:
    doc = nlp("Hama, SANA - Army units shelled positions. Rebels in Homs SANA said fled.")
    assert dateline_name(doc, 0, 1)
    homs = next(t.i for t in doc if t.text == "Homs")
    assert not dateline_name(doc, homs, homs + 1)  # "in Homs": part of a sentence
    doc = nlp("Shells fell on rebel-held Aleppo Reuters reported on Monday.")
    aleppo = next(t.i for t in doc if t.text == "Aleppo")
    # The agency goes on as the subject of "reported": no dateline.
    assert not dateline_name(doc, aleppo, aleppo + 1)


def test_place_read_with_its_agency_as_one_person_is_found(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Hama SANA – Army units destroyed vehicles of terrorists in the northern countryside."
    doc = doc_with_ents(nlp, text, ("Hama SANA", "PERSON"))
    places = find_places(doc, gazetteer)
    assert [(p.text, p.admin1) for p in places] == [("Hama", "Hamah")]


def test_dateline_town_tagged_person_in_a_report_naming_no_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Quneitra, SANA- Israeli forces fired a missile on a military position, causing "
        "damage. The Damascus government condemned the attack."
    )
    doc = doc_with_ents(nlp, text, ("Quneitra", "PERSON"), ("Israeli", "NORP"))
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Al Qunaytirah"


def test_provincial_dateline_counts_a_foreign_or_capital_one_does_not(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # A reporter filing from a town of the report's country is where the news is...
    text = (
        "ALEPPO, Syria (Reuters) - Rebels shelled government-held districts on Sunday, "
        "killing five people, state media said. Air strikes also hit Idlib later."
    )
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Halab"
    # ... a correspondent in the capital is not.
    text = text.replace("ALEPPO", "DAMASCUS")
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Idlib"


def test_provincial_dateline_yields_to_the_leads_own_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "HOMS, Syria (AP) - Air strikes killed 12 civilians in Saraqib on Tuesday, monitors say."
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Idlib"
