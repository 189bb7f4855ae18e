"""Armed forces arriving are a mobilisation; anyone else arriving is no event."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters were bolstered by the arrival of heavily armed Iraqi peshmerga forces.",
        "The third bomber blew himself up as reinforcements arrived.",
        "Jets destroyed three groups of terrorists who had arrived from Iraq near the town.",
        "Hundreds of Hezbollah fighters arrived in Qusayr on Monday.",
    ],
)
def test_forces_arriving_are_a_mobilisation(extract: Extract, text: str) -> None:
    moves = [e for e in extract(text) if e.type == "MOBILIZE"]
    assert [e.trigger.text.lower()[:6] for e in moves] in (["arrive"], ["arriva"]), moves
    assert moves[0].mode == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy arrived in the Syrian capital on Saturday for talks.",
        "Three injured persons arrived at the national hospital.",
        "The town has swelled with the arrival of Syrians fleeing the fighting elsewhere.",
    ],
)
def test_others_arriving_are_no_event(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.type == "MOBILIZE"]
