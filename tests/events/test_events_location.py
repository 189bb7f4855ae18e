"""Event location: attached place first, then nearest in the sentence, then the document's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, make_extract, only

from sitrep.events.location import precision_of
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def extract(nlp: Language) -> Extract:
    return make_extract(nlp)


def _place(text: str, whole: str, name: str, feature: str, lat: float = 36.0) -> Place:
    start = whole.index(text)
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=name,
        lat=lat,
        lon=38.0,
        country_code="SY",
        feature=feature,
    )


def test_precision_from_feature() -> None:
    assert precision_of("P.PPL") == "locality"
    assert precision_of("A.ADM1") == "admin1"
    assert precision_of("A.ADM2") == "admin2"
    assert precision_of("A.PCLI") == "country"
    assert precision_of("L.RGN") == "region"


def test_attached_place_wins_over_nearer_one(extract: Extract) -> None:
    text = "In Hasakah province, Turkish drones struck a car in Qamishli."
    places = [
        _place("Hasakah", text, "Al-Hasakah", "A.ADM1"),
        _place("Qamishli", text, "Qamishli", "P.PPLA2"),
    ]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.name == "Qamishli"
    assert event.location.precision == "locality"
    assert event.mode == "drone"


def test_near_a_place(extract: Extract) -> None:
    text = "Russian jets bombed villages north of Idlib."
    event = only(extract(text, places=[_place("Idlib", text, "Idlib", "P.PPLA")]), "ASSAULT")
    assert event.location is not None and event.location.precision == "near"


def test_an_organisations_seat_is_not_the_event_place(extract: Extract) -> None:
    # The parse hangs the monitor off "people", so its "Britain-based" is fewer
    # hops from the trigger than the town the strike hit.
    text = (
        "Airstrikes killed 12 people in the town of Atareb, "
        "the Britain-based Syrian Observatory for Human Rights said."
    )
    places = [
        _place("Atareb", text, "Al Atarib", "P.PPL"),
        _place("Britain", text, "United Kingdom", "A.PCLI", lat=54.0),
    ]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.name == "Al Atarib"


def test_no_place_in_sentence(extract: Extract) -> None:
    text = "Syrian troops shelled rebel positions."
    assert only(extract(text), "ASSAULT").location is None


def test_finer_place_in_apposition_refines_the_country(extract: Extract) -> None:
    text = "A US military convoy entered Syria, Hasakah, on Monday."
    places = [
        _place("Syria", text, "Syria", "A.PCLI"),
        _place("Hasakah", text, "Al Hasakah", "P.PPLA"),
    ]
    event = only(extract(text, places=places), "MOBILIZE")
    assert event.location is not None and event.location.name == "Al Hasakah"


def test_a_movement_through_two_places_is_one_event(extract: Extract) -> None:
    text = (
        "A convoy of US trucks was deployed at al-Walid. "
        "US forces then deployed the trucks in Qamishli."
    )
    places = [
        _place("al-Walid", text, "al-Walid", "P.PPL"),
        _place("Qamishli", text, "Qamishli", "P.PPLA2"),
    ]
    moves = [e for e in extract(text, places=places) if e.type == "MOBILIZE"]
    assert len(moves) == 1, [e.trigger.text for e in moves]
