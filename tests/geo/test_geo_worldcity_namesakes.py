"""Large, well-known places over small namesakes in a country the report names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.gazetteer import Candidate
from sitrep.geo.holds import HOLDS_BONUS, holds_bonus

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.model import Place


def _named(text: str, name: str, nlp: Language, gazetteer: Gazetteer) -> list[Place]:
    places = [p for p in find_places(nlp(text), gazetteer) if p.text == name]
    assert places, f"{name!r} not found"
    return places


def test_capital_beats_namesake_in_the_reports_country(nlp: Language, gazetteer: Gazetteer) -> None:
    # The report names the US, and the US has small towns called Belgrade: the
    # bare name is still the Serbian capital.
    text = (
        "The United States ambassador flew to Belgrade on Monday. "
        "US officials said the talks in Belgrade went well."
    )
    assert all(p.country_code == "RS" for p in _named(text, "Belgrade", nlp, gazetteer))


def test_container_keeps_the_namesake(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A rancher from Belgrade, Montana, was hurt near the ranch, police said."
    (belgrade,) = _named(text, "Belgrade", nlp, gazetteer)
    (montana,) = _named(text, "Montana", nlp, gazetteer)
    assert belgrade.country_code == "US"
    # The container reading that holds a Belgrade: the US state, not Bulgaria's Montana.
    assert montana.country_code == "US"


def test_neighbours_keep_the_namesake(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A man from Belgrade was hurt in a crash near Bozeman and Livingston, police said."
    (belgrade,) = _named(text, "Belgrade", nlp, gazetteer)
    assert (belgrade.country_code, belgrade.admin1) == ("US", "Montana")


def test_large_division_beats_village_of_a_named_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Mexican police said the smugglers crossed into Texas near the border."
    (texas,) = _named(text, "Texas", nlp, gazetteer)
    assert texas.country_code == "US" and texas.feature == "A.ADM1"


def test_container_keeps_the_village(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police in Texas, Mexico, detained two men near San Luis Potosi on Monday."
    (texas,) = _named(text, "Texas", nlp, gazetteer)
    assert texas.country_code == "MX"


def _cand(i: int, cc: str, admin1: str | None, feature: str) -> Candidate:
    return Candidate(
        id=i,
        geonameid=i,
        name="X",
        lat=0.0,
        lon=0.0,
        country_code=cc,
        admin1=admin1,
        feature=feature,
        population=1000,
        source="test",
        level=0,
    )


def test_holds_bonus_needs_a_held_reading() -> None:
    state = _cand(1, "US", "Montana", "A.ADM1")
    province = _cand(2, "BG", "Montana", "A.ADM1")
    town = _cand(3, "US", "Montana", "P.PPL")
    assert holds_bonus(state, [town]) == HOLDS_BONUS
    assert holds_bonus(province, [town]) == 0.0
    # Only countries and divisions hold places: a town gets nothing.
    assert holds_bonus(town, [state]) == 0.0
