"""Which mentions place a report's main event: datelines, groups' names, the first violent event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import place_at

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.scene import group_name_ranges, not_the_scene
from sitrep.geo.sentences import background_sentences

if TYPE_CHECKING:
    from spacy.language import Language


def _where(nlp: Language, gazetteer: Gazetteer, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None
    return point.name, point.admin1


def test_upper_case_place_after_the_date_is_a_dateline(nlp: Language) -> None:
    text = "Last updated Jul 26 2016 ALEPPO Air strikes killed 12 civilians in Saraqib on Tuesday."
    doc = nlp(text)
    assert not_the_scene(doc, place_at("ALEPPO", text, "Halab"))
    assert not not_the_scene(doc, place_at("Saraqib", text, "Idlib"))


def test_place_before_a_news_agency_is_a_dateline(nlp: Language) -> None:
    text = (
        "Barrel bombs kill nine in Syria Monitor Hama AFP Sunday 5 July Barrel bombs hit Saraqib."
    )
    doc = nlp(text)
    assert not_the_scene(doc, place_at("Hama", text, "Hamah"))
    assert not not_the_scene(doc, place_at("Saraqib", text, "Idlib"))


def test_place_inside_a_group_name_is_not_a_scene(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "On Monday the Islamic State of Iraq and the Levant shelled the town of Manbij in Syria."
    doc = nlp(text)
    groups = group_name_ranges(doc)
    assert groups == [(text.index("Islamic"), text.index(" shelled"))]
    # Neither "Iraq" nor "Levant" is a place, nor makes Iraq the report's country.
    places = find_places(doc, gazetteer)
    assert [p.text for p in places] == ["Manbij", "Syria"]
    assert not_the_scene(doc, place_at("Levant", text, "Dimashq"), groups)
    assert not not_the_scene(doc, place_at("Manbij", text, "Halab"), groups)


def test_first_violent_event_places_a_headline_without_towns(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The lead names only countries; the first report of violence is at Salqin
    # (Idlib); Azaz and Aleppo province come later, named twice each.
    text = (
        "More than 30 Syrian rebels killed in suicide blast near Turkish border. "
        "The blast on Sunday night struck a checkpoint at Salqin near the border between "
        "Turkey and the Syrian province of Idlib, the monitor said. "
        "The fighters were travelling to Azaz in Aleppo province. "
        "Their convoy had left Azaz in Aleppo province a week earlier."
    )
    assert _where(nlp, gazetteer, text)[1] == "Idlib"


def test_capital_and_its_countryside_pool_but_keep_the_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Damascus and the towns around it outweigh Homs together; the answer is the
    # town struck, not the capital.
    text = (
        "Shelling killed 20 people in Jayrud on Saturday. Homs was also hit. "
        "The army shelled Jayrud again, rebels in Douma and in Damascus said. "
        "Homs and Homs province saw clashes. Damascus residents heard the blasts."
    )
    name, admin1 = _where(nlp, gazetteer, text)
    assert admin1 == "Rif Dimashq" and name is not None and "Jay" in name


def test_supplement_adds_conflict_places(gazetteer: Gazetteer) -> None:
    assert any(c.admin1 == "Dimashq" for c in gazetteer.lookup("Mezzeh military airport"))
    assert any(c.admin1 == "Idlib" for c in gazetteer.lookup("Bab al-Hawa border crossing"))
    assert any(c.admin1 == "Dayr az Zawr" for c in gazetteer.lookup("al-Omar oil field"))


def test_sentences_about_the_past_are_background(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Published April 5 2017. A suspected chemical attack killed dozens, the WHO said. "
        "Doctors in Idlib treated the victims. "
        "The rebels had used such weapons in Aleppo last year, Moscow said. "
        "Hundreds died in a sarin attack in Aleppo in August 2013."
    )
    doc = nlp(text)
    past = background_sentences(doc)
    assert [doc.text[s:e] for s, e in past] == [
        "The rebels had used such weapons in Aleppo last year, Moscow said.",
        "Hundreds died in a sarin attack in Aleppo in August 2013.",
    ]
    assert _where(nlp, gazetteer, text)[1] == "Idlib"


def test_plural_cue_marks_every_name_of_a_list(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Rebel-held areas in Aleppo, Hama and Idlib provinces of Syria were bombed.")
    features = {p.text: p.feature for p in find_places(doc, gazetteer)}
    assert features["Aleppo"] == features["Hama"] == features["Idlib"] == "A.ADM1"
    # A singular cue belongs to the last name only.
    doc = nlp("Strikes hit Aleppo and Idlib province in Syria.")
    features = {p.text: p.feature for p in find_places(doc, gazetteer)}
    assert features["Idlib"] == "A.ADM1" and features["Aleppo"] != "A.ADM1"
