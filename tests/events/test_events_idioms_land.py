"""Land taken by an armed actor is territory ("wide stretches of land"), as
"swathes of territory" is; land taken by others stays a seizure of property."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

if TYPE_CHECKING:
    pass


def _codes(extract: Extract, text: str, verb: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in extract(text) if e.trigger.text == verb]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Rebels captured wide stretches of land in the east last month.", "captured"),
        ("Government forces took wide stretches of land near the border.", "took"),
        ("Government troops seized large areas south of the capital.", "seized"),
    ],
)
def test_armed_actor_taking_land_is_an_attack(extract: Extract, text: str, verb: str) -> None:
    assert _codes(extract, text, verb) == [("ASSAULT", None)]


def test_authorities_seizing_land_stay_a_seizure(extract: Extract) -> None:
    text = "The municipal authorities seized the land of three farmers for a road."
    assert _codes(extract, text, "seized") == [("COERCE", "seize")]
