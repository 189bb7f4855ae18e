""" "The government" in what a government says is not the speaker itself."""

from __future__ import annotations

from events_support import Extract


def test_the_government_a_speaker_names_is_not_the_speaker(extract: Extract) -> None:
    text = (
        "Navy ships fired missiles at an airfield on Friday in response to what "
        "Washington says was a nerve gas attack by the government on a village."
    )
    attack = next(e for e in extract(text) if e.trigger.text == "attack")
    doer = attack.source_actor
    assert doer is None or doer.actor_id is None or not doer.actor_id.startswith("USA"), doer
