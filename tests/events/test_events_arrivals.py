"""Armed forces arriving or moving in a convoy are a mobilisation; anyone else
arriving, and a convoy moving civilians out, is none."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    "text",
    [
        "The defenders of the town were helped by the arrival of Iraqi peshmerga forces.",
        "A second bomber detonated his vest as reinforcements arrived.",
        "Warplanes struck a column of militants who had arrived from across the border.",
        "Hundreds of Hezbollah fighters arrived in the border town on Monday.",
        "State television said troops entered the town from its western district on Sunday.",
    ],
)
def test_forces_arriving_are_a_mobilisation(extract: Extract, text: str) -> None:
    moves = [e for e in extract(text) if e.type == "MOBILIZE"]
    assert [e.trigger.text.lower()[:6] for e in moves] in (["arrive"], ["arriva"], ["entere"])
    assert moves[0].mode == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy arrived in Damascus late on Saturday to hold talks.",
        "Three wounded men arrived at the field hospital.",
        "The UN envoy entered the besieged town on Monday.",
        "Foreign troops entered the conflict late in its second year.",
        "The camp grew with the arrival of families escaping the shelling.",
        # A convoy of buses, civilians or evacuees moves people out, not troops.
        "On Friday a convoy of 75 buses reached the city with thousands of people on board.",
        "A blast hit a bus convoy taking residents out of the two towns.",
        "A convoy of evacuees left the district at dawn.",
    ],
)
def test_others_arriving_or_moved_out_are_no_mobilisation(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.type == "MOBILIZE"]


def test_a_convoy_of_armed_vehicles_is_a_mobilisation(extract: Extract) -> None:
    moves = extract("A military convoy of 40 vehicles crossed the border.")
    assert [(e.type, e.mode) for e in moves] == [("MOBILIZE", "troops")]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed a bus convoy on the road out of the besieged town.",
        "A suicide bomber struck a convoy of buses carrying evacuees west of the city.",
        # A bare later mention is the convoy described before it.
        "A convoy of evacuees left the district at dawn. Hours later a bomb hit the convoy.",
    ],
)
def test_an_attacked_convoy_of_people_has_civilians_as_target(extract: Extract, text: str) -> None:
    attacks = [e for e in extract(text) if e.type == "ASSAULT"]
    assert attacks and attacks[-1].target_actor is not None, attacks
    assert attacks[-1].target_actor.actor_id == "CIVILIANS"
    assert not [e for e in extract(text) if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "An aid convoy of 30 lorries entered the encircled village with flour on Monday.",
            "asserted",
        ),
        ("No aid convoys have entered the encircled village since the spring.", "negated"),
    ],
)
def test_an_aid_convoy_that_moves_is_aid_with_no_sender_named(
    extract: Extract, text: str, modality: str
) -> None:
    aid = [(e.type, e.mode, e.modality, e.source_actor) for e in extract(text)]
    assert aid == [("AID", "humanitarian", modality, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The relief convoys were blocked from reaching the two villages.",
        "The army halted its raids to allow humanitarian convoys to reach the city.",
        "Medical teams have not been spared, with attacks on hospitals and aid convoys.",
    ],
)
def test_an_aid_convoy_that_is_only_named_is_no_event_without_a_party(
    extract: Extract, text: str
) -> None:
    assert not [e for e in extract(text) if e.type == "AID"]
