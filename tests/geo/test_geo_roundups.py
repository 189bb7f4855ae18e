"""Round-ups, city quarters named in another city, "the countryside of X province".

Agency round-ups ("Terrorist attacks kill five in Aleppo, Hama and Damascus")
list every province of the day in the headline and often again in the first
sentence; the first item the body reports on its own is the report's lead
story. City quarters named "in CITY" are that city's, not a namesake quarter
of another one. "The northern countryside of Aleppo province" is the
province's rural part, like "the Aleppo countryside".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.sentences import event_sentence

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.model import Place

_ROUNDUP = (
    "Five killed in attacks on Damascus, Hama and Aleppo. "
    "Five people were killed on Friday in attacks with shells on Damascus, Hama and Aleppo. "
    "Two people were killed when a rocket hit a residential neighborhood in Aleppo city. "
    "In Damascus, a source at Damascus Police Command said shells hit Damascus. "
    "A man was injured in Hama."
)


def _province(place: Place) -> object:
    return (place.country_code, place.admin1)


def test_roundup_event_sentence_skips_a_repeated_list(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp(_ROUNDUP)
    places = sorted(find_places(doc, gazetteer), key=lambda p: p.start)
    lead_end = next(iter(doc.sents)).end_char
    off = [False] * len(places)
    # Without a round-up, a lead that names towns needs no later sentence.
    assert event_sentence(doc, places, off, lead_end, 4) == (0, 0)
    start, end = event_sentence(doc, places, off, lead_end, 4, roundup=_province)
    assert doc.text[start:end].startswith("Two people were killed when a rocket")


def test_roundup_is_placed_by_its_first_own_report(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp(_ROUNDUP)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Halab"


def test_single_province_lead_keeps_its_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Shelling kills five in Homs. Two people were killed when a rocket hit a market "
        "in Hama on Friday. Homs residents said shells hit Homs again."
    )
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None and point.admin1 == "Hims"


def test_quarter_named_in_another_city_is_not_the_capitals(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "A shell struck the busy neighborhood of al-Midan in Aleppo city on Sunday."
    doc = doc_with_ents(nlp, text, ("al-Midan", "GPE"), ("Aleppo", "GPE"))
    found = {p.text: p for p in find_places(doc, gazetteer)}
    # The gazetteer knows a quarter of that name in Damascus only: a namesake.
    assert "al-Midan" not in found or found["al-Midan"].admin1 == "Halab"
    assert found["Aleppo"].admin1 == "Halab"


def test_quarter_named_in_its_own_city_is_kept(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A mortar shell hit the neighborhood of al-Midan in Damascus city on Friday."
    doc = doc_with_ents(nlp, text, ("al-Midan", "GPE"), ("Damascus", "GPE"))
    found = {p.text: p for p in find_places(doc, gazetteer)}
    assert found["al-Midan"].admin1 == "Dimashq"


def test_countryside_of_a_named_province_is_its_rural_part(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    found = find_places(
        nlp("Rockets hit a hamlet in the western countryside of Aleppo province, killing three."),
        gazetteer,
    )
    assert [(p.name, p.how) for p in found] == [
        ("Aleppo Governorate", "exact; division of its main town")
    ]


def test_countryside_of_the_capitals_province_is_its_countryside_division(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    found = find_places(
        nlp("Shells hit a village in the eastern countryside of Damascus province, killing two."),
        gazetteer,
    )
    assert [p.admin1 for p in found] == ["Rif Dimashq"]
