"""Later names of a list the text calls localities ("the towns of X and Y"), and the
country a tagged place implies when a namesake elsewhere is tiny."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from geo_support import doc_with_ents

from sitrep.geo import Gazetteer, find_places
from sitrep.geo.gazetteer import Candidate
from sitrep.geo.guesses import implied_focus

if TYPE_CHECKING:
    from spacy.language import Language


def _cand(name: str, cc: str, population: int) -> Candidate:
    return Candidate(1, 1, name, 0.0, 0.0, cc, None, "P.PPL", population, "test", 0)


def test_a_large_place_implies_its_country_over_a_tiny_namesake() -> None:
    big = [_cand("Baghdad", "IQ", 5_000_000), _cand("Baghdad", "US", 300)]
    assert implied_focus([big]) == Counter({"IQ": 1})
    # Namesakes of like size say nothing.
    tied = [_cand("Tripoli", "LY", 1_100_000), _cand("Tripoli", "LB", 230_000)]
    assert implied_focus([tied]) == Counter()


def test_second_town_of_a_list_read_as_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "At dawn, aircraft bombed the villages of Maharda and Harbnafsah near Hama."
    doc = doc_with_ents(nlp, text, ("Harbnafsah", "PERSON"), ("Hama", "GPE"))
    places = {p.text: p for p in find_places(doc, gazetteer)}
    assert places["Harbnafsah"].country_code == "SY"


def test_listed_town_of_the_tagged_division_in_a_report_naming_another_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Russia is the only country named; Deir Ezzor says where the towns are.
    text = "Russia said its jets hit sites near the cities of Mayadeen and Abukamal in Deir Ezzor."
    doc = doc_with_ents(nlp, text, ("Russia", "GPE"), ("Abukamal", "PERSON"), ("Deir Ezzor", "GPE"))
    places = {p.text: p for p in find_places(doc, gazetteer)}
    assert places["Abukamal"].country_code == "SY"


def test_name_after_a_comma_with_no_list_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Residents of the village of Maharda, Karim Hassan said, fled to Hama."
    doc = doc_with_ents(nlp, text, ("Karim Hassan", "PERSON"), ("Hama", "GPE"))
    names = {p.text for p in find_places(doc, gazetteer)}
    assert not names & {"Karim Hassan", "Hassan", "Karim"}
