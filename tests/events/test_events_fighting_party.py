"""A combat participle on a party describes the party, it reports no battle."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    "text",
    [
        "The alliance battling the militants in the north lost a commander on Friday.",
        "A raid by the coalition fighting the jihadists hit a bakery on Monday.",
        "Rebels fighting to topple the government shelled the airport on Sunday.",
    ],
)
def test_a_fighting_party_is_no_battle(extract: Extract, text: str) -> None:
    triggers = [e.trigger.text for e in extract(text)]
    assert "fighting" not in triggers and "battling" not in triggers, triggers


def test_a_participle_on_an_event_noun_stays(extract: Extract) -> None:
    # "airstrikes targeting a school": the participle tells what the strikes hit.
    events = extract("Airstrikes targeting a school in the village killed nine children.")
    assert any(e.type == "ASSAULT" for e in events)


def test_fighting_as_a_verb_stays(extract: Extract) -> None:
    events = extract("Rebels were fighting government troops in the old city on Monday.")
    assert any(e.trigger.text == "fighting" for e in events)


def test_the_number_of_wounded_names_no_happening(extract: Extract) -> None:
    text = "Clinics are overwhelmed by the number of wounded in recent days."
    assert not [e for e in extract(text) if e.trigger.text == "wounded"]
