"""Which event of a round-up report is its main one: the deadly one, the one whose
toll the lead gives, not one the body turns to "in a related context", nor other
reports' headlines or the place a journey was bound for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import main_admin1, place_at

from sitrep.geo import Gazetteer
from sitrep.geo.lead_clauses import gain_places
from sitrep.geo.lead_toll import toll_sentence
from sitrep.geo.scene import scene_reason
from sitrep.geo.sentences import aside_sentences
from sitrep.nlp.page import page_links

if TYPE_CHECKING:
    from spacy.language import Language


def _opening(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[s:e].split()[0] for s, e in ranges]


def test_meanwhile_and_related_context_open_another_story(nlp: Language) -> None:
    text = (
        "Shelling killed five people in Aleppo on Monday. "
        "Meanwhile, jets struck a market in Idlib. "
        "In a related development, rockets hit a school in Hama. "
        "Separately, a car bomb went off in Homs. "
        "In another attack, gunmen killed two in Daraa. "
        "Aleppo residents buried the dead."
    )
    doc = nlp(text)
    assert _opening(doc.text, aside_sentences(doc)) == ["Meanwhile,", "In", "Separately,", "In"]


def test_aside_after_a_section_heading(nlp: Language) -> None:
    text = (
        "Rockets killed two children in Aleppo on Sunday. "
        "Hasaka In a relevant context, a bomb wounded three people in Hasaka city."
    )
    doc = nlp(text)
    assert _opening(doc.text, aside_sentences(doc)) == ["Hasaka"]
    doc = nlp("Rockets killed two children in Aleppo. Police separately arrested two men.")
    assert aside_sentences(doc) == []


def test_a_related_context_story_does_not_outweigh_the_first_one(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Bombs kill a man and wound eight in Hasaka and Aleppo. "
        "A man was killed when a mine exploded in a village in the countryside of Azaz in "
        "Aleppo province. "
        "Hasaka In a related context, a motorbike bomb wounded four people in Hasaka city, "
        "the Hasaka police said. "
        "Police said the bomb went off near a bakery in Hasaka."
    )
    assert main_admin1(nlp, gazetteer, text) == "Halab"


def test_a_gain_of_ground_beside_deaths_in_the_lead_is_marked(nlp: Language) -> None:
    text = "30 Militants Killed in Idleb Army Regains Several Villages in Hamah."
    doc = nlp(text)
    places = [place_at("Idleb", text, "Idlib"), place_at("Hamah", text, "Hamah")]
    division = [p.admin1 for p in places]
    assert gain_places(doc, places, len(text), list(division)) == [False, True]


def test_a_gain_alone_or_deaths_alone_mark_nothing(nlp: Language) -> None:
    for text in (
        "Army Regains Villages in Idleb and Advances in Hamah.",
        "Shelling Kills 5 in Idleb and Wounds 9 in Hamah.",
    ):
        doc = nlp(text)
        places = [place_at("Idleb", text, "Idlib"), place_at("Hamah", text, "Hamah")]
        assert gain_places(doc, places, len(text), ["Idlib", "Hamah"]) == [False, False]


def test_the_deadly_event_of_a_two_story_lead_places_the_report(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "30 Militants Killed in Idleb Army Regains Several Villages in Hamah. "
        "Army units regained three villages in Hamah countryside. "
        "Engineers cleared mines in the villages in Hamah countryside. "
        "In Idleb countryside, an explosion killed 30 militants at a meeting."
    )
    assert main_admin1(nlp, gazetteer, text) == "Idlib"


def test_toll_sentence_repeats_the_leads_number_of_dead(nlp: Language) -> None:
    text = (
        "Five people killed, 20 injured in rocket attacks on Damascus and Aleppo. "
        "Two people were injured by a mortar round in Damascus. "
        "Five people including children were killed by rockets in Aleppo city."
    )
    doc = nlp(text)
    found = toll_sentence(doc, text.index("Two"))
    assert found is not None
    assert doc.text[found[0] : found[1]].startswith("Five people including")


def test_the_round_up_event_whose_toll_the_lead_gives_places_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Five people killed, 20 injured in rocket attacks on Damascus and Aleppo. "
        "Two people were injured by a mortar round in Damascus. "
        "A police officer in Damascus said the round hit a street in Damascus. "
        "Five people including children were killed by rockets in Aleppo city."
    )
    assert main_admin1(nlp, gazetteer, text) == "Halab"


def test_related_headlines_after_the_report_start_the_page_footer(nlp: Language) -> None:
    text = (
        "Rockets killed five people in Idlib on Monday. "
        "12 Related Army Advances Near Raqqa. Coalition Strikes Hit Raqqa Again. "
        "Tags Raqqa Syria"
    )
    doc = nlp(text)
    assert page_links(doc, text.index("12")) == [(text.index("Related"), len(text))]
    assert page_links(nlp("Related clashes killed two in Raqqa on Monday."), 0) == []
    # Links under the headline are not the footer: the report follows them.
    assert page_links(doc, len(text)) == []


def test_a_page_footer_does_not_place_the_report(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Rockets killed five people in Idlib and Raqqa on Monday. "
        "Three children died when a rocket hit a school in Idlib. "
        "Two men were killed in Raqqa. "
        "Related Army Advances Near Raqqa Coalition Strikes Hit Raqqa Again Raqqa Residents "
        "Flee Raqqa. Tags Raqqa Syria"
    )
    assert main_admin1(nlp, gazetteer, text) == "Idlib"


def test_where_a_journey_was_bound_is_not_the_scene(nlp: Language) -> None:
    text = "The fighters were travelling back towards the rebel town of Azaz when a bomb hit."
    doc = nlp(text)
    assert scene_reason(doc, place_at("Azaz", text, "Halab")) == "visit"
    text = "The bomb hit the rebel town of Azaz on Monday."
    assert scene_reason(nlp(text), place_at("Azaz", text, "Halab")) is None
