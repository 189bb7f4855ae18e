"""A person's home is not where the event happened: "a friend from France", "X, 28,
of the village of Y near Z"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, place_in

from sitrep.events.place_links import origin
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _place(text: str, whole: str, name: str, country: str) -> Place:
    start = whole.index(text)
    return place_in(text, whole, name, "P.PPL", 10.0, lon=10.0 + start / 100, country=country)


def test_home_village_of_a_person_is_not_the_scene(extract: Extract) -> None:
    text = (
        "On Tuesday, Samir Haddad, 31, of the Village of Beit Ummar near Hebron, detonated "
        "a charge at a bus stop in the middle of Netanya."
    )
    places = [
        _place("Beit Ummar", text, "Beit Ummar", "PS"),
        _place("Hebron", text, "Hebron", "PS"),
        _place("Netanya", text, "Netanya", "IL"),
    ]
    events = [e for e in extract(text, places=places) if e.trigger.text == "detonated"]
    assert events and events[0].location is not None
    assert events[0].location.name == "Netanya"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A student from Belgium was helping to carry the boxes.", "Belgium", True),
        ("Two businessmen from Chennai were found murdered.", "Chennai", True),
        ("Rockets were fired from Gaza at Israeli towns.", "Gaza", False),
        ("The attack from Gaza killed two.", "Gaza", False),
        (
            "Samir Haddad, 31, of the village of Beit Ummar near Hebron, set off a bomb.",
            "Hebron",
            True,
        ),
        ("Shelling hit the outskirts of the town of Saraqib near Idlib.", "Idlib", False),
    ],
)
def test_origin(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None
    assert origin(span) is expected
