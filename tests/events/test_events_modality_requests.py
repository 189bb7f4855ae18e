"""Requests and threats: an attack one party asks for, calls for or threatens has
not happened; a vague "measures" or "steps" is no attack at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assaults

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The president asked Congress to authorize military strikes against the group.",
            "strikes",
        ),
        ("Turkey's threat to strike Kurdish militias alarmed Washington.", "strike"),
        ("The council asked the army to bomb the rebel positions.", "bomb"),
        ("The rebels called on Washington to carry out air strikes against the regime.", "strikes"),
    ],
)
def test_requested_attack_is_hypothetical(extract: Extract, text: str, trigger: str) -> None:
    assert assaults(extract, text) == [(trigger, "hypothetical")]


def test_a_request_under_a_request_noun_is_made(extract: Extract) -> None:
    # "a call ... urging": the urging is the call itself, which was made.
    text = (
        "State television broadcast a call by the army urging people in the "
        "southern suburbs to accept the settlement."
    )
    requests = [e for e in extract(text) if e.type == "REQUEST"]
    assert requests and all(e.modality == "asserted" for e in requests), requests


def test_a_call_for_strikes_is_no_attack(extract: Extract) -> None:
    text = "Moscow called for strikes against the militants near the border."
    assert all(m != "asserted" for _, m in assaults(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        # Another happening between the request and the attack: the attack happened.
        "Damascus asked the UN to condemn the Israeli air strikes on the airport.",
        # A request about an attack ("asked about") asks for no attack.
        "Asked about the attack on the convoy, the minister said nothing.",
    ],
)
def test_attack_only_mentioned_by_a_request_stays_asserted(extract: Extract, text: str) -> None:
    found = assaults(extract, text)
    assert found, text
    assert all(m == "asserted" for _, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Based on the inquiry we shall take appropriate measures.",
        "Based on these findings the army will take the necessary steps.",
    ],
)
def test_vague_measures_are_no_attack(extract: Extract, text: str) -> None:
    # "Based on" is a participle, not an object of "take": it must not make "take
    # ... base" the idiom of capturing a base.
    assert assaults(extract, text) == []
