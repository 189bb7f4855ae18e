"""A province's rural area named by its main town ("rural Idlib") is the province."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.geo.countryside import PART, RURAL, countryside_cue

if TYPE_CHECKING:
    from spacy.language import Language


def _place(nlp: Language, gazetteer: Gazetteer, text: str, name: str) -> tuple[str, str, str]:
    places = [p for p in find_places(nlp(text), gazetteer) if p.text == name]
    assert places, f"{name!r} not found in {text!r}"
    p = places[0]
    return p.name, p.feature, p.admin1 or ""


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Government warplanes struck the Idlib countryside, killing 12.", "Idlib", "Idlib"),
        ("Shelling in rural Idlib killed five people.", "Idlib", "Idlib"),
        ("Airstrikes hit the countryside of Hama, killing three.", "Hama", "Hamah"),
        ("Regime forces shelled the eastern Aleppo countryside.", "Aleppo", "Halab"),
        ("Rebels attacked army positions in northern Hama.", "Hama", "Hamah"),
        ("Clashes erupted in Homs's countryside on Tuesday.", "Homs", "Hims"),
    ],
)
def test_countryside_of_a_main_town_is_its_province(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    _, feature, found = _place(nlp, gazetteer, text, name)
    assert (feature, found) == ("A.ADM1", admin1)


def test_rural_damascus_is_the_rif_dimashq_governorate(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Clashes erupted in rural Damascus on Tuesday."
    place = ("Rif Dimashq Governorate", "A.ADM1", "Rif Dimashq")
    assert _place(nlp, gazetteer, text, "Damascus") == place
    point = main_location(find_places(nlp(text), gazetteer))
    assert point is not None and point.admin1 == "Rif Dimashq"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The area around a town that is no province's main town stays the town.
        ("Airstrikes hit the countryside of Saraqib, killing three.", "Saraqib"),
        # Before a capital or a city of a million, a compass word names its quarters.
        ("Shelling hit southern Damascus on Monday.", "Damascus"),
        ("Airstrikes killed ten people in eastern Aleppo on Monday.", "Aleppo"),
        # A bare name is still the town.
        ("Shelling in Idlib killed five people.", "Idlib"),
    ],
)
def test_towns_stay_towns(nlp: Language, gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _place(nlp, gazetteer, text, name)[1].startswith("P.")


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # A town 45 km out "in northern Aleppo": the province's north.
        ("Fighting raged in Azaz in northern Aleppo, Syria.", "Aleppo", "A.ADM1"),
        ("Clashes went on in Manbij in northeastern Aleppo, Syria.", "Aleppo", "A.ADM1"),
        # A quarter of the city "in eastern Aleppo" keeps it the city.
        ("Jets bombed Masaken Hanano in eastern Aleppo, Syria.", "Aleppo", "P.PPL"),
    ],
)
def test_a_town_in_a_big_citys_compass_part_is_in_the_province(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, feature: str
) -> None:
    assert _place(nlp, gazetteer, text, name)[1] == feature


def test_same_name_with_and_without_the_cue(nlp: Language, gazetteer: Gazetteer) -> None:
    # The cue makes its own reading: the town and the province in one report.
    text = "Shelling in rural Idlib killed five. Residents of Idlib said the city was calm."
    places = find_places(nlp(text), gazetteer)
    assert [p.feature for p in places if p.text == "Idlib"] == ["A.ADM1", "P.PPL"]


def test_countryside_cue_words() -> None:
    lower = [
        "the",
        "idlib",
        "countryside",
        ",",
        "rural",
        "hama",
        ",",
        "countryside",
        "of",
        "homs",
        ",",
        "northern",
        "raqqa",
    ]
    assert countryside_cue(lower, 1, 2) == (RURAL, "countryside")
    assert countryside_cue(lower, 5, 6) == (RURAL, "rural")
    assert countryside_cue(lower, 9, 10) == (RURAL, "countryside")
    assert countryside_cue(lower, 12, 13) == (PART, "northern")
    assert countryside_cue(lower, 0, 1) is None


def test_city_quarters_and_countryside_in_one_report(nlp: Language, gazetteer: Gazetteer) -> None:
    # "eastern Aleppo" (the city's quarters) does not make "the Aleppo countryside"
    # the city, nor the other way round.
    text = (
        "Airstrikes killed ten people in eastern Aleppo on Monday. "
        "Regime forces also shelled the Aleppo countryside."
    )
    places = find_places(nlp(text), gazetteer)
    assert [p.feature for p in places if p.text == "Aleppo"] == ["P.PPL", "A.ADM1"]


def test_a_list_of_main_towns_before_countryside(nlp: Language, gazetteer: Gazetteer) -> None:
    # The small model tags the names ORG; the cue after the list places each one.
    text = "Airstrikes pounded the Homs, Hama and Idlib countryside on Monday."
    places = find_places(nlp(text), gazetteer)
    assert [(p.text, p.feature, p.admin1) for p in places] == [
        ("Homs", "A.ADM1", "Hims"),
        ("Hama", "A.ADM1", "Hamah"),
        ("Idlib", "A.ADM1", "Idlib"),
    ]


def test_a_governorate_shows_its_english_name(nlp: Language, gazetteer: Gazetteer) -> None:
    # The ISO name "Halab" stays the admin1 key; readers see "Aleppo Governorate".
    text = "Regime jets struck several villages in rural Aleppo on Sunday."
    assert _place(nlp, gazetteer, text, "Aleppo") == ("Aleppo Governorate", "A.ADM1", "Halab")


def test_a_name_shared_by_a_city_quarter_and_a_foreign_province(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Aleppo's Salaheddine quarter is spelled as Iraq's Salahuddin province often is.
    aleppo = "Regime jets bombed Salahuddin and Sukkari in Aleppo on Monday."
    assert _place(nlp, gazetteer, aleppo, "Salahuddin")[2] == "Halab"
    iraq = "Iraqi forces advanced on Tikrit in Salahuddin province on Monday."
    places = find_places(nlp(iraq), gazetteer)
    assert [p.country_code for p in places if p.text == "Salahuddin"] == ["IQ"]
