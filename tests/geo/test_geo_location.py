from __future__ import annotations

from sitrep.geo import main_location
from sitrep.model import Place


def _place(text: str, start: int, feature: str, cc: str, lat: float, **kw: object) -> Place:
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=text,
        lat=lat,
        lon=lat,
        country_code=cc,
        feature=feature,
        **kw,
    )


def test_prefers_a_town_over_its_country() -> None:
    places = [
        _place("Syria", 0, "A.PCLI", "SY", 35.0),
        _place("Syria", 50, "A.PCLI", "SY", 35.0),
        _place("Hasakah", 80, "P.PPL", "SY", 36.5, admin1="Al Hasakah"),
        _place("Syria", 120, "A.PCLI", "SY", 35.0),
    ]
    where = main_location(places)
    assert where is not None and where.name == "Hasakah" and where.admin1 == "Al Hasakah"


def test_town_in_the_reports_country_beats_a_passing_mention() -> None:
    places = [
        _place("Washington", 0, "P.PPLC", "US", 38.9),
        _place("Syria", 40, "A.PCLI", "SY", 35.0),
        _place("Syria", 90, "A.PCLI", "SY", 35.0),
        _place("Syria", 95, "A.PCLI", "SY", 35.0),
        _place("Manbij", 150, "P.PPL", "SY", 36.5),
    ]
    where = main_location(places)
    assert where is not None and where.name == "Manbij"


def test_country_when_nothing_finer() -> None:
    places = [_place("Yemen", 0, "A.PCLI", "YE", 15.5)]
    where = main_location(places)
    assert where is not None and where.country_code == "YE"


def test_empty() -> None:
    assert main_location([]) is None
