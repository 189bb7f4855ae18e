"""Events beside the main one ("also", "Elsewhere") and side clauses of the lead do
not place a report's main event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents, main_admin1

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.sentences import aside_sentences, earlier_event_sentences, event_sentence

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_also_event_does_not_place_a_headline_without_towns(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "At least six people were killed in air strikes in Syria on Friday, rescuers said. "
        "A school was also destroyed by air strikes north of Hama on Friday. "
        "A rescue worker said six civilians were killed when a strike hit a market "
        "in Saraqib. The strikes hit Saraqib at dawn."
    )
    assert main_admin1(nlp, gazetteer, text) == "Idlib"


def test_elsewhere_opens_another_story(nlp: Language) -> None:
    doc = nlp("Shelling killed five in Aleppo. Elsewhere, jets struck Idlib. Aleppo mourned.")
    sentences = aside_sentences(doc)
    assert len(sentences) == 1
    start, end = sentences[0]
    assert doc.text[start:end].startswith("Elsewhere")


def test_quiet_side_clause_of_the_lead_does_not_outweigh_the_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Air raid toll in Syria climbs while Kurdish units gain ground in Manbij. "
        "Strikes on the town of al-Quriyah southeast of Deir Ezzor killed 58 civilians, "
        "monitors said. Islamic State holds most of Deir Ezzor city. "
        "The SDF said fighters in Manbij in Aleppo province advanced."
    )
    assert main_admin1(nlp, gazetteer, text) == "Dayr az Zawr"


def test_placed_romanisation_of_a_multiword_town_tagged_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Syrian jets killed five people in a bombing run on Jisr al-Shigour in Idlib province."
    doc = doc_with_ents(nlp, text, ("Syrian", "NORP"), ("Jisr al-Shigour", "PERSON"))
    found = {p.text: p for p in find_places(doc, gazetteer)}
    assert found["Jisr al-Shigour"].admin1 == "Idlib"
    # A single word tagged a person is not guessed at ("Shigour" alone may be a name).
    doc = doc_with_ents(
        nlp, "Syrian jets hit Shigour on Monday.", ("Syrian", "NORP"), ("Shigour", "PERSON")
    )
    assert "Shigour" not in {p.text for p in find_places(doc, gazetteer)}


def test_an_earlier_event_recalled_by_follows_is_background(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Islamic State released a new video in Syria and Iraq on Monday showing the killing "
        "of two activists. The activists were killed in the city of Raqqa, the group said. "
        "This follows a video showing militants killing 25 soldiers in the town of Palmyra. "
        "Militants seized the town of Palmyra in May. The group holds Raqqa and Mosul."
    )
    assert main_admin1(nlp, gazetteer, text) == "Ar Raqqah"


def test_antecedent_range_starts_at_the_verb(nlp: Language) -> None:
    doc = nlp(
        "Shelling hit Aleppo. The Idlib raids came a day after strikes on Hama. "
        "Follow us on Twitter."
    )
    ranges = earlier_event_sentences(doc)
    assert len(ranges) == 1  # the imperative "Follow us" recalls nothing
    start, end = ranges[0]
    assert doc.text[start:end].startswith("came a day after strikes on Hama")


def test_an_also_sentence_places_the_event_when_no_other_does(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "At least 20 people were killed in air strikes in Syria on Friday, rescuers said. "
        "The strikes also wounded 40 people in Saraqib. Officials gave no more details."
    )
    doc = nlp(text)
    places = sorted(find_places(doc, gazetteer), key=lambda p: p.start)
    lead_end = next(iter(doc.sents)).end_char
    start, end = event_sentence(doc, places, [False] * len(places), lead_end, 4)
    assert doc.text[start:end].startswith("The strikes also wounded")
