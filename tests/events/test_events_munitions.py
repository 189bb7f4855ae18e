"""A verb of impact is an attack when a munition is its subject ("rockets hit")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assault_modes

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Two rockets hit the Old City of Damascus on Tuesday.", "hit", "heavy-weapons"),
        ("Mortar shells landed on a market in Jaramana.", "landed", "heavy-weapons"),
        ("Missiles which hit a research centre damaged a building.", "hit", "heavy-weapons"),
        ("Barrel bombs rained down on Daraya.", "rained", "aerial"),
    ],
)
def test_a_munition_that_hits_is_an_attack(
    extract: Extract, text: str, trigger: str, mode: str
) -> None:
    assert assault_modes(extract, text) == [(trigger, mode)]


@pytest.mark.parametrize(
    "text",
    [
        "The crisis hit the economy hard.",
        "The storm hit the coast on Monday.",
        "The third round of talks fell apart.",
        "Oil prices fell sharply in March.",
    ],
)
def test_other_subjects_make_no_attack(extract: Extract, text: str) -> None:
    assert extract(text) == []
