"""A country that acts is not where the event happened: "France and Britain
patrolled the strait off Yemen" happened off Yemen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import make_extract, only, place_in

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
        # A list without commas (common in scraped text): the parser reads the
        # first names as compounds of the subject.
        (
            "The UK France Egypt and Jordan have asked the rebels to negotiate.",
            "France",
            True,
        ),
        ("The UK France Egypt and Jordan have asked the rebels to negotiate.", "UK", True),
    ],
)
def test_acting_country(nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None
    assert origin(span) is expected


def test_acting_country_is_no_fallback_place(nlp: Language) -> None:
    """An event in a sentence whose only places are the countries that act ("urged
    the rebels to halt the shelling") is not placed in them: the document's place
    stands in (none in this bare test document)."""
    text = (
        "Talks resumed in Geneva on Monday. "
        "Britain and France have urged the rebels to halt the shelling of the city."
    )
    places = [
        place_in("Geneva", text, "Geneva", "P.PPLA", 46.2, lon=6.1, country="CH"),
        place_in("Britain", text, "United Kingdom", "A.PCLI", 54.0, lon=-2.0, country="GB"),
        place_in("France", text, "France", "A.PCLI", 46.0, lon=2.0, country="FR"),
    ]
    shelling = only(make_extract(nlp)(text, places=places), "ASSAULT")
    assert shelling.location is None or shelling.location.country_code not in ("GB", "FR")
