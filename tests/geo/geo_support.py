"""Helpers shared by the geo tests (not a test module; see tests/events/events_support.py
for why not a conftest.py)."""

from __future__ import annotations

from sitrep.model import Place


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
