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


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry denied that its pilots were behind the bombing of the market.", "bombing"),
        ("The militia denied any involvement in the attack on the checkpoint.", "attack"),
        ("The faction denied responsibility for the shelling of the village.", "shelling"),
        ("Relief agencies called for an investigation into the raid on the clinic.", "raid"),
        ("The envoy demanded an inquiry into the airstrike on the school.", "airstrike"),
    ],
)
def test_a_happening_whose_doer_is_denied_or_asked_about_happened(
    extract: Extract, text: str, trigger: str
) -> None:
    assert assaults(extract, text) == [(trigger, "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that its pilots bombed the market.",
        "Relief agencies called for airstrikes on the camp.",
    ],
)
def test_a_denied_or_requested_attack_is_not_told_as_fact(extract: Extract, text: str) -> None:
    assert all(modality != "asserted" for _, modality in assaults(extract, text))
