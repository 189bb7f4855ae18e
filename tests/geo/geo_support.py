"""Helpers shared by the geo tests (not a test module; see tests/events/events_support.py
for why not a conftest.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, find_places, main_location
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def doc_with_ents(nlp: Language, text: str, *ents: tuple[str, str]) -> Doc:
    """Parse ``text`` and replace its entities by (substring, label) pairs."""
    doc = nlp(text)
    spans = []
    for piece, label in ents:
        start = text.index(piece)
        span = doc.char_span(start, start + len(piece), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


def place_at(text: str, body: str, admin1: str) -> Place:
    """A Syrian town named ``text`` at its first occurrence in ``body``."""
    start = body.index(text)
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=text,
        lat=35.0,
        lon=37.0,
        country_code="SY",
        admin1=admin1,
        feature="P.PPL",
    )


def main_admin1(nlp: Language, gazetteer: Gazetteer, text: str) -> str | None:
    """The first-level division of the document's main location (one must be found)."""
    doc = nlp(text)
    point = main_location(find_places(doc, gazetteer), doc)
    assert point is not None
    return point.admin1
