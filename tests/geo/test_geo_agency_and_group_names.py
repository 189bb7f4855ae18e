"""Names that hold or look like places but are none: a news agency cited as a
report's source ("Sana reported"), and a group's name written without its
articles ("Islamic State in Iraq and Levant")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.scene import _group_name_ranges

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Four mortar rounds landed near a bakery in Jaramana on Monday, Sana reported.",
        "According to Sana, gunmen opened fire on a checkpoint outside Homs at night.",
        "A rocket fell on a school yard in Aleppo, a Sana correspondent said on Friday.",
    ],
)
def test_a_cited_news_agency_is_no_place(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    places = find_places(nlp(text), gazetteer)
    assert not [p for p in places if p.country_code == "YE"], places


def test_the_yemeni_capital_stays_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Air raids shook Sana again on Monday as fighting spread across Yemen."
    places = find_places(nlp(text), gazetteer)
    assert [p for p in places if p.text == "Sana" and p.country_code == "YE"], places


def test_group_names_match_without_their_articles() -> None:
    text = "fighters of islamic state in iraq and levant and the army of levant"
    found = [text[s:e] for s, e in _group_name_ranges(text)]
    assert found == ["islamic state in iraq and levant", "army of levant"]


def test_a_region_in_an_article_less_group_name_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Gunmen who answer to Islamic State in Iraq and Levant raided a farm "
        "east of Raqqa on Sunday."
    )
    places = find_places(nlp(text), gazetteer)
    assert not [p for p in places if p.text in ("Levant", "Iraq")], places
    assert [p for p in places if p.text == "Raqqa"], places


def test_a_town_named_like_an_outlet_stays_a_place_after_in(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Shopkeepers in the town of al-Mayadeen said the market had been shut for a week."
    places = find_places(nlp(text), gazetteer)
    assert [p for p in places if p.text == "al-Mayadeen" and p.country_code == "SY"], places
