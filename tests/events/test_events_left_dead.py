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


@pytest.mark.parametrize(
    "text",
    [
        # The parse hangs "17" on "killed"; "were wounded" is left without a subject.
        "Rockets killed nine people in Jableh and 17 were wounded.",
        # "hurt" is no trigger: its clause's count goes to the attack it is joined to.
        "Rockets killed nine people in Jableh and 17 others were hurt.",
    ],
)
def test_the_wounded_of_a_joined_clause_are_counted(extract: Extract, text: str) -> None:
    units = {(q.value, q.unit) for q in only(extract(text), "ASSAULT").quantities}
    assert units == {(9, "killed"), (17, "injured")}


def test_a_joined_clause_of_the_same_kind_adds_no_count(extract: Extract) -> None:
    # Twenty dead in Homs are no more dead of the killing in Aleppo.
    text = "Nine people were killed in Aleppo and 20 died in Homs on Friday."
    counts = [(q.value, q.unit) for q in only(extract(text), "ASSAULT").quantities]
    assert counts == [(9, "killed")]
