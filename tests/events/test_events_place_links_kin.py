"""Where a relative or other person comes from ("a cousin from Belgium") is their
home, not the scene of the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.events.place_links import origin

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A cousin from Belgium was among those hurt in the blast.", "Belgium"),
        ("Her brother from Aleppo said the house had been shelled.", "Aleppo"),
        ("The victim's husband from Lyon identified the body.", "Lyon"),
        ("Two nephews from Homs were wounded in the raid.", "Homs"),
        ("A neighbour from Mosul helped pull survivors out.", "Mosul"),
    ],
)
def test_home_of_a_relative_is_an_origin(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None
    assert origin(span)


def test_a_shell_fired_from_a_place_is_still_no_origin(nlp: Language) -> None:
    text = "Shells fired from Homs hit the market."
    start = text.index("Homs")
    span = nlp(text).char_span(start, start + len("Homs"))
    assert span is not None
    assert not origin(span)
