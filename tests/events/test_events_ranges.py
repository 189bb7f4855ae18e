"""Counts written as ranges keep both figures: the lower as value, the higher as upper."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract, only

if TYPE_CHECKING:
    pass


def _figures(events: list, type_: str) -> list[tuple[int, int | None, str | None]]:
    return [(q.value, q.upper, q.qualifier) for q in only(events, type_).quantities]


def test_between_and(extract: Extract) -> None:
    events = extract("Between 500 and 1,300 people were killed in the fighting near Aleppo.")
    (quantity,) = only(events, "ASSAULT").quantities
    assert (quantity.value, quantity.upper, quantity.qualifier) == (500, 1300, "between")
    assert quantity.text == "Between 500 and 1,300 people"


def test_from_to_without_a_verb_of_change(extract: Extract) -> None:
    events = extract("From 40 to 60 soldiers were killed in an ambush near Palmyra.")
    assert _figures(events, "ASSAULT") == [(40, 60, "between")]


def test_dash_range_keeps_its_qualifier(extract: Extract) -> None:
    events = extract("Some 15-20 fighters were captured in Hama.")
    assert _figures(events, "COERCE") == [(15, 20, "some")]


def test_two_counts_joined_by_and_are_no_range(extract: Extract) -> None:
    events = extract("Rebels killed 5 and wounded 10 soldiers in Daraa.")
    assert all(q.upper is None for e in events for q in e.quantities)


def test_a_single_count_has_no_upper(extract: Extract) -> None:
    events = extract("Up to 40 civilians died in an air strike on Idlib.")
    assert _figures(events, "ASSAULT") == [(40, None, "up to")]
