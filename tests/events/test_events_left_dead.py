"""Tolls told beside the attack: "shot dead", "left 11 people dead"."""

from __future__ import annotations

import pytest
from events_support import Extract, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snipers shot dead three farmers near Hama.", [(3, "killed", None)]),
        ("Three farmers were shot dead near Hama.", [(3, "killed", None)]),
        ("Shelling on the market left nine people dead in Hama.", [(9, "killed", None)]),
        (
            "Jets struck the market in Hama, leaving 14 people wounded.",
            [(14, "injured", None)],
        ),
    ],
)
def test_shot_dead_and_left_dead_count_the_dead(
    extract: Extract, text: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert [
        (q.value, q.unit, q.qualifier) for q in only(extract(text), "ASSAULT").quantities
    ] == expected
