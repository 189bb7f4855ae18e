"""A convoy that is attacked is part of the attack: one event, the owner its target."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # The attack's noun names the convoy under a preposition.
        ("An attack on an aid convoy near the town killed 20 people on Monday.", "CIVILIANS"),
        ("Moscow denied any role in the bombing of a UN convoy near the town.", "UN"),
        # The verb's subject is the attack noun: its "of" phrase is what was hit.
        ("The bombing of a UN convoy near the town killed 20.", "UN"),
        # The verb is no trigger; the attack is its subject, the owner the target.
        ("Airstrikes hit a UN convoy near the town on Monday.", "UN"),
        # The attack is the noun the clause hangs on.
        ("The strikes that hit a relief convoy outside the town killed 20 people.", "CIVILIANS"),
        # The attack is the passive's agent.
        ("The Red Crescent convoy was hit by an airstrike near the town.", "ICRC"),
        # The verb is the attack itself (merged before this rule).
        ("Warplanes bombed a UN aid convoy near the town on Monday.", "UN"),
    ],
)
def test_an_attacked_convoy_is_no_event_of_its_own(
    extract: Extract, text: str, target: str | None
) -> None:
    events = extract(text)
    assert not [e for e in events if e.type in ("AID", "MOBILIZE")], events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1, events
    # The convoy is a mention of the attack (a gold pair's convoy word finds it).
    assert "convoy" in [m.trigger.text for m in attacks[0].mentions], attacks
    found = attacks[0].target_actor
    assert (found.actor_id if found else None) == target
    # The owner of the convoy is never the attacker.
    assert attacks[0].source_actor is None or attacks[0].source_actor.actor_id != "UN"


def test_a_convoy_that_moves_is_still_aid(extract: Extract) -> None:
    events = extract("A UN aid convoy reached the besieged town on Monday with flour.")
    assert [e.type for e in events] == ["AID"]
