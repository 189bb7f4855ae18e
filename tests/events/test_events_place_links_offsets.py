"""A place given as a reference by distance or bearing: "20 km north of Homs"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.events.place_links import Offset, after_compass, offset_from, offset_point
from sitrep.geo.rows import haversine_km

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _at(nlp: Language, text: str, name: str) -> tuple[Doc, int]:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    return doc, start


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "A car bomb exploded 20 kilometres north of Homs, killing 8.",
            "Homs",
            Offset(20.0, "north"),
        ),
        ("A car bomb exploded 60 km from Damascus, killing 8.", "Damascus", Offset(60.0, None)),
        ("The bomb went off 30 miles away from Kabul.", "Kabul", Offset(48.27, None)),
        ("Clashes hit Rastan, north of Homs, on Monday.", "Homs", Offset(None, "north")),
        (
            "Rebels raided a post near Pilli, some 480 kilometers (300 miles) west of Katmandu.",
            "Katmandu",
            Offset(480.0, "west"),
        ),
        # Where the event went, not a reference.
        ("The convoy drove from Damascus to Homs.", "Damascus", None),
        ("Shelling hit the outskirts of Homs.", "Homs", None),
    ],
)
def test_offset_from(nlp: Language, text: str, name: str, expected: Offset | None) -> None:
    doc, start = _at(nlp, text, name)
    found = offset_from(doc, start)
    if expected is None:
        assert found is None
        return
    assert found is not None and found.bearing == expected.bearing
    assert (found.km is None) == (expected.km is None)
    if expected.km is not None and found.km is not None:
        assert found.km == pytest.approx(expected.km, rel=1e-3)


def test_a_distance_from_a_town_makes_it_a_reference(nlp: Language) -> None:
    doc, start = _at(nlp, "A car bomb exploded 60 km from Damascus, killing 8.", "Damascus")
    assert after_compass(doc, start)


def test_offset_point_moves_by_distance_and_bearing() -> None:
    homs = (34.72405, 36.72559)
    moved = offset_point(*homs, Offset(20.0, "north"))
    assert moved is not None
    assert moved[0] > homs[0] and moved[1] == pytest.approx(homs[1], abs=1e-4)
    assert haversine_km(*homs, *moved) == pytest.approx(20.0, rel=1e-3)
    east = offset_point(*homs, Offset(50.0, "southeast"))
    assert east is not None and east[0] < homs[0] and east[1] > homs[1]
    assert offset_point(*homs, Offset(60.0, None)) is None
    assert offset_point(*homs, Offset(None, "north")) is None
