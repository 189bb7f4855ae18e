"""What is stopped, or asked to be stopped, was going on: "halt the offensive" is no
negated offensive, and a demand to end it does not swallow it; what is prevented, or
stopped from happening, did not happen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assaults

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army halted the offensive on the town last week.", "offensive"),
        ("The government urged Moscow to stop its offensive on the province.", "offensive"),
        ("The opposition demanded an end to the bombardment of the city.", "bombardment"),
        ("Rebels refused to halt the attacks on the airport.", "attacks"),
        ("Aid groups called on the army to stop shelling the town.", "shelling"),
    ],
)
def test_a_stopped_attack_was_going_on(extract: Extract, text: str, trigger: str) -> None:
    assert assaults(extract, text) == [(trigger, "asserted")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Troops stopped the fighters from attacking the town.", "attacking"),
        ("The army prevented an attack on the checkpoint.", "attack"),
    ],
)
def test_a_prevented_attack_did_not_happen(extract: Extract, text: str, trigger: str) -> None:
    assert assaults(extract, text) == [(trigger, "negated")]


def test_a_blocking_stays_asserted_when_its_object_is_a_convoy(extract: Extract) -> None:
    events = extract("Residents stopped the US convoy near the village.")
    protests = [(e.type, e.modality) for e in events if e.type == "PROTEST"]
    assert protests == [("PROTEST", "asserted")]


def test_a_called_for_attack_is_still_hypothetical(extract: Extract) -> None:
    text = "The rebels called on Washington to carry out air strikes against the regime."
    assert assaults(extract, text) == [("strikes", "hypothetical")]
