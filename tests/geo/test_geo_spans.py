"""Resolving given spans (the gold-spans mode) and the coverage added for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places, main_location, resolve_spans
from sitrep.geo.spans import spellings
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name)))
    return out


def test_spellings_strip_article_possessive_and_container() -> None:
    assert "Gaza Strip" in spellings("the Gaza Strip")
    assert "Syria" in spellings("Syria's")
    assert "Springfield" in spellings("Springfield, Illinois")


def test_resolve_spans_keeps_order_and_reports_gaps(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Shelling hit Aleppo and Qwxzzyville while Syrians fled to Lebanon."
    doc = nlp(text)
    spans = _spans(text, "Aleppo", "Qwxzzyville", "Syrians", "Lebanon")
    places = resolve_spans(doc, spans, gazetteer)
    assert len(places) == 4
    aleppo, nothing, syrians, lebanon = places
    assert nothing is None
    assert aleppo is not None and aleppo.country_code == "SY" and aleppo.start == spans[0][0]
    assert syrians is not None and syrians.feature == "A.PCLI" and syrians.country_code == "SY"
    assert lebanon is not None and lebanon.country_code == "LB" and lebanon.feature == "A.PCLI"


def test_state_abbreviation_and_county(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The fire near London, Ky., spread into Laurel County on Monday."
    places = find_places(nlp(text), gazetteer)
    ky = [p for p in places if p.text == "Ky."]
    assert ky and ky[0].name == "Kentucky" and ky[0].feature == "A.ADM1"
    given = resolve_spans(nlp(text), _spans(text, "London", "Ky.", "Laurel County"), gazetteer)
    london, state, county = given
    assert state is not None and state.admin1 == "Kentucky"
    assert county is not None and county.feature == "A.ADM2" and county.country_code == "US"
    # "London, Ky.": the Kentucky town, not the British capital.
    assert london is not None and london.country_code == "US"


def test_us_state_beats_foreign_country_in_a_us_report(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Storms hit Atlanta and Savannah before moving across Georgia toward Alabama."
    places = resolve_spans(nlp(text), _spans(text, "Atlanta", "Savannah", "Georgia"), gazetteer)
    georgia = places[2]
    assert georgia is not None and georgia.country_code == "US" and georgia.feature == "A.ADM1"
    text2 = "Russian troops entered Georgia after clashes in South Ossetia; Georgian officials"
    (country,) = resolve_spans(nlp(text2), _spans(text2, "Georgia"), gazetteer)
    assert country is not None and country.country_code == "GE"


def test_provinces_outside_the_old_index(nlp: Language, gazetteer: Gazetteer) -> None:
    found = []
    for name in ("Queensland", "Alberta", "Sichuan"):
        text = f"Heavy floods were reported across {name} this week."
        (place,) = resolve_spans(nlp(text), _spans(text, name), gazetteer)
        found.append(None if place is None else (place.country_code, place.feature))
    assert found == [("AU", "A.ADM1"), ("CA", "A.ADM1"), ("CN", "A.ADM1")]


def test_main_location_discounts_places_abroad() -> None:
    def place(name: str, cc: str, start: int, feature: str = "P.PPL") -> Place:
        return Place(
            text=name, start=start, end=start + len(name), name=name, lat=1.0 + start,
            lon=1.0, country_code=cc, feature=feature,
        )  # fmt: skip

    places = [
        place("Observatoire", "FR", 0),
        place("Syria", "SY", 20, "A.PCLI"),
        place("Syria", "SY", 40, "A.PCLI"),
        place("Qardaha", "SY", 60),
        place("Syria", "SY", 80, "A.PCLI"),
    ]
    where = main_location(places)
    assert where is not None and where.name == "Qardaha"
