"""A country that acts is not where the event happened: "France and Britain
patrolled the strait off Yemen" happened off Yemen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.events.place_links import origin

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Britain patrolled the skies over Yemen.", "Britain", True),
        ("France and Britain patrolled the strait off Yemen.", "France", True),
        ("France and Britain patrolled the strait off Yemen.", "Britain", True),
        ("France and Britain patrolled the strait off Yemen.", "Yemen", False),
        ("Libya was bombed by French jets.", "Libya", False),
        ("Aleppo fell to the rebels in December.", "Aleppo", False),
    ],
)
def test_acting_country(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None
    assert origin(span) is expected
