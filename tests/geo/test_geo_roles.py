"""Names placed by their role in the sentence (a place-taking verb's object, a
facility's modifier), a headline's side clause, and world cities over towns that
bear their name only as an alternate one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.sentences import quiet_clause

if TYPE_CHECKING:
    from spacy.language import Language


def _names(nlp: Language, gazetteer: Gazetteer, text: str) -> dict[str, tuple[str, str | None]]:
    return {p.text: (p.name, p.country_code) for p in find_places(nlp(text), gazetteer)}


def test_the_object_of_a_place_taking_verb(nlp: Language, gazetteer: Gazetteer) -> None:
    # spaCy tags the lone name PRODUCT / ORG; no country is named.
    text = "Kurdish fighters captured Manbij last week but kept fighting in its western districts."
    assert _names(nlp, gazetteer, text).get("Manbij") == ("Manbij", "SY")
    text = "Worried about ambushes, the police now patrol Karachi in armoured trucks."
    assert _names(nlp, gazetteer, text).get("Karachi", ("", None))[1] == "PK"


def test_the_passive_subject_of_a_place_taking_verb(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Vukovar was captured by Serb forces late in 1991 after a long siege."
    assert _names(nlp, gazetteer, text).get("Vukovar", ("", None))[1] == "HR"


def test_another_spelling_of_one_town_entered(nlp: Language, gazetteer: Gazetteer) -> None:
    # GeoNames spells it Jarabulus; the text's spelling is one of its other names.
    text = "Turkish troops entered Jarablus on Wednesday."
    assert _names(nlp, gazetteer, text).get("Jarablus", ("", None))[1] == "SY"


def test_a_facility_named_for_a_person_places_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    # "Bassel" is another name of Basel; the hospital is named for a man.
    assert any(c.country_code == "CH" for c in gazetteer.lookup("Bassel"))
    text = "Guards stopped a man with an explosive vest inside the Al-Bassel Hospital."
    assert _names(nlp, gazetteer, text).get("Bassel", ("", None))[1] != "CH"


def test_a_person_captured_stays_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    assert "Jackson" not in _names(nlp, gazetteer, "Police captured Jackson on Monday.")


def test_the_modifier_of_a_facility(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Armed officers patrolled the Shinjuku station, usually packed with commuters."
    assert _names(nlp, gazetteer, text).get("Shinjuku", ("", None))[1] == "JP"
    text = "A fire on Sunday night gutted the Omagh home of a retired teacher."
    assert _names(nlp, gazetteer, text).get("Omagh", ("", None))[1] == "GB"


def test_a_headline_place_in_a_quiet_side_clause(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp(
        "Air raid toll in Syria climbs while Kurdish units gain ground in the city of Manbij."
    )
    manbij = [p for p in find_places(doc, gazetteer) if p.text == "Manbij"]
    assert manbij and quiet_clause(doc, manbij[0])
    doc = nlp(
        "Syrian strikes killed 20 people in the town of Manbij while SDF fighters made gains."
    )
    manbij = [p for p in find_places(doc, gazetteer) if p.text == "Manbij"]
    assert manbij and not quiet_clause(doc, manbij[0])


def test_the_violent_clause_places_the_report(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Air raid toll in Syria climbs while Kurdish units gain ground in the city of "
        "Manbij. "
        "Air raids on the city of Deir Ezzor killed 58 civilians on Sunday, a monitor said."
    )
    doc = nlp(text)
    where = main_location(find_places(doc, gazetteer), doc)
    assert where is not None and where.admin1 == "Dayr az Zawr"


def test_a_world_city_over_a_namesake_by_its_own_name(nlp: Language, gazetteer: Gazetteer) -> None:
    # Al Madinah (Iraq) and the old town of Fez bear "Medina" only as an alternate
    # name: they do not make Saudi Arabia's city ambiguous next to Medina, Ohio.
    text = (
        "Talks in Geneva and Astana stalled. Pilgrims from Syria travelled to Mecca "
        "and Medina this week."
    )
    assert _names(nlp, gazetteer, text).get("Medina", ("", None))[1] == "SA"
