"""Words that place a name the small model mislabels or leaves untagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.geo import Gazetteer, find_places

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # A hyphenated word of control makes the name after it a territory.
        ("Five civilians were killed in government-held Aleppo on Monday.", "Aleppo", "Halab"),
        ("Troops shelled rebel-held Douma, activists said.", "Douma", "Rif Dimashq"),
        # A town tagged as a product, placed by "in": the town.
        ("Over 60 have been hurt in the Manbij offensive to date.", "Manbij", "Halab"),
    ],
)
def test_placed_names_are_found(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    found = [p for p in find_places(nlp(text), gazetteer) if p.text == name]
    assert found and found[0].admin1 == admin1


def test_the_capital_apposition_names_a_town(nlp: Language, gazetteer: Gazetteer) -> None:
    places = find_places(nlp("A bomb exploded in the capital, Colombo, killing four."), gazetteer)
    assert [(p.text, p.country_code) for p in places] == [("Colombo", "LK")]


@pytest.mark.parametrize(
    "text",
    [
        # Neither placed by a preposition nor by a word of control.
        "Rebels announced the Manbij offensive.",
        "He spoke to al-Mayadeen television on Monday.",
    ],
)
def test_unplaced_titles_stay_out(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert find_places(nlp(text), gazetteer) == []


def test_the_town_of_names_a_town_in_a_report_naming_no_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Volunteers piled sandbags along the dike in the town of Ochten all night."
    places = find_places(nlp(text), gazetteer)
    assert [(p.text, p.country_code) for p in places] == [("Ochten", "NL")]
