"""A convoy of troops is a mobilisation; a convoy moving civilians out is not."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    "text",
    [
        "On Friday a convoy of 75 buses reached the city with thousands of people on board.",
        "A blast hit a bus convoy taking residents out of the two towns.",
        "A convoy of evacuees left the district at dawn.",
    ],
)
def test_a_convoy_moving_civilians_is_no_mobilisation(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.type == "MOBILIZE"]


def test_a_convoy_of_armed_vehicles_is_a_mobilisation(extract: Extract) -> None:
    moves = [e for e in extract("A military convoy of 40 vehicles crossed the border.")]
    assert [(e.type, e.mode) for e in moves] == [("MOBILIZE", "troops")]
